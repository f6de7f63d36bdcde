//! The egui screens. Screens read a [`ViewCtx`] and return [`Command`]s; `app.rs` applies
//! them in one place (undo, autosave).

mod clients;
mod dashboard;
pub mod due;
mod engagement;
pub mod exchange;
pub mod import;
mod knobs;
mod messages;
mod profile;
mod readings;
pub use readings::ReadingsPreview;
mod sessions;
mod settings;
pub mod theme;
mod welcome;
pub mod widgets;
pub mod workshop;

pub use clients::{ClientSort, ClientSummary, ClientsState};
pub use messages::MessagesState;
pub use readings::{AnnotationForm, ReadingForm};
pub use sessions::{ItemDraft, SessionsState};

use crate::engine::{Estimate, Knob};
use crate::i18n::Language;
use crate::model::{Client, ClientId, Date, Pillar, Theme};
use crate::store::BackupInfo;

/// The screens of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Screen {
    /// Estimate, pillars, top knobs.
    Dashboard,
    /// Profile checklist.
    Profile,
    /// Goals and activity log.
    Engagement,
    /// Messaging log.
    Messages,
    /// Real readings and history chart.
    Readings,
    /// All knobs and the weekly plan.
    Knobs,
    /// Coaching sessions, action items, report.
    Sessions,
    /// The coach's clients.
    Clients,
    /// Import LinkedIn's data export.
    Import,
    /// Workshop mode: simulator, exercises, cohort (no client data).
    Workshop,
    /// Language, theme, data folder, about.
    Settings,
}

impl Screen {
    /// The screens in navigation order.
    pub const ALL: [Self; 11] = [
        Self::Dashboard,
        Self::Profile,
        Self::Engagement,
        Self::Messages,
        Self::Readings,
        Self::Knobs,
        Self::Sessions,
        Self::Clients,
        Self::Import,
        Self::Workshop,
        Self::Settings,
    ];

    /// The i18n key of the screen's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Dashboard => "screen.dashboard",
            Self::Profile => "screen.profile",
            Self::Engagement => "screen.engagement",
            Self::Messages => "screen.messages",
            Self::Readings => "screen.readings",
            Self::Knobs => "screen.knobs",
            Self::Sessions => "screen.sessions",
            Self::Clients => "screen.clients",
            Self::Import => "screen.import",
            Self::Workshop => "screen.workshop",
            Self::Settings => "screen.settings",
        }
    }
}

/// The navigation panel's width: its widest label in any language, so the panel keeps its
/// width when the language changes and no label breaks (at least the token's width).
pub fn nav_width(ui: &egui::Ui) -> f32 {
    let font = egui::FontId::proportional(theme::TEXT.nav);
    let widest = crate::i18n::Language::ALL
        .into_iter()
        .flat_map(|l| Screen::ALL.map(|s| crate::i18n::tr(l, s.label_key())))
        .map(|text| {
            ui.painter()
                .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let padding = 2.0 * (ui.spacing().button_padding.x + ui.spacing().window_margin.leftf());
    (widest + padding + theme::SPACE.m).max(theme::NAV_WIDTH)
}

/// Every change the UI asks for, in groups. Applied by `app::AppState::apply` only; every
/// `match` on a command names every variant (no wildcard arm), so a new variant that is not
/// handled does not compile.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    /// Go to a screen. Applied by `AppState::apply`.
    Nav(Screen),
    /// App settings (not client data). Applied by `AppState::apply_settings`.
    Settings(SettingsCommand),
    /// Which clients there are and which is current. Applied by `AppState::apply_clients`.
    Clients(ClientsCommand),
    /// A change to the current client. Applied by [`ClientEdit::apply`] (through
    /// `AppState::apply_edit`, which records the undo step and hands it to the autosaver).
    Edit(ClientEdit),
    /// LinkedIn export and readings spreadsheets. Applied by `AppState::apply_import`.
    Import(ImportCommand),
    /// Export something of the current client (asks where with a file dialog). Applied by
    /// `AppState::export_with_dialog`.
    Export(Export),
    /// Workshop mode's files and dialogs. Applied by `AppState::apply_workshop`.
    Workshop(WorkshopCommand),
    /// Client files, plan files, the calendar and printing (issue #20). Applied by
    /// `AppState::apply_exchange`.
    Exchange(ExchangeCommand),
    /// Undo the last change to the current client (or bring back the last deleted client);
    /// nothing in workshop mode. Applied by `AppState::undo`.
    Undo,
    /// Make the current client's last undone change again. Applied by `AppState::redo`.
    Redo,
}

pub use crate::workshop::WorkshopCommand;

pub use exchange::ExchangeCommand;

pub use crate::edit::ClientEdit;

/// App settings. Applied by `AppState::apply_settings`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SettingsCommand {
    /// Switch language.
    SetLanguage(Language),
    /// Switch theme.
    SetTheme(Theme),
    /// Write dates, numbers and CSV files the system's way or a chosen region's.
    SetFormats(crate::model::FormatsChoice),
    /// Open the data folder in the system's file manager.
    OpenDataFolder,
    /// Open the report in the browser after exporting it.
    SetOpenAfterExport(bool),
    /// Set the plan's weekly time budget in minutes.
    SetPlanMinutes(u32),
}

