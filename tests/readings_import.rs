//! SSI readings from spreadsheets (wide, en/nl/da, any separator and decimal mark) and the
//! long layout of SSI page scrapers; the `readings import` / `readings export` commands.
//! Fixtures: tests/fixtures/readings/.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::process::Command;

use chrono::NaiveDate;
use ssi_coach::i18n::Language;
use ssi_coach::import::readings::{RowProblem, merge_readings, read_readings, readings_csv};
use ssi_coach::model::{Client, ClientId, ReadingProblem};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/readings")
            .join(name),
    )
    .unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 12, 1);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

#[test]
fn dutch_semicolons_and_decimal_commas() {
    let f = read_readings(&fixture("coach-nl.csv"), today()).unwrap();
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    assert_eq!(f.readings.len(), 3);
    let r = &f.readings[0];
    assert_eq!(r.date, day(2026, 10, 1));
    assert_eq!(r.total, 53.0);
    assert_eq!(r.pillars.brand, 15.21);
    assert_eq!(r.pillars.engage, 12.003);
    assert_eq!(r.industry_rank_pct, Some(5.0));
    assert_eq!(r.network_rank_pct, Some(12.0));
}

#[test]
fn english_tabs_any_order_us_dates_and_bad_rows_named() {
    let f = read_readings(&fixture("coach-en.tsv"), today()).unwrap();
    assert_eq!(f.readings.len(), 2);
    let r = &f.readings[0];
    assert_eq!(r.date, day(2026, 11, 20));
    assert_eq!(
        (
            r.pillars.brand,
            r.pillars.find,
            r.pillars.engage,
            r.pillars.relationships
        ),
        (17.4, 12.5, 14.8, 16.2)
    );
    assert_eq!(r.industry_average, Some(24.0));
    assert_eq!(r.network_average, Some(31.5));
    assert_eq!(f.problems.len(), 3, "{:?}", f.problems);
    assert!(matches!(
        f.problems[0],
        RowProblem::Invalid {
            line: 4,
            problem: ReadingProblem::SumMismatch { .. }
        }
    ));
    assert_eq!(f.problems[1], RowProblem::Date { line: 5 });
    assert_eq!(f.problems[2], RowProblem::Number { line: 6 });
    assert!(f.problems[1].message(Language::Nl).starts_with("regel 5"));
    assert!(f.problems[0].message(Language::Da).starts_with("linje 4"));
}

#[test]
fn danish_headers_and_written_dates() {
    let f = read_readings(&fixture("coach-da.csv"), today()).unwrap();
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    assert_eq!(f.readings.len(), 2);
    assert_eq!(f.readings[0].date, day(2026, 11, 20));
    assert_eq!(f.readings[0].pillars.relationships, 13.8);
    assert_eq!(f.readings[1].network_rank_pct, Some(16.0));
}

#[test]
fn a_scraper_file_in_portuguese_gives_one_reading() {
    let f = read_readings(&fixture("scraper-pt-2026-11-20.csv"), today()).unwrap();
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    assert_eq!(f.readings.len(), 1);
    let r = &f.readings[0];
    assert_eq!(r.date, day(2026, 11, 20));
    assert_eq!(r.total, 53.0);
    assert_eq!(
        (
            r.pillars.brand,
            r.pillars.find,
            r.pillars.engage,
            r.pillars.relationships
        ),
        (15.21, 9.4, 12.003, 15.99)
    );
    assert_eq!(
        (r.industry_rank_pct, r.industry_average),
        (Some(5.0), Some(24.0))
    );
    assert_eq!(
        (r.network_rank_pct, r.network_average),
        (Some(12.0), Some(31.0))
    );
}

#[test]
fn a_scraper_file_with_unknown_names_is_read_by_its_order() {
    let f = read_readings(&fixture("scraper-unknown-names.csv"), today()).unwrap();
    assert_eq!(f.readings.len(), 1, "{:?}", f.problems);
    let r = &f.readings[0];
    assert_eq!(r.total, 54.0);
    assert_eq!(r.pillars.relationships, 16.0);
    assert_eq!(
        (r.industry_rank_pct, r.industry_average),
        (Some(4.0), Some(25.0))
    );
    assert_eq!(
        (r.network_rank_pct, r.network_average),
        (Some(10.0), Some(32.0))
    );
}

#[test]
fn a_file_without_readings_says_so() {
    let e = read_readings(b"Name,Value\nfoo,1\n", today()).unwrap_err();
    assert!(e.message(Language::En).contains("four pillars"));
}

#[test]
fn merging_skips_days_already_there_and_export_reads_back() {
    let mut c = Client::new(ClientId("a-1".into()), "A", day(2026, 1, 1));
    let nl = read_readings(&fixture("coach-nl.csv"), today()).unwrap();
    assert_eq!(merge_readings(&mut c, &nl.readings), 3);
    assert_eq!(merge_readings(&mut c, &nl.readings), 0);
    let en = read_readings(&fixture("coach-en.tsv"), today()).unwrap();
    assert_eq!(merge_readings(&mut c, &en.readings), 2);
    assert_eq!(c.readings.len(), 5);
    assert!(c.readings.windows(2).all(|w| w[0].date < w[1].date));
    let csv = readings_csv(&c.readings);
    let back = read_readings(csv.as_bytes(), today()).unwrap();
    assert_eq!(back.readings, c.readings);
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ssi-coach"))
}

#[test]
fn cli_readings_import_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = ssi_coach::store::Store::open(data.clone()).unwrap();
    store
        .save_client(&Client::new(
            ClientId("dana-1".into()),
            "Dana Whitfield",
            day(2026, 1, 1),
        ))
        .unwrap();
    drop(store);
    let path = |n: &str| {
        let p = dir.path().join(n);
        std::fs::write(&p, fixture(n)).unwrap();
        p.to_str().unwrap().to_owned()
    };
    let (nl, pt) = (path("coach-nl.csv"), path("scraper-pt-2026-11-20.csv"));
    let run = |args: &[&str]| {
        bin()
            .args(args)
            .env("SSI_COACH_DATA_DIR", &data)
            .output()
            .unwrap()
    };
    let args = [
        "readings",
        "import",
        &nl,
        &pt,
        "--client",
        "dana whitfield",
        "--json",
        "--today",
        "2026-12-01",
    ];
    let out = run(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["added"], 4);
    assert_eq!(v["duplicates"], 0);
    let again = run(&args);
    let v: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(
        (v["added"].as_u64(), v["duplicates"].as_u64()),
        (Some(0), Some(4))
    );
    let csv = dir.path().join("out.csv");
    let out = run(&[
        "readings",
        "export",
        "--client",
        "Dana Whitfield",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 5);
    assert!(
        text.contains("2026-11-20,53,15.21,9.4,12.003,15.99,5,12,24,31"),
        "{text}"
    );
    // bad input: exit 2, nothing written
    let bad = path("coach-en.tsv");
    std::fs::write(&bad, "Name,Value\nx,1\n").unwrap();
    let out = run(&["readings", "import", &bad, "--client", "Dana Whitfield"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["readings", "import", &nl]);
    assert_eq!(out.status.code(), Some(2), "no --client");
}
