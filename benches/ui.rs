//! GUI cost: one frame of each screen, headless, with a heavy client (five years of daily
//! activity, 50,000 messages), and one edit on it (apply, undo step, hand-off to the
//! autosaver); with a coach's folder (issue #19: 300 clients and the recruiter), the clients
//! list's frame and switching client. Figures in docs/performance.md.
#![allow(missing_docs, clippy::unwrap_used)]

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use ssi_coach::app::AppState;
use ssi_coach::i18n::Language;
use ssi_coach::model::heavy_client;
use ssi_coach::model::{ActivityKind, MessageEntry, ProfileItem};
use ssi_coach::ui::{ClientEdit, ClientsCommand, Command, Screen};

#[path = "support/coach.rs"]
mod coach;

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let client = heavy_client(today, 50_000);
    let mut state = AppState::new(dir.path().to_owned(), today, Language::En);
    state.clients.push(std::sync::Arc::new(client));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    for s in Screen::ALL {
        h.state_mut().apply(Command::Nav(s));
        h.run();
        c.bench_function(
            &format!("one frame: {s:?} (50,000 messages, 5 years)"),
            |b| {
                b.iter(|| h.step());
            },
        );
    }
}

/// One "+1 on Comments" on the heavy client, as the app applies it: the edit in place, its
/// undo step (the touched day, not the client) and the hand-off to the autosaver (shared, not
/// copied). The autosaver writes in the background meanwhile, as in the app.
fn edit(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut state = AppState::new(dir.path().to_owned(), today, Language::En);
    state
        .clients
        .push(std::sync::Arc::new(heavy_client(today, 50_000)));
    let mut n = state
        .client()
        .unwrap()
        .activity
        .get(today, ActivityKind::Comment);
    // the edit is an undoable step (checked before, so a filtered run passes too)
    n += 1;
    state.apply(Command::Edit(ClientEdit::SetActivity(
        today,
        ActivityKind::Comment,
        n,
    )));
    assert!(state.can_undo());
    c.bench_function("one edit: +1 on Comments (50,000 messages, 5 years)", |b| {
        b.iter(|| {
            n += 1;
            state.apply(Command::Edit(ClientEdit::SetActivity(
                today,
                ActivityKind::Comment,
                n,
            )));
        });
    });
    // the same edit and, as the next frame does, the estimate, the knobs, the plan, the
    // history chart and this client's line in the clients list computed again
    c.bench_function(
        "one edit and what the screens show recomputed (50,000 messages, 5 years)",
        |b| {
            b.iter(|| {
                n += 1;
                state.apply(Command::Edit(ClientEdit::SetActivity(
                    today,
                    ActivityKind::Comment,
                    n,
                )));
                std::hint::black_box(state.estimate());
                std::hint::black_box(state.due_rows());
            });
        },
    );
    // a checklist tick (undated: every point of the history scored again, none read again
    // from the log) and a new message (dated today: the due items looked for again)
    let mut photo = false;
    c.bench_function(
        "one checklist tick and what the screens show recomputed (50,000 messages, 5 years)",
        |b| {
            b.iter(|| {
                photo = !photo;
                state.apply(Command::Edit(ClientEdit::SetProfileItem(
                    ProfileItem::Photo,
                    photo,
                )));
                std::hint::black_box(state.estimate());
            });
        },
    );
    c.bench_function(
        "one new message and what the screens show recomputed (50,000 messages, 5 years)",
        |b| {
            b.iter(|| {
                let mut m = MessageEntry::new(0, today, "Kim");
                m.follow_up = Some(today + chrono::Duration::days(7));
                state.apply(Command::Edit(ClientEdit::AddMessage(m)));
                std::hint::black_box(state.estimate());
                std::hint::black_box(state.due_rows());
            });
        },
    );
    state.flush();
    // what each edit cost before undo was stored as edits: a copy of the whole client, twice
    // (one for undo, one for the autosaver)
    let heavy = heavy_client(today, 50_000);
    c.bench_function("one copy of the heavy client (before: two per edit)", |b| {
        b.iter(|| std::hint::black_box(heavy.clone()));
    });
}

