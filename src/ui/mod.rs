//! The egui screens. Screens read a [`ViewCtx`] and return [`Command`]s; `app.rs` applies
//! them in one place (undo, autosave).

mod dashboard;
mod engagement;
mod knobs;
mod messages;
mod profile;
mod readings;
mod settings;
pub mod theme;
mod welcome;
pub mod widgets;

pub use messages::MessagesState;
pub use readings::{ReadingForm, history};

use crate::engine::{Estimate, Knob};
use crate::i18n::Language;
use crate::model::{ActivityKind, Client, Date, MessageEntry, Pillar, ProfileItem, Reading};

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
    /// Language, theme, data folder, about.
    Settings,
}

impl Screen {
    /// The screens in navigation order.
    pub const ALL: [Self; 7] = [
        Self::Dashboard,
        Self::Profile,
        Self::Engagement,
        Self::Messages,
        Self::Readings,
        Self::Knobs,
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
            Self::Settings => "screen.settings",
        }
    }
}

/// The app's colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
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
    /// Add a message to the log.
    AddMessage(MessageEntry),
    /// Replace a message (same id).
    EditMessage(MessageEntry),
    /// Delete a message by id.
    DeleteMessage(u64),
    /// Add a real reading.
    AddReading(Reading),
    /// Delete the reading at this date.
    DeleteReading(Date),
    /// Calibrate the estimate to the readings.
    SetCalibrate(bool),
    /// Undo the last change.
    Undo,
    /// Switch language.
    SetLanguage(Language),
    /// Switch theme.
    SetTheme(ThemeChoice),
    /// Go to a screen.
    Show(Screen),
    /// First run: create the user's own (empty) client with this name.
    StartOwn(String),
    /// First run: open the demo client.
    StartDemo,
    /// Switch to the client at this index.
    SwitchClient(usize),
}

/// What a screen may read.
pub struct ViewCtx<'a> {
    /// UI language.
    pub lang: Language,
    /// Today.
    pub today: Date,
    /// The current client.
    pub client: &'a Client,
    /// Its estimate today.
    pub estimate: &'a Estimate,
    /// Its estimate a week ago.
    pub last_week: &'a Estimate,
    /// Its knobs, ranked.
    pub knobs: &'a [Knob],
    /// Its estimated total over the history chart's range: (day, total).
    pub history: &'a [(Date, f64)],
}

/// Per-screen UI state that is not user data.
#[derive(Default)]
pub struct ScreenState {
    /// Pillar whose contributions are shown on the dashboard.
    pub selected_pillar: Option<Pillar>,
    /// Messaging log state.
    pub messages: MessagesState,
    /// Reading form.
    pub reading: ReadingForm,
    /// Engagement: the day being edited (text) and its validation error.
    pub edit_day: String,
    /// Profile: typed network numbers.
    pub network_text: [String; 2],
    /// First run: the name typed for the own profile.
    pub own_name: String,
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
        Screen::Readings => readings::show(ui, ctx, &mut state.reading, out),
        Screen::Knobs => knobs::show(ui, ctx, out),
        Screen::Settings => settings::show(ui, ctx.lang, extra, out),
    }
}

pub use settings::SettingsInfo;
pub use welcome::show as show_welcome;
