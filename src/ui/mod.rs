//! The egui screens. Screens read a [`ViewCtx`] and return [`Command`]s; `app.rs` applies
//! them in one place (undo, autosave).

mod clients;
mod dashboard;
mod engagement;
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
pub use readings::{AnnotationForm, ReadingForm, history};
pub use sessions::{ItemDraft, SessionsState};

use crate::engine::{Estimate, Knob};
use crate::i18n::Language;
use crate::model::{
    ActionItem, ActivityKind, Annotation, Client, ClientId, Date, MessageEntry, Pillar,
    ProfileItem, Reading, Theme,
};
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

/// Every change the UI asks for. Applied by `app.rs` only.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Command {
    /// Tick or untick a checklist item.
    SetProfileItem(ProfileItem, bool),
    /// Set the number of skills.
    SetSkills(u32),
    /// Set the number of recommendations.
    SetRecommendations(u32),
    /// Set Sales Navigator on or off.
    SetSalesNavigator(bool),
    /// Set connections and decision makers.
    SetNetwork {
        /// Connections.
        connections: u32,
        /// Decision makers among them.
        decision_makers: u32,
    },
    /// Set the count of an activity on a day.
    SetActivity(Date, ActivityKind, u32),
    /// Set a weekly goal.
    SetGoal(ActivityKind, u32),
    /// Set several weekly goals at once (the plan made this week's goals).
    SetGoals(Vec<(ActivityKind, u32)>),
    /// Set the plan's weekly time budget in minutes.
    SetPlanMinutes(u32),
    /// Add a message to the log.
    AddMessage(MessageEntry),
    /// Replace a message (same id).
    EditMessage(MessageEntry),
    /// Delete a message by id.
    DeleteMessage(u64),
    /// Add a real reading.
    AddReading(Reading),
    /// Add readings from a spreadsheet (the previewed import): a day already there is
    /// skipped, so importing the same file twice changes nothing.
    AddReadings(Vec<Reading>),
    /// Delete the reading at this date.
    DeleteReading(Date),
    /// Choose spreadsheets of readings (CSV, TSV) with a file dialog and preview them.
    ReadingsPick,
    /// Close the readings preview without adding anything.
    ReadingsCancel,
    /// Calibrate the estimate to the readings.
    SetCalibrate(bool),
    /// Undo the last change.
    Undo,
    /// Switch language.
    SetLanguage(Language),
    /// Switch theme.
    SetTheme(Theme),
    /// Write dates, numbers and CSV files the system's way or a chosen region's.
    SetFormats(crate::model::FormatsChoice),
    /// Open the data folder in the system's file manager.
    OpenDataFolder,
    /// Go to a screen.
    Show(Screen),
    /// First run: create the user's own (empty) client with this name.
    StartOwn(String),
    /// First run: open the demo client.
    StartDemo,
    /// Switch to the client at this index.
    SwitchClient(usize),
    /// Add a client with this name and make it current.
    AddClient(String),
    /// Rename the current client.
    RenameClient(String),
    /// Archive (true) or bring back (false) the current client.
    SetArchived(bool),
    /// Delete the current client (its file goes to the trash; undo brings it back).
    DeleteClient,
    /// The current client's language (for reports).
    SetClientLanguage(Language),
    /// Record a session today-or-earlier with notes and the action items agreed; the
    /// estimate and latest reading are snapshotted when it is applied.
    RecordSession {
        /// The day of the session.
        date: Date,
        /// Notes.
        notes: String,
        /// Action items agreed (ids are assigned when applied).
        items: Vec<ActionItem>,
    },
    /// Replace a session's notes.
    SetSessionNotes(u64, String),
    /// Delete a session (its action items stay).
    DeleteSession(u64),
    /// Add an action item (id assigned when applied).
    AddActionItem(ActionItem),
    /// Tick an action item done (today) or open again.
    SetActionDone(u64, bool),
    /// Delete an action item.
    DeleteActionItem(u64),
    /// Add a history annotation.
    AddAnnotation(Annotation),
    /// Delete the history annotation at this index.
    DeleteAnnotation(usize),
    /// Restore a client from one of its backups.
    RestoreBackup(ClientId, BackupInfo),
    /// Hide the load problem at this index.
    DismissProblem(usize),
    /// Open the report in the browser after exporting it.
    SetOpenAfterExport(bool),
    /// Export something of the current client (asks where with a file dialog).
    Export(Export),
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
    pub clients: &'a [Client],
    /// Index of the current client in `clients`.
    pub current: usize,
    /// Per client (same order as `clients`): estimate, last session, change.
    pub summaries: &'a [ClientSummary],
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
}

