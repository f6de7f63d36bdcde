//! The coaching files in the app, one flow per direction: the client sends their week to the
//! coach (client file: save without texts, preview, import, undo), the coach sends the plan
//! back (shared notes, plan file, preview, add to the profile, undo), and the "due today"
//! card.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use chrono::Duration;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ssi_coach::app::AppState;
use ssi_coach::app::portal::FileChooser;
use ssi_coach::edit::ClientEdit;
use ssi_coach::i18n::Language;
use ssi_coach::model::{ActionItem, Client, ClientId, Date, Lever, MessageEntry, demo_client};
use ssi_coach::ui::{Command, ExchangeCommand, Screen};

fn today() -> Date {
    "2026-11-20".parse().unwrap()
}

fn save(dir: &Path, c: &Client) {
    let store = ssi_coach::store::Store::open(dir.to_owned()).unwrap();
    store.save_client(c).unwrap();
}

/// The client's own profile, with a message to a named person.
fn own() -> Client {
    let mut c = demo_client(today());
    c.id = ClientId("ana-lopez-1".into());
    c.name = "Ana Lopez".into();
    c.demo = false;
    let mut m = MessageEntry::new(0, today() - Duration::days(1), "Sam Secret");
    m.note = "private words".into();
    ClientEdit::AddMessage(m).apply(&mut c, today());
    c
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn harness(dir: &Path, lang: Language) -> Harness<'static, AppState> {
    let mut state = AppState::new(dir.to_owned(), today(), lang);
    state.set_file_chooser(FileChooser::PathField);
    state.set_opener(std::sync::Arc::new(|_: &Path| Ok(())));
    Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state)
}

fn type_path(h: &mut Harness<'static, AppState>, field: &str, path: &Path) {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, field)
        .focus();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, field)
        .type_text(path.to_str().unwrap());
    h.run();
    h.get_by_label("Continue").click();
    h.run();
}

#[test]
fn the_client_sends_their_week_and_the_coach_previews_imports_and_undoes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    save(&home, &own());
    let file = tmp.path().join("ana.ssiclient");

    // the client: Coaching files > Send to my coach…, texts left out, saved where typed
    let mut h = harness(&home, Language::En);
    h.run();
    h.get_by_label("Coaching files").click();
    h.run();
    h.get_by_label("Send to my coach…").click();
    h.run();
    h.get_by_label("Include message texts and the names of the people I messaged")
        .click();
    h.run();
    h.get_by_label("Save the client file…").click();
    h.run();
    type_path(&mut h, "Type the full path to save the file as:", &file);
    assert_eq!(h.state().exported.as_deref(), Some(file.as_path()));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("Sam Secret") && !text.contains("private words"));
    drop(h);

    // the coach: a client of their own already, then the file
    let office = tmp.path().join("office");
    save(
        &office,
        &Client::new(ClientId("dana-2".into()), "Dana", today()),
    );
    // Dutch and Danish look and cancel; English imports last
    for lang in [Language::Nl, Language::Da, Language::En] {
        let mut h = harness(&office, lang);
        // the language chosen last is kept in the settings: this run's language
        h.state_mut().lang = lang;
        h.run();
        if lang == Language::Da {
            // dropped on the window
            h.input_mut()
                .dropped_files
                .push(std::sync::Arc::new(Dropped(file.clone())));
        } else {
            h.state_mut()
                .apply(Command::Exchange(ExchangeCommand::Open(file.clone())));
        }
        h.run();
        let title = ssi_coach::i18n::tr_args(
            lang,
            "exchange.preview.client_title",
            &[("name", "Ana Lopez")],
        );
        assert!(
            h.query_by_label(&title).is_some(),
            "{lang:?}: the preview {:?} {:?}",
            h.state().exchange.error,
            h.state().clients.len()
        );
        assert!(
            matches!(
                h.state().exchange.preview,
                Some(ssi_coach::ui::exchange::Preview::Client { target: 1, .. })
            ),
            "{lang:?}: no client has the file's id: a new one"
        );
        let n = own().messages.len().to_string();
        assert!(h.query_by_label(&n).is_some(), "{lang:?}: {n} new messages");
        if lang == Language::Nl {
            // into Dana instead: the counts are for Dana, nothing changes yet
            h.state_mut()
                .apply(Command::Exchange(ExchangeCommand::SetTarget(0)));
            h.run();
            assert!(matches!(
                h.state().exchange.preview,
                Some(ssi_coach::ui::exchange::Preview::Client { target: 0, summary, .. })
                    if summary.messages_added == own().messages.len()
            ));
            assert!(h.state().clients[0].messages.is_empty());
        }
        if lang != Language::En {
            h.get_by_label(ssi_coach::i18n::tr(lang, "common.cancel"))
                .click();
            h.run();
            assert!(h.state().exchange.preview.is_none());
            assert_eq!(h.state().clients.len(), 1, "cancel changes nothing");
            continue;
        }
        h.get_by_label("Import").click();
        h.run();
        let ana = h
            .state()
            .clients
            .iter()
            .find(|c| c.name == "Ana Lopez")
            .unwrap()
            .clone();
        assert_eq!(ana.messages.len(), own().messages.len());
        assert_eq!(h.state().client().unwrap().name, "Ana Lopez");
        assert!(h.query_by_label_contains("Undo takes it back").is_some());
        h.get_by_label("Close").click();
        h.run();

        // the same file again: nothing new
        h.state_mut()
            .apply(Command::Exchange(ExchangeCommand::Open(file.clone())));
        h.run();
        assert!(
            h.query_by_label_contains("Nothing new: this client already has everything")
                .is_some()
        );
        h.get_by_label("Import").click();
        h.run();
        assert_eq!(
            h.state()
                .clients
                .iter()
                .filter(|c| c.name == "Ana Lopez")
                .count(),
            1
        );
        h.get_by_label("Close").click();
        h.run();

        // undo: one step takes the file back out
        h.state_mut().apply(Command::Undo);
        h.run();
        assert!(h.state().client().unwrap().messages.is_empty());
        assert!(h.state().flush().is_saved());
    }
}

