//! The coaching files (issue #20): the client file ("Send to my coach") and the plan file
//! ("Send to my client") round trip between two apps; damaged, newer, foreign, huge and
//! hostile files are refused before anything changes; `ssi-coach client-import` keeps the
//! command line's exit codes.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;
use common::run;

use std::path::Path;

use chrono::Duration;
use ssi_coach::edit::ClientEdit;
use ssi_coach::exchange::{
    self, ClientFile, ExchangeError, Kind, Opened, apply_plan, export_client, export_plan,
    merge_client_file, new_client_from,
};
use ssi_coach::model::{
    ActionItem, ActivityKind, Client, ClientId, Date, Language, Lever, MessageEntry, Reading,
    demo_client,
};

fn today() -> Date {
    "2026-11-20".parse().unwrap()
}

/// The client's own profile: the demo client under a plain id, with a typed message to a
/// named person and an open action item.
fn own() -> Client {
    let mut c = demo_client(today());
    c.id = ClientId("ana-lopez-1".into());
    c.name = "Ana Lopez".into();
    c.demo = false;
    let mut m = MessageEntry::new(0, today() - Duration::days(2), "Sam Ortega");
    m.company = "Acme".into();
    m.note = "asked about the pilot".into();
    m.decision_maker = true;
    ClientEdit::AddMessage(m).apply(&mut c, today());
    c
}

fn parse_client(text: &str) -> (ClientFile, String) {
    exchange::client_file::parse_client_file(text).unwrap()
}

/// `text` with its checksum computed again (as a writer that changed it on purpose would).
fn resummed(text: &str) -> String {
    let start = text.find("\"fnv1a64:").unwrap() + 1;
    let end = start + text[start..].find('"').unwrap();
    let zeroed = format!("{}fnv1a64:0000000000000000{}", &text[..start], &text[end..]);
    let sum = ssi_coach::store::format::text_checksum(&zeroed);
    format!("{}{sum}{}", &text[..start], &text[end..])
}

#[test]
fn a_client_file_round_trips_with_and_without_texts() {
    let c = own();
    let with = export_client(&c, today(), true);
    let text = with.to_text().unwrap();
    let (back, _) = parse_client(&text);
    assert_eq!(back, with);
    assert!(text.contains("Sam Ortega"));
    assert!(text.contains("asked about the pilot"));

    let without = export_client(&c, today(), false);
    let text = without.to_text().unwrap();
    let (back, _) = parse_client(&text);
    assert!(!back.with_texts);
    for secret in ["Sam Ortega", "Acme", "asked about the pilot"] {
        assert!(!text.contains(secret), "{secret} left the machine");
    }
    for m in &c.messages {
        assert!(!text.contains(&format!("\"{}\"", m.person)) || m.person.is_empty());
    }
    // counts, dates, replies and decision-maker flags stay
    assert_eq!(back.client.messages.len(), c.messages.len());
    let flags = |c: &Client| -> Vec<(Date, bool, bool)> {
        c.messages
            .iter()
            .map(|m| (m.date, m.decision_maker, m.replied))
            .collect()
    };
    assert_eq!(flags(&back.client), flags(&c));
    assert_eq!(back.client.activity, c.activity);
    assert_eq!(back.client.readings, c.readings);
    assert_eq!(back.client.name, c.name);
}

