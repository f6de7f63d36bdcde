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
                let mut asked = Vec::new();
                workshop::show(ui, lang, now, &mut w.ws, &mut asked);
                // what the app performs after the frame (no dialogs in a test)
                for cmd in asked {
                    let _ = w.ws.perform(cmd, lang, today(), &dir);
                }
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

fn type_into(h: &mut Harness<'static, World>, label: &str, text: &str) {
    let role = if h.query_by_role_and_label(Role::TextInput, label).is_some() {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    h.get_by_role_and_label(role, label).focus();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

#[test]
fn an_exercise_counts_down_with_the_mocked_clock_and_signals_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    h.get_by_label("Exercises").click();
    h.run();
    h.get_by_label("Open Read your real SSI").click();
    h.run();
    assert!(h.query_by_label("Time left: 5:00").is_some());
    h.get_by_label("Start the timer").click();
    h.run();
    h.state_mut().now += Duration::from_secs(90);
    h.run();
    assert!(h.query_by_label("Time left: 3:30").is_some());
    assert!(h.query_by_label("Time is up").is_none());
    // on another section the countdown stays in the header
    h.get_by_label("What-if simulator").click();
    h.run();
    assert!(h.query_by_label("Time left: 3:30").is_some());
    h.get_by_label("Exercises").click();
    h.run();
    // pause: the clock moves, the countdown does not
    h.get_by_label("Pause").click();
    h.run();
    h.state_mut().now += Duration::from_secs(600);
    h.run();
    assert!(h.query_by_label("Time left: 3:30").is_some());
    h.get_by_label("Resume").click();
    h.run();
    h.state_mut().now += Duration::from_secs(210);
    h.run();
    assert!(h.query_by_label("Time left: 0:00").is_some());
    assert!(
        h.query_by_label("Time is up").is_some(),
        "the end signal shows"
    );
    // the banner also shows on another section while it flashes
    h.get_by_label("What-if simulator").click();
    h.run();
    assert!(h.query_by_label("Time is up").is_some());
    h.get_by_label("Exercises").click();
    h.run();
    // two more minutes: the signal goes, the countdown runs again
    h.get_by_label("2 more minutes").click();
    h.run();
    assert!(h.query_by_label("Time is up").is_none());
    assert!(h.query_by_label("Time left: 2:00").is_some());

    // the reading lands in the participant's own file
    h.get_by_role_and_label(
        Role::SpinButton,
        "Establish your professional brand on LinkedIn (0-25)",
    )
    .set_value_accesskit(12.5);
    h.get_by_role_and_label(Role::SpinButton, "Build relationships on LinkedIn (0-25)")
        .set_value_accesskit(10.0);
    h.run();
    assert!(
        h.query_by_label("Total (the four pillars added up): 22.5")
            .is_some()
    );
    h.get_by_label("Save in my file").click();
    h.run();
    assert!(h.query_by_label("Saved in your participant file").is_some());
    let own = ssi_coach::workshop::ParticipantFile::load(&workshop::own_file(dir.path())).unwrap();
    let reading = own.reading.unwrap();
    assert_eq!(reading.total, 22.5);
    assert_eq!(reading.date, today());
    assert!(own.exercises.contains_key("real_ssi"));
    assert_eq!(own.name, None, "anonymous by default");
}

#[test]
fn audit_and_notes_are_saved_and_the_export_is_anonymous_unless_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    h.get_by_label("Blank profile").click();
    h.get_by_label("Exercises").click();
    h.run();
    h.get_by_label("Open Profile audit").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Profile photo")
        .click();
    h.get_by_role_and_label(Role::CheckBox, "Headline for the customer")
        .click();
    h.run();
    h.get_by_label("Save in my file").click();
    h.run();
    h.get_by_label("Back to the exercises").click();
    h.run();
    h.get_by_label("Open Invitation note practice").click();
    h.run();
    type_into(&mut h, "Personal note 2", "Loved your talk on pricing");
    h.get_by_label("Save in my file").click();
    h.run();
    h.get_by_label("Back to the exercises").click();
    h.run();
    assert!(h.query_by_label("2 of 5 exercises done").is_some());

    let out = dir.path().join("export").join("me.ssip");
    h.state_mut().ws.export_participant_to(&out).unwrap();
    let p = ssi_coach::workshop::ParticipantFile::load(&out).unwrap();
    assert_eq!(p.name, None);
    assert!(p.profile.is_done(ProfileItem::Photo));
    assert!(p.profile.is_done(ProfileItem::Headline));
    assert!(!p.profile.is_done(ProfileItem::About));
    assert_eq!(
        p.exercises["invitation_notes"].texts,
        vec![
            String::new(),
            "Loved your talk on pricing".to_owned(),
            String::new()
        ]
    );
    // the estimate uses the audited checklist: a photo and a headline on a blank profile
    assert!(p.estimate.brand > 0.0);

    type_into(&mut h, "Your name (optional)", "Sanne");
    h.state_mut().ws.export_participant_to(&out).unwrap();
    let named = ssi_coach::workshop::ParticipantFile::load(&out).unwrap();
    assert_eq!(named.name.as_deref(), Some("Sanne"));
    assert_eq!(named.id, p.id, "the same participant keeps the same id");
}

