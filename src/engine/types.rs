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
    /// The input that drove it, typed; `i18n::format_factor_input` puts it in words, and it
    /// serialises language-neutral ("3.2/week", "612", "yes") as before.
    pub input: FactorInput,
}

/// What drove one factor of the estimate, with its unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FactorInput {
    /// A profile item or Sales Navigator: there or not.
    YesNo(bool),
    /// A count (connections, decision makers, saved searches).
    Count(f64),
    /// A rate per week.
    PerWeek(f64),
    /// A rate per month.
    PerMonth(f64),
    /// Active days in the last 28.
    DaysOf28(f64),
    /// A share in percent (0-100).
    Percent(f64),
    /// Points (the brand pillar before a cap).
    Points(f64),
    /// A signed correction in points (calibration).
    Offset(f64),
}

impl std::fmt::Display for FactorInput {
    /// Language-neutral, as the CLI's JSON has always written it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Self::YesNo(b) => f.write_str(if b { "yes" } else { "no" }),
            Self::Count(v) => write!(f, "{v:.0}"),
            Self::PerWeek(v) => write!(f, "{v:.1}/week"),
            Self::PerMonth(v) => write!(f, "{v:.1}/month"),
            Self::DaysOf28(v) => write!(f, "{v:.0}/28 days"),
            Self::Percent(v) => write!(f, "{v:.0}%"),
            Self::Points(v) => write!(f, "{v:.1}"),
            Self::Offset(v) => write!(f, "{v:+.1}"),
        }
    }
}

impl Serialize for FactorInput {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
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
    /// A one-off task or a weekly habit.
    pub kind: crate::engine::StepKind,
    /// Estimated points gained on the total after six weeks at the target.
    pub points: f64,
    /// Extra minutes per week of effort (weekly habits; 0 for one-off tasks).
    pub minutes_per_week: f64,
    /// Minutes of a one-off task (0 for weekly habits).
    pub minutes_once: f64,
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
    /// Keeps the plan for the default weekly budget.
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

impl Band {
    /// The bands from low to high.
    pub const ALL: [Self; 5] = [
        Self::Below50,
        Self::From50To60,
        Self::From60To70,
        Self::From70To80,
        Self::From80,
    ];

    /// The band of a total as it is shown (rounded to a whole number, as LinkedIn shows it).
    /// A non-finite total (which the engine never produces) is no band of its own: below 50.
    pub fn of(total: f64) -> Self {
        if !total.is_finite() {
            return Self::Below50;
        }
        let shown = total.round();
        if shown < 50.0 {
            Self::Below50
        } else if shown < 60.0 {
            Self::From50To60
        } else if shown < 70.0 {
            Self::From60To70
        } else if shown < 80.0 {
            Self::From70To80
        } else {
            Self::From80
        }
    }

    /// The stable key: `below_50`, `50_60`, `60_70`, `70_80`, `80_plus` (also `band.<key>` in i18n).
    pub fn key(self) -> &'static str {
        match self {
            Self::Below50 => "below_50",
            Self::From50To60 => "50_60",
            Self::From60To70 => "60_70",
            Self::From70To80 => "70_80",
            Self::From80 => "80_plus",
        }
    }

    /// The i18n key of the band's label.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Below50 => "band.below_50",
            Self::From50To60 => "band.50_60",
            Self::From60To70 => "band.60_70",
            Self::From70To80 => "band.70_80",
            Self::From80 => "band.80_plus",
        }
    }

    /// The lowest total in the band.
    pub fn lower_bound(self) -> f64 {
        match self {
            Self::Below50 => 0.0,
            Self::From50To60 => 50.0,
            Self::From60To70 => 60.0,
            Self::From70To80 => 70.0,
            Self::From80 => 80.0,
        }
    }
}

/// The total coaches aim for if LinkedIn is to bring business ([DK]).
pub const TARGET_TOTAL: f64 = 70.0;

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl Estimate {
    /// The total, 0-100.
    pub fn total(&self) -> f64 {
        self.pillars.total()
    }

    /// The total as shown: rounded to a whole number ("53 of 100" for 52.6).
    pub fn total_shown(&self) -> u32 {
        self.total().round().clamp(0.0, 100.0) as u32
    }

    /// The band of the total.
    pub fn band(&self) -> Band {
        Band::of(self.total())
    }

    /// The contributions to one pillar, largest first.
    pub fn contributions_to(&self, pillar: Pillar) -> Vec<&Contribution> {
        let mut v: Vec<&Contribution> = self
            .contributions
            .iter()
            .filter(|c| c.pillar == pillar)
            .collect();
        v.sort_by(|a, b| b.points.total_cmp(&a.points));
        v
    }

    /// The JSON of `ssi-coach estimate --json`:
    /// `{"brand","find","engage","relationships","total","band","contributions":[..]}`,
    /// numbers rounded to two decimals.
    pub fn to_json(&self) -> serde_json::Value {
        let contributions: Vec<serde_json::Value> = self
            .contributions
            .iter()
            .map(|c| {
                serde_json::json!({
                    "factor": c.factor,
                    "pillar": c.pillar.key(),
                    "points": round2(c.points),
                    "max_points": round2(c.max_points),
                    "input": c.input,
                })
            })
            .collect();
        serde_json::json!({
            "brand": round2(self.pillars.brand),
            "find": round2(self.pillars.find),
            "engage": round2(self.pillars.engage),
            "relationships": round2(self.pillars.relationships),
            "total": round2(self.total()),
            "band": self.band().key(),
            "contributions": contributions,
        })
    }
}

impl Knob {
    /// The JSON of one knob in `ssi-coach knobs --json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "lever": crate::engine::lever_key(self.lever),
            "pillar": self.pillar.key(),
            "current": round2(self.current),
            "target": round2(self.target),
            "unit": self.unit,
            "points": round2(self.points),
            "minutes_per_week": round2(self.minutes_per_week),
            "minutes_once": round2(self.minutes_once),
            "kind": self.kind.key(),
            "points_per_minute": round2(crate::engine::per_minute(self).min(1e6)),
            "reason": self.reason_key,
            "caution": self.caution_key,
            "needs_sales_navigator": self.needs_sales_navigator,
        })
    }
}