#[test]
fn the_coach_sends_the_plan_and_the_client_adds_it_to_their_profile() {
    let tmp = tempfile::tempdir().unwrap();
    let office = tmp.path().join("office");
    let mut ana = own();
    ana.action_items.clear();
    ClientEdit::RecordSession {
        date: today(),
        notes: "Comment on three buyers' posts a week".into(),
        items: vec![ActionItem {
            id: 0,
            session_id: None,
            lever: Lever::Comments,
            description: "comment on buyers' posts".into(),
            target: Some(3.0),
            due: Some(today() + Duration::days(7)),
            done: None,
        }],
    }
    .apply(&mut ana, today());
    save(&office, &ana);
    let plan = tmp.path().join("plan.ssiplan");

    // the coach: share the notes, Send plan to my client…
    let mut h = harness(&office, Language::En);
    h.run();
    h.state_mut().apply(Command::Nav(Screen::Sessions));
    h.run();
    h.get_by_label("Share these notes with the client (in the plan file)")
        .click();
    h.run();
    assert_eq!(h.state().client().unwrap().shared_notes.len(), 1);
    h.get_by_label("Send plan to my client…").click();
    h.run();
    type_path(&mut h, "Type the full path to save the file as:", &plan);
    assert!(plan.is_file());

    // Print or save as PDF: the report with its print script in the data folder, opened
    let opened = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = std::sync::Arc::clone(&opened);
    h.state_mut()
        .set_opener(std::sync::Arc::new(move |p: &Path| {
            seen.lock().unwrap().push(p.to_path_buf());
            Ok(())
        }));
    h.get_by_label("Print or save as PDF").click();
    h.run();
    let opened = opened.lock().unwrap().clone();
    assert_eq!(opened.len(), 1);
    assert!(opened[0].starts_with(std::path::absolute(&office).unwrap().join("reports")));
    let page = std::fs::read_to_string(&opened[0]).unwrap();
    assert!(page.contains("window.print()"));
    assert!(
        h.query_by_label_contains("Save as PDF").is_some(),
        "the user is told"
    );
    drop(h);

    // the client's own app: open, preview, add
    let home = tmp.path().join("home");
    let mut mine = own();
    mine.action_items.clear();
    save(&home, &mine);
    let mut h = harness(&home, Language::En);
    h.run();
    h.state_mut()
        .apply(Command::Exchange(ExchangeCommand::Open(plan.clone())));
    h.run();
    assert!(
        h.query_by_label_contains("Plan from your coach").is_some(),
        "{:?}",
        h.state().exchange.error
    );
    h.get_by_label("Add to my profile").click();
    h.run();
    let c = h.state().client().unwrap().clone();
    assert!(
        c.action_items
            .iter()
            .any(|a| a.description == "comment on buyers' posts")
    );
    assert!(c.sessions.iter().any(|s| s.notes.contains("three buyers")));
    let reports: Vec<_> = std::fs::read_dir(home.join("reports"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(reports.len(), 1, "the coach's report is kept");
    h.get_by_label("Close").click();
    h.run();

    // the tick goes back in the next client file
    let id = c
        .action_items
        .iter()
        .find(|a| a.description == "comment on buyers' posts")
        .unwrap()
        .id;
    h.state_mut()
        .apply(Command::Edit(ClientEdit::SetActionDone(id, true)));
    let back = tmp.path().join("back.ssiclient");
    h.state_mut()
        .apply(Command::Exchange(ExchangeCommand::SaveClientFileTo {
            with_texts: false,
            path: back.clone(),
        }));
    let (file, sum) = ssi_coach::exchange::client_file::read_client_file(&back).unwrap();
    let mut coach = ana.clone();
    let s = ssi_coach::exchange::merge_client_file(&mut coach, &file, &sum, today());
    assert_eq!(s.items_ticked, 1);

    // undo takes the plan back out (after the tick's own undo)
    h.state_mut().apply(Command::Undo);
    h.state_mut().apply(Command::Undo);
    h.run();
    assert!(h.state().client().unwrap().action_items.is_empty());
}

#[test]
fn a_damaged_file_says_so_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    save(&home, &own());
    let bad = tmp.path().join("bad.ssiclient");
    std::fs::write(
        &bad,
        "(kind: \"ssi-coach-client\", schema: 1, checksum: \"fnv",
    )
    .unwrap();
    for lang in Language::ALL {
        let mut h = harness(&home, lang);
        h.state_mut().lang = lang;
        h.run();
        let before = h.state().clients.clone();
        // as "Open with SSI Coach" hands it over
        h.state_mut().open_file(bad.clone());
        h.run();
        assert!(matches!(h.state().import, ssi_coach::app::ImportJob::Idle));
        let e = h.state().exchange.error.clone().unwrap();
        assert!(h.query_by_label_contains(&e).is_some(), "{lang:?}: {e}");
        assert_eq!(h.state().clients, before);
    }
}

#[test]
fn due_and_overdue_items_are_listed_overdue_first_and_can_be_hidden() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let mut c = Client::new(ClientId("ana-1".into()), "Ana", today());
    for (description, due) in [
        ("due today", today()),
        ("long overdue", today() - Duration::days(9)),
        ("next week", today() + Duration::days(7)),
    ] {
        ClientEdit::AddActionItem(ActionItem {
            id: 0,
            session_id: None,
            lever: Lever::Posts,
            description: description.into(),
            target: None,
            due: Some(due),
            done: None,
        })
        .apply(&mut c, today());
    }
    save(&dir, &c);
    let mut h = harness(&dir, Language::En);
    h.run();
    assert!(h.query_by_label("Due today").is_some());
    let y = |h: &Harness<'static, AppState>, text: &str| h.get_by_label(text).rect().min.y;
    assert!(
        y(&h, "To do: long overdue (Ana)") < y(&h, "To do: due today (Ana)"),
        "overdue first"
    );
    assert!(h.query_by_label("To do: next week (Ana)").is_none());
    // the card's calendar button: every client's due items in one .ics (a path field here)
    let ics = tmp.path().join("due.ics");
    h.get_by_label("Export calendar (.ics)…").click();
    h.run();
    type_path(&mut h, "Type the full path to save the file as:", &ics);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 3);
    assert!(text.contains("long overdue"));
    h.get_by_label("Hide").click();
    h.run();
    assert!(h.query_by_label("Due today").is_none());
}