#[test]
fn imported_as_new_then_merged_and_the_same_file_twice_changes_nothing() {
    let mut mine = own();
    let first = export_client(&mine, today(), true);
    let (file, sum) = parse_client(&first.to_text().unwrap());
    let (mut coach, s) = new_client_from(&file, &sum, file.client.id.clone(), today());
    assert_eq!(coach.id, mine.id);
    assert_eq!(coach.messages.len(), mine.messages.len());
    assert_eq!(s.messages_added, mine.messages.len());
    assert_eq!(coach.readings.len(), mine.readings.len());
    assert_eq!(coach.activity, mine.activity);
    assert!(coach.messages.iter().any(|m| m.person == "Sam Ortega"));

    // the same file again: nothing changes
    let before = coach.clone();
    let again = merge_client_file(&mut coach, &file, &sum, today());
    assert!(again.is_empty() && again.already_imported, "{again:?}");
    assert_eq!(coach, before);

    // a week later at home: a new message, a reading, more comments, a reply
    let later = today() + Duration::days(7);
    ClientEdit::AddMessage(MessageEntry::new(0, later, "Kim Berg")).apply(&mut mine, later);
    let mut r = mine.readings.last().unwrap().clone();
    r.date = later;
    ClientEdit::AddReading(r).apply(&mut mine, later);
    let n = mine.activity.get(later, ActivityKind::Comment);
    ClientEdit::SetActivity(later, ActivityKind::Comment, n + 4).apply(&mut mine, later);
    let sam = mine
        .messages
        .iter()
        .find(|m| m.note == "asked about the pilot")
        .unwrap()
        .clone();
    assert!(!sam.replied);
    ClientEdit::EditMessage(MessageEntry {
        replied: true,
        ..sam
    })
    .apply(&mut mine, later);

    // sent without texts this time: the coach keeps the names the first file brought
    let second = export_client(&mine, later, false);
    let (file, sum) = parse_client(&second.to_text().unwrap());
    let s = merge_client_file(&mut coach, &file, &sum, later);
    assert_eq!(s.messages_added, 1, "{s:?}");
    assert_eq!(s.messages_updated, 1, "{s:?}");
    assert_eq!(s.readings_added, 1, "{s:?}");
    assert_eq!(s.days_changed, 1, "{s:?}");
    assert_eq!(coach.messages.len(), mine.messages.len());
    let sam = coach.messages.iter().find(|m| m.company == "Acme").unwrap();
    assert!(sam.replied);
    assert_eq!(sam.person, "Sam Ortega");
    assert_eq!(sam.note, "asked about the pilot");
    assert_eq!(coach.activity.get(later, ActivityKind::Comment), n + 4);
    let before = coach.clone();
    assert!(merge_client_file(&mut coach, &file, &sum, later).is_empty());
    assert_eq!(coach, before, "twice = no change");

    // the file finds its client again, by id or by the link an earlier merge left
    let other = Client::new(ClientId("someone-2".into()), "Someone", today());
    let list = [other.clone(), coach.clone()];
    assert_eq!(exchange::find_match(&list, &file), Some(1));
    let mut renamed = coach.clone();
    renamed.id = ClientId("ana-by-the-coach-9".into());
    let list = [other, renamed];
    assert_eq!(exchange::find_match(&list, &file), Some(1));
}

fn item(lever: Lever, description: &str, due: Date) -> ActionItem {
    ActionItem {
        id: 0,
        session_id: None,
        lever,
        description: description.into(),
        target: Some(3.0),
        due: Some(due),
        done: None,
    }
}

