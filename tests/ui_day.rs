//! An app left open past midnight: "today" follows the clock, not the day the app started.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ssi_coach::app::AppState;
use ssi_coach::i18n::Language;
use ssi_coach::model::ActivityKind;
use ssi_coach::ui::{Command, Screen};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// The demo client on the engagement screen, with a clock the test moves.
fn open(dir: &std::path::Path, clock: &Arc<Mutex<NaiveDate>>) -> Harness<'static, AppState> {
    let mut state = AppState::new(dir.to_owned(), day(20), Language::En);
    let c = Arc::clone(clock);
    state.set_clock(Arc::new(move || *c.lock().unwrap()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    h.run();
    h.get_by_label("Explore a demo client").click();
    h.run();
    h.state_mut().apply(Command::Nav(Screen::Engagement));
    h.run();
    h
}

fn comments_on(h: &Harness<'static, AppState>, d: NaiveDate) -> u32 {
    h.state()
        .client()
        .unwrap()
        .activity
        .get(d, ActivityKind::Comment)
}

/// Left open over midnight, "+1" lands on the new day, the estimate is recomputed for it, and
/// the day field that was prefilled with yesterday now shows the new day.
#[test]
fn the_day_rolls_over_while_the_app_runs() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(Mutex::new(day(20)));
    let mut h = open(dir.path(), &clock);
    let before_20 = comments_on(&h, day(20));
    h.get_by_label("+1 Comments").click();
    h.run();
    assert_eq!(comments_on(&h, day(20)), before_20 + 1);
    assert_eq!(
        h.query_by_role_and_label(egui::accesskit::Role::TextInput, "Day")
            .and_then(|n| n.value()),
        Some("2026-11-20".to_owned()),
        "the day to edit starts on today"
    );
    let estimate_20 = h.state_mut().estimate().unwrap().total();

    // midnight passes with the window open
    *clock.lock().unwrap() = day(21);
    h.run();
    assert_eq!(h.state().today, day(21));
    let before_21 = comments_on(&h, day(21));
    h.get_by_label("+1 Comments").click();
    h.run();
    assert_eq!(
        comments_on(&h, day(21)),
        before_21 + 1,
        "logged on the new day"
    );
    assert_eq!(
        comments_on(&h, day(20)),
        before_20 + 1,
        "yesterday is left alone"
    );
    assert_eq!(
        h.query_by_role_and_label(egui::accesskit::Role::TextInput, "Day")
            .and_then(|n| n.value()),
        Some("2026-11-21".to_owned()),
        "the prefilled day moved on"
    );
    // the estimate is for the new day (the rolling window moved by one day)
    let fresh = ssi_coach::engine::estimate(h.state().client().unwrap(), day(21)).total();
    let shown = h.state_mut().estimate().unwrap().total();
    assert!((shown - fresh).abs() < 1e-9, "{shown} vs {fresh}");
    assert!(estimate_20.is_finite());
}

/// A day the user typed into a form is theirs: the rollover does not replace it.
#[test]
fn a_typed_day_survives_the_rollover() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(Mutex::new(day(20)));
    let mut h = open(dir.path(), &clock);
    h.state_mut().screens.engagement.day = "2026-11-18".to_owned();
    h.run();
    *clock.lock().unwrap() = day(21);
    h.run();
    assert_eq!(h.state().screens.engagement.day, "2026-11-18");
}