/// A client file handed over at start ("Open with", `--import`) arrives while the clients are
/// still being read: it waits for them, so it is matched to its client and counted against it
/// (found as a new client with every item "new" before).
#[test]
fn a_file_opened_at_start_waits_for_the_clients() {
    let dir = tempfile::tempdir().unwrap();
    let c = own();
    save(dir.path(), &c);
    let file = dir.path().join("ana.ssiclient");
    let text = ssi_coach::exchange::client_file::export_client(&c, today(), true)
        .to_text()
        .unwrap();
    std::fs::write(&file, text).unwrap();
    let mut state = AppState::start_loading(dir.path().to_owned(), today(), Language::En);
    state.open_file(file);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    for _ in 0..200 {
        h.run();
        if !h.state().loading_anything() && h.state().exchange.preview.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(
        h.state().exchange.preview.is_some(),
        "the file is previewed"
    );
    let ssi_coach::ui::exchange::Preview::Client {
        target, summary, ..
    } = h.state().exchange.preview.as_ref().unwrap()
    else {
        panic!("a client preview");
    };
    assert!(
        *target < h.state().clients.len(),
        "an existing client, not a new one"
    );
    assert_eq!(h.state().clients[*target].id, c.id, "matched to its client");
    // counted against that client: its profile, readings and days are already there
    assert_eq!(summary.profile_ticked, 0, "{summary:?}");
    assert_eq!(summary.readings_added, 0, "{summary:?}");
    assert_eq!(summary.days_changed, 0, "{summary:?}");
}

/// At start the current client is on screen before the others are read: the card still lists
/// what is due for a client that arrives after it (the card was made once, from the current
/// client alone, and kept until the next edit).
#[test]
fn the_due_card_at_start_holds_the_clients_read_after_the_current_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let ana = Client::new(ClientId("ana-1".into()), "Ana", today());
    let mut bo = Client::new(ClientId("bo-1".into()), "Bo", today());
    ClientEdit::AddActionItem(ActionItem {
        id: 0,
        session_id: None,
        lever: Lever::Posts,
        description: "call back".into(),
        target: None,
        due: Some(today() - Duration::days(2)),
        done: None,
    })
    .apply(&mut bo, today());
    save(&dir, &ana);
    save(&dir, &bo);
    let store = ssi_coach::store::Store::open(dir.clone()).unwrap();
    let mut settings = store.load_settings();
    settings.current_client = Some(ana.id.clone());
    store.save_settings(&settings).unwrap();
    drop(store);
    let state = AppState::start_loading_waiting(
        dir,
        today(),
        Language::En,
        std::time::Duration::from_secs(60),
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while h.state().loading_anything() {
        assert!(std::time::Instant::now() < deadline, "never loaded");
        std::thread::sleep(std::time::Duration::from_millis(2));
        h.step();
    }
    h.run();
    assert_eq!(h.state().client().unwrap().id, ana.id);
    assert!(
        h.query_by_label("To do: call back (Bo)").is_some(),
        "Bo's overdue item is not on the card"
    );
}

/// A coach's folder holds thousands of overdue follow-ups: on the smallest window the card
/// keeps to a small part of the height (fewer rows, the rest counted), so the dashboard below
/// stays in sight; a tall window shows more of them.
#[test]
fn the_due_card_keeps_to_a_small_part_of_a_small_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Client::new(ClientId("ana-1".into()), "Ana", today());
    for n in 0..2_000_i64 {
        let mut m = MessageEntry::new(0, today() - Duration::days(30 + n % 700), format!("P {n}"));
        m.follow_up = Some(today() - Duration::days(1 + n % 600));
        ClientEdit::AddMessage(m).apply(&mut c, today());
    }
    save(dir.path(), &c);
    for (size, more) in [
        (egui::vec2(1024.0, 640.0), "and 1,997 more"),
        (egui::vec2(1920.0, 1080.0), "and 1,994 more"),
    ] {
        let mut state = AppState::new(dir.path().to_owned(), today(), Language::En);
        state.set_opener(std::sync::Arc::new(|_: &Path| Ok(())));
        let mut h = Harness::builder()
            .with_size(size)
            .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
        h.run();
        let top = h.get_by_label("Due today").rect().min.y;
        let bottom = h.get_by_label(more).rect().max.y;
        assert!(
            bottom - top <= 0.25 * size.y,
            "{size:?}: the card takes {} of {} px",
            bottom - top,
            size.y
        );
        // the dashboard starts in sight below it
        let knobs = h.get_by_label("Your knobs for this week").rect();
        assert!(knobs.max.y < size.y, "{size:?}: {knobs:?}");
    }
}
