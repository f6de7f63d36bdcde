//! A client: the person being coached (the app's own user is just the first client).

use serde::{Deserialize, Serialize};

use super::{
    ActionItem, ActivityLog, Annotation, Date, MessageEntry, ProfileChecklist, Reading, Session,
    WeeklyGoals,
};

/// A user interface / report language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Dutch.
    Nl,
    /// Danish.
    Da,
}

impl Language {
    /// All supported languages.
    pub const ALL: [Self; 3] = [Self::En, Self::Nl, Self::Da];

    /// ISO 639-1 code: `en`, `nl`, `da`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
            Self::Da => "da",
        }
    }

    /// Parse a code or locale such as `nl`, `nl-BE`, `da_DK.UTF-8` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Self> {
        let lower = code.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.']).next().unwrap_or("");
        match primary {
            "en" => Some(Self::En),
            "nl" => Some(Self::Nl),
            "da" => Some(Self::Da),
            _ => None,
        }
    }

    /// The language's own name ("English", "Nederlands", "Dansk").
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Nl => "Nederlands",
            Self::Da => "Dansk",
        }
    }
}

/// A client's stable id: also the file stem of their file in the data folder.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ClientId(pub String);

impl ClientId {
    /// A new id from a name and a unique number (e.g. creation time in ms):
    /// lowercase ASCII letters, digits and `-` only, so it is a safe file name everywhere.
    pub fn new(name: &str, unique: u64) -> Self {
        let mut slug = String::new();
        for c in name.chars() {
            let c = match c {
                'æ' | 'Æ' => 'a',
                'ø' | 'Ø' => 'o',
                'å' | 'Å' => 'a',
                c => c,
            };
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
            if slug.len() >= 32 {
                break;
            }
        }
        let slug = slug.trim_end_matches('-');
        let slug = if slug.is_empty() { "client" } else { slug };
        Self(format!("{slug}-{unique:x}"))
    }

    /// Whether this id is safe to use as a file stem (no separators, no dots, not empty).
    pub fn is_valid(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= 64
            && self
                .0
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }
}

/// Network size and quality as the user knows it (or the import found).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Network {
    /// Number of 1st-degree connections.
    pub connections: u32,
    /// How many of them are decision makers (C-level, owner, director, VP...).
    pub decision_makers: u32,
    /// Followers, if known.
    pub followers: Option<u32>,
}

/// Remembers an import so the same export is not merged twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRecord {
    /// The export's "as of" date.
    pub as_of: Date,
    /// A fingerprint of the imported content.
    pub fingerprint: String,
    /// The day it was imported.
    pub imported_on: Date,
}

/// Everything the app knows about one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Client {
    /// Stable id (file stem).
    pub id: ClientId,
    /// Display name.
    pub name: String,
    /// Preferred language for reports.
    #[serde(default)]
    pub language: Language,
    /// Archived clients are hidden from the default list.
    #[serde(default)]
    pub archived: bool,
    /// A demo client (first-run playground).
    #[serde(default)]
    pub demo: bool,
    /// The day the client was created.
    pub created: Date,
    /// Whether the client has Sales Navigator.
    #[serde(default)]
    pub sales_navigator: bool,
    /// Profile checklist.
    #[serde(default)]
    pub profile: ProfileChecklist,
    /// Network size and decision makers.
    #[serde(default)]
    pub network: Network,
    /// Weekly targets.
    #[serde(default)]
    pub goals: WeeklyGoals,
    /// Dated activity.
    #[serde(default)]
    pub activity: ActivityLog,
    /// Messages sent, sorted by date, oldest first (see [`Self::add_message`]).
    #[serde(default)]
    pub messages: Vec<MessageEntry>,
    /// Real SSI readings typed in from LinkedIn, oldest first.
    #[serde(default)]
    pub readings: Vec<Reading>,
    /// Coaching sessions, oldest first.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Agreed action items.
    #[serde(default)]
    pub action_items: Vec<ActionItem>,
    /// Marked days and ranges on the history chart.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// Whether the estimate is calibrated to the readings.
    #[serde(default)]
    pub calibrate: bool,
    /// Imports merged into this client.
    #[serde(default)]
    pub imports: Vec<ImportRecord>,
    /// The next free id for messages, sessions and action items.
    #[serde(default)]
    pub next_id: u64,
    /// The sessions whose notes the coach shares with the client (in the plan file). Not
    /// written while empty, so files without shared notes stay as they were.
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub shared_notes: std::collections::BTreeSet<u64>,
}

impl Client {
    /// An empty client.
    pub fn new(id: ClientId, name: impl Into<String>, created: Date) -> Self {
        Self {
            id,
            name: name.into(),
            language: Language::En,
            archived: false,
            demo: false,
            created,
            sales_navigator: false,
            profile: ProfileChecklist::default(),
            network: Network::default(),
            goals: WeeklyGoals::default(),
            activity: ActivityLog::default(),
            messages: Vec::new(),
            readings: Vec::new(),
            sessions: Vec::new(),
            action_items: Vec::new(),
            annotations: Vec::new(),
            calibrate: false,
            imports: Vec::new(),
            next_id: 1,
            shared_notes: std::collections::BTreeSet::new(),
        }
    }

    /// Hand out a fresh id for a message, session or action item.
    pub fn fresh_id(&mut self) -> u64 {
        let used = self
            .messages
            .iter()
            .map(|m| m.id)
            .chain(self.sessions.iter().map(|s| s.id))
            .chain(self.action_items.iter().map(|a| a.id))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(used + 1);
        self.next_id = id + 1;
        id
    }

    /// Add a message, keeping [`Self::messages`] sorted by date (oldest first; same-day
    /// messages keep their order of entry). The engine relies on that order.
    pub fn add_message(&mut self, message: MessageEntry) {
        let at = self.messages.partition_point(|m| m.date <= message.date);
        self.messages.insert(at, message);
    }

    /// Add many messages at once (an import): fresh ids in order, then one stable sort, so a
    /// message goes after those of its day already there, as [`Self::add_message`] puts it.
    /// Adding one by one would cost a scan for a fresh id per message (quadratic for 100,000s).
    pub fn add_messages(&mut self, messages: impl IntoIterator<Item = MessageEntry>) {
        let mut id = self.fresh_id();
        for mut m in messages {
            m.id = id;
            id += 1;
            self.messages.push(m);
        }
        self.next_id = id;
        self.sort_messages();
    }

    /// Restore the date order of the messages (after loading or editing a date).
    pub fn sort_messages(&mut self) {
        if !self.messages.is_sorted_by_key(|m| m.date) {
            self.messages.sort_by_key(|m| m.date);
        }
    }

    /// The newest reading on or before `day`.
    pub fn latest_reading(&self, day: Date) -> Option<&Reading> {
        self.readings
            .iter()
            .filter(|r| r.date <= day)
            .max_by_key(|r| r.date)
    }
}
