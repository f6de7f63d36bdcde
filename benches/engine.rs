//! Engine speed: the estimate, the knob ranking and the plan for a weekly budget on a heavy
//! client (five years of daily activity, 50,000 logged messages). Figures in
//! docs/performance.md.
#![allow(missing_docs, clippy::unwrap_used)]

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use ssi_coach::engine;
use ssi_coach::model::heavy_client;

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let client = heavy_client(today, 50_000);
    c.bench_function("estimate (5 years daily activity, 50,000 messages)", |b| {
        b.iter(|| engine::estimate(std::hint::black_box(&client), today));
    });
    let inputs = engine::inputs(&client, today);
    c.bench_function("knobs: full ranking from inputs", |b| {
        b.iter(|| engine::knobs(std::hint::black_box(&inputs)));
    });
    c.bench_function("knobs: inputs + full ranking from the client", |b| {
        b.iter(|| engine::knobs(&engine::inputs(std::hint::black_box(&client), today)));
    });
    c.bench_function("plan: 60 minutes a week, from inputs", |b| {
        b.iter(|| engine::plan(std::hint::black_box(&inputs), 60));
    });
    c.bench_function("plan: 120 minutes a week, from inputs", |b| {
        b.iter(|| engine::plan(std::hint::black_box(&inputs), 120));
    });
    c.bench_function("forecast: 42 days, keep plan", |b| {
        b.iter(|| engine::forecast(&client, today, 42, engine::Scenario::KeepPlan));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
