//! GUI cost: one frame of each screen, headless, with a heavy client (five years of daily
//! activity, 50,000 messages). Figures in docs/performance.md.
#![allow(missing_docs, clippy::unwrap_used)]

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use ssi_coach::app::AppState;
use ssi_coach::i18n::Language;
use ssi_coach::model::heavy_client;
use ssi_coach::ui::{Command, Screen};

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let client = heavy_client(today, 50_000);
    let mut state = AppState::new(dir.path().to_owned(), today, Language::En);
    state.clients.push(client);
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

criterion_group!(benches, bench);
criterion_main!(benches);
