//! Times the import of a LinkedIn export ZIP (for profiling `benches/import.rs` by hand).
//!
//! usage: cargo run --release --example import_time -- FILE.zip [ROUNDS]
#![allow(missing_docs)]

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: import_time FILE.zip [ROUNDS]")?;
    let rounds: u32 = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
    let name = std::path::Path::new(&path)
        .file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned);
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        let import = ssi_coach::import::read_zip_bytes(&bytes, name.as_deref())
            .map_err(|e| e.to_string())?;
        println!(
            "{:.1} ms ({} connections, {} messages sent)",
            t.elapsed().as_secs_f64() * 1000.0,
            import.signals.connections.unwrap_or(0),
            import.signals.messages_sent.unwrap_or(0)
        );
    }
    Ok(())
}
