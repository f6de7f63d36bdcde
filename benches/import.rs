//! Import speed: a generated Complete export with 30,000 connections, 100,000 messages and
//! 20,000 reactions, read from memory (ZIP inflate + CSV + counting + owner detection).
//! The same CSV files are written to `target/import-bench/` for the Python `csv` baseline
//! (`benches/import_baseline.py`), with the ZIP itself as `export.zip`. Figures in docs/performance.md.
#![allow(missing_docs, clippy::unwrap_used)]

use std::fmt::Write as _;
use std::io::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use ssi_coach::import::{merge, read_zip_bytes};
use ssi_coach::model::{Client, ClientId};

/// The export's files; `quoted`: messages.csv as since 2026, every field quoted.
fn files(quoted: bool) -> Vec<(&'static str, String)> {
    let mut connections =
        String::from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for i in 0..30_000 {
        let title = ["CEO", "Account Executive", "Head of Sales", "Engineer"][i % 4];
        let _ = writeln!(
            connections,
            "First{i},Last{i},https://www.linkedin.com/in/p{i},,\"Company {i}, Inc.\",{title},{:02} Mar 2025",
            i % 28 + 1
        );
    }
    let mut messages = String::from(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n",
    );
    for i in 0..100_000 {
        let (from, url, to) = if i % 2 == 0 {
            (
                "Sam Ortega",
                "https://www.linkedin.com/in/samortega",
                format!("First{} Last{}", i % 30_000, i % 30_000),
            )
        } else {
            (
                "Someone Else",
                "https://www.linkedin.com/in/other",
                "Sam Ortega".to_owned(),
            )
        };
        let date = format!(
            "2025-{:02}-{:02} 10:{:02}:00 UTC",
            i % 12 + 1,
            i % 28 + 1,
            i % 60
        );
        let conv = i / 4;
        let _ = if quoted {
            writeln!(
                messages,
                "\"conv-{conv}\",\"\",\"{from}\",\"{url}\",\"{to}\",\"\",\"{date}\",\"\",\"Hello, this is message {i}\",\"INBOX\",\"No\",\"No\""
            )
        } else {
            writeln!(
                messages,
                "conv-{conv},,{from},{url},{to},,{date},,\"Hello, this is message {i}\",INBOX,No,No"
            )
        };
    }
    let mut reactions = String::from("Date,Type,Link\n");
    for i in 0..20_000 {
        let _ = writeln!(
            reactions,
            "2025-{:02}-{:02} 09:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:{i}",
            i % 12 + 1,
            i % 28 + 1
        );
    }
    let invitations = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nSam Ortega,First1 Last1,\"3/8/25, 9:41 PM\",Hi,OUTGOING,https://www.linkedin.com/in/samortega,https://www.linkedin.com/in/p1\n".to_owned();
    vec![
        ("Connections.csv", connections),
        ("messages.csv", messages),
        ("Reactions.csv", reactions),
        ("Invitations.csv", invitations),
    ]
}

/// Write the files (for `import_baseline.py`) and the export ZIP to `dir`; the ZIP's bytes.
fn write_export(dir: &std::path::Path, files: &[(&str, String)]) -> Vec<u8> {
    std::fs::create_dir_all(dir).unwrap();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
        w.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(text.as_bytes()).unwrap();
    }
    let zip = w.finish().unwrap().into_inner();
    std::fs::write(dir.join("export.zip"), &zip).unwrap();
    zip
}

fn bench(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/import-bench");
    let zip = write_export(&dir, &files(false));
    let quoted = write_export(&dir.join("quoted"), &files(true));
    let name = Some("Complete_LinkedInDataExport_03-31-2025.zip");
    for zip in [&zip, &quoted] {
        let check = read_zip_bytes(zip, name).unwrap();
        assert_eq!(check.signals.connections, Some(30_000));
        assert_eq!(check.signals.messages_sent, Some(50_000));
        assert_eq!(check.signals.reactions, Some(20_000));
    }
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.bench_function(
        "read_zip_bytes: 30,000 connections, 100,000 messages, 20,000 reactions",
        |b| b.iter(|| read_zip_bytes(std::hint::black_box(&zip), name).unwrap()),
    );
    g.bench_function(
        "read_zip_bytes: the same, messages.csv quoted as in 2026",
        |b| b.iter(|| read_zip_bytes(std::hint::black_box(&quoted), name).unwrap()),
    );
    let import = read_zip_bytes(&zip, name).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
    g.bench_function("merge: the 50,000 messages into a new client", |b| {
        b.iter_batched(
            || Client::new(ClientId("bench".into()), "Sam Ortega", today),
            |mut client| {
                merge(&mut client, std::hint::black_box(&import), today);
                client
            },
            criterion::BatchSize::LargeInput,
        );
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
