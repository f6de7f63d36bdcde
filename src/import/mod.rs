//! Import LinkedIn's own data export (the ZIP a member downloads), offline: no login, no
//! scraping. `docs/import.md` lists what is read and how; `LINKEDIN-EXPORT.md` in the brief
//! is the spec of the files and their quirks.
//!
//! Safety: the ZIP is never extracted. Only known entries are read, each through a hard limit
//! on its *inflated* size (so a ZIP bomb stops at the limit), entries with `..`, absolute
//! paths or symlinks make the whole file refused, and nothing is written anywhere.

mod archive;
mod merge;
mod parse;
pub mod readings;
mod records;
mod report;
mod seniority;
mod summary;
mod text;

pub use archive::{date_from_name, read_entry_bytes, read_zip_bytes, read_zip_file};
pub use merge::{MergeSummary, merge};
pub use report::{DateSource, FileReport, SkipReason, Warning, printable};
pub use seniority::is_decision_maker;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::{Language, tr_args};
use chrono::Datelike;

use crate::model::{ActivityKind, Date};

/// How much one entry may inflate to (a 500 MB CSV is refused, not read).
pub const MAX_ENTRY_BYTES: u64 = 256 * 1024 * 1024;
/// How much all read entries together may inflate to.
pub const MAX_TOTAL_BYTES: u64 = 1024 * 1024 * 1024;
/// How many entries a ZIP may have.
pub const MAX_ENTRIES: usize = 20_000;
/// How large one article's HTML may be.
pub(crate) const MAX_ARTICLE_BYTES: u64 = 4 * 1024 * 1024;

/// Why an export could not be read. Nothing was changed anywhere.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the OS said.
        source: std::io::Error,
    },
    /// Not a ZIP file (or an empty or damaged one).
    #[error("not a ZIP file: {0}")]
    NotZip(String),
    /// A ZIP, but not a LinkedIn data export.
    #[error(
        "this ZIP is not a LinkedIn data export (no Connections, messages, Profile ... inside)"
    )]
    NotLinkedIn,
    /// An entry with `..`, an absolute path or a symlink.
    #[error("unsafe entry in the ZIP: {0}")]
    Unsafe(String),
    /// An entry (or all of them) inflates beyond the limit: a ZIP bomb or a file far larger
    /// than any real export.
    #[error("{entry} is larger than {limit_mb} MB once unpacked")]
    TooLarge {
        /// The entry.
        entry: String,
        /// The limit in MB.
        limit_mb: u64,
    },
    /// Too many entries.
    #[error("the ZIP has more than {0} entries")]
    TooManyEntries(usize),
}

impl ImportError {
    /// The message for the user in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Self::Io { path, source } => tr_args(
                lang,
                "import.error.io",
                &[("path", path), ("reason", &source.to_string())],
            ),
            Self::NotZip(_) => tr_args(lang, "import.error.not_zip", &[]),
            Self::NotLinkedIn => tr_args(lang, "import.error.not_linkedin", &[]),
            Self::Unsafe(entry) => tr_args(lang, "import.error.unsafe", &[("entry", entry)]),
            Self::TooLarge { entry, limit_mb } => tr_args(
                lang,
                "import.error.too_large",
                &[("entry", entry), ("limit", &limit_mb.to_string())],
            ),
            Self::TooManyEntries(n) => {
                tr_args(lang, "import.error.entries", &[("n", &n.to_string())])
            }
        }
    }
}

/// What the export tells about the SSI signals; `None` where it cannot tell (a Basic export
/// has no posts, comments, reactions, searches or articles: unknown, not zero).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Signals {
    /// Connections, hidden ones included.
    pub connections: Option<u32>,
    /// Visible connections whose position is a decision maker's.
    pub decision_makers: Option<u32>,
    /// Outgoing invitations (LinkedIn keeps 6-13 months).
    pub invitations_sent: Option<u32>,
    /// Outgoing invitations with a personal note.
    pub invitations_with_note: Option<u32>,
    /// Messages the owner sent (no drafts, spam, sponsored or LinkedIn's own).
    pub messages_sent: Option<u32>,
    /// Shares with text.
    pub posts: Option<u32>,
    /// Shares without text and instant reposts.
    pub reposts: Option<u32>,
    /// Comments (whole comments, however LinkedIn split them over lines).
    pub comments: Option<u32>,
    /// Reactions of any type.
    pub reactions: Option<u32>,
    /// Searches, the same query within a minute counted once.
    pub searches: Option<u32>,
    /// Published articles.
    pub articles_published: Option<u32>,
    /// A profile photo was uploaded.
    pub profile_photo: Option<bool>,
    /// A background banner was uploaded.
    pub background_banner: Option<bool>,
    /// Skills listed.
    pub skills: Option<u32>,
}

/// An imported message the owner sent (a view into [`Import`]; see [`Import::messages`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportedMessage<'a> {
    /// The day it was sent.
    pub date: Date,
    /// To whom.
    pub person: &'a str,
    /// Their company if they are a connection.
    pub company: &'a str,
    /// Their position if they are a connection.
    pub title: &'a str,
    /// Whether the position is a decision maker's.
    pub decision_maker: bool,
    /// Whether someone else wrote in the conversation afterwards.
    pub replied: bool,
    conversation: u64,
    at: i64,
    content_hash: u64,
}