/// Per-screen UI state that is not user data.
#[derive(Default)]
pub struct ScreenState {
    /// Pillar whose contributions are shown on the dashboard.
    pub selected_pillar: Option<Pillar>,
    /// The plan steps the dashboard showed last, in order (kept while they stay close).
    pub dashboard_steps: Vec<crate::model::Lever>,
    /// Messaging log state.
    pub messages: MessagesState,
    /// Reading form.
    pub reading: ReadingForm,
    /// Spreadsheets of readings read and waiting for "Add" (see [`ReadingsPreview`]).
    pub readings_import: Option<ReadingsPreview>,
    /// Annotation form.
    pub annotation: AnnotationForm,
    /// Engagement: the day being edited (text) and its validation error.
    pub edit_day: String,
    /// Profile: typed network numbers.
    pub network_text: [String; 2],
    /// First run: the name typed for the own profile.
    pub own_name: String,
    /// Clients screen.
    pub clients: ClientsState,
    /// Sessions screen.
    pub sessions: SessionsState,
    /// Settings: the backup whose restore waits for confirmation.
    pub restore: Option<std::path::PathBuf>,
}

impl ScreenState {
    /// The calendar day moved on from `old`: every date field that still shows `old` (as
    /// the forms prefill it) is emptied, so it prefills the new today on its next frame.
    /// A day the user typed is kept.
    pub fn day_changed(&mut self, old: crate::model::Date) {
        let old = old.format("%Y-%m-%d").to_string();
        for field in [
            &mut self.reading.fields[0],
            &mut self.edit_day,
            &mut self.messages.form.date,
            &mut self.sessions.date,
        ] {
            if field.trim() == old {
                field.clear();
            }
        }
    }
}

/// Draw the current screen.
pub fn show_screen(
    ui: &mut egui::Ui,
    screen: Screen,
    ctx: &ViewCtx<'_>,
    state: &mut ScreenState,
    extra: &settings::SettingsInfo<'_>,
    out: &mut Vec<Command>,
) {
    match screen {
        Screen::Dashboard => dashboard::show(ui, ctx, state, out),
        Screen::Profile => profile::show(ui, ctx, state, out),
        Screen::Engagement => engagement::show(ui, ctx, state, out),
        Screen::Messages => messages::show(ui, ctx, &mut state.messages, out),
        Screen::Readings => {
            readings::show(
                ui,
                ctx,
                &mut state.reading,
                state.readings_import.as_ref(),
                out,
            );
            readings::annotations(ui, ctx, &mut state.annotation, out);
        }
        Screen::Knobs => knobs::show(ui, ctx, out),
        Screen::Sessions => {
            sessions::show(ui, ctx, &mut state.sessions, extra.open_after_export, out);
        }
        Screen::Clients => clients::show(ui, ctx, &mut state.clients, out),
        // drawn by the app itself (see `app/chrome.rs`)
        Screen::Workshop | Screen::Import => {}
        Screen::Settings => settings::show(ui, ctx, extra, &mut state.restore, out),
    }
}

pub use settings::{SettingsInfo, THIRD_PARTY_NOTICES};
pub use welcome::show as show_welcome;
