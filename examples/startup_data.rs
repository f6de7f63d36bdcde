//! Writes a data folder for the start-up benchmark (`benches/startup.sh`): the demo client and
//! a heavy client (five years of daily activity, 50,000 messages).
//!
//! usage: cargo run --example startup_data -- DIR
#![allow(missing_docs)]

fn main() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .ok_or_else(|| "usage: startup_data DIR".to_owned())?;
    let today = chrono::Local::now().date_naive();
    let store = ssi_coach::store::Store::open(dir.into()).map_err(|e| e.to_string())?;
    for c in [
        ssi_coach::model::demo_client(today),
        ssi_coach::model::heavy_client(today, 50_000),
    ] {
        store.save_client(&c).map_err(|e| e.to_string())?;
    }
    Ok(())
}