#[test]
fn a_plan_file_is_applied_once_and_its_ticks_come_back() {
    let mut mine = own();
    let (file, sum) = parse_client(&export_client(&mine, today(), true).to_text().unwrap());
    let (mut coach, _) = new_client_from(&file, &sum, file.client.id.clone(), today());

    // the session: two items, goals, notes shared
    ClientEdit::RecordSession {
        date: today(),
        notes: "Focus on <b>buyers</b> & comments".into(),
        items: vec![
            item(
                Lever::Comments,
                "comment on buyers' posts",
                today() + Duration::days(7),
            ),
            item(
                Lever::Posts,
                "one post a week",
                today() + Duration::days(14),
            ),
        ],
    }
    .apply(&mut coach, today());
    let session = coach.sessions.last().unwrap().id;
    ClientEdit::SetNotesShared(session, true).apply(&mut coach, today());
    ClientEdit::SetGoals(vec![(ActivityKind::Comment, 12), (ActivityKind::Post, 2)])
        .apply(&mut coach, today());

    let plan = export_plan(&coach, session, today(), Language::En).unwrap();
    let text = plan.to_text().unwrap();
    let Opened::Plan(read) = exchange::parse(&text).unwrap() else {
        panic!("a plan file")
    };
    assert_eq!(*read, plan);
    assert!(exchange::plan_file::report_is_ours(&read.report));

    let same = |m: &ActionItem, a: &ActionItem| {
        m.lever == a.lever
            && m.description.trim() == a.description.trim()
            && m.target.map(f64::to_bits) == a.target.map(f64::to_bits)
            && m.due == a.due
    };
    let new = read
        .items
        .iter()
        .filter(|a| !mine.action_items.iter().any(|m| same(m, a)))
        .count();
    assert!(new >= 2, "the session's two items are new: {new}");
    let s = apply_plan(&mut mine, &read, today());
    assert_eq!(s.items_added, new);
    assert_eq!(mine.goals.get(ActivityKind::Comment), 12);
    assert_eq!(mine.goals.get(ActivityKind::Post), 2);
    assert_eq!(s.notes_added, 1);
    assert!(mine.sessions.iter().any(|x| x.notes.contains("buyers")));
    let before = mine.clone();
    assert!(apply_plan(&mut mine, &read, today()).is_empty());
    assert_eq!(mine, before, "the same plan twice changes nothing");

    // the client ticks one item at home; the next client file brings the tick back
    let later = today() + Duration::days(3);
    let id = mine
        .action_items
        .iter()
        .find(|a| a.description == "comment on buyers' posts")
        .unwrap()
        .id;
    ClientEdit::SetActionDone(id, true).apply(&mut mine, later);
    let (file, sum) = parse_client(&export_client(&mine, later, false).to_text().unwrap());
    let items = coach.action_items.len();
    let s = merge_client_file(&mut coach, &file, &sum, later);
    assert_eq!(s.items_ticked, 1, "{s:?}");
    assert_eq!(coach.action_items.len(), items, "no item comes back twice");
    let done = coach
        .action_items
        .iter()
        .find(|a| a.description == "comment on buyers' posts")
        .unwrap();
    assert_eq!(done.done, Some(later));
    assert_eq!(done.session_id, Some(session), "still the session's item");
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn damaged_newer_foreign_huge_and_wrong_kind_files_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let text = export_client(&own(), today(), true).to_text().unwrap();

    // one changed value
    let changed = text.replacen("Sam Ortega", "Sam Ortegb", 1);
    let e = exchange::read(&write(tmp.path(), "a.ssiclient", &changed)).unwrap_err();
    assert!(matches!(e, ExchangeError::Damaged(_)), "{e}");
    // cut short
    let e = exchange::parse(&text[..text.len() / 2]).unwrap_err();
    assert!(matches!(e, ExchangeError::Damaged(_)), "{e}");
    // no checksum: a file sent by e-mail must have one
    let start = text.find("checksum").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    let unsummed = format!("{}{}", &text[..start], &text[end + 1..]);
    let e = exchange::parse(&unsummed).unwrap_err();
    assert!(matches!(e, ExchangeError::Damaged(_)), "{e}");
    // a newer app's file
    let newer = text.replacen("schema: 1", "schema: 7", 1);
    let e = exchange::parse(&resummed(&newer)).unwrap_err();
    assert_eq!(e, ExchangeError::Newer { schema: 7 });
    // the same schema with a failing checksum is damage, not a newer app
    assert!(matches!(
        exchange::parse(&newer).unwrap_err(),
        ExchangeError::Damaged(_)
    ));
    // foreign: JSON, a data folder's client file, binary
    let store_file = ssi_coach::store::client_to_ron(&own()).unwrap();
    for foreign in ["{\"json\": true}", "", store_file.as_str()] {
        assert_eq!(
            exchange::parse(foreign).unwrap_err(),
            ExchangeError::Foreign
        );
    }
    std::fs::write(tmp.path().join("b.ssiclient"), [0xff, 0xfe, 0x00, 0x81]).unwrap();
    assert_eq!(
        exchange::read(&tmp.path().join("b.ssiclient")).unwrap_err(),
        ExchangeError::Foreign
    );
    // huge: refused before it is read (a sparse file)
    let huge = tmp.path().join("huge.ssiclient");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(exchange::MAX_EXCHANGE_BYTES + 1)
        .unwrap();
    assert!(matches!(
        exchange::read(&huge).unwrap_err(),
        ExchangeError::TooLarge { .. }
    ));
    // a plan file where a client file is wanted
    let mut coach = own();
    ClientEdit::RecordSession {
        date: today(),
        notes: String::new(),
        items: vec![],
    }
    .apply(&mut coach, today());
    let plan = export_plan(
        &coach,
        coach.sessions.last().unwrap().id,
        today(),
        Language::En,
    )
    .unwrap()
    .to_text()
    .unwrap();
    assert_eq!(
        exchange::client_file::parse_client_file(&plan).unwrap_err(),
        ExchangeError::WrongKind { found: Kind::Plan }
    );
    // every refusal says what happened in the user's language
    for e in [
        ExchangeError::Foreign,
        ExchangeError::Newer { schema: 7 },
        ExchangeError::Damaged("x".into()),
        ExchangeError::TooLarge { size: 1 << 30 },
        ExchangeError::WrongKind { found: Kind::Plan },
    ] {
        let texts: Vec<String> = Language::ALL.iter().map(|l| e.message(*l)).collect();
        assert!(
            texts.iter().all(|t| !t.is_empty() && !t.contains('{')),
            "{texts:?}"
        );
        assert_ne!(texts[0], texts[1]);
        assert_ne!(texts[0], texts[2]);
    }
}

