//! Engine speed: the estimate and the knob ranking on a heavy client
//! (five years of daily activity, 50,000 logged messages). Figures in docs/performance.md.
#![allow(missing_docs, clippy::unwrap_used)]

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use ssi_coach::engine;
use ssi_coach::model::{ActivityKind, Channel, Client, ClientId, MessageEntry, ProfileItem};

fn heavy_client(today: NaiveDate) -> Client {
    let mut c = Client::new(
        ClientId("bench-1".into()),
        "Bench",
        today - Duration::days(5 * 365),
    );
    for item in ProfileItem::ALL {
        c.profile.set(item, true);
    }
    c.network.connections = 3200;
    c.network.decision_makers = 410;
    for a in 0..5 * 365 {
        let d = today - Duration::days(a);
        for (i, kind) in ActivityKind::ALL.iter().enumerate() {
            c.activity.set(d, *kind, ((a as usize + i) % 5) as u32 + 1);
        }
    }
    for n in 0..50_000u64 {
        let mut m = MessageEntry::new(n + 1, today - Duration::days((n % 1825) as i64), "Person");
        m.decision_maker = n % 4 == 0;
        m.replied = n % 3 == 0;
        m.channel = if n % 10 == 0 {
            Channel::InMail
        } else {
            Channel::Message
        };
        c.add_message(m);
    }
    c
}

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let client = heavy_client(today);
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
    c.bench_function("forecast: 42 days, keep plan", |b| {
        b.iter(|| engine::forecast(&client, today, 42, engine::Scenario::KeepPlan));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
