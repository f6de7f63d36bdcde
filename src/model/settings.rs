//! App-wide settings (not per client), kept in `settings.ron` in the data folder.

use serde::{Deserialize, Serialize};

use super::{ClientId, Language};

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// All themes, in menu order.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];
}

/// How dates, numbers and CSV files are written: the system's region or a chosen one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum FormatsChoice {
    /// The operating system's region.
    #[default]
    System,
    /// English (US): `Mar 9, 2025`, `1,234.5`, `,`-separated CSV.
    EnglishUs,
    /// English (UK): `9 Mar 2025`, `1,234.5`, `,`-separated CSV.
    EnglishUk,
    /// Dutch: day first, `1.234,5`, `;`-separated CSV.
    Dutch,
    /// Danish: day first, `1.234,5`, `;`-separated CSV.
    Danish,
}

impl FormatsChoice {
    /// All choices, in menu order.
    pub const ALL: [Self; 5] = [
        Self::System,
        Self::EnglishUs,
        Self::EnglishUk,
        Self::Dutch,
        Self::Danish,
    ];
}

/// Settings that belong to the app, not to a client.
///
/// Every field has a default, so a settings file written by an older app (fewer fields) still
/// loads.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The UI language; `None` follows the system locale.
    pub language: Option<Language>,
    /// The colour theme.
    pub theme: Theme,
    /// Whether the first-run welcome has been completed.
    pub welcome_done: bool,
    /// The client shown at start.
    pub current_client: Option<ClientId>,
    /// Open a report in the system viewer after exporting it.
    pub open_report_after_export: bool,
    /// The weekly time budget of the plan in minutes; `None`: the default (60).
    pub plan_minutes: Option<u32>,
    /// How dates, numbers and CSV files are written (older files: the system's region).
    pub formats: FormatsChoice,
}
