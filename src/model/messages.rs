//! The messaging log.

use serde::{Deserialize, Serialize};
pub use smol_str::SmolStr;

use super::Date;

/// How a message was sent.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum Channel {
    /// A normal LinkedIn message to a connection.
    #[default]
    Message,
    /// InMail (paid accounts, Sales Navigator).
    InMail,
    /// The personal note on a connection request.
    InvitationNote,
}

impl Channel {
    /// Every channel, in display order.
    pub const ALL: [Self; 3] = [Self::Message, Self::InMail, Self::InvitationNote];

    /// A stable snake_case key.
    pub fn key(self) -> &'static str {
        match self {
            Self::Message => "message",
            Self::InMail => "inmail",
            Self::InvitationNote => "invitation_note",
        }
    }
}

/// Where a log row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum MessageSource {
    /// Typed in by the user.
    #[default]
    Manual,
    /// Imported from a LinkedIn data export.
    Import,
}

/// One message the user sent (one row of the messaging log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageEntry {
    /// Unique within the client; never reused.
    pub id: u64,
    /// The day it was sent.
    pub date: Date,
    /// Who it went to. (Names, companies and titles are short and kept inline: a
    /// [`SmolStr`] of up to 23 bytes needs no allocation of its own.)
    pub person: SmolStr,
    /// Their company.
    #[serde(default)]
    pub company: SmolStr,
    /// Their job title.
    #[serde(default)]
    pub title: SmolStr,
    /// C-level, owner, director, VP, head of...
    #[serde(default)]
    pub decision_maker: bool,
    /// Message, InMail or invitation note.
    #[serde(default)]
    pub channel: Channel,
    /// Whether they replied.
    #[serde(default)]
    pub replied: bool,
    /// When to follow up, if planned.
    #[serde(default)]
    pub follow_up: Option<Date>,
    /// Free text.
    #[serde(default)]
    pub note: String,
    /// Manual or imported.
    #[serde(default)]
    pub source: MessageSource,
    /// For imported rows: a stable key from the export, so a second import adds nothing.
    #[serde(default)]
    pub external_key: Option<String>,
}

impl MessageEntry {
    /// A new manual entry with empty optional fields.
    pub fn new(id: u64, date: Date, person: impl Into<SmolStr>) -> Self {
        Self {
            id,
            date,
            person: person.into(),
            company: SmolStr::default(),
            title: SmolStr::default(),
            decision_maker: false,
            channel: Channel::Message,
            replied: false,
            follow_up: None,
            note: String::new(),
            source: MessageSource::Manual,
            external_key: None,
        }
    }

    /// Whether a follow-up is due on or before `today` and no reply came.
    pub fn follow_up_due(&self, today: Date) -> bool {
        !self.replied && self.follow_up.is_some_and(|d| d <= today)
    }
}
