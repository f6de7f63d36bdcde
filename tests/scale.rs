//! A coach's folder at scale (issue #19): the current client is read first and the others
//! arrive after it, none lost; the file layout stays within 2x of a compact encoding.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use ssi_coach::app::AppState;
use ssi_coach::i18n::Language;
use ssi_coach::model::{ActivityKind, Client, ClientId, MessageEntry, Settings, heavy_client};
use ssi_coach::store::{self, LoadEvent, LoadReport, Store};

const CLIENTS: usize = 300;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

/// A small client `n` (a little activity and a few messages, so the test stays quick).
fn small_client(n: usize) -> Client {
    let today = today();
    let mut c = Client::new(
        ClientId(format!("client-{n:03}")),
        format!("Client {n:03}"),
        today - chrono::Duration::days(60),
    );
    for a in 0..20 {
        let d = today - chrono::Duration::days(a);
        c.activity.set(d, ActivityKind::Comment, (a % 4 + 1) as u32);
    }
    for m in 0..5 {
        let id = c.fresh_id();
        let mut e = MessageEntry::new(
            id,
            today - chrono::Duration::days(m),
            format!("Contact {m}"),
        );
        e.replied = m % 2 == 0;
        c.add_message(e);
    }
    c
}

/// A data folder with [`CLIENTS`] clients, written as the app writes them, and the settings
/// naming `current` as the client on screen. Returns the ids in file order.
fn coach_folder(dir: &Path, current: &ClientId) -> Vec<ClientId> {
    let store = Store::open(dir.to_owned()).unwrap();
    let mut ids = Vec::new();
    for n in 1..=CLIENTS {
        let c = small_client(n);
        // written directly (no backups), as a synced folder arrives
        std::fs::write(store.client_path(&c.id), store::client_to_ron(&c).unwrap()).unwrap();
        ids.push(c.id);
    }
    let settings = Settings {
        welcome_done: true,
        current_client: Some(current.clone()),
        ..Settings::default()
    };
    store.save_settings(&settings).unwrap();
    ids
}

#[test]
fn the_current_client_is_read_first_and_the_others_arrive_after_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    // in the middle of the folder: neither the first file nor the first name
    let current = ClientId("client-150".to_owned());
    let ids = coach_folder(&dir, &current);
    let store = Store::open(dir.clone()).unwrap();
    let mut events = Vec::new();
    store.load_streaming(Some(&current), |e| events.push(e));
    // the count first, then the current client's file on its own
    assert!(
        matches!(events[0], LoadEvent::Files(n) if n == CLIENTS),
        "{:?}",
        events[0]
    );
    let LoadEvent::Part(first) = &events[1] else {
        panic!("{:?}", events[1]);
    };
    assert_eq!(first.clients.len(), 1);
    assert_eq!(first.clients[0].id, current);
    // then one part per other file and a last one (copies, earlier quarantines)
    assert_eq!(events.len(), 2 + CLIENTS);
    let mut all = LoadReport::default();
    for e in events.into_iter().skip(1) {
        let LoadEvent::Part(part) = e else {
            panic!("a count after the start");
        };
        all.absorb(part);
    }
    // none lost, none twice, and exactly what loading everything at once gives
    let mut got: Vec<ClientId> = all.clients.iter().map(|c| c.id.clone()).collect();
    got.sort();
    assert_eq!(got, ids);
    assert!(all.problems.is_empty());
    drop(store);
    let store = Store::open(dir).unwrap();
    let mut at_once = store.load_all();
    all.clients.sort_by(|a, b| a.id.cmp(&b.id));
    at_once.clients.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(all.clients, at_once.clients);
}

