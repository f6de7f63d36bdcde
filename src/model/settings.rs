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
}
