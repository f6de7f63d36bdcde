//! Region, not language, for formats: dates, numbers, the CSV separator and the order typed
//! dates are read in follow the region (the system's or the one chosen in Settings); the
//! words follow the UI language.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::NaiveDate;
use ssi_coach::i18n::{
    DateOrder, Language, Locale, Region, format_date, format_number, format_points,
};
use ssi_coach::model::demo_client;
use ssi_coach::report::csv;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// One row per system locale: the UI language it implies, how a date and a number are
/// shown, the CSV separator and the order a typed date is read in.
struct Case {
    locale: &'static str,
    lang: Language,
    date: &'static str,
    number: &'static str,
    csv: u8,
    order: DateOrder,
}

const CASES: [Case; 5] = [
    Case {
        locale: "en-GB",
        lang: Language::En,
        date: "9 Mar 2025",
        number: "1,234.5",
        csv: b',',
        order: DateOrder::DayMonthYear,
    },
    Case {
        locale: "en_DK.UTF-8",
        lang: Language::En,
        date: "9 Mar 2025",
        number: "1.234,5",
        csv: b';',
        order: DateOrder::DayMonthYear,
    },
    Case {
        locale: "nl-NL",
        lang: Language::Nl,
        date: "9 mrt 2025",
        number: "1.234,5",
        csv: b';',
        order: DateOrder::DayMonthYear,
    },
    Case {
        locale: "da-DK",
        lang: Language::Da,
        date: "9. mar. 2025",
        number: "1.234,5",
        csv: b';',
        order: DateOrder::DayMonthYear,
    },
    Case {
        locale: "en-US",
        lang: Language::En,
        date: "Mar 9, 2025",
        number: "1,234.5",
        csv: b',',
        order: DateOrder::MonthDayYear,
    },
];

/// The first line of a CSV export without the byte-order mark.
fn header(bytes: &[u8]) -> String {
    let text = String::from_utf8(bytes[csv::BOM.len()..].to_vec()).unwrap();
    text.lines().next().unwrap().to_owned()
}

#[test]
fn dates_numbers_and_csv_follow_the_region_of_each_locale() {
    let client = demo_client(day(2026, 11, 20));
    for c in &CASES {
        let region = Region::of_locale(c.locale);
        let loc = Locale::new(c.lang, region);
        assert_eq!(format_date(loc, day(2025, 3, 9)), c.date, "{}", c.locale);
        assert_eq!(format_number(loc, 1234.5, 1), c.number, "{}", c.locale);
        assert_eq!(format_points(loc, 0.25 + 14.0).len(), 4, "{}", c.locale);
        assert_eq!(
            format_points(loc, 14.0).chars().nth(2),
            c.number.chars().nth(5),
            "{}: the decimal separator",
            c.locale
        );
        assert_eq!(csv::separator(region) as u8, c.csv, "{}", c.locale);
        for bytes in [
            csv::messages_csv(&client, loc),
            csv::activity_csv(&client, loc),
        ] {
            let header = header(&bytes);
            let other = if c.csv == b',' { ';' } else { ',' };
            assert!(header.contains(c.csv as char), "{}: {header}", c.locale);
            assert!(!header.contains(other), "{}: {header}", c.locale);
        }
        assert_eq!(region.date_order, c.order, "{}", c.locale);
        assert_eq!(
            region.week_starts_monday(),
            c.order == DateOrder::DayMonthYear,
            "{}",
            c.locale
        );
    }
}

#[test]
fn an_english_ui_on_a_danish_computer_writes_danish_numbers_with_english_words() {
    let loc = Locale::new(Language::En, Region::of_locale("da_DK.UTF-8"));
    let bytes = csv::activity_csv(&demo_client(day(2026, 11, 20)), loc);
    let header = header(&bytes);
    assert!(header.starts_with("Date;"), "{header}");
    // a bare language keeps the region it implies (the command line, the client's report)
    assert_eq!(format_number(Language::En, 1234.5, 1), "1,234.5");
    assert_eq!(format_number(Language::Da, 1234.5, 1), "1.234,5");
}

#[cfg(feature = "gui")]
mod gui {
    use super::*;
    use ssi_coach::app::AppState;
    use ssi_coach::model::FormatsChoice;
    use ssi_coach::ui::widgets::parse_day;
    use ssi_coach::ui::{ClientsCommand, Command, Export, SettingsCommand};

    #[test]
    fn typed_dates_are_read_in_the_regions_order_and_refused_with_the_languages_words() {
        let today = day(2026, 12, 31);
        for c in &CASES {
            let loc = Locale::new(c.lang, Region::of_locale(c.locale));
            let (typed, wrong) = match c.order {
                DateOrder::DayMonthYear => ("3/2/2026", "2/30/2026"),
                DateOrder::MonthDayYear => ("2/3/2026", "30/2/2026"),
            };
            assert_eq!(parse_day(typed, today, false, loc), Ok(day(2026, 2, 3)));
            assert_eq!(
                parse_day("2026-02-03", today, false, loc),
                Ok(day(2026, 2, 3))
            );
            let message = parse_day(wrong, today, false, loc).unwrap_err();
            assert!(
                message.contains(c.order.hint(c.lang)),
                "{}: {message}",
                c.locale
            );
        }
    }

    #[test]
    fn the_settings_choice_overrides_the_system_region_and_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = AppState::new(dir.path().to_owned(), day(2026, 11, 20), Language::En);
        state.set_system_region(Region::of_locale("da-DK"));
        state.apply(Command::Clients(ClientsCommand::StartDemo));
        let path = dir.path().join("messages.csv");
        state.export_to(Export::MessagesCsv, &path).unwrap();
        assert!(header(&std::fs::read(&path).unwrap()).starts_with("Date;"));

        state.apply(Command::Settings(SettingsCommand::SetFormats(
            FormatsChoice::EnglishUs,
        )));
        assert_eq!(state.region(), Region::US);
        state.export_to(Export::MessagesCsv, &path).unwrap();
        assert!(header(&std::fs::read(&path).unwrap()).starts_with("Date,"));
        assert!(matches!(state.flush(), ssi_coach::store::SaveStatus::Saved));
        drop(state);

        let mut again = AppState::new(dir.path().to_owned(), day(2026, 11, 20), Language::En);
        again.set_system_region(Region::of_locale("da-DK"));
        assert_eq!(again.settings.formats, FormatsChoice::EnglishUs);
        assert_eq!(again.region(), Region::US);
        again.apply(Command::Settings(SettingsCommand::SetFormats(
            FormatsChoice::System,
        )));
        assert_eq!(again.region(), Region::of_locale("da-DK"));
    }
}