/// The list of clients. Applied by `AppState::apply_clients`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientsCommand {
    /// First run: create the user's own (empty) client with this name.
    StartOwn(String),
    /// First run: open the demo client.
    StartDemo,
    /// Switch to the client at this index.
    SwitchClient(usize),
    /// Add a client with this name and make it current.
    AddClient(String),
    /// Delete the current client (its file goes to the trash; undo brings it back).
    DeleteClient,
    /// Restore a client from one of its backups.
    RestoreBackup(ClientId, BackupInfo),
    /// Take back a client file that was moved aside because it was changed outside SSI Coach
    /// (its checksum no longer matched), as it is now.
    KeepChanged(ClientId, std::path::PathBuf),
    /// Hide the load problem at this index.
    DismissProblem(usize),
}

/// Reading files in: the LinkedIn export ZIP and spreadsheets of readings. Applied by
/// `AppState::apply_import`.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportCommand {
    /// Choose a LinkedIn export ZIP with a file dialog and read it.
    ImportPick,
    /// Read this LinkedIn export ZIP (dropped on the window).
    ImportFile(std::path::PathBuf),
    /// Merge the previewed import into the client at this index (one past the last client:
    /// a new client named from the export's Profile.csv).
    ImportAccept(usize),
    /// The user chose the date of an export that does not say when it was made.
    ImportSetDate(crate::model::Date),
    /// Close the import preview without merging.
    ImportCancel,
    /// Choose spreadsheets of readings (CSV, TSV) with a file dialog and preview them.
    ReadingsPick,
    /// Close the readings preview without adding anything.
    ReadingsCancel,
}

/// What can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The session report (HTML).
    Report,
    /// The messaging log (CSV).
    MessagesCsv,
    /// The activity log (CSV).
    ActivityCsv,
    /// The real SSI readings (CSV, the layout the readings import reads back).
    ReadingsCsv,
}

/// What a screen may read.
pub struct ViewCtx<'a> {
    /// UI language.
    pub lang: Language,
    /// How dates and numbers are written (the system's region or the Settings choice).
    pub region: crate::i18n::Region,
    /// Today.
    pub today: Date,
    /// The current client.
    pub client: &'a Client,
    /// All clients (the current one is `clients[current]`).
    pub clients: &'a [std::sync::Arc<Client>],
    /// Index of the current client in `clients`.
    pub current: usize,
    /// Per client (same order as `clients`): estimate, last session, change.
    pub summaries: &'a [ClientSummary],
    /// How many clients are still being read at start (the list says "loading N more").
    pub loading_more: usize,
    /// Its estimate today.
    pub estimate: &'a Estimate,
    /// Its estimate a week ago.
    pub last_week: &'a Estimate,
    /// Its knobs, ranked.
    pub knobs: &'a [Knob],
    /// Its plan for the weekly time budget.
    pub plan: &'a crate::engine::Plan,
    /// Its estimated total over the history chart's range: (day, total).
    pub history: &'a [(Date, f64)],
    /// The app's settings and what the settings screen shows besides the choices.
    pub settings: &'a SettingsInfo<'a>,
}

/// Per-screen UI state that is not user data: one struct per screen, each screen's `show`
/// gets its own (`show(ui, ctx, state, out)` for every client screen).
#[derive(Default)]
pub struct ScreenState {
    /// Dashboard.
    pub dashboard: DashboardState,
    /// Profile checklist.
    pub profile: ProfileState,
    /// Engagement.
    pub engagement: EngagementState,
    /// Messaging log.
    pub messages: MessagesState,
    /// Readings and history.
    pub readings: ReadingsState,
    /// Knobs and plan (nothing to remember).
    pub knobs: KnobsState,
    /// Sessions.
    pub sessions: SessionsState,
    /// Clients.
    pub clients: ClientsState,
    /// Settings.
    pub settings: SettingsState,
    /// First run: the name typed for the own profile.
    pub own_name: String,
    /// A screen was just opened: show it from its top, not where it was scrolled last time.
    pub scroll_to_top: bool,
}

/// The dashboard's state.
#[derive(Debug, Default)]
pub struct DashboardState {
    /// Pillar whose contributions are shown.
    pub selected_pillar: Option<Pillar>,
    /// The plan steps shown last, in order (kept while they stay close).
    pub steps: Vec<crate::model::Lever>,
}

/// The profile checklist's state.
#[derive(Debug, Default)]
pub struct ProfileState {
    /// The network numbers as typed (connections, decision makers).
    pub network_text: [String; 2],
}