#[test]
fn the_app_shows_the_current_client_before_the_others_are_in_and_loses_none() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let current = ClientId("client-150".to_owned());
    coach_folder(&dir, &current);
    // a damaged file and a sync tool's copy: reported as when everything was read at once
    std::fs::write(dir.join("clients/broken-1.ron"), "(schema: 2, cli").unwrap();
    std::fs::copy(
        dir.join("clients/client-007.ron"),
        dir.join("clients/client-007 (1).ron"),
    )
    .unwrap();
    let mut app = AppState::start_loading(dir, today(), Language::En);
    let deadline = Instant::now() + Duration::from_secs(60);
    while app.is_loading() {
        assert!(Instant::now() < deadline, "the current client never came");
        app.poll_loading();
        std::thread::sleep(Duration::from_millis(1));
    }
    // on screen as soon as it is in, whatever else is still being read
    assert_eq!(app.client().unwrap().id, current);
    let mut seen_more = app.loading_more();
    while app.loading_anything() {
        assert!(Instant::now() < deadline, "the other clients never came");
        app.poll_loading();
        // the count only goes down, and the client on screen stays
        assert!(app.loading_more() <= seen_more);
        seen_more = app.loading_more();
        assert_eq!(app.client().unwrap().id, current);
        std::thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(app.loading_more(), 0);
    assert_eq!(app.clients.len(), CLIENTS);
    assert_eq!(app.client().unwrap().id, current);
    // sorted by name, as at every start
    assert!(app.clients.windows(2).all(|w| w[0].name <= w[1].name));
    assert_eq!(app.problems.len(), 1, "{:?}", app.problems);
    assert_eq!(app.problems[0].id, Some(ClientId("broken-1".to_owned())));
    assert_eq!(app.copies_found().len(), 1);
}

#[test]
fn without_a_current_client_the_app_waits_for_all_and_picks_as_before() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    // the settings name a client whose file is gone
    coach_folder(&dir, &ClientId("gone-1".to_owned()));
    let mut app = AppState::start_loading(dir, today(), Language::En);
    let deadline = Instant::now() + Duration::from_secs(60);
    while app.is_loading() {
        assert!(Instant::now() < deadline);
        app.poll_loading();
        std::thread::sleep(Duration::from_millis(1));
    }
    // everything is in before a client is chosen: the first one by name
    assert!(!app.loading_anything());
    assert_eq!(app.clients.len(), CLIENTS);
    assert_eq!(app.client().unwrap().id.0, "client-001");
}

/// The client file of the heavy client (five years of daily activity, 50,000 messages) is
/// within 2x of the same data in a compact encoding (`store::compact_json_size`); schema 1's
/// pretty-printed layout, one field per line, was about 4x.
#[test]
fn a_long_log_takes_at_most_twice_a_compact_encoding() {
    let c = heavy_client(today(), 50_000);
    let file = store::client_to_ron(&c).unwrap();
    let compact = store::compact_json_size(&c).unwrap();
    let ratio = file.len() as f64 / compact as f64;
    assert!(
        ratio <= 2.0,
        "{} bytes against {} compact ({ratio:.2}x)",
        file.len(),
        compact
    );
    // one line per message and per day of activity
    let lines = file.lines().count();
    assert!(lines < 50_000 + 5 * 365 + 200, "{lines} lines");
    assert!(lines > 50_000 + 5 * 365, "{lines} lines");
    assert_eq!(store::parse_client(&file, Path::new("x.ron")).unwrap(), c);
}

/// In the window: the dashboard of the current client while the others are still being read,
/// and the clients list saying how many are to come, then listing them all.
#[test]
fn the_clients_list_says_how_many_more_are_loading_and_fills_in() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let current = ClientId("client-150".to_owned());
    coach_folder(&dir, &current);
    // (the loading thread waits for the window however long this busy machine takes to draw)
    let app = AppState::start_loading_waiting(dir, today(), Language::En, Duration::from_secs(60));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), app);
    let deadline = Instant::now() + Duration::from_secs(60);
    while h.state().is_loading() {
        assert!(Instant::now() < deadline, "the current client never came");
        std::thread::sleep(Duration::from_millis(2));
        h.step();
    }
    // the loading thread waits for the window to draw the current client before the others
    // (a frame may run the UI twice, so a few may have come already)
    assert!(
        h.state().loading_more() > CLIENTS / 2,
        "{}",
        h.state().loading_more()
    );
    assert!(h.state().clients.len() < CLIENTS / 2);
    h.state_mut()
        .apply(ssi_coach::ui::Command::Nav(ssi_coach::ui::Screen::Clients));
    h.step();
    assert!(
        h.query_by_label_contains("more clients…").is_some(),
        "no 'Loading N more clients…' line"
    );
    while h.state().loading_anything() {
        assert!(Instant::now() < deadline, "the other clients never came");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    h.step();
    assert!(h.query_by_label_contains("more clients…").is_none());
    assert_eq!(h.state().clients.len(), CLIENTS);
    assert!(h.query_by_label("Client 001").is_some());
    assert_eq!(h.state().client().unwrap().id, current);
}
