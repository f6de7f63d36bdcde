//! Dates and numbers in the user's language and region: the language gives the month names,
//! the region the order and the separators ([`super::Region`]). A bare [`Language`] writes
//! with the region it implies.

use super::Language;
use super::region::{DateOrder, Locale};
use crate::model::Date;

/// A date with the language's month names in the region's order: `Mar 9, 2025` (en-US),
/// `9 Mar 2025` (en-GB, en-DK), `9 mrt 2025` (nl), `9. mar. 2025` (da).
pub fn format_date(locale: impl Into<Locale>, date: Date) -> String {
    use chrono::Datelike;
    let Locale { lang, region } = locale.into();
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const DA: [&str; 12] = [
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    let m = date.month0() as usize;
    let month = match lang {
        Language::En => EN[m],
        Language::Nl => NL[m],
        Language::Da => DA[m],
    };
    match (region.date_order, lang) {
        (DateOrder::MonthDayYear, _) => format!("{month} {}, {}", date.day(), date.year()),
        (DateOrder::DayMonthYear, Language::Da) => {
            format!("{}. {month} {}", date.day(), date.year())
        }
        (DateOrder::DayMonthYear, _) => format!("{} {month} {}", date.day(), date.year()),
    }
}

/// The full name of a month (`month0` 0 = January) in `lang`, for calendars.
pub fn month_name(lang: Language, month0: u32) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let names = match lang {
        Language::En => &EN,
        Language::Nl => &NL,
        Language::Da => &DA,
    };
    names[(month0 % 12) as usize]
}

/// The two-letter name of a weekday in `lang`, for calendar headings.
pub fn weekday_short(lang: Language, day: chrono::Weekday) -> &'static str {
    const EN: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    const NL: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
    const DA: [&str; 7] = ["ma", "ti", "on", "to", "fr", "lø", "sø"];
    let names = match lang {
        Language::En => &EN,
        Language::Nl => &NL,
        Language::Da => &DA,
    };
    names[day.num_days_from_monday() as usize]
}

/// A number with `decimals` decimals and the region's separators: `1,234.5` / `1.234,5`.
pub fn format_number(locale: impl Into<Locale>, value: f64, decimals: usize) -> String {
    let region = locale.into().region;
    let s = format!("{:.*}", decimals, value.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let (group, point) = (region.group(), region.decimal());
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// Points with one decimal (`14.2` / `14,2`).
pub fn format_points(locale: impl Into<Locale>, value: f64) -> String {
    format_number(locale, value, 1)
}

/// Parse a number typed by the user: accepts `,` or `.` as the decimal separator
/// (`12,5` and `12.5`), surrounding spaces, and no grouping. None if it is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() || t.matches('.').count() > 1 {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(format_number(Language::En, 1234.5, 1), "1,234.5");
        assert_eq!(format_number(Language::Nl, 1234.5, 1), "1.234,5");
        assert_eq!(format_number(Language::Da, -0.04, 1), "0,0");
        assert_eq!(format_number(Language::Da, -12.0, 0), "-12");
        let d = Date::from_ymd_opt(2025, 3, 9).unwrap_or_default();
        assert_eq!(format_date(Language::En, d), "Mar 9, 2025");
        assert_eq!(format_date(Language::Nl, d), "9 mrt 2025");
        assert_eq!(format_date(Language::Da, d), "9. mar. 2025");
    }

    #[test]
    fn typed_numbers_accept_both_decimal_separators() {
        assert_eq!(parse_number(" 12,5 "), Some(12.5));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("1.2.3"), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("NaN"), None);
    }
}
