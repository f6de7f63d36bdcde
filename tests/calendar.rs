//! `ssi-coach calendar`: due action items and follow-ups as an iCalendar file, read back by an
//! independent parser (the `icalendar` crate) with the right days, texts and stable UIDs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use chrono::Duration;
use icalendar::{Component, DatePerhapsTime};
use ssi_coach::model::{
    ActionItem, Client, ClientId, Date, Language, Lever, MessageEntry, MessageSource,
};

const BIN: &str = env!("CARGO_BIN_EXE_ssi-coach");

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn item(c: &mut Client, description: &str, due: Option<Date>, done: Option<Date>) -> u64 {
    let id = c.fresh_id();
    c.action_items.push(ActionItem {
        id,
        session_id: None,
        lever: Lever::Comments,
        description: description.to_owned(),
        target: Some(5.0),
        due,
        done,
    });
    id
}

fn message(c: &mut Client, person: &str, follow_up: Option<Date>, replied: bool) -> u64 {
    let mut m = MessageEntry::new(0, day("2026-11-01"), person);
    m.id = c.fresh_id();
    m.follow_up = follow_up;
    m.replied = replied;
    m.note = "Asked about the pilot;\nsend the deck, then call".to_owned();
    m.source = MessageSource::Manual;
    let id = m.id;
    c.messages.push(m);
    id
}

/// Two clients: Dana (Danish texts, commas, a long description) and Piet.
fn folder(dir: &Path) -> (Client, Client) {
    let mut dana = Client::new(ClientId("dana".into()), "Dana Whitfield", day("2026-01-01"));
    dana.language = Language::Da;
    item(
        &mut dana,
        "Kommentér på kunders opslag, tre gange om ugen; husk at være personlig, ikke sælgende, og spørg ind til deres udfordringer",
        Some(day("2026-12-05")),
        None,
    );
    item(
        &mut dana,
        "already done",
        Some(day("2026-11-20")),
        Some(day("2026-11-19")),
    );
    item(&mut dana, "no due date", None, None);
    message(&mut dana, "Ana Souza, CFO", Some(day("2026-12-03")), false);
    message(&mut dana, "Replied Person", Some(day("2026-12-04")), true);
    let mut piet = Client::new(ClientId("piet".into()), "Piet de Vries", day("2026-01-01"));
    item(&mut piet, "", Some(day("2026-11-28")), None);
    std::fs::create_dir_all(dir.join("clients")).unwrap();
    for c in [&dana, &piet] {
        ssi_coach::store::save_client_file(&dir.join("clients").join(format!("{}.ron", c.id.0)), c)
            .unwrap();
    }
    (dana, piet)
}

fn run(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

/// uid -> (start day, summary, description)
fn events(path: &Path) -> BTreeMap<String, (Date, String, Option<String>)> {
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "a line longer than 75 octets: {line}");
    }
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "bare LF line ends"
    );
    let cal: icalendar::Calendar = text.parse().unwrap();
    cal.components
        .iter()
        .filter_map(|c| c.as_event())
        .map(|e| {
            let start = match e.get_start().unwrap() {
                DatePerhapsTime::Date(d) => d,
                other => panic!("not an all-day event: {other:?}"),
            };
            let end = match e.get_end().unwrap() {
                DatePerhapsTime::Date(d) => d,
                other => panic!("not an all-day end: {other:?}"),
            };
            assert_eq!(end, start + Duration::days(1));
            (
                e.get_uid().unwrap().to_owned(),
                (
                    start,
                    e.get_summary().unwrap().to_owned(),
                    e.get_description().map(str::to_owned),
                ),
            )
        })
        .collect()
}

#[test]
fn open_items_and_follow_ups_become_all_day_events_with_their_texts() {
    let dir = tempfile::tempdir().unwrap();
    let (dana, _) = folder(dir.path());
    let out = dir.path().join("all.ics");
    let o = run(dir.path(), &["calendar", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let all = events(&out);
    // Dana: one open item with a due date, one unanswered follow-up; Piet: one item
    assert_eq!(all.len(), 3, "{all:#?}");
    let follow_up = all
        .values()
        .find(|(d, _, _)| *d == day("2026-12-03"))
        .unwrap();
    assert_eq!(
        follow_up.1,
        "Follow up with Ana Souza, CFO (Dana Whitfield)"
    );
    assert_eq!(
        follow_up.2.as_deref(),
        Some("Asked about the pilot;\nsend the deck, then call")
    );
    let long = all
        .values()
        .find(|(d, _, _)| *d == day("2026-12-05"))
        .unwrap();
    assert!(
        long.1.contains("spørg ind til deres udfordringer"),
        "{}",
        long.1
    );
    // an item without a description says its lever
    let piet = all
        .values()
        .find(|(d, _, _)| *d == day("2026-11-28"))
        .unwrap();
    assert_eq!(piet.1, "To do: Comments per week (Piet de Vries)");
    assert!(!all.values().any(|(_, s, _)| s.contains("already done")));
    assert!(!all.values().any(|(_, s, _)| s.contains("Replied Person")));

    // one client, in its own language
    let one = dir.path().join("dana.ics");
    let o = run(
        dir.path(),
        &[
            "calendar",
            "--out",
            one.to_str().unwrap(),
            "--client",
            "dana whitfield",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mine = events(&one);
    assert_eq!(mine.len(), 2);
    assert!(
        mine.values()
            .any(|(_, s, _)| s == "Følg op på Ana Souza, CFO (Dana Whitfield)"),
        "{mine:#?}"
    );
    let _ = dana;
}

#[test]
fn re_exporting_keeps_every_uid_and_adds_only_the_new_item() {
    let dir = tempfile::tempdir().unwrap();
    let (mut dana, _) = folder(dir.path());
    let first = dir.path().join("1.ics");
    assert!(
        run(dir.path(), &["calendar", "--out", first.to_str().unwrap()])
            .status
            .success()
    );
    let before = events(&first);

    let new = item(&mut dana, "call Ana", Some(day("2026-12-10")), None);
    ssi_coach::store::save_client_file(&dir.path().join("clients/dana.ron"), &dana).unwrap();
    let second = dir.path().join("2.ics");
    assert!(
        run(dir.path(), &["calendar", "--out", second.to_str().unwrap()])
            .status
            .success()
    );
    let after = events(&second);

    for (uid, event) in &before {
        assert_eq!(after.get(uid), Some(event), "{uid} changed or vanished");
    }
    let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert_eq!(added, [&format!("action-dana-{new}@ssi-coach")]);
}

#[test]
fn bad_input_is_one_line_exit_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    folder(dir.path());
    let out = dir.path().join("x.ics");
    for args in [
        vec!["calendar"],
        vec![
            "calendar",
            "--out",
            out.to_str().unwrap(),
            "--client",
            "Nobody",
        ],
        vec!["calendar", "--out", out.to_str().unwrap(), "--lang", "de"],
        vec!["calendar", "--out", out.to_str().unwrap(), "extra"],
    ] {
        let o = run(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
    assert!(!out.exists());
    // an empty folder says so
    let empty = tempfile::tempdir().unwrap();
    let o = run(empty.path(), &["calendar", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no clients"));
}