#[test]
fn hostile_content_is_refused_or_escaped_and_never_names_a_path() {
    // an id that would name a file outside the data folder, checksum made to match
    let text = export_client(&own(), today(), true).to_text().unwrap();
    let hostile = resummed(&text.replacen("\"ana-lopez-1\"", "\"../../evil\"", 1));
    let e = exchange::parse(&hostile).unwrap_err();
    assert!(matches!(e, ExchangeError::BadValue(_)), "{e}");
    // a date no SSI Coach writes
    let d = today().format("%Y-%m-%d").to_string();
    let year0 = resummed(&text.replacen(&format!("\"{d}\""), "\"0000-01-01\"", 1));
    assert!(matches!(
        exchange::parse(&year0).unwrap_err(),
        ExchangeError::BadValue(_)
    ));

    // markup in names and notes is shown as text in the report
    let mut c = own();
    c.name = "<script>alert(1)</script> & Co".into();
    let (file, sum) = parse_client(&export_client(&c, today(), true).to_text().unwrap());
    let (coach, _) = new_client_from(&file, &sum, ClientId("x-1".into()), today());
    let html = ssi_coach::report::session_report(&coach, today(), Language::En);
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));

    // a plan whose report is not the app's own page: the report is dropped
    let mut coach = own();
    ClientEdit::RecordSession {
        date: today(),
        notes: String::new(),
        items: vec![],
    }
    .apply(&mut coach, today());
    let mut plan = export_plan(
        &coach,
        coach.sessions.last().unwrap().id,
        today(),
        Language::Da,
    )
    .unwrap();
    plan.report = plan
        .report
        .replacen("<body>", "<body><script>alert(1)</script>", 1);
    let Opened::Plan(read) = exchange::parse(&plan.to_text().unwrap()).unwrap() else {
        panic!("a plan file")
    };
    assert!(read.report.is_empty());
    plan.report = "<html><body>hello</body></html>".into();
    let Opened::Plan(read) = exchange::parse(&plan.to_text().unwrap()).unwrap() else {
        panic!("a plan file")
    };
    assert!(read.report.is_empty());
}

#[test]
fn the_printable_report_runs_only_its_own_print_script() {
    let html = ssi_coach::report::session_report(&own(), today(), Language::Nl);
    assert!(!html.contains("<script"));
    let page = exchange::printable(&html, "abc123");
    assert!(page.contains("script-src &#39;nonce-abc123&#39;"));
    assert!(page.contains("<script nonce=\"abc123\">"));
    assert!(page.contains("window.print()"));
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.find("<script").unwrap() < page.find("</body>").unwrap());
    // a nonce cannot break out of its attribute
    let page = exchange::printable(&html, "a\"><b");
    assert!(page.contains("<script nonce=\"ab\">"));
}

fn import(data: &Path, file: &Path, client: Option<&str>) -> (i32, String, String) {
    let mut args = vec![
        "client-import",
        file.to_str().unwrap(),
        "--today",
        "2026-11-21",
        "--data-dir",
        data.to_str().unwrap(),
    ];
    if let Some(c) = client {
        args.extend(["--client", c]);
    }
    run(&args)
}

