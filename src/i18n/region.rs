//! The region: how dates and numbers are written, separate from the UI language.
//!
//! An English UI on a Danish computer writes `9 Mar 2025`, `1.234,5` and `;`-separated CSV
//! (what Excel there reads); an English UI on an American one `Mar 9, 2025`, `1,234.5` and
//! `,`. The region comes from the operating system's locale (read once at start by the
//! desktop shell and injected, never read here) or from the Settings override
//! ([`FormatsChoice`]).

use super::Language;
pub use crate::model::FormatsChoice;

/// The order a region writes a day in. `YYYY-MM-DD` is understood everywhere besides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// `DD-MM-YYYY`, `DD.MM.YYYY` or `DD/MM/YYYY` (nl, da, en-GB and most regions).
    DayMonthYear,
    /// `MM/DD/YYYY` (the United States).
    MonthDayYear,
}

impl DateOrder {
    /// The format to show as a field's hint, in `lang` ("DD-MM-YYYY", "DD-MM-JJJJ", ...).
    pub fn hint(self, lang: Language) -> &'static str {
        match self {
            Self::DayMonthYear => super::tr(lang, "desktop.date_format.dmy"),
            Self::MonthDayYear => super::tr(lang, "desktop.date_format.mdy"),
        }
    }

    /// What to say when a typed date cannot be read, in `lang`: the forms that work.
    pub fn invalid(self, lang: Language) -> &'static str {
        match self {
            Self::DayMonthYear => super::tr(lang, "desktop.date_invalid.dmy"),
            Self::MonthDayYear => super::tr(lang, "desktop.date_invalid.mdy"),
        }
    }

    /// The order of a locale as the system names it (`en-US`, `en_US.UTF-8`, `nl-NL`): month
    /// first only for English in the United States, day first for every other region.
    pub fn of_locale(locale: &str) -> Self {
        Region::of_locale(locale).date_order
    }
}

/// How a region writes dates and numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Day first or month first.
    pub date_order: DateOrder,
    /// `1.234,5` (true) or `1,234.5` (false).
    pub decimal_comma: bool,
}

/// Countries that write `1,234.5`; every other country writes `1.234,5`.
const DECIMAL_POINT_COUNTRIES: [&str; 20] = [
    "US", "GB", "IE", "AU", "NZ", "CA", "IN", "ZA", "SG", "HK", "JP", "CN", "KR", "TW", "MX", "IL",
    "PH", "MY", "TH", "CH",
];

impl Region {
    /// The United States: `Mar 9, 2025`, `1,234.5`, `,` in CSV, weeks from Sunday.
    pub const US: Self = Self {
        date_order: DateOrder::MonthDayYear,
        decimal_comma: false,
    };
    /// The United Kingdom: `9 Mar 2025`, `1,234.5`, `,` in CSV, weeks from Monday.
    pub const UK: Self = Self {
        date_order: DateOrder::DayMonthYear,
        decimal_comma: false,
    };
    /// The Netherlands, Denmark and most of continental Europe: day first, `1.234,5`, `;`.
    pub const EUROPE: Self = Self {
        date_order: DateOrder::DayMonthYear,
        decimal_comma: true,
    };

    /// The region of a locale as the system names it (`en-US`, `en_DK.UTF-8`, `nl-NL`,
    /// `da`). The country decides; without one, the language (English: the United States,
    /// as before regions were read; any other language: day first with a decimal comma).
    pub fn of_locale(locale: &str) -> Self {
        let tag = locale.split(['.', '@']).next().unwrap_or_default();
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or_default();
        let country = parts.find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()));
        match country {
            Some(c) if c.eq_ignore_ascii_case("US") && language.eq_ignore_ascii_case("en") => {
                Self::US
            }
            Some(c) => {
                let point = DECIMAL_POINT_COUNTRIES
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(c));
                Self {
                    date_order: DateOrder::DayMonthYear,
                    decimal_comma: !point,
                }
            }
            // the C / POSIX locale (no region set, as in containers and minimal sessions)
            // writes numbers the US way, as the C library does
            None if language.eq_ignore_ascii_case("en")
                || language.is_empty()
                || language == "C"
                || language.eq_ignore_ascii_case("POSIX") =>
            {
                Self::US
            }
            None => Self::EUROPE,
        }
    }

    /// The region a language implies when nothing else is known: English the United States,
    /// Dutch and Danish their countries. Used where only a language is given (the command
    /// line, the HTML report of a client in its own language).
    pub fn of_language(lang: Language) -> Self {
        match lang {
            Language::En => Self::US,
            Language::Nl | Language::Da => Self::EUROPE,
        }
    }

    /// The region for the Settings choice, `system` when it follows the system.
    pub fn chosen(choice: FormatsChoice, system: Self) -> Self {
        match choice {
            FormatsChoice::System => system,
            FormatsChoice::EnglishUs => Self::US,
            FormatsChoice::EnglishUk => Self::UK,
            FormatsChoice::Dutch | FormatsChoice::Danish => Self::EUROPE,
        }
    }

    /// The decimal separator: `.` or `,`.
    pub fn decimal(self) -> char {
        if self.decimal_comma { ',' } else { '.' }
    }

    /// The thousands separator: `,` or `.`.
    pub fn group(self) -> char {
        if self.decimal_comma { '.' } else { ',' }
    }

    /// The CSV field separator: `;` where the decimal separator is a comma (Excel's list
    /// separator there), `,` elsewhere.
    pub fn csv_separator(self) -> char {
        if self.decimal_comma { ';' } else { ',' }
    }

    /// Whether a calendar week starts on Monday (everywhere but the United States).
    pub fn week_starts_monday(self) -> bool {
        self.date_order != DateOrder::MonthDayYear
    }
}

/// A language and a region: what a text with dates and numbers is written in. A bare
/// [`Language`] converts with the region it implies ([`Region::of_language`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// The language of words (month names, messages).
    pub lang: Language,
    /// How dates and numbers are written.
    pub region: Region,
}

impl Locale {
    /// `lang` written the way `region` writes dates and numbers.
    pub fn new(lang: Language, region: Region) -> Self {
        Self { lang, region }
    }
}

impl From<Language> for Locale {
    fn from(lang: Language) -> Self {
        Self::new(lang, Region::of_language(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_decides_and_the_language_only_without_one() {
        assert_eq!(Region::of_locale("en-US"), Region::US);
        assert_eq!(Region::of_locale("en_US.UTF-8"), Region::US);
        assert_eq!(Region::of_locale("en-GB"), Region::UK);
        assert_eq!(Region::of_locale("en_DK.UTF-8"), Region::EUROPE);
        assert_eq!(Region::of_locale("nl-NL"), Region::EUROPE);
        assert_eq!(Region::of_locale("da_DK@euro"), Region::EUROPE);
        assert_eq!(Region::of_locale("es-US"), Region::UK);
        assert_eq!(Region::of_locale("da"), Region::EUROPE);
        assert_eq!(Region::of_locale("en"), Region::US);
        assert_eq!(Region::of_locale("zh-Hans-CN"), Region::UK);
        // no region at all: not a decimal comma under an English UI
        assert_eq!(Region::of_locale("C.UTF-8"), Region::US);
        assert_eq!(Region::of_locale("POSIX"), Region::US);
    }
}
