//! Translations: English, Dutch and Danish, and locale-aware formatting.
//!
//! Every user-visible text has a key. Each area of the app keeps its texts in its own table
//! file (`common.rs`, `dashboard.rs`, ...), one row per key with all three languages, so a
//! missing language cannot compile and two people never edit the same table. `{name}`
//! placeholders are filled by [`tr_args`].

mod coaching;
mod common;
mod desktop;
mod format;
mod import;
mod knobs;
mod plan;
mod region;
mod report;
mod store;
mod ui;
mod workshop;
mod workshop_ui;

pub use format::{
    format_date, format_number, format_points, month_name, parse_number, weekday_short,
};
pub use region::{DateOrder, FormatsChoice, Locale, Region};

use std::collections::HashMap;
use std::sync::OnceLock;

pub use crate::model::Language;

/// One row of a translation table: key, then English, Dutch, Danish.
pub type Row = (&'static str, [&'static str; 3]);

/// Every table, one per area. A new area adds its table here.
pub const TABLES: &[&[Row]] = &[
    coaching::TEXTS,
    common::TEXTS,
    desktop::TEXTS,
    import::TEXTS,
    knobs::TEXTS,
    plan::TEXTS,
    report::TEXTS,
    store::TEXTS,
    ui::TEXTS,
    workshop::TEXTS,
    workshop_ui::TEXTS,
];

fn index() -> &'static HashMap<&'static str, [&'static str; 3]> {
    static INDEX: OnceLock<HashMap<&'static str, [&'static str; 3]>> = OnceLock::new();
    INDEX.get_or_init(|| {
        TABLES
            .iter()
            .flat_map(|t| t.iter())
            .map(|(k, v)| (*k, *v))
            .collect()
    })
}

fn slot(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Nl => 1,
        Language::Da => 2,
    }
}

/// The text for `key` in `lang`. A missing key shows the key itself (and a test fails).
pub fn tr(lang: Language, key: &str) -> &str {
    match index().get(key) {
        Some(texts) => texts[slot(lang)],
        None => key,
    }
}

/// Whether `key` exists.
pub fn has_key(key: &str) -> bool {
    index().contains_key(key)
}

/// [`tr`] with `{name}` placeholders replaced by `args`.
pub fn tr_args(lang: Language, key: &str, args: &[(&str, &str)]) -> String {
    let mut s = tr(lang, key).to_owned();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// Why a reading was refused, in `lang` (see [`crate::model::Reading::check`]).
pub fn reading_problem(lang: Language, problem: &crate::model::ReadingProblem) -> String {
    use crate::model::{ReadingField, ReadingProblem};
    let field = |f: ReadingField| {
        tr(
            lang,
            match f {
                ReadingField::Total => "readings.total",
                ReadingField::Pillar(p) => match p {
                    crate::model::Pillar::Brand => "pillar.brand.short",
                    crate::model::Pillar::Find => "pillar.find.short",
                    crate::model::Pillar::Engage => "pillar.engage.short",
                    crate::model::Pillar::Relationships => "pillar.relationships.short",
                },
                ReadingField::IndustryRank => "readings.industry_rank",
                ReadingField::NetworkRank => "readings.network_rank",
                ReadingField::IndustryAverage => "readings.industry_average",
                ReadingField::NetworkAverage => "readings.network_average",
            },
        )
    };
    match *problem {
        ReadingProblem::NotFinite(f) => {
            tr_args(lang, "readings.error.not_finite", &[("field", field(f))])
        }
        ReadingProblem::OutOfRange(f, _) => tr_args(
            lang,
            "readings.error.range",
            &[("field", field(f)), ("max", &format!("{:.0}", f.max()))],
        ),
        ReadingProblem::SumMismatch { sum, total } => tr_args(
            lang,
            "readings.error.sum",
            &[
                ("sum", &format_points(lang, sum)),
                ("total", &format_points(lang, total)),
            ],
        ),
        ReadingProblem::FutureDate(_) => tr(lang, "validation.future_date").to_owned(),
        ReadingProblem::TooEarly(d) => tr_args(
            lang,
            "readings.error.too_early",
            &[("date", &format_date(lang, d))],
        ),
    }
}

/// The region of the system locale (dates, numbers, CSV), falling back to the United States.
/// Read once at start by the desktop shell; never inside a test.
pub fn system_region() -> Region {
    sys_locale::get_locale().map_or(Region::US, |l| Region::of_locale(&l))
}

/// The language of the system locale, falling back to English.
pub fn system_language() -> Language {
    sys_locale::get_locales()
        .find_map(|l| Language::from_code(&l))
        .unwrap_or(Language::En)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_key_is_duplicated_and_no_text_is_empty() {
        let mut seen = HashSet::new();
        for (key, texts) in TABLES.iter().flat_map(|t| t.iter()) {
            assert!(seen.insert(*key), "key {key} appears twice");
            for (i, t) in texts.iter().enumerate() {
                assert!(!t.trim().is_empty(), "key {key} is empty in language {i}");
            }
        }
    }

    #[test]
    fn placeholders_match_across_languages() {
        for (key, texts) in TABLES.iter().flat_map(|t| t.iter()) {
            let names = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(
                names(texts[0]),
                names(texts[1]),
                "{key}: nl placeholders differ"
            );
            assert_eq!(
                names(texts[0]),
                names(texts[2]),
                "{key}: da placeholders differ"
            );
        }
    }

    /// Every `tr(.., "key")` / `tr_args(.., "key", ..)` / `t("key")` literal in the sources
    /// must exist in the tables.
    #[test]
    fn every_key_used_in_the_sources_exists() {
        let mut missing = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n/mod.rs") {
                    let text = std::fs::read_to_string(&p).unwrap_or_default();
                    for key in used_keys(&text) {
                        if !has_key(&key) {
                            missing.push(format!("{}: {key}", p.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys missing from the tables:\n{}",
            missing.join("\n")
        );
    }

    /// Keys look like `area.name`: string literals right after `tr(`, `tr_args(` or `t(`
    /// (first argument may be a language expression followed by a comma).
    fn used_keys(src: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for marker in ["tr(", "tr_args(", "t("] {
            let mut rest = src;
            while let Some(pos) = rest.find(marker) {
                let before = rest[..pos].chars().last();
                rest = &rest[pos + marker.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let call = rest.split(')').next().unwrap_or("");
                if let Some(start) = call.find('"') {
                    let lit = &call[start + 1..];
                    if let Some(end) = lit.find('"') {
                        let key = &lit[..end];
                        if key.contains('.') && !key.contains(' ') && !key.contains('{') {
                            keys.push(key.to_owned());
                        }
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn lookup_and_placeholders() {
        assert_eq!(tr(Language::Nl, "common.estimate"), "Schatting");
        assert_eq!(tr(Language::Da, "common.estimate"), "Estimat");
        assert_eq!(tr(Language::En, "no.such.key"), "no.such.key");
        assert_eq!(
            tr_args(Language::En, "common.of_100", &[("value", "53")]),
            "53 of 100"
        );
    }
}
