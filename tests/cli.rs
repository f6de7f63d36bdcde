//! The command line as coaches' scripts use it: JSON shapes and exit codes are contracts.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;
use common::run;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/client.ron");

#[test]
fn estimate_json_on_the_example_file() {
    let (code, out, err) = run(&["estimate", EXAMPLE, "--json", "--today", "2026-11-20"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected = [
        "brand",
        "band",
        "contributions",
        "engage",
        "find",
        "relationships",
        "total",
    ];
    expected.sort_unstable();
    let mut keys_sorted = keys.clone();
    keys_sorted.sort_unstable();
    assert_eq!(keys_sorted, expected);
    let total = v["total"].as_f64().unwrap();
    let sum: f64 = ["brand", "find", "engage", "relationships"]
        .iter()
        .map(|k| v[k].as_f64().unwrap())
        .sum();
    assert!((total - sum).abs() < 0.05, "{total} vs {sum}");
    assert!(v["contributions"].as_array().unwrap().len() > 20);
    assert_eq!(v["band"], ssi_coach::engine::Band::of(total).key());
    // reproducible: same --today, same output
    let (_, again, _) = run(&["estimate", EXAMPLE, "--json", "--today", "2026-11-20"]);
    assert_eq!(out, again);
    // and a later day gives a lower estimate (the example goes quiet after Nov 20)
    let (_, later, _) = run(&["estimate", EXAMPLE, "--json", "--today", "2026-12-20"]);
    let later: serde_json::Value = serde_json::from_str(&later).unwrap();
    assert!(later["total"].as_f64().unwrap() < total);
}

#[test]
fn knobs_json_is_ranked() {
    let (code, out, err) = run(&["knobs", EXAMPLE, "--json", "--today", "2026-11-20"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let knobs = v.as_array().unwrap();
    assert_eq!(knobs.len(), ssi_coach::engine::all_levers().len());
    let ppm: Vec<f64> = knobs
        .iter()
        .map(|k| k["points_per_minute"].as_f64().unwrap())
        .collect();
    assert!(ppm.windows(2).all(|w| w[0] >= w[1]), "{ppm:?}");
    for key in [
        "lever",
        "pillar",
        "current",
        "target",
        "unit",
        "points",
        "minutes_per_week",
        "reason",
        "caution",
    ] {
        assert!(knobs[0].get(key).is_some(), "{key}");
    }
}

#[test]
fn text_output_says_estimate() {
    let (code, out, _) = run(&["estimate", EXAMPLE, "--today", "2026-11-20"]);
    assert_eq!(code, 0);
    assert!(out.contains("estimate") && out.contains("not LinkedIn's own score"));
}

#[test]
fn bad_input_is_one_line_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let damaged = dir.path().join("damaged.ron");
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    std::fs::write(&damaged, &text[..text.len() / 3]).unwrap();
    let newer = dir.path().join("newer.ron");
    std::fs::write(&newer, text.replacen("schema: 1", "schema: 7", 1)).unwrap();
    let missing = dir.path().join("missing.ron");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["estimate".into(), missing.display().to_string()],
            "missing.ron",
        ),
        (
            vec![
                "knobs".into(),
                damaged.display().to_string(),
                "--json".into(),
            ],
            "damaged.ron",
        ),
        (
            vec!["estimate".into(), newer.display().to_string()],
            "newer SSI Coach",
        ),
        (
            vec![
                "estimate".into(),
                EXAMPLE.into(),
                "--today".into(),
                "2026-02-30".into(),
            ],
            "--today",
        ),
        (vec!["estimate".into()], "FILE"),
        (
            vec!["estimate".into(), EXAMPLE.into(), "--bogus".into()],
            "--bogus",
        ),
        (vec!["frobnicate".into()], "unknown command"),
    ];
    for (args, needle) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?} printed to stdout: {out}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn help_and_version() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    for cmd in [
        "estimate",
        "knobs",
        "import",
        "report",
        "cohort",
        "--data-dir",
    ] {
        assert!(out.contains(cmd), "{cmd}");
    }
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!("ssi-coach {}", env!("CARGO_PKG_VERSION"))
    );
}

// ---------------------------------------------------------------------------------------
// import --client where coaches really keep their files (issue #13)

/// A LinkedIn export whose messages.csv holds `n` conversations of Sam's, named after `tag`.
fn export_zip(path: &std::path::Path, tag: &str, n: usize) {
    use std::io::Write as _;
    let mut csv = String::from(
        "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\",\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\",\"IS MESSAGE DRAFT\",\"IS CONVERSATION DRAFT\"\n",
    );
    for k in 0..n {
        csv.push_str(&format!(
            "\"{tag}-{k}\",\"\",\"Sam Ortega\",\"https://www.linkedin.com/in/samortega\",\"Person {tag} {k}\",\"https://www.linkedin.com/in/p-{tag}-{k}\",\"2025-03-{:02} 10:00:00 UTC\",\"\",\"Hello\",\"INBOX\",\"\",\"No\",\"No\"\n",
            1 + k % 28
        ));
    }
    let invitations = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nSam Ortega,Kim Lee,\"3/9/25, 8:00 AM\",,OUTGOING,https://www.linkedin.com/in/samortega,https://www.linkedin.com/in/kimlee\n";
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    w.start_file("messages.csv", opts).unwrap();
    w.write_all(csv.as_bytes()).unwrap();
    w.start_file("Invitations.csv", opts).unwrap();
    w.write_all(invitations.as_bytes()).unwrap();
    std::fs::write(path, w.finish().unwrap().into_inner()).unwrap();
}