/// The coach's folder in memory (300 clients and the recruiter, `benches/support/coach.rs`):
/// one frame of the clients list, and switching client up to its dashboard drawn (the
/// switch itself, the settings saved with the client on screen, what the dashboard shows
/// computed for the new client, one frame).
fn coach_folder(c: &mut Criterion) {
    let today = coach::today();
    let dir = tempfile::tempdir().unwrap();
    let mut state = AppState::new(dir.path().to_owned(), today, Language::En);
    for client in coach::folder(coach::CLIENTS, today) {
        state.clients.push(std::sync::Arc::new(client));
    }
    let recruiter = state
        .clients
        .iter()
        .position(|c| c.id.0 == "recruiter")
        .unwrap();
    let other = coach::CLIENTS / 2;
    state.apply(Command::Clients(ClientsCommand::SwitchClient(recruiter)));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    h.state_mut().apply(Command::Nav(Screen::Clients));
    h.run();
    c.bench_function("one frame: Clients (300 clients and the recruiter)", |b| {
        b.iter(|| h.step());
    });
    h.state_mut().apply(Command::Nav(Screen::Dashboard));
    h.run();
    // the switch does what it says (checked before, so a filtered run passes too)
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::SwitchClient(other)));
    h.step();
    assert_eq!(h.state().client().unwrap().id, h.state().clients[other].id);
    for (name, from, to) in [
        (
            "switch client: to the recruiter's dashboard",
            other,
            recruiter,
        ),
        (
            "switch client: to another client's dashboard",
            recruiter,
            other,
        ),
    ] {
        c.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iters {
                    h.state_mut()
                        .apply(Command::Clients(ClientsCommand::SwitchClient(from)));
                    h.step();
                    let start = std::time::Instant::now();
                    h.state_mut()
                        .apply(Command::Clients(ClientsCommand::SwitchClient(to)));
                    h.step();
                    total += start.elapsed();
                }
                total
            });
        });
    }
    // one edit of each kind on the recruiter with the 300 other clients open: the clients
    // list's line and the due card (45,700 due items over all clients) come with it
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::SwitchClient(recruiter)));
    h.step();
    let state = h.state_mut();
    let mut n = 0;
    let mut photo = false;
    for (name, kind) in [
        (
            "coach's folder: +1 on the recruiter and what the screens show recomputed",
            0,
        ),
        (
            "coach's folder: a checklist tick on the recruiter and the same recomputed",
            1,
        ),
        (
            "coach's folder: a new message to the recruiter's log and the same recomputed",
            2,
        ),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| {
                let edit = match kind {
                    0 => {
                        n += 1;
                        ClientEdit::SetActivity(today, ActivityKind::Comment, n)
                    }
                    1 => {
                        photo = !photo;
                        ClientEdit::SetProfileItem(ProfileItem::Photo, photo)
                    }
                    _ => {
                        let mut m = MessageEntry::new(0, today, "Kim");
                        m.follow_up = Some(today + chrono::Duration::days(7));
                        ClientEdit::AddMessage(m)
                    }
                };
                state.apply(Command::Edit(edit));
                std::hint::black_box(state.estimate());
                std::hint::black_box(state.due_rows());
            });
        });
    }
    state.flush();
}

criterion_group!(benches, bench, edit, coach_folder, return_to_window);
criterion_main!(benches);

/// Back to the window (it got the focus again): the app looks for client files another
/// machine changed meanwhile (`AppState::reload_changed`, on the UI thread), here in the coach's
/// folder written to disk, its files last changed an hour ago.
fn return_to_window(c: &mut Criterion) {
    let today = coach::today();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = ssi_coach::store::Store::open(dir.clone()).unwrap();
    let clients = coach::folder(coach::CLIENTS, today);
    for client in &clients {
        store.save_client(client).unwrap();
    }
    let paths: Vec<_> = clients.iter().map(|c| store.client_path(&c.id)).collect();
    drop(store);
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let set_time = |path: &std::path::Path, when| {
        std::fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(when)
            .unwrap();
    };
    for path in &paths {
        set_time(path, hour_ago);
    }
    let app = AppState::start_loading(dir, today, Language::En);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), app);
    while h.state().loading_anything() {
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    assert_eq!(h.state().clients.len(), coach::CLIENTS + 1);
    // the check does notice a changed file (a sync tool's, with a time of its own)
    let mut theirs = clients[7].clone();
    theirs.name.push_str(" (laptop)");
    std::fs::write(&paths[7], ssi_coach::store::client_to_ron(&theirs).unwrap()).unwrap();
    set_time(&paths[7], hour_ago + std::time::Duration::from_secs(60));
    h.state_mut().reload_changed();
    assert!(h.state().clients.iter().any(|c| c.name == theirs.name));
    c.bench_function("return to the window: 301 unchanged files checked", |b| {
        b.iter(|| h.state_mut().reload_changed());
    });
    c.bench_function(
        "the same 301 files read (no hashing; what each return cost before)",
        |b| {
            b.iter(|| {
                paths
                    .iter()
                    .map(|p| std::fs::read(p).unwrap().len())
                    .sum::<usize>()
            });
        },
    );
}
