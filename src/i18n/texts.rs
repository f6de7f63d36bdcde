//! The text files: one per key prefix under `src/i18n/texts/`, so a translator edits plain
//! text, never Rust (`docs/translating.md`). Each block is a key on its own line, then one
//! indented line per language:
//!
//! ```text
//! # a comment
//! dashboard.of_100
//!   en: of 100
//!   nl: van 100
//!   da: af 100
//! ```
//!
//! `\n` in a text is a line break and `\\` a backslash. Plural texts are two keys, `….one`
//! (exactly one) and `….other` (see [`super::tr_n`]). The files are built into the program
//! and read once, at the first text shown.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Every text file: its key prefix and its contents. A new prefix adds its file here (a test
/// fails when a file in the folder is missing from this list).
pub const FILES: &[(&str, &str)] = &[
    ("activity", include_str!("texts/activity.txt")),
    ("annotations", include_str!("texts/annotations.txt")),
    ("band", include_str!("texts/band.txt")),
    ("caution", include_str!("texts/caution.txt")),
    ("channel", include_str!("texts/channel.txt")),
    ("clients", include_str!("texts/clients.txt")),
    ("close", include_str!("texts/close.txt")),
    ("common", include_str!("texts/common.txt")),
    ("dashboard", include_str!("texts/dashboard.txt")),
    ("demo", include_str!("texts/demo.txt")),
    ("desktop", include_str!("texts/desktop.txt")),
    ("due", include_str!("texts/due.txt")),
    ("engagement", include_str!("texts/engagement.txt")),
    ("exchange", include_str!("texts/exchange.txt")),
    ("export", include_str!("texts/export.txt")),
    ("factor", include_str!("texts/factor.txt")),
    ("import", include_str!("texts/import.txt")),
    ("knob", include_str!("texts/knob.txt")),
    ("knobs", include_str!("texts/knobs.txt")),
    ("lever", include_str!("texts/lever.txt")),
    ("messages", include_str!("texts/messages.txt")),
    ("persona", include_str!("texts/persona.txt")),
    ("pillar", include_str!("texts/pillar.txt")),
    ("plan", include_str!("texts/plan.txt")),
    ("profile", include_str!("texts/profile.txt")),
    ("readings", include_str!("texts/readings.txt")),
    ("report", include_str!("texts/report.txt")),
    ("screen", include_str!("texts/screen.txt")),
    ("sessions", include_str!("texts/sessions.txt")),
    ("settings", include_str!("texts/settings.txt")),
    ("step", include_str!("texts/step.txt")),
    ("store", include_str!("texts/store.txt")),
    ("sync", include_str!("texts/sync.txt")),
    ("top", include_str!("texts/top.txt")),
    ("undo", include_str!("texts/undo.txt")),
    ("validation", include_str!("texts/validation.txt")),
    ("welcome", include_str!("texts/welcome.txt")),
    ("why", include_str!("texts/why.txt")),
    ("workshop", include_str!("texts/workshop.txt")),
];

/// The language codes of a block, in the order of [`super::Language`]'s slots.
pub const CODES: [&str; 3] = ["en", "nl", "da"];

/// One key with its three texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The key, `prefix.name`.
    pub key: &'static str,
    /// English, Dutch, Danish.
    pub texts: [Cow<'static, str>; 3],
}

/// What is wrong with a text file, with its line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The file's prefix.
    pub file: &'static str,
    /// The line the problem is on.
    pub line: usize,
    /// What is wrong.
    pub what: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.txt line {}: {}", self.file, self.line, self.what)
    }
}

/// A block being read: its line, its key and the languages found so far.
type Open = (usize, &'static str, [Option<Cow<'static, str>>; 3]);