/// A file dropped on the window, as the integration hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn participant(total_hint: Persona) -> ssi_coach::workshop::ParticipantFile {
    let mut p = ssi_coach::workshop::ParticipantFile::new(today());
    p.set_inputs(&engine::persona(total_hint));
    p
}

#[test]
fn a_dropped_folder_imports_the_good_files_and_lists_the_damaged_one() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("room");
    std::fs::create_dir_all(&folder).unwrap();
    let a = participant(Persona::Beginner);
    a.save(&folder.join("a.ssip")).unwrap();
    participant(Persona::Average)
        .save(&folder.join("b.ssip"))
        .unwrap();
    participant(Persona::ActiveSeller)
        .save(&folder.join("c.ssip"))
        .unwrap();
    // cut off half-way: a participant file that broke
    let text = a.to_ron().unwrap();
    std::fs::write(folder.join("d-broken.ssip"), &text[..text.len() / 2]).unwrap();
    // not a participant file, not .ssip: ignored in a folder
    std::fs::write(folder.join("notes.txt"), "hello").unwrap();

    let mut h = harness(dir.path(), Language::En);
    h.run();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(folder.clone())));
    h.run();
    assert!(h.query_by_label("Participants: 3").is_some());
    assert!(h.query_by_label("Skipped files: 1").is_some());
    assert!(
        h.query_by_label_contains("d-broken.ssip: The participant file is damaged")
            .is_some()
    );
    assert_eq!(h.state().ws.cohort.len(), 3);
    // the band rows count everyone once
    let e = |p| engine::score(&engine::persona(p)).band();
    let beginner_band = e(Persona::Beginner);
    let label = format!(
        "{}: ",
        ssi_coach::i18n::tr(Language::En, beginner_band.label_key())
    );
    assert!(h.query_by_label_contains(&label).is_some());

    // the same file again is a duplicate, not a fourth participant
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(folder.join("a.ssip"))));
    h.run();
    assert!(h.query_by_label("Participants: 3").is_some());
    assert_eq!(h.state().ws.cohort.skipped()[0].reason.key(), "duplicate");

    // the summary page for the follow-up mail
    let out = dir.path().join("cohort.html");
    h.state().ws.cohort.export_html(&out, Language::Nl).unwrap();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html"), "{html}");
}

#[test]
fn presenter_view_turns_on_with_f11_and_off_with_esc() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::Da);
    h.run();
    assert!(!h.state().ws.presenter());
    h.key_press(egui::Key::F11);
    h.run();
    assert!(h.state().ws.presenter());
    assert!(
        h.query_by_label("Forlad præsentationsvisning (F11 eller Esc)")
            .is_some()
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().ws.presenter());
    assert!(
        h.query_by_label("Præsentationsvisning (F11)").is_some(),
        "the button turns it on again"
    );
}

#[test]
fn the_week_plan_sets_goals_and_an_export_imports_into_a_cohort() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    h.get_by_label("Exercises").click();
    h.run();
    h.get_by_label("Open Plan your week").click();
    h.run();
    h.get_by_label("Knob 1").click();
    h.run();
    // the list is ranked by the engine: the lever may sit below the fold
    h.get_by_label("Comments per week").scroll_to_me();
    h.run();
    h.get_by_label("Comments per week").click();
    h.run();
    h.get_by_role_and_label(Role::SpinButton, "Goal per week for knob 1")
        .set_value_accesskit(10.0);
    h.run();
    h.get_by_label("Save in my file").click();
    h.run();
    let p = h.state().ws.participant().unwrap().clone();
    assert_eq!(p.exercises["plan_week"].ticked, vec!["comments".to_owned()]);
    assert_eq!(p.goals.get(ssi_coach::model::ActivityKind::Comment), 10);

    // the participant hands in the file; the trainer imports it
    let out = dir.path().join("handed-in").join("p1.ssip");
    h.state_mut().ws.export_participant_to(&out).unwrap();
    h.state_mut()
        .ws
        .cohort
        .import(&[out.parent().unwrap().to_owned()]);
    h.get_by_label("Cohort").click();
    h.run();
    assert!(h.query_by_label("Participants: 1").is_some());
    assert!(h.query_by_label("Skipped files: 1").is_none());
}
