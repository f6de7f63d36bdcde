//! A coach's data folder at full scale, for the scale benchmarks (`benches/startup.sh`,
//! docs/performance.md): 300 clients with two years of activity, monthly readings, a session
//! every six weeks and 500-2,000 messages each, plus one recruiter with 50,000 messages and
//! five years of daily activity, who is the current client. The same folder for the same
//! arguments (a fixed seed, `benches/support/coach.rs`), so runs compare.
//!
//! usage: cargo run --release --example coach_folder -- DIR [CLIENTS]
#![allow(missing_docs)]

#[path = "../benches/support/coach.rs"]
mod coach;

use ssi_coach::model::Settings;

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or_else(|| "usage: coach_folder DIR [CLIENTS]".to_owned())?;
    let count: usize = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(coach::CLIENTS);
    // a fixed day, so the folder is the same every run; the app reads it as history
    let today = coach::today();
    let store = ssi_coach::store::Store::open(dir.into()).map_err(|e| e.to_string())?;
    let clients = coach::folder(count, today);
    let current = clients.last().map(|c| c.id.clone());
    for c in &clients {
        store.save_client(c).map_err(|e| e.to_string())?;
    }
    let settings = Settings {
        welcome_done: true,
        current_client: current,
        ..Settings::default()
    };
    store.save_settings(&settings).map_err(|e| e.to_string())?;
    // the file sizes against a compact encoding of the same data (docs/performance.md)
    let mut written = 0;
    let mut compact = 0;
    for c in &clients {
        written += std::fs::metadata(store.client_path(&c.id))
            .map_err(|e| e.to_string())?
            .len() as usize;
        compact += ssi_coach::store::compact_json_size(c).map_err(|e| e.to_string())?;
    }
    println!(
        "{count} clients and the recruiter written: {written} bytes; the same data as compact \
         JSON (a message a JSON array per line): {compact} bytes ({:.2}x)",
        written as f64 / compact as f64
    );
    Ok(())
}
