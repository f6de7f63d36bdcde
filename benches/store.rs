//! Reading a client file: the heavy client (five years of daily activity, 50,000 logged
//! messages) in schema 2, with the messaging log read by the fast line reader
//! (`src/store/lines.rs`) and, for comparison, the same file with Windows line endings, which
//! the fast reader leaves to ron. Figures in docs/performance.md.
#![allow(missing_docs, clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use ssi_coach::model::heavy_client;
use ssi_coach::store;

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let client = heavy_client(today, 50_000);
    let text = store::client_to_ron(&client).unwrap();
    let crlf = text.replace('\n', "\r\n");
    // both read to the same client, or the comparison means nothing
    let path = Path::new("heavy-client.ron");
    assert_eq!(
        store::parse_client(&text, path).unwrap(),
        store::parse_client(&crlf, path).unwrap()
    );
    let mut group = c.benchmark_group("read the heavy client's file (50,000 messages)");
    group.sample_size(20);
    group.bench_function("schema 2, messages read by the line reader", |b| {
        b.iter(|| store::parse_client(std::hint::black_box(&text), path).unwrap());
    });
    group.bench_function("the same file read by ron alone (CRLF)", |b| {
        b.iter(|| store::parse_client(std::hint::black_box(&crlf), path).unwrap());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
