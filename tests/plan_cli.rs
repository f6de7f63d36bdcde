//! `ssi-coach plan` and `ssi-coach forecast`: the JSON shapes (keys in order) and exit codes
//! of issue 14 are contracts.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;
use common::run;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/client.ron");
const TODAY: &str = "2026-11-20";

/// The keys of the top-level object of `text`, in the order printed.
fn key_order(text: &str, keys: &[&str]) -> Vec<usize> {
    keys.iter()
        .map(|k| {
            text.find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("{k} missing in {text}"))
        })
        .collect()
}

#[test]
fn plan_json_has_the_contract_keys_in_order() {
    let (code, out, err) = run(&["plan", EXAMPLE, "--json", "--today", TODAY]);
    assert_eq!(code, 0, "{err}");
    let keys = [
        "estimate",
        "minutes_budget",
        "minutes_per_week",
        "minutes_once",
        "items",
        "gain",
        "forecast_6_weeks",
        "sales_navigator",
    ];
    // "gain" also appears inside items: find the top-level one after the items array
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_object().unwrap().len(), keys.len(), "{out}");
    let items_end = out.rfind(']').unwrap();
    let top_gain = items_end + out[items_end..].find("\"gain\":").unwrap();
    let mut pos = key_order(&out, &keys);
    pos[5] = top_gain;
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{out}");
    assert_eq!(v["minutes_budget"], 60, "default budget");
    let items = v["items"].as_array().unwrap();
    assert!(!items.is_empty(), "{out}");
    // each item's keys in order, read from the printed text (a parsed Value sorts its keys)
    let start = out.find("\"items\":[").unwrap() + "\"items\":[".len();
    let raw_items = &out[start..start + out[start..].find(']').unwrap()];
    let raw: Vec<&str> = raw_items.split("},{").collect();
    assert_eq!(raw.len(), items.len(), "{raw_items}");
    for text in raw {
        let p = key_order(text, &["lever", "kind", "from", "to", "minutes", "gain"]);
        assert!(p.windows(2).all(|w| w[0] < w[1]), "{text}");
    }
    for item in items {
        assert_eq!(item.as_object().unwrap().len(), 6);
        assert!(["once", "weekly"].contains(&item["kind"].as_str().unwrap()));
        let lever = item["lever"].as_str().unwrap();
        assert!(
            !["invitations_without_note", "connections", "sales_navigator"].contains(&lever),
            "{lever}"
        );
        assert!(item["gain"].as_f64().unwrap() > 0.0);
    }
    let e = v["estimate"].as_f64().unwrap();
    let g = v["gain"].as_f64().unwrap();
    let f = v["forecast_6_weeks"].as_f64().unwrap();
    assert!((e + g - f).abs() < 0.005, "{e} + {g} = {f}");
    // the estimate is the one `estimate` prints
    let (_, est, _) = run(&["estimate", EXAMPLE, "--json", "--today", TODAY]);
    let est: serde_json::Value = serde_json::from_str(&est).unwrap();
    assert_eq!(est["total"], v["estimate"]);
    let minutes = v["minutes_per_week"].as_f64().unwrap();
    let once = v["minutes_once"].as_f64().unwrap();
    assert!(minutes <= 60.0 && minutes + once / 6.0 <= 60.0 + 1e-9);
    let sn = &v["sales_navigator"];
    assert!(sn.is_null() || sn["gain"].as_f64().is_some(), "{sn}");
}