/// `\n` to a line break and `\\` to a backslash; borrowed when there is nothing to undo.
fn unescape(s: &'static str) -> Cow<'static, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Every entry of one file, or what is wrong with it: a key outside the file's prefix, a
/// language missing, twice or unknown, a text outside a block, an empty text.
pub fn parse(file: &'static str, contents: &'static str) -> Result<Vec<Entry>, ParseError> {
    let err = |line: usize, what: String| ParseError { file, line, what };
    let mut entries = Vec::new();
    let mut current: Option<Open> = None;
    let finish = |current: Option<Open>, entries: &mut Vec<Entry>| -> Result<(), ParseError> {
        let Some((line, key, texts)) = current else {
            return Ok(());
        };
        let [Some(en), Some(nl), Some(da)] = texts else {
            let missing: Vec<&str> = CODES
                .iter()
                .zip(&texts)
                .filter(|(_, t)| t.is_none())
                .map(|(c, _)| *c)
                .collect();
            return Err(err(line, format!("{key} has no {}", missing.join(", "))));
        };
        entries.push(Entry {
            key,
            texts: [en, nl, da],
        });
        Ok(())
    };
    for (i, raw) in contents.lines().enumerate() {
        let n = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(' ') {
            finish(current.take(), &mut entries)?;
            let key = line.trim_end();
            if !key.starts_with(file) || key.as_bytes().get(file.len()) != Some(&b'.') {
                return Err(err(n, format!("{key} does not start with \"{file}.\"")));
            }
            if key.contains(char::is_whitespace) {
                return Err(err(n, format!("\"{key}\" is not a key")));
            }
            current = Some((n, key, [None, None, None]));
            continue;
        }
        let Some((_, key, texts)) = current.as_mut() else {
            return Err(err(n, "a text before any key".to_owned()));
        };
        let body = line.trim_start();
        let Some((code, text)) = body.split_once(':') else {
            return Err(err(n, format!("\"{body}\" is not \"en: text\"")));
        };
        let Some(slot) = CODES.iter().position(|c| *c == code) else {
            return Err(err(n, format!("unknown language \"{code}\" in {key}")));
        };
        let text = text.strip_prefix(' ').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(err(n, format!("{key} is empty in {code}")));
        }
        if texts[slot].is_some() {
            return Err(err(n, format!("{key} has {code} twice")));
        }
        texts[slot] = Some(unescape(text));
    }
    finish(current, &mut entries)?;
    Ok(entries)
}

/// Every key of every file. A file that does not parse adds nothing (its keys then show as
/// keys, and the tests name the line).
pub fn index() -> &'static HashMap<&'static str, [Cow<'static, str>; 3]> {
    static INDEX: OnceLock<HashMap<&'static str, [Cow<'static, str>; 3]>> = OnceLock::new();
    INDEX.get_or_init(|| {
        FILES
            .iter()
            .filter_map(|(file, contents)| parse(file, contents).ok())
            .flatten()
            .map(|e| (e.key, e.texts))
            .collect()
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_file_parses_and_each_key_is_in_the_file_of_its_prefix() {
        let mut seen = HashSet::new();
        for (file, contents) in FILES {
            let entries = parse(file, contents).unwrap_or_else(|e| panic!("{e}"));
            assert!(!entries.is_empty(), "{file}.txt has no texts");
            for e in entries {
                assert!(e.key.starts_with(&format!("{file}.")), "{}", e.key);
                assert!(seen.insert(e.key), "{} appears twice", e.key);
            }
        }
    }

    #[test]
    fn every_file_in_the_folder_is_built_in_once() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/texts");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = FILES.iter().map(|(f, _)| format!("{f}.txt")).collect();
        listed.sort();
        assert_eq!(on_disk, listed);
    }

    #[test]
    fn a_broken_file_says_where() {
        let missing = parse("demo", "demo.a\n  en: A\n  nl: A\n");
        assert_eq!(
            missing.unwrap_err().to_string(),
            "demo.txt line 1: demo.a has no da"
        );
        let foreign = parse("demo", "other.a\n  en: A\n");
        assert_eq!(foreign.unwrap_err().line, 1);
        let twice = parse("demo", "demo.a\n  en: A\n  en: B\n");
        assert!(twice.unwrap_err().what.contains("twice"));
        let unknown = parse("demo", "demo.a\n  de: A\n");
        assert!(unknown.unwrap_err().what.contains("unknown language"));
        let empty = parse("demo", "demo.a\n  en: \n");
        assert!(empty.unwrap_err().what.contains("empty"));
    }

    #[test]
    fn escapes_comments_and_windows_line_ends() {
        let e = parse(
            "demo",
            "# a comment\r\ndemo.a\r\n  en: one\\ntwo \\\\ three\r\n  nl: x\r\n  da: y\r\n",
        )
        .unwrap();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].texts[0], "one\ntwo \\ three");
        assert_eq!(e[0].texts[2], "y");
    }
}
