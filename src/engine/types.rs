//! The engine's public types.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::model::{Date, Lever, Pillar, PillarScores, ProfileItem};

/// Coaches' score bands (SSI-FACTS: below 50 / 50-60 / 60-70 / 70-80 / 80+).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Band {
    /// Below 50: room to improve.
    #[serde(rename = "below_50")]
    Below50,
    /// 50-60: average use.
    #[serde(rename = "50_60")]
    From50To60,
    /// 60-70: good.
    #[serde(rename = "60_70")]
    From60To70,
    /// 70-80: very good.
    #[serde(rename = "70_80")]
    From70To80,
    /// 80 and above: super.
    #[serde(rename = "80_plus")]
    From80,
}

/// The unit a knob's value is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Yes / no (profile item, Sales Navigator).
    Toggle,
    /// A count (connections, saved searches).
    Count,
    /// Per week.
    PerWeek,
    /// Per month.
    PerMonth,
}

/// The engine's normalised view of a client: what the what-if simulator edits.
/// Rates are effective rates over the rolling window, after decay.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Inputs {
    /// Ticked profile items.
    pub profile: BTreeSet<ProfileItem>,
    /// Skills listed.
    pub skills: u32,
    /// Recommendations received.
    pub recommendations: u32,
    /// Has Sales Navigator.
    pub sales_navigator: bool,
    /// 1st-degree connections.
    pub connections: f64,
    /// Connections who are decision makers.
    pub decision_makers: f64,
    /// Articles per month.
    pub articles_per_month: f64,
    /// Own posts per week.
    pub posts_per_week: f64,
    /// Comments per week.
    pub comments_per_week: f64,
    /// Likes per week.
    pub likes_per_week: f64,
    /// Shares per week.
    pub shares_per_week: f64,
    /// Group posts per week.
    pub group_posts_per_week: f64,
    /// People searches per week.
    pub searches_per_week: f64,
    /// Saved searches (count; Sales Navigator).
    pub saved_searches: f64,
    /// Leads and accounts saved per week (Sales Navigator).
    pub leads_saved_per_week: f64,
    /// Profile-view follow-ups per week.
    pub profile_view_follow_ups_per_week: f64,
    /// Invitations with a note per week.
    pub invitations_with_note_per_week: f64,
    /// Invitations without a note per week.
    pub invitations_without_note_per_week: f64,
    /// Acceptances per week.
    pub acceptances_per_week: f64,
    /// Messages sent per week (all channels but InMail).
    pub messages_per_week: f64,
    /// Of which to decision makers, per week.
    pub decision_maker_messages_per_week: f64,
    /// InMails per week.
    pub inmails_per_week: f64,
    /// Share of messages that got a reply (0-1), if any were sent.
    pub reply_rate: Option<f64>,
    /// Days with any activity in the last 4 weeks (0-28).
    pub active_days_28: f64,
    /// Per-pillar calibration offsets added after scoring (zero when not calibrated).
    pub calibration: PillarScores,
}

/// One factor's share of the estimate ("why 62?").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    /// Stable factor key, e.g. `profile_photo`, `comments`, `decision_makers`.
    pub factor: &'static str,
    /// The pillar it counts for.
    pub pillar: Pillar,
    /// Points it adds (negative for a penalty or a calibration offset).
    pub points: f64,
    /// The most it can add.
    pub max_points: f64,
    /// The input that drove it, human-readable but language-neutral ("3.2/week", "612").
    pub input: String,
}

/// An estimate of the four pillars. Never LinkedIn's score: always called an estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// The four pillars, each 0-25.
    pub pillars: PillarScores,
    /// Every factor's contribution; per pillar they sum to the pillar value.
    pub contributions: Vec<Contribution>,
    /// Whether calibration offsets are included.
    pub calibrated: bool,
}

/// A lever with what turning it would bring.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Knob {
    /// Which lever.
    pub lever: Lever,
    /// Its main pillar.
    pub pillar: Pillar,
    /// Current value.
    pub current: f64,
    /// A realistic target.
    pub target: f64,
    /// Unit of `current` and `target`.
    pub unit: Unit,
    /// Estimated points gained on the total by reaching the target.
    pub points: f64,
    /// Estimated extra minutes per week of effort (one-off work spread over 4 weeks).
    pub minutes_per_week: f64,
    /// i18n key of the short reason.
    pub reason_key: &'static str,
    /// i18n key of a caution (gameable levers), if any.
    pub caution_key: Option<&'static str>,
    /// Only Sales Navigator offers it.
    pub needs_sales_navigator: bool,
}

/// What the user does in a forecast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Stops all activity.
    Stop,
    /// Keeps the current pace.
    KeepPace,
    /// Keeps the weekly plan (the top knobs at their targets).
    KeepPlan,
}

/// Per-pillar corrections fitted to the user's real readings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Calibration {
    /// Offsets added to each pillar.
    pub offsets: PillarScores,
    /// Mean absolute error of the total before calibration.
    pub error_before: f64,
    /// Mean absolute error of the total after calibration.
    pub error_after: f64,
    /// Readings used.
    pub readings_used: usize,
    /// The newest reading used.
    pub as_of: Option<Date>,
}