#[test]
fn plan_budget_is_respected_and_more_minutes_never_gain_less() {
    let mut last = -1.0;
    for minutes in ["0", "30", "60", "120"] {
        let (code, out, err) = run(&[
            "plan",
            EXAMPLE,
            "--json",
            "--today",
            TODAY,
            "--minutes",
            minutes,
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let budget: f64 = minutes.parse().unwrap();
        assert_eq!(v["minutes_budget"].as_f64().unwrap(), budget);
        assert!(v["minutes_per_week"].as_f64().unwrap() <= budget);
        let gain = v["gain"].as_f64().unwrap();
        assert!(gain >= last * 0.95 - 0.01, "{minutes}: {gain} after {last}");
        last = gain;
        if minutes == "0" {
            assert!(v["items"].as_array().unwrap().is_empty());
            assert_eq!(v["gain"].as_f64().unwrap(), 0.0);
        }
    }
}

#[test]
fn plan_gain_is_what_forecast_delivers_with_the_same_levers() {
    let (_, out, _) = run(&["plan", EXAMPLE, "--json", "--today", TODAY]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut args: Vec<String> = [
        "forecast", EXAMPLE, "--json", "--today", TODAY, "--weeks", "6",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for item in v["items"].as_array().unwrap() {
        args.push("--set".into());
        args.push(format!(
            "{}={}",
            item["lever"].as_str().unwrap(),
            item["to"].as_f64().unwrap()
        ));
    }
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, f, err) = run(&refs);
    assert_eq!(code, 0, "{err}");
    let f: serde_json::Value = serde_json::from_str(&f).unwrap();
    assert_eq!(f["total"], v["forecast_6_weeks"], "{f} vs {v}");
    assert_eq!(f["estimate"], v["estimate"]);
}

#[test]
fn forecast_json_has_the_contract_keys_in_order() {
    let (code, out, err) = run(&[
        "forecast",
        EXAMPLE,
        "--json",
        "--today",
        TODAY,
        "--weeks",
        "4",
        "--set",
        "comments=10",
        "--set",
        "profile_photo=YES",
    ]);
    assert_eq!(code, 0, "{err}");
    let keys = [
        "estimate",
        "weeks",
        "total",
        "brand",
        "find",
        "engage",
        "relationships",
    ];
    let pos = key_order(&out, &keys);
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v.as_object().unwrap().len(), keys.len());
    assert_eq!(v["weeks"], 4);
    let sum: f64 = ["brand", "find", "engage", "relationships"]
        .iter()
        .map(|k| v[k].as_f64().unwrap())
        .sum();
    assert!((sum - v["total"].as_f64().unwrap()).abs() < 0.03);
}

#[test]
fn forecast_keep_stop_and_set_move_the_right_way() {
    let total = |extra: &[&str]| {
        let mut a = vec!["forecast", EXAMPLE, "--json", "--today", TODAY];
        a.extend_from_slice(extra);
        let (code, out, err) = run(&a);
        assert_eq!(code, 0, "{extra:?}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        (
            v["estimate"].as_f64().unwrap(),
            v["total"].as_f64().unwrap(),
        )
    };
    let (e, keep) = total(&["--weeks", "6"]);
    assert_eq!(e, keep, "keeping the pace keeps the estimate");
    let (_, zero) = total(&["--weeks", "0", "--set", "comments=12"]);
    assert_eq!(zero, e, "week 0 is today");
    let (_, stop) = total(&["--weeks", "6", "--stop"]);
    assert!(stop < e, "stopping falls: {e} -> {stop}");
    let (_, more) = total(&["--weeks", "6", "--set", "comments=12"]);
    assert!(more > e, "more comments rise: {e} -> {more}");
    let (_, lower) = total(&["--weeks", "6", "--set", "comments=0"]);
    assert!(lower <= e);
    for v in ["yes", "True", "1"] {
        let (_, t) = total(&["--weeks", "2", "--set", &format!("profile_featured={v}")]);
        let (_, base) = total(&["--weeks", "2"]);
        assert!(t >= base, "{v}");
    }
}

#[test]
fn bad_input_is_one_line_on_stderr_and_exit_2() {
    let cases: &[&[&str]] = &[
        &["plan", EXAMPLE, "--minutes", "abc"],
        &["plan", EXAMPLE, "--minutes", "-5"],
        &["plan", EXAMPLE, "--minutes", "99999999"],
        &["plan", EXAMPLE, "--today", "2026-13-40"],
        &["plan", EXAMPLE, "--bogus"],
        &["plan"],
        &["plan", "/no/such/file.ron"],
        &["forecast", EXAMPLE, "--set", "no_such_lever=3"],
        &["forecast", EXAMPLE, "--set", "comments=many"],
        &["forecast", EXAMPLE, "--set", "comments=-1"],
        &["forecast", EXAMPLE, "--set", "comments=NaN"],
        &["forecast", EXAMPLE, "--set", "comments=inf"],
        &["forecast", EXAMPLE, "--set", "comments"],
        &["forecast", EXAMPLE, "--set", "profile_photo=maybe"],
        &["forecast", EXAMPLE, "--set", "comments=yes"],
        &["forecast", EXAMPLE, "--set", "connections=10.5"],
        &["forecast", EXAMPLE, "--weeks", "x"],
        &["forecast", EXAMPLE, "--weeks", "1000"],
        &["forecast", EXAMPLE, "--today", "20-11-2026"],
        &["forecast", EXAMPLE, "--stop", "--set", "comments=3"],
        &["forecast"],
    ];
    for args in cases {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {out} {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("ssi-coach: "), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
    }
    let (_, _, err) = run(&["forecast", EXAMPLE, "--set", "no_such_lever=3"]);
    assert!(err.contains("no_such_lever"), "{err}");
}

#[test]
fn help_lists_plan_and_forecast() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("ssi-coach plan FILE [--json] [--today YYYY-MM-DD] [--minutes N]"));
    assert!(out.contains(
        "ssi-coach forecast FILE [--json] [--today YYYY-MM-DD] [--weeks N] [--set LEVER=VALUE]... [--stop]"
    ));
}

#[test]
fn text_output_says_estimate_and_minutes() {
    let (code, out, _) = run(&["plan", EXAMPLE, "--today", TODAY]);
    assert_eq!(code, 0);
    assert!(out.contains("not LinkedIn's own score") && out.contains("minutes"));
    let (code, out, _) = run(&["forecast", EXAMPLE, "--today", TODAY, "--stop"]);
    assert_eq!(code, 0);
    assert!(out.contains("after  6 weeks"), "{out}");
}