impl ImportedMessage<'_> {
    /// A stable key (conversation, time, content), saved with the message: a second import
    /// of the same message skips it.
    pub fn key(&self) -> String {
        summary::message_key(self.conversation, self.at, self.content_hash)
    }
}

/// How an [`Import`] keeps a message: 100,000s of them, so no strings of their own, only
/// where their names are in [`Import`]'s text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SentMessage {
    conversation: u64,
    at: i64,
    content_hash: u64,
    date: Date,
    person: parse::Span,
    company: parse::Span,
    title: parse::Span,
    decision_maker: bool,
    replied: bool,
}

/// Profile facts found in the export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileFacts {
    /// A headline.
    pub headline: bool,
    /// An about section.
    pub about: bool,
    /// Industry and location.
    pub industry_location: bool,
    /// Positions with a description.
    pub experience_descriptions: bool,
    /// Education entries.
    pub education: bool,
    /// Recommendations received (visible).
    pub recommendations: Option<u32>,
    /// Endorsements received.
    pub endorsements: Option<u32>,
}

/// What an export holds, ready to preview and to merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// The day the export was made (from the ZIP's name, else its newest date).
    pub as_of: Date,
    /// The signals, `None` for unknown.
    pub signals: Signals,
    /// Where [`Self::as_of`] came from ([`DateSource::Unknown`]: ask the user).
    pub as_of_source: DateSource,
    /// Problems that did not stop the import ([`Warning::message`] in the user's language;
    /// in English in the JSON).
    pub warnings: Vec<Warning>,
    /// Every file found, with its rows read and skipped (the `files` array of the JSON).
    pub reports: Vec<FileReport>,
    /// The member's name from Profile.csv (for "Import into: a new client").
    pub profile_name: Option<String>,
    /// Activity per day and kind.
    pub activity: BTreeMap<(Date, ActivityKind), u32>,
    /// Messages the owner sent, in time order ([`Self::messages`]).
    messages: Vec<SentMessage>,
    /// The names [`SentMessage`]s point into.
    text: String,
    /// Profile facts.
    pub profile: ProfileFacts,
    /// The files that were read.
    pub files: Vec<String>,
    /// A fingerprint of the content (same export, same fingerprint).
    pub fingerprint: String,
}

impl Import {
    /// The messages the owner sent, in time order.
    pub fn messages(&self) -> impl ExactSizeIterator<Item = ImportedMessage<'_>> + '_ {
        self.messages.iter().map(|m| ImportedMessage {
            date: m.date,
            person: m.person.get(&self.text),
            company: m.company.get(&self.text),
            title: m.title.get(&self.text),
            decision_maker: m.decision_maker,
            replied: m.replied,
            conversation: m.conversation,
            at: m.at,
            content_hash: m.content_hash,
        })
    }

    /// `{"as_of","signals":{..},"estimate":{..},"warnings":[..],"files":[..]}`: the
    /// `import --json` shape
    /// (as a value: its keys come out sorted; see [`Self::to_json_string`]).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self.json_out()).unwrap_or_default()
    }

    /// The `import --json` line, keys in the documented order: `as_of`, `signals` (in the
    /// order of [`Signals`]), `estimate`, `warnings`, `files`.
    pub fn to_json_string(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(&self.json_out())
    }

    fn json_out(&self) -> JsonOut<'_> {
        let mut client = crate::model::Client::new(
            crate::model::ClientId("import".to_owned()),
            "import",
            self.as_of,
        );
        merge(&mut client, self, self.as_of);
        JsonOut {
            as_of: self.as_of.format("%Y-%m-%d").to_string(),
            signals: &self.signals,
            estimate: crate::engine::estimate(&client, self.as_of).to_json(),
            warnings: self
                .warnings
                .iter()
                .map(|w| w.message(crate::i18n::Language::En))
                .collect(),
            files: self.reports.iter().map(FileReport::json).collect(),
        }
    }

    /// Set the export's date (the user chose it): the date warnings are replaced by what
    /// the new date calls for.
    pub fn set_as_of(&mut self, day: Date, today: Date) {
        self.as_of = day;
        self.as_of_source = DateSource::FileName;
        self.warnings.retain(|w| {
            !matches!(
                w,
                Warning::DateFromContent
                    | Warning::DateFromEntryTimes
                    | Warning::DateUnknown
                    | Warning::DateTooEarly(_)
                    | Warning::DateInFuture(_)
            )
        });
        self.warnings.extend(date_warning(day, today));
    }
}

/// A warning for an export date before LinkedIn existed or after `today`.
fn date_warning(day: Date, today: Date) -> Option<Warning> {
    if day.year() < 2003 {
        Some(Warning::DateTooEarly(day))
    } else if day > today {
        Some(Warning::DateInFuture(day))
    } else {
        None
    }
}

/// The `import --json` object; a struct so the keys keep their order.
#[derive(Serialize)]
struct JsonOut<'a> {
    as_of: String,
    signals: &'a Signals,
    estimate: serde_json::Value,
    warnings: Vec<String>,
    files: Vec<report::FileJson<'a>>,
}
