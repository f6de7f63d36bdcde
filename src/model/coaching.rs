//! Coaching sessions, action items and history annotations.

use serde::{Deserialize, Serialize};

use super::{Date, Lever, PillarScores, Reading};

/// What the numbers were at a moment (taken when a session is recorded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The engine's estimate.
    pub estimate: PillarScores,
    /// The newest real reading at that time, if any.
    #[serde(default)]
    pub reading: Option<Reading>,
    /// The value of every lever at that moment (what "knobs that moved" compares).
    /// Empty in files from before it was recorded.
    #[serde(default)]
    pub levers: Vec<(Lever, f64)>,
}

/// One coaching session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Unique within the client.
    pub id: u64,
    /// The day of the session.
    pub date: Date,
    /// Notes (multi-line).
    #[serde(default)]
    pub notes: String,
    /// Estimate and reading at that moment.
    pub snapshot: Snapshot,
}

/// Something agreed in a session: turn a lever to a target by a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    /// Unique within the client.
    pub id: u64,
    /// The session that agreed it, if any.
    #[serde(default)]
    pub session_id: Option<u64>,
    /// Which lever.
    pub lever: Lever,
    /// Free text ("3 comments a week on customers' posts").
    #[serde(default)]
    pub description: String,
    /// Target value of the lever (per week / per month / count), if any.
    #[serde(default)]
    pub target: Option<f64>,
    /// When it is due.
    #[serde(default)]
    pub due: Option<Date>,
    /// When it was ticked done.
    #[serde(default)]
    pub done: Option<Date>,
}

/// A marked day or range on the history chart ("holiday", "new job").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// First day.
    pub start: Date,
    /// Last day (same as `start` for one day).
    pub end: Date,
    /// What happened.
    pub label: String,
}
