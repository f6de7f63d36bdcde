//! Workshop mode driven like a user: simulator, presenter view, exercises with a mocked clock,
//! the participant's export and the trainer's cohort import.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ssi_coach::engine::{self, Persona};
use ssi_coach::i18n::Language;
use ssi_coach::model::{Lever, Pillar, ProfileItem};
use ssi_coach::ui::workshop::{self, WorkshopState};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The harness state: the workshop, a clock the test moves, the language, the data folder.
struct World {
    ws: WorkshopState,
    now: Duration,
    lang: Language,
    dir: PathBuf,
}

fn harness(dir: &std::path::Path, lang: Language) -> Harness<'static, World> {
    let world = World {
        ws: WorkshopState::default(),
        now: Duration::from_secs(1000),
        lang,
        dir: dir.to_owned(),
    };
    Harness::builder()
        .with_size(egui::vec2(1400.0, 1000.0))
        .build_ui_state(
            |ui, w: &mut World| {
                let (lang, now, dir) = (w.lang, w.now, w.dir.clone());
                workshop::show(ui, lang, today(), now, &dir, &mut w.ws);
            },
            world,
        )
}

/// The pillar value as the label on screen says it (`Brand: 12.3 of 25`).
fn shown_pillar(h: &Harness<'static, World>, name: &str) -> f64 {
    let prefix = format!("{name}: ");
    let node = h.query_all_by_label_contains(&prefix).next().unwrap();
    let ak = node.accesskit_node();
    let label = ak.label().or_else(|| ak.value()).unwrap_or_default();
    let value = label.trim_start_matches(&prefix).split(' ').next().unwrap();
    value.parse().unwrap()
}

#[test]
fn moving_a_slider_moves_the_pillar_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    h.get_by_label("The beginner (20s)").click();
    h.run();
    assert_eq!(h.state().ws.sim.persona, Persona::Beginner);
    let engage_before = shown_pillar(&h, "Engage with insights");
    let expected_before = engine::score(&engine::persona(Persona::Beginner))
        .pillars
        .get(Pillar::Engage);
    assert!((engage_before - expected_before).abs() < 0.051);

    // the comments slider, set through its accessible value like a screen reader would
    h.get_by_role_and_label(Role::Slider, "Comments per week")
        .set_value_accesskit(20.0);
    h.run();
    let engage_after = shown_pillar(&h, "Engage with insights");
    assert!(
        engage_after > engage_before + 1.0,
        "{engage_before} -> {engage_after}"
    );
    assert_eq!(
        engine::lever_value(&h.state().ws.sim.inputs, Lever::Comments),
        20.0
    );

    // a profile toggle moves the brand pillar
    let brand_before = shown_pillar(&h, "Establish your professional brand");
    h.get_by_role_and_label(Role::CheckBox, "Profile photo")
        .click();
    h.run();
    let brand_after = shown_pillar(&h, "Establish your professional brand");
    assert!(
        brand_after < brand_before,
        "photo was on for the beginner: {brand_before} -> {brand_after}"
    );

    // reset goes back to the persona
    h.get_by_label("Reset to the persona").click();
    h.run();
    assert!((shown_pillar(&h, "Engage with insights") - engage_before).abs() < 0.001);
    assert!(
        h.state()
            .ws
            .sim
            .inputs
            .profile
            .contains(&ProfileItem::Photo)
    );
}

#[test]
fn total_band_and_gap_to_70_follow_the_persona() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::Nl);
    h.run();
    h.get_by_label("De actieve verkoper (70+)").click();
    h.run();
    let e = engine::score(&engine::persona(Persona::ActiveSeller));
    assert!(
        h.query_by_label(&format!("Totaal: {} van 100", e.total_shown()))
            .is_some()
    );
    h.get_by_label("Leeg profiel").click();
    h.run();
    assert!(h.query_by_label("Totaal: 0 van 100").is_some());
    assert!(h.query_by_label("Nog 70,0 punten tot 70").is_some());
}