/// The engagement screen's state.
#[derive(Debug, Default)]
pub struct EngagementState {
    /// The day being edited, as typed.
    pub day: String,
}

/// The readings screen's state.
#[derive(Default)]
pub struct ReadingsState {
    /// The reading form.
    pub form: ReadingForm,
    /// Spreadsheets of readings read and waiting for "Add" (see [`ReadingsPreview`]).
    pub import: Option<ReadingsPreview>,
    /// The marked-period form.
    pub annotation: AnnotationForm,
}

/// The knobs screen keeps nothing between frames.
#[derive(Debug, Default)]
pub struct KnobsState;

/// The settings screen's state.
#[derive(Debug, Default)]
pub struct SettingsState {
    /// The backup whose restore waits for confirmation.
    pub restore: Option<std::path::PathBuf>,
}

impl ScreenState {
    /// The calendar day moved on from `old`: every date field that still shows `old` (as
    /// the forms prefill it) is emptied, so it prefills the new today on its next frame.
    /// A day the user typed is kept.
    pub fn day_changed(&mut self, old: crate::model::Date) {
        let old = old.format("%Y-%m-%d").to_string();
        for field in [
            &mut self.readings.form.fields[0],
            &mut self.engagement.day,
            &mut self.messages.form.date,
            &mut self.sessions.date,
        ] {
            if field.trim() == old {
                field.clear();
            }
        }
    }
}

/// What every screen may read: language, clock, the current client's view (none before the
/// first client), the settings and the import job.
pub struct ScreenCtx<'a> {
    /// UI language.
    pub lang: Language,
    /// The language with the region's dates and numbers.
    pub locale: crate::i18n::Locale,
    /// Whether files dropped on the window arrive (not on native Wayland).
    pub drops: bool,
    /// A monotonic clock (the workshop's countdown).
    pub now: std::time::Duration,
    /// The current client and what is derived from it; `None` without clients (the Import
    /// and Workshop screens work without one).
    pub view: Option<ViewCtx<'a>>,
    /// Where the LinkedIn import stands.
    pub import: import::ImportView<'a>,
}

/// What screens may change besides returning commands: UI state that is not user data.
pub struct ScreenMut<'a> {
    /// The client screens' state (reset when the current client changes).
    pub screens: &'a mut ScreenState,
    /// Workshop mode's state (never client data).
    pub workshop: &'a mut workshop::WorkshopState,
    /// The client an import is merged into (index into the clients; one past the last: a
    /// new client).
    pub import_target: &'a mut usize,
}

/// Draw the current screen. Every screen has this one entry point; what it asks for goes to
/// `out`.
pub fn show_screen(
    ui: &mut egui::Ui,
    screen: Screen,
    ctx: &ScreenCtx<'_>,
    state: ScreenMut<'_>,
    out: &mut Vec<Command>,
) {
    let ScreenMut {
        screens: state,
        workshop,
        import_target,
    } = state;
    match screen {
        Screen::Workshop => {
            let mut asked = Vec::new();
            workshop::show(ui, ctx.locale, ctx.now, workshop, &mut asked);
            out.extend(asked.into_iter().map(Command::Workshop));
            return;
        }
        Screen::Import => {
            let clients: &[std::sync::Arc<Client>] = ctx.view.as_ref().map_or(&[], |v| v.clients);
            import::show(
                ui,
                ctx.locale,
                ctx.drops,
                clients,
                &ctx.import,
                import_target,
                out,
            );
            return;
        }
        Screen::Dashboard
        | Screen::Profile
        | Screen::Engagement
        | Screen::Messages
        | Screen::Readings
        | Screen::Knobs
        | Screen::Sessions
        | Screen::Clients
        | Screen::Settings => {}
    }
    let Some(ctx_view) = &ctx.view else {
        return;
    };
    let ctx = ctx_view;
    match screen {
        Screen::Dashboard => dashboard::show(ui, ctx, &mut state.dashboard, out),
        Screen::Profile => profile::show(ui, ctx, &mut state.profile, out),
        Screen::Engagement => engagement::show(ui, ctx, &mut state.engagement, out),
        Screen::Messages => messages::show(ui, ctx, &mut state.messages, out),
        Screen::Readings => readings::show(ui, ctx, &mut state.readings, out),
        Screen::Knobs => knobs::show(ui, ctx, &mut state.knobs, out),
        Screen::Sessions => sessions::show(ui, ctx, &mut state.sessions, out),
        Screen::Clients => clients::show(ui, ctx, &mut state.clients, out),
        Screen::Settings => settings::show(ui, ctx, &mut state.settings, out),
        // drawn above, with or without a client
        Screen::Workshop | Screen::Import => {}
    }
}

pub use settings::{SettingsInfo, THIRD_PARTY_NOTICES};
pub use welcome::show as show_welcome;
