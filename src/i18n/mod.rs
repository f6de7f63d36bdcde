//! Translations: English, Dutch and Danish, and locale-aware formatting.
//!
//! Every user-visible text has a key. The texts live in plain text files, one per key prefix
//! (`texts/dashboard.txt` holds every `dashboard.*` key), each key with all three languages,
//! so a translator never edits Rust (`docs/translating.md`) and a missing language fails a
//! test. `{name}` placeholders are filled by [`tr_args`]; counts by [`tr_n`], which picks the
//! plural form.

mod format;
mod region;
pub mod texts;
mod values;

pub use format::{
    format_date, format_number, format_points, month_name, parse_number, weekday_short,
};
pub use region::{DateOrder, FormatsChoice, Locale, Region};
pub use values::{
    format_factor_input, format_lever, format_lever_change, format_signed, format_total,
    format_unit, yes_no,
};

pub use crate::model::Language;

fn slot(lang: Language) -> usize {
    match lang {
        Language::En => 0,
        Language::Nl => 1,
        Language::Da => 2,
    }
}

/// The text for `key` in `lang`. A missing key shows the key itself (and a test fails).
pub fn tr(lang: Language, key: &str) -> &str {
    match texts::index().get(key) {
        Some(texts) => &texts[slot(lang)],
        None => key,
    }
}

/// A counted noun alone: `count(lang, "common.count.rows", 1)` is "1 row", with 2 "2 rows".
pub fn count(loc: impl Into<Locale>, key: &str, n: impl TryInto<u64>) -> String {
    tr_n(loc, key, n.try_into().unwrap_or(u64::MAX), &[])
}

/// The plural form English, Dutch and Danish use for a count: `one` for exactly 1, `other`
/// for everything else (0, 2, 21, ...). The three languages share this rule for whole numbers.
pub fn plural_suffix(_lang: Language, n: u64) -> &'static str {
    if n == 1 { "one" } else { "other" }
}

/// A count in words: `key.one` or `key.other` by [`plural_suffix`], with `{n}` filled with the
/// count in the language's number format and `args` as in [`tr_args`]. "1 day", "2 days".
pub fn tr_n(loc: impl Into<Locale>, key: &str, n: u64, args: &[(&str, &str)]) -> String {
    let loc: Locale = loc.into();
    let lang = loc.lang;
    let form = format!("{key}.{}", plural_suffix(lang, n));
    #[allow(clippy::cast_precision_loss)]
    let count = format_number(loc, n as f64, 0);
    let mut all: Vec<(&str, &str)> = Vec::with_capacity(args.len() + 1);
    all.push(("n", &count));
    all.extend_from_slice(args);
    tr_args(lang, &form, &all)
}

/// Whether `key` exists.
pub fn has_key(key: &str) -> bool {
    texts::index().contains_key(key)
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

    fn all_entries() -> Vec<texts::Entry> {
        texts::FILES
            .iter()
            .flat_map(|(f, c)| texts::parse(f, c).unwrap_or_else(|e| panic!("{e}")))
            .collect()
    }

    #[test]
    fn no_key_is_duplicated_and_no_text_is_empty() {
        let mut seen = HashSet::new();
        for texts::Entry { key, texts } in all_entries() {
            assert!(seen.insert(key), "key {key} appears twice");
            for (i, t) in texts.iter().enumerate() {
                assert!(!t.trim().is_empty(), "key {key} is empty in language {i}");
            }
        }
    }

    #[test]
    fn plural_texts_come_in_pairs_and_name_the_count() {
        let keys: HashSet<&str> = all_entries().iter().map(|e| e.key).collect();
        let plural: HashSet<String> = keys
            .iter()
            .filter_map(|k| k.strip_suffix(".one"))
            .map(|base| format!("{base}.other"))
            .collect();
        for p in &plural {
            assert!(keys.contains(p.as_str()), "{p} missing");
        }
        for e in all_entries() {
            if plural.contains(e.key) {
                for (i, t) in e.texts.iter().enumerate() {
                    assert!(
                        t.contains("{n}"),
                        "{}: language {i} does not show the count",
                        e.key
                    );
                }
            }
        }
    }

    #[test]
    fn plural_forms_in_all_three_languages() {
        let cases = [
            (Language::En, 1, "Streak: 1 day in a row with activity"),
            (Language::En, 2, "Streak: 2 days in a row with activity"),
            (Language::En, 0, "Streak: 0 days in a row with activity"),
            (Language::Nl, 1, "Reeks: 1 dag op rij actief"),
            (Language::Nl, 5, "Reeks: 5 dagen op rij actief"),
            (Language::Da, 1, "Stime: 1 dag i træk med aktivitet"),
            (Language::Da, 21, "Stime: 21 dage i træk med aktivitet"),
        ];
        for (lang, n, want) in cases {
            assert_eq!(
                tr_n(lang, "engagement.streak", n, &[]),
                want,
                "{lang:?} {n}"
            );
        }
        // the count is in the language's number format
        assert_eq!(
            tr_n(Language::Nl, "readings.import.add", 1200, &[]),
            "1.200 metingen toevoegen"
        );
        assert_eq!(
            tr_n(Language::En, "readings.import.add", 1, &[]),
            "Add 1 reading"
        );
    }

    #[test]
    fn placeholders_match_across_languages() {
        for texts::Entry { key, texts } in all_entries() {
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
                names(&texts[0]),
                names(&texts[1]),
                "{key}: nl placeholders differ"
            );
            assert_eq!(
                names(&texts[0]),
                names(&texts[2]),
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
                        let exists = match key.strip_suffix("#plural") {
                            Some(base) => {
                                has_key(&format!("{base}.one")) && has_key(&format!("{base}.other"))
                            }
                            None => has_key(&key),
                        };
                        if !exists {
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
        for marker in ["tr(", "tr_args(", "t(", "tr_n("] {
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
                            if marker == "tr_n(" {
                                keys.push(format!("{key}#plural"));
                            } else {
                                keys.push(key.to_owned());
                            }
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