fn import_into(
    data: &std::path::Path,
    zip: &std::path::Path,
    client: &str,
) -> (i32, String, String) {
    run(&[
        "import",
        zip.to_str().unwrap(),
        "--client",
        client,
        "--today",
        "2025-03-30",
        "--data-dir",
        data.to_str().unwrap(),
    ])
}

fn added(stdout: &str) -> usize {
    stdout
        .split(": ")
        .nth(1)
        .and_then(|t| t.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {stdout:?}"))
}

fn sam(id: &str, name: &str, messages: u64) -> ssi_coach::model::Client {
    use ssi_coach::model::{Client, ClientId, MessageEntry};
    let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let mut c = Client::new(ClientId(id.to_owned()), name, d);
    for i in 1..=messages {
        c.messages
            .push(MessageEntry::new(i, d, format!("earlier {i}")));
    }
    c.next_id = messages + 1;
    c
}

#[test]
fn import_client_writes_only_the_file_named_by_the_id_never_a_copy() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let store = ssi_coach::store::Store::open(data.clone()).unwrap();
    store
        .save_client(&sam("dana-whitfield-1", "Dana Whitfield", 417))
        .unwrap();
    drop(store);
    let clients = data.join("clients");
    // an old copy (sorts first), and a copy made from Dana's file for another client
    let old =
        ssi_coach::store::client_to_ron(&sam("dana-whitfield-1", "Dana Whitfield", 35)).unwrap();
    std::fs::write(clients.join("dana-whitfield-1-old.ron"), &old).unwrap();
    let lars =
        ssi_coach::store::client_to_ron(&sam("dana-whitfield-1", "Lars Jensen", 12)).unwrap();
    std::fs::write(clients.join("lars-jensen-2.ron"), &lars).unwrap();
    let zip = tmp.path().join("Basic_LinkedInDataExport_03-16-2025.zip");
    export_zip(&zip, "a", 5);

    let (code, out, err) = import_into(&data, &zip, "dana-whitfield-1");
    assert_eq!(code, 0, "{err}");
    let n = added(&out);
    assert!(n > 0, "{out}");
    let dana = ssi_coach::store::load_client_file(&clients.join("dana-whitfield-1.ron")).unwrap();
    assert_eq!(dana.messages.len(), 417 + n);
    assert_eq!(
        std::fs::read_to_string(clients.join("dana-whitfield-1-old.ron")).unwrap(),
        old
    );

    // by name: Lars's file, whatever id it holds; Dana's file is not touched
    let before = std::fs::read(clients.join("dana-whitfield-1.ron")).unwrap();
    let (code, out, err) = import_into(&data, &zip, "lars jensen");
    assert_eq!(code, 0, "{err}");
    let l = ssi_coach::store::load_client_file(&clients.join("lars-jensen-2.ron")).unwrap();
    assert_eq!(l.messages.len(), 12 + added(&out));
    assert_eq!(
        std::fs::read(clients.join("dana-whitfield-1.ron")).unwrap(),
        before
    );

    // a name two files share is refused (exit 2), naming both ids
    let (code, _, err) = import_into(&data, &zip, "Dana Whitfield");
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("dana-whitfield-1-old") && err.contains("dana-whitfield-1,"),
        "{err}"
    );
    // a sync tool's conflict copy is never taken for the client
    std::fs::remove_file(clients.join("dana-whitfield-1-old.ron")).unwrap();
    std::fs::write(clients.join("dana-whitfield-1 (1).ron"), &old).unwrap();
    let (code, _, err) = import_into(&data, &zip, "Dana Whitfield");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(clients.join("dana-whitfield-1 (1).ron")).unwrap(),
        old
    );
}

#[test]
fn concurrent_imports_never_lose_one() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let store = ssi_coach::store::Store::open(data.clone()).unwrap();
    store
        .save_client(&sam("sam-ortega-1", "Sam Ortega", 0))
        .unwrap();
    drop(store);
    let rounds = 6;
    let mut expected = 0;
    for r in 0..rounds {
        let zips: Vec<_> = ["x", "y"]
            .iter()
            .enumerate()
            .map(|(i, side)| {
                let zip = tmp.path().join(format!(
                    "Basic_LinkedInDataExport_03-{:02}-2025.zip",
                    1 + r * 2 + i
                ));
                export_zip(&zip, &format!("{side}{r}"), 3);
                zip
            })
            .collect();
        let runs: Vec<_> = zips
            .iter()
            .map(|zip| {
                let (data, zip) = (data.clone(), zip.clone());
                std::thread::spawn(move || import_into(&data, &zip, "sam-ortega-1"))
            })
            .collect();
        for run in runs {
            let (code, out, err) = run.join().unwrap();
            assert_eq!(code, 0, "round {r}: {err}");
            expected += added(&out);
        }
        let c = ssi_coach::store::load_client_file(&data.join("clients/sam-ortega-1.ron")).unwrap();
        assert_eq!(c.messages.len(), expected, "round {r}: an import was lost");
    }
    assert!(expected >= rounds * 2);
}
