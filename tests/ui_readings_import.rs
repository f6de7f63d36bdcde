//! A coach brings the client's SSI history from a spreadsheet into the app: preview, add,
//! the same file again changes nothing, undo, and the readings exported read back.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ssi_coach::app::AppState;
use ssi_coach::i18n::Language;
use ssi_coach::import::readings::read_readings;
use ssi_coach::ui::ClientsCommand;
use ssi_coach::ui::{Command, Export, Screen};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/readings")
        .join(name)
}

fn own_profile(dir: &std::path::Path, lang: Language) -> Harness<'static, AppState> {
    let state = AppState::new(dir.to_owned(), today(), lang);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    h.run();
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::StartOwn("Dana".into())));
    h.state_mut().apply(Command::Nav(Screen::Readings));
    h.run();
    h
}

fn readings(h: &Harness<'static, AppState>) -> usize {
    h.state().client().unwrap().readings.len()
}

#[test]
fn readings_from_spreadsheets_are_previewed_added_once_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = own_profile(dir.path(), Language::En);
    assert!(
        h.query_by_label("Import readings from a spreadsheet…")
            .is_some()
    );
    let files = [fixture("coach-nl.csv"), fixture("coach-en.tsv")];
    h.state_mut().preview_readings(&files);
    h.run();
    // per file what was read, and every skipped row with its reason
    assert!(
        h.query_by_label("coach-nl.csv: 3 readings read, 0 rows skipped")
            .is_some()
    );
    assert!(
        h.query_by_label("coach-en.tsv: 2 readings read, 3 rows skipped")
            .is_some()
    );
    assert!(h.query_by_label_contains("line 5: the date").is_some());
    assert!(
        h.query_by_label_contains("5 new readings for Dana")
            .is_some()
    );
    assert_eq!(readings(&h), 0, "nothing changes before Add");
    h.get_by_label("Add 5 readings").click();
    h.run();
    assert_eq!(readings(&h), 5);
    assert!(h.query_by_label("Readings from spreadsheets").is_none());

    // the same files again: nothing new, and Add cannot be pressed
    h.state_mut().preview_readings(&files);
    h.run();
    assert!(
        h.query_by_label_contains("Nothing new to add: 5 readings")
            .is_some()
    );
    assert!(
        h.get_by_label("Add 0 readings")
            .accesskit_node()
            .is_disabled(),
        "nothing to add"
    );
    assert_eq!(readings(&h), 5, "a second import adds nothing");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Readings from spreadsheets").is_none());

    // exported, the readings read back the same
    let out = dir.path().join("readings #1.csv");
    h.state_mut().export_and_open(Export::ReadingsCsv, &out);
    let back = read_readings(&std::fs::read(&out).unwrap(), today()).unwrap();
    assert_eq!(back.readings, h.state().client().unwrap().readings);

    // one undo takes the whole import back
    h.state_mut().apply(Command::Undo);
    h.run();
    assert_eq!(readings(&h), 0);
}

#[test]
fn a_file_that_is_not_readings_says_why_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("notes.csv");
    std::fs::write(&other, "name;city\nDana;Aarhus\n").unwrap();
    let mut h = own_profile(dir.path(), Language::Da);
    h.state_mut().preview_readings(&[other]);
    h.run();
    assert!(
        h.query_by_label_contains("notes.csv: ingen målinger fundet")
            .is_some()
    );
    assert!(h.query_by_label("Tilføj 0 målinger").is_some());
    assert_eq!(readings(&h), 0);
}
