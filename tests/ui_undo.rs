//! Undo and redo driven like a user: per client, saying what was undone, Redo with its keys,
//! text fields keeping their own Ctrl+Z, and no undo in workshop mode.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ssi_coach::app::AppState;
use ssi_coach::i18n::{Language, Region, format_date};
use ssi_coach::model::ActivityKind;
use ssi_coach::ui::{ClientEdit, ClientsCommand, Command, Screen, SettingsCommand};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// The app with the demo client.
fn demo(dir: &std::path::Path) -> Harness<'static, AppState> {
    let state = AppState::new(dir.to_owned(), today(), Language::En);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    h.run();
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::StartDemo));
    h.run();
    h
}

fn comments(h: &Harness<'static, AppState>) -> u32 {
    h.state()
        .client()
        .unwrap()
        .activity
        .get(today(), ActivityKind::Comment)
}

fn plus_one(h: &mut Harness<'static, AppState>) {
    let n = comments(h);
    h.state_mut().apply(Command::Edit(ClientEdit::SetActivity(
        today(),
        ActivityKind::Comment,
        n + 1,
    )));
    h.run();
}

#[test]
fn undo_says_what_it_undid_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    let before = comments(&h);
    plus_one(&mut h);
    assert_eq!(comments(&h), before + 1);
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(comments(&h), before);
    let day = format_date(Language::En, today());
    let said = format!("Undid: +1 on Comments ({day})");
    assert!(h.query_by_label(&said).is_some(), "shows {said:?}");

    // the same in Dutch and Danish
    // (the day is written the region's way, like every date on screen)
    for (lang, region, undo, said) in [
        (
            Language::Nl,
            "nl-NL",
            "Ongedaan maken",
            "Ongedaan gemaakt: +1 bij Reacties (20 nov 2026)",
        ),
        (
            Language::Da,
            "da-DK",
            "Fortryd",
            "Fortrudt: +1 på Kommentarer (20. nov. 2026)",
        ),
        (
            Language::Nl,
            "en-US",
            "Ongedaan maken",
            "Ongedaan gemaakt: +1 bij Reacties (nov 20, 2026)",
        ),
    ] {
        h.state_mut().set_system_region(Region::of_locale(region));
        h.state_mut()
            .apply(Command::Settings(SettingsCommand::SetLanguage(lang)));
        plus_one(&mut h);
        h.get_by_label(undo).click();
        h.run();
        assert!(h.query_by_label(said).is_some(), "shows {said:?}");
        assert_eq!(comments(&h), before);
    }
}

#[test]
fn a_deleted_session_undone_names_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    let day = today() - chrono::Duration::days(8);
    // the demo has sessions of its own (issue 17): count from there
    let had = h.state().client().unwrap().sessions.len();
    h.state_mut()
        .apply(Command::Edit(ClientEdit::RecordSession {
            date: day,
            notes: "good talk".into(),
            items: vec![],
        }));
    let ours = |h: &Harness<'static, AppState>| {
        h.state()
            .client()
            .unwrap()
            .sessions
            .iter()
            .find(|s| s.notes == "good talk")
            .map(|s| s.id)
    };
    let id = ours(&h).unwrap();
    h.state_mut()
        .apply(Command::Edit(ClientEdit::DeleteSession(id)));
    h.run();
    assert!(ours(&h).is_none());
    assert_eq!(h.state().client().unwrap().sessions.len(), had);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(ours(&h), Some(id));
    assert_eq!(h.state().client().unwrap().sessions.len(), had + 1);
    let said = format!(
        "Undid: session of {} deleted",
        format_date(Language::En, day)
    );
    assert!(h.query_by_label(&said).is_some(), "shows {said:?}");
}

#[test]
fn redo_reapplies_with_ctrl_shift_z_and_ctrl_y() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    let before = comments(&h);
    plus_one(&mut h);
    plus_one(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(comments(&h), before);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(comments(&h), before + 1, "Ctrl+Shift+Z redoes");
    let said = format!(
        "Redid: +1 on Comments ({})",
        format_date(Language::En, today())
    );
    assert!(h.query_by_label(&said).is_some(), "shows {said:?}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(comments(&h), before + 2, "Ctrl+Y redoes");
    // nothing more to redo; the button says so by being disabled
    assert!(!h.state().can_redo());
    // a new edit after an undo drops what could be redone
    h.get_by_label("Undo").click();
    h.run();
    assert!(h.state().can_redo());
    h.state_mut().apply(Command::Edit(ClientEdit::SetSkills(3)));
    assert!(!h.state().can_redo());
}

#[test]
fn undo_never_reaches_another_client() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    let demo_skills = h.state().client().unwrap().profile.skills;
    h.state_mut()
        .apply(Command::Edit(ClientEdit::SetSkills(demo_skills + 5)));
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::AddClient("Dana".into())));
    h.run();
    assert_eq!(h.state().client().unwrap().name, "Dana");
    let dana = h.state().client().unwrap().clone();
    assert!(!h.state().can_undo(), "Dana has nothing to undo");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.state_mut().apply(Command::Undo);
    h.run();
    assert_eq!(h.state().client().unwrap(), &dana, "Dana unchanged");
    let demo = |h: &Harness<'static, AppState>| {
        h.state()
            .clients
            .iter()
            .find(|c| c.demo)
            .unwrap()
            .profile
            .skills
    };
    assert_eq!(
        demo(&h),
        demo_skills + 5,
        "the demo client, not on screen, unchanged"
    );
    // back on the demo client, its own step is there
    let i = h.state().clients.iter().position(|c| c.demo).unwrap();
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::SwitchClient(i)));
    h.state_mut().apply(Command::Undo);
    h.run();
    assert_eq!(demo(&h), demo_skills);
}

#[test]
fn ctrl_z_in_a_focused_text_field_leaves_the_client_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.state_mut().apply(Command::Edit(ClientEdit::SetSkills(7)));
    h.state_mut().apply(Command::Nav(Screen::Messages));
    h.run();
    let field = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(field, "Search").focus();
    h.run();
    h.get_by_role_and_label(field, "Search").type_text("nord");
    h.run();
    let before = h.state().client().unwrap().clone();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(
        h.state().client().unwrap(),
        &before,
        "the client is unchanged"
    );
    assert_eq!(h.state().client().unwrap().profile.skills, 7);
    // without the focus, Ctrl+Z undoes the client's last edit again
    h.get_by_label("Dashboard").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_ne!(h.state().client().unwrap().profile.skills, 7);
}

#[test]
fn an_undo_in_workshop_mode_changes_no_client() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.state_mut()
        .apply(Command::Edit(ClientEdit::RecordSession {
            date: today(),
            notes: "agreed: comment daily".into(),
            items: vec![],
        }));
    let before: Vec<_> = h.state().clients.iter().map(|c| (**c).clone()).collect();
    h.state_mut().apply(Command::Nav(Screen::Workshop));
    h.run();
    assert!(
        h.query_by_label("Undo").is_none(),
        "no Undo button in workshop mode"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.state_mut().apply(Command::Undo);
    h.state_mut().apply(Command::Redo);
    h.run();
    let after: Vec<_> = h.state().clients.iter().map(|c| (**c).clone()).collect();
    assert_eq!(after, before, "no client changed");
    assert!(
        h.state()
            .client()
            .unwrap()
            .sessions
            .iter()
            .any(|s| s.notes == "agreed: comment daily")
    );
}
