//! The command line as coaches' scripts use it: JSON shapes and exit codes are contracts.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::process::Command;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/client.ron");

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ssi-coach"))
        .args(args)
        .env_remove("SSI_COACH_DATA_DIR")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

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
