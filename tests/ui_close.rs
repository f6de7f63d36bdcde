//! Closing the window while saves fail (issue #13): the close is cancelled and the user is
//! asked, never quit silently with the edits lost.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ssi_coach::app::AppState;
use ssi_coach::i18n::Language;
use ssi_coach::model::ActivityKind;

fn harness(dir: &std::path::Path) -> Harness<'static, AppState> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let state = AppState::new(dir.to_owned(), today, Language::En);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state)
}

/// The window's close button.
fn request_close(h: &mut Harness<'static, AppState>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
}

/// Make every save fail: a file where the clients folder was (as a full or broken disk).
fn break_saving(dir: &std::path::Path) {
    std::fs::rename(dir.join("clients"), dir.join("clients-away")).unwrap();
    std::fs::write(dir.join("clients"), "in the way").unwrap();
}

fn repair_saving(dir: &std::path::Path) {
    std::fs::remove_file(dir.join("clients")).unwrap();
    std::fs::rename(dir.join("clients-away"), dir.join("clients")).unwrap();
}

fn comments_on_disk(dir: &std::path::Path) -> u32 {
    let file = std::fs::read_dir(dir.join("clients"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    let c = ssi_coach::store::load_client_file(&file).unwrap();
    c.activity
        .0
        .keys()
        .map(|d| c.activity.get(*d, ActivityKind::Comment))
        .sum()
}

#[test]
fn closing_while_saves_fail_asks_and_never_loses_the_edits() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let mut h = harness(dir);
    h.run();
    h.get_by_label("Explore a demo client").click();
    h.run();
    assert!(h.state().flush().is_saved());
    let before = comments_on_disk(dir);

    // an edit while the disk cannot be written
    break_saving(dir);
    h.get_by_label("Engagement").click();
    h.run();
    h.get_by_label("+1 Comments").click();
    h.run();
    assert!(!h.state().flush().is_saved());

    // the close button: cancelled, and the question shows
    request_close(&mut h);
    assert!(h.state().asking_to_close());
    assert!(!h.state().may_close());
    assert!(h.query_by_label("Your changes are not saved").is_some());
    for choice in [
        "Save again",
        "Save a copy elsewhere…",
        "Quit without saving",
        "Keep working",
    ] {
        assert!(h.query_by_label(choice).is_some(), "{choice}");
    }
    // saving again while the disk still fails keeps the question and the window
    h.get_by_label("Save again").click();
    h.run();
    assert!(h.state().asking_to_close() && !h.state().may_close());

    // the disk is back: "save again" saves the edit, then the window may close
    repair_saving(dir);
    h.get_by_label("Save again").click();
    h.run();
    assert!(h.state().may_close());
    assert!(!h.state().asking_to_close());
    assert_eq!(comments_on_disk(dir), before + 1);

    // quitting without saving is a choice the user makes, never the default
    drop(h);
    let mut h = harness(dir);
    h.run();
    break_saving(dir);
    h.get_by_label("Engagement").click();
    h.run();
    h.get_by_label("+1 Comments").click();
    h.run();
    request_close(&mut h);
    assert!(h.state().asking_to_close());
    h.get_by_label("Keep working").click();
    h.run();
    assert!(!h.state().asking_to_close() && !h.state().may_close());
    request_close(&mut h);
    h.get_by_label("Quit without saving").click();
    h.run();
    assert!(h.state().may_close());
    repair_saving(dir);
}

#[test]
fn closing_with_everything_saved_does_not_ask() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.run();
    h.get_by_label("Explore a demo client").click();
    h.run();
    request_close(&mut h);
    assert!(!h.state().asking_to_close());
    assert!(h.state().may_close());
}

#[test]
fn a_sync_tools_conflict_copy_shows_as_a_second_version_and_keep_both_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let store = ssi_coach::store::Store::open(dir.to_owned()).unwrap();
    let d = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let mut c = ssi_coach::model::Client::new(
        ssi_coach::model::ClientId("dana-1".into()),
        "Dana Whitfield",
        d,
    );
    store.save_client(&c).unwrap();
    c.network.connections = 999;
    drop(store);
    let copy = dir.join("clients/dana-1 (Sam's conflicted copy 2026-11-30).ron");
    std::fs::write(&copy, ssi_coach::store::client_to_ron(&c).unwrap()).unwrap();
    let mut h = harness(dir);
    h.run();
    assert_eq!(h.state().clients.len(), 1, "the copy is not loaded as Dana");
    assert!(h.state().problems.is_empty(), "{:?}", h.state().problems);
    assert!(
        h.query_by_label_contains("A second version of Dana Whitfield")
            .is_some()
    );
    assert!(h.query_by_label("Merge into Dana Whitfield").is_some());
    // compare: both versions side by side before choosing
    assert!(h.query_by_label("Second version").is_none());
    h.get_by_label("Compare").click();
    h.run();
    assert!(h.query_by_label("This version").is_some());
    assert!(h.query_by_label("Second version").is_some());
    assert!(h.query_by_label("Estimate today").is_some());
    h.get_by_label("Keep both").click();
    h.run();
    assert_eq!(h.state().clients.len(), 2);
    let kept = h.state().clients.iter().find(|c| c.id.0 == "dana-1-v2");
    assert_eq!(
        kept.map(|c| c.name.as_str()),
        Some("Dana Whitfield (2)"),
        "the kept version can be told apart in the list"
    );
    assert!(h.query_by_label("Second version").is_none());
    assert!(!copy.exists(), "moved to the trash");
    assert!(h.query_by_label_contains("A second version of").is_none());
}

