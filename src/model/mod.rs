//! Domain types: plain serde data, no egui, no I/O.
//!
//! Everything here is persisted in client files (see `docs/file-format.md`), so renaming a
//! field or variant is a schema change: bump `store::SCHEMA_VERSION` and add a migration.

mod activity;
mod client;
mod coaching;
mod demo;
mod messages;
mod profile;
mod readings;
mod settings;

pub use activity::{ActivityKind, ActivityLog, DayActivity, WeeklyGoals};
pub use client::{Client, ClientId, ImportRecord, Language, Network};
pub use coaching::{ActionItem, Annotation, Session, Snapshot};
pub use demo::{demo_client, heavy_client};
pub use messages::{Channel, MessageEntry, MessageSource, SmolStr};
pub use profile::{ProfileChecklist, ProfileItem, RECOMMENDATIONS_DONE, SKILLS_DONE};
pub use readings::{
    FIRST_READING_DAY, Pillar, PillarScores, Reading, ReadingField, ReadingProblem,
};
pub use settings::{FormatsChoice, Settings, Theme};

/// A calendar date (no time zone): all dates in the model are days.
pub type Date = chrono::NaiveDate;

/// Levers the engine knows and the user can turn. Persisted in action items, so the
/// variant names are stable.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lever {
    /// Tick one profile checklist item.
    Profile(ProfileItem),
    /// Grow the network towards and past 500 connections.
    Connections,
    /// Connect with more decision makers (C-level, owners, directors).
    DecisionMakerConnections,
    /// Publish articles (per month).
    Articles,
    /// Write original posts (per week).
    Posts,
    /// Comment on others' posts (per week).
    Comments,
    /// Like / react to others' posts (per week).
    Likes,
    /// Share others' posts (per week).
    Shares,
    /// Post in groups (per week).
    GroupPosts,
    /// People searches (per week).
    Searches,
    /// Saved searches (Sales Navigator).
    SavedSearches,
    /// Leads and accounts saved (Sales Navigator, per week).
    LeadsSaved,
    /// Follow up on "who viewed your profile" (per week).
    ProfileViewFollowUps,
    /// Connection requests with a personal note (per week).
    InvitationsWithNote,
    /// Connection requests without a note (per week). Gameable: carries a caution.
    InvitationsWithoutNote,
    /// Messages sent (per week).
    Messages,
    /// Messages to decision makers (per week).
    DecisionMakerMessages,
    /// InMail (Sales Navigator, per week).
    InMails,
    /// Subscribe to Sales Navigator.
    SalesNavigator,
}
