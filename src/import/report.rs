//! What an import says about itself: a typed warning list (shown in the user's language) and
//! one report per file found, so no file with data ever yields a silent zero.

use serde::Serialize;

use crate::i18n::{Language, tr_args};
use crate::model::Date;

/// Why rows of a file were not read (or why the whole file was not).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// The dates are in a format this version does not know.
    UnknownDate,
    /// The rows are not readable text (binary garbage, a record far too long).
    Unreadable,
    /// No header row was found.
    NoHeader,
    /// The same file under another name (`connections.csv` next to `Connections.csv`).
    Duplicate,
    /// The file could not be read from the ZIP.
    Damaged,
    /// A file of the export that nothing in the estimate uses (`Member_Follows.csv`,
    /// `Learning.csv`, ...): listed so the user sees every file found, but not read.
    NotUsed,
}

impl SkipReason {
    fn key(self) -> &'static str {
        match self {
            Self::UnknownDate => "import.reason.date",
            Self::Unreadable => "import.reason.unreadable",
            Self::NoHeader => "import.reason.no_header",
            Self::Duplicate => "import.reason.duplicate",
            Self::Damaged => "import.reason.damaged",
            Self::NotUsed => "import.reason.not_used",
        }
    }

    /// The reason in `lang`.
    pub fn message(self, lang: Language) -> String {
        tr_args(lang, self.key(), &[])
    }
}

/// One file of the export: how many data rows it holds, how many were read, how many were
/// skipped and why. The `files` array of `import --json`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The name inside the ZIP (control characters escaped).
    pub name: String,
    /// Data rows (after the header; blank lines not counted).
    pub rows: u32,
    /// Rows read.
    pub read: u32,
    /// Rows skipped.
    pub skipped: u32,
    /// Why rows (or the whole file) were skipped.
    pub reason: Option<SkipReason>,
}

/// `{"name","rows","read","skipped","reason"}`, the reason in English or `null`.
#[derive(Serialize)]
pub(super) struct FileJson<'a> {
    name: &'a str,
    rows: u32,
    read: u32,
    skipped: u32,
    reason: Option<String>,
}

impl FileReport {
    pub(super) fn json(&self) -> FileJson<'_> {
        FileJson {
            name: &self.name,
            rows: self.rows,
            read: self.read,
            skipped: self.skipped,
            reason: self.reason.map(|r| r.message(Language::En)),
        }
    }

    /// Whether the file needs a word in the preview: rows skipped, or none read.
    pub fn needs_warning(&self) -> bool {
        self.skipped > 0 || self.reason.is_some()
    }
}

/// Where the export's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateSource {
    /// The ZIP's name (or its top-level folder's).
    #[default]
    FileName,
    /// The newest date found inside.
    Content,
    /// The times stored with the ZIP's entries.
    EntryTimes,
    /// Nothing tells: the user is asked (today until then).
    Unknown,
}

/// A problem that did not stop the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A file with data rows of which some or all were not read.
    Rows {
        /// The file.
        file: String,
        /// Data rows.
        rows: u32,
        /// Rows read.
        read: u32,
        /// Why the others were not.
        reason: SkipReason,
    },
    /// A file without a header row (and not an empty placeholder).
    NoHeader {
        /// The file.
        file: String,
    },
    /// A file that could not be read from the ZIP.
    Damaged {
        /// The file.
        file: String,
        /// What failed (English, from the ZIP reader).
        detail: String,
    },
    /// The same file twice in different case or spelling: one was read.
    Duplicate {
        /// The file not read.
        file: String,
        /// The file read.
        kept: String,
    },
    /// No date in the ZIP's name: the newest date inside is used.
    DateFromContent,
    /// No date in the name or inside: the ZIP entries' times are used.
    DateFromEntryTimes,
    /// Nothing tells when the export was made: choose the date.
    DateUnknown,
    /// The export's date is before LinkedIn existed (2003).
    DateTooEarly(Date),
    /// The export's date is in the future.
    DateInFuture(Date),
}

impl Warning {
    /// The warning in `lang`.
    pub fn message(&self, lang: Language) -> String {
        let day = |d: &Date| d.format("%Y-%m-%d").to_string();
        match self {
            Self::Rows {
                file,
                rows,
                read,
                reason,
            } => tr_args(
                lang,
                "import.warn.rows",
                &[
                    ("file", file),
                    (
                        "rows",
                        &crate::i18n::count(lang, "common.count.rows", *rows),
                    ),
                    ("read", &read.to_string()),
                    ("reason", &reason.message(lang)),
                ],
            ),
            Self::NoHeader { file } => tr_args(lang, "import.warn.no_header", &[("file", file)]),
            Self::Damaged { file, detail } => tr_args(
                lang,
                "import.warn.damaged",
                &[("file", file), ("detail", detail)],
            ),
            Self::Duplicate { file, kept } => tr_args(
                lang,
                "import.warn.duplicate",
                &[("file", file), ("kept", kept)],
            ),
            Self::DateFromContent => tr_args(lang, "import.warn.date_content", &[]),
            Self::DateFromEntryTimes => tr_args(lang, "import.warn.date_entries", &[]),
            Self::DateUnknown => tr_args(lang, "import.warn.date_unknown", &[]),
            Self::DateTooEarly(d) => tr_args(lang, "import.warn.date_early", &[("date", &day(d))]),
            Self::DateInFuture(d) => tr_args(lang, "import.warn.date_future", &[("date", &day(d))]),
        }
    }
}

/// An entry name fit to print: control characters, line breaks and direction overrides
/// escaped (`\u{1b}`, `\n`), everything else as it is.
pub fn printable(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
        if c.is_control() || bidi {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_what_a_terminal_would_act_on() {
        assert_eq!(printable("Connections.csv"), "Connections.csv");
        assert_eq!(printable("Søren æ.csv"), "Søren æ.csv");
        let p = printable("a\u{1b}[2J\nb\r\u{202e}c");
        assert!(!p.chars().any(|c| c.is_control()), "{p}");
        assert_eq!(p, "a\\u{1b}[2J\\nb\\r\\u{202e}c");
    }
}