#[test]
fn an_edit_over_a_file_a_sync_tool_changed_merges_both_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let mut h = harness(dir);
    h.run();
    h.get_by_label("Explore a demo client").click();
    h.run();
    assert!(h.state().flush().is_saved());
    let before = comments_on_disk(dir);
    // another machine added a message; the sync tool brought its file in
    let file = std::fs::read_dir(dir.join("clients"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    let mut theirs = ssi_coach::store::load_client_file(&file).unwrap();
    let id = theirs.next_id;
    theirs.messages.push(ssi_coach::model::MessageEntry::new(
        id,
        NaiveDate::from_ymd_opt(2026, 11, 19).unwrap(),
        "Synced from the laptop",
    ));
    theirs.next_id = id + 1;
    std::fs::write(&file, ssi_coach::store::client_to_ron(&theirs).unwrap()).unwrap();
    // an edit here, saved over it
    h.get_by_label("Engagement").click();
    h.run();
    h.get_by_label("+1 Comments").click();
    h.run();
    assert!(h.state().flush().is_saved());
    h.run();
    let on_disk = ssi_coach::store::load_client_file(&file).unwrap();
    assert!(
        on_disk
            .messages
            .iter()
            .any(|m| m.person == "Synced from the laptop")
    );
    assert_eq!(comments_on_disk(dir), before + 1);
    assert!(
        h.query_by_label_contains("was also changed elsewhere")
            .is_some()
    );
    // the app shows the merged version
    assert!(
        h.state()
            .client()
            .unwrap()
            .messages
            .iter()
            .any(|m| m.person == "Synced from the laptop")
    );
}

/// Where no folder dialog can open, "Save a copy elsewhere…" asks for the folder in a field,
/// saves every client there and quits; an empty field says so and keeps the window.
#[test]
fn without_a_folder_dialog_the_copies_go_to_a_typed_folder() {
    use ssi_coach::app::portal::FileChooser;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let mut h = harness(&dir);
    h.state_mut().set_file_chooser(FileChooser::PathField);
    h.run();
    // a client of one's own (demo clients are not copied: they come back with a click)
    h.state_mut().apply(ssi_coach::ui::Command::Clients(
        ssi_coach::ui::ClientsCommand::StartOwn("Dana Whitfield".to_owned()),
    ));
    h.run();
    assert!(h.state().flush().is_saved());
    break_saving(&dir);
    h.get_by_label("Engagement").click();
    h.run();
    h.get_by_label("+1 Comments").click();
    h.run();
    request_close(&mut h);
    h.get_by_label("Save a copy elsewhere…").click();
    h.run();
    assert!(
        h.query_by_label_contains("No file dialog can open on this desktop")
            .is_some()
    );
    h.get_by_label("Save the copies and quit").click();
    h.run();
    assert!(!h.state().may_close(), "nothing typed: the window stays");
    let copies = tmp.path().join("rescue copies");
    let field = "Type the full path of a folder for the copies (it is made if missing):";
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, field)
        .focus();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, field)
        .type_text(copies.to_str().unwrap());
    h.run();
    h.get_by_label("Save the copies and quit").click();
    h.run();
    assert!(h.state().may_close());
    let saved: Vec<_> = std::fs::read_dir(&copies).unwrap().flatten().collect();
    assert_eq!(
        saved.len(),
        1,
        "the demo client, with the edit the disk refused"
    );
    let c = ssi_coach::store::load_client_file(&saved[0].path()).unwrap();
    let comments: u32 = c
        .activity
        .0
        .keys()
        .map(|d| c.activity.get(*d, ActivityKind::Comment))
        .sum();
    repair_saving(&dir);
    assert_eq!(comments, comments_on_disk(&dir) + 1);
}