#[test]
fn client_import_on_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let file = tmp.path().join("ana.ssiclient");
    std::fs::write(
        &file,
        export_client(&own(), today(), false).to_text().unwrap(),
    )
    .unwrap();

    // a new client under the file's id
    let (code, out, err) = import(&data, &file, None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(new client)"), "{out}");
    let path = data.join("clients").join("ana-lopez-1.ron");
    let saved = std::fs::read(&path).unwrap();
    let client = ssi_coach::store::load_client_file(&path).unwrap();
    assert_eq!(client.messages.len(), own().messages.len());

    // again: nothing changes, not even the file
    let (code, out, err) = import(&data, &file, None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0 messages added"), "{out}");
    assert!(out.contains("imported before"), "{out}");
    assert_eq!(std::fs::read(&path).unwrap(), saved);

    // into a client named on the command line
    let store = ssi_coach::store::Store::open(data.clone()).unwrap();
    store
        .save_client(&Client::new(ClientId("dana-2".into()), "Dana", today()))
        .unwrap();
    drop(store);
    let (code, out, err) = import(&data, &file, Some("dana"));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Dana: "), "{out}");
    let dana =
        ssi_coach::store::load_client_file(&data.join("clients").join("dana-2.ron")).unwrap();
    assert_eq!(dana.messages.len(), own().messages.len());

    // refused: exit 2, one line, nothing written
    let damaged = tmp.path().join("damaged.ssiclient");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&damaged, text.replacen("Ana Lopez", "Ana Lopes", 1)).unwrap();
    let before: Vec<_> = std::fs::read_dir(data.join("clients"))
        .unwrap()
        .count()
        .to_string()
        .into_bytes();
    for (args, what) in [
        (vec![damaged.to_str().unwrap()], "damaged"),
        (
            vec![file.to_str().unwrap(), "--client", "nobody"],
            "unknown client",
        ),
        (vec![], "no file"),
        (vec![file.to_str().unwrap(), "--bogus"], "unknown option"),
    ] {
        let mut all = vec!["client-import"];
        all.extend(args);
        all.extend(["--data-dir", data.to_str().unwrap()]);
        let (code, out, err) = run(&all);
        assert_eq!(code, 2, "{what}: {err}");
        assert!(out.is_empty(), "{what}: {out}");
        assert_eq!(err.trim().lines().count(), 1, "{what}: {err}");
    }
    let after: Vec<_> = std::fs::read_dir(data.join("clients"))
        .unwrap()
        .count()
        .to_string()
        .into_bytes();
    assert_eq!(before, after);
    let (_, help, _) = run(&["--help"]);
    assert!(help.contains("client-import FILE [--client NAME]"));
}

#[test]
fn a_reading_no_ssi_could_show_is_left_out_of_a_merge() {
    let mut c = own();
    let mut r: Reading = c.readings.last().unwrap().clone();
    r.date = today() + Duration::days(30);
    c.readings.push(r);
    let (file, sum) = parse_client(&export_client(&c, today(), true).to_text().unwrap());
    let (coach, s) = new_client_from(&file, &sum, ClientId("x-1".into()), today());
    assert_eq!(s.readings_added, c.readings.len() - 1);
    assert!(coach.readings.iter().all(|r| r.date <= today()));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(96))]

    /// Any one changed byte of a client file is refused, or changed only layout: the file
    /// never reads as other data.
    #[test]
    fn one_changed_byte_is_refused_or_harmless(at in 0usize..100_000, byte in 0u8..=255) {
        let c = {
            let mut c = Client::new(ClientId("ana-1".into()), "Ana \"Æ\" Lopez", today());
            ClientEdit::AddMessage(MessageEntry::new(0, today(), "Sam")).apply(&mut c, today());
            c
        };
        let file = export_client(&c, today(), true);
        let text = file.to_text().unwrap();
        let mut bytes = text.clone().into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let Ok(changed) = std::str::from_utf8(&bytes) else {
            return Ok(());
        };
        if let Ok(Opened::Client(read, _)) = exchange::parse(changed) {
            proptest::prop_assert_eq!(*read, file);
        }
    }

    /// Random text is never taken for a coaching file and never panics the reader.
    #[test]
    fn random_text_is_refused(text in ".{0,400}") {
        proptest::prop_assert!(exchange::parse(&text).is_err());
    }
}
