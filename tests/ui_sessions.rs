//! The sessions screen and the session report tell one story: the same two moments, the same
//! levers that moved, in the same order.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::Duration;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ssi_coach::app::AppState;
use ssi_coach::engine;
use ssi_coach::i18n::{Language, tr};
use ssi_coach::model::{ActivityKind, Client, Date, Session, demo_client};
use ssi_coach::ui::Screen;

fn today() -> Date {
    "2026-11-20".parse().unwrap()
}

/// The demo client with a session six weeks ago (lever values not recorded, as in older
/// files) and one today, with more comments and posts in between than before.
fn coached() -> Client {
    let t = today();
    let mut c = demo_client(t);
    let first = t - Duration::days(42);
    let id = c.fresh_id();
    c.sessions.push(Session {
        id,
        date: first,
        notes: String::new(),
        snapshot: ssi_coach::model::Snapshot {
            levers: Vec::new(),
            ..engine::snapshot(&c, first)
        },
    });
    for d in 1..30 {
        c.activity
            .add(t - Duration::days(d), ActivityKind::Comment, 3);
        c.activity
            .add(t - Duration::days(d), ActivityKind::Share, 1);
    }
    let id = c.fresh_id();
    c.sessions.push(Session {
        id,
        date: t,
        notes: String::new(),
        snapshot: engine::snapshot(&c, t),
    });
    c
}

fn harness(dir: &std::path::Path, lang: Language) -> Harness<'static, AppState> {
    let state = AppState::new(dir.to_owned(), today(), lang);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state)
}

#[test]
fn the_screen_and_the_report_list_the_same_moved_levers_in_the_same_order() {
    let client = coached();
    let moved = engine::comparison(&client, today()).moved(&client);
    assert!(
        moved.len() >= 2,
        "the fixture moves several levers: {moved:?}"
    );

    // the report: the rows of its "what moved" table, in order
    let html = ssi_coach::report::session_report(&client, today(), Language::En);
    let report: Vec<String> = html
        .split("data-moved=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_owned())
        .collect();

    // the screen: the moved levers' labels, top to bottom
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("clients")).unwrap();
    ssi_coach::store::save_client_file(
        &dir.path()
            .join("clients")
            .join(format!("{}.ron", client.id.0)),
        &client,
    )
    .unwrap();
    for lang in [Language::En, Language::Nl, Language::Da] {
        let mut h = harness(dir.path(), lang);
        h.run();
        h.state_mut()
            .apply(ssi_coach::ui::Command::Nav(Screen::Sessions));
        h.run();
        let mut on_screen: Vec<(f32, &'static str)> = engine::all_levers()
            .into_iter()
            .filter_map(|l| {
                let label = tr(lang, engine::label_key(l));
                let node = h.query_by_label(label)?;
                Some((node.rect().min.y, engine::lever_key(l)))
            })
            .collect();
        on_screen.sort_by(|a, b| a.0.total_cmp(&b.0));
        let screen: Vec<&str> = on_screen.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            screen, report,
            "{lang:?}: the sessions screen and the report disagree on what moved"
        );
        assert_eq!(
            report.len(),
            moved.len().min(engine::MOVED_SHOWN),
            "both show the engine's list"
        );
    }
}
