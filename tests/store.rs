//! The data store's promises (issue #4, `docs/data-safety.md`): versioned files and their
//! fixtures, round trips of every persisted type, atomic saves under injected faults, the
//! damaged-file corpus, the lock, file permissions, a SIGKILL crash test, the autosaver and
//! the backups.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;
use ssi_coach::model::{
    ActionItem, ActivityKind, ActivityLog, Annotation, Channel, Client, ClientId, ImportRecord,
    Language, Lever, MessageEntry, MessageSource, Network, PillarScores, ProfileChecklist,
    ProfileItem, Reading, Session, Settings, Snapshot, Theme, WeeklyGoals,
};
use ssi_coach::store::seam::{FaultyOps, FileOps, PendingWrite, RealOps, Step};
use ssi_coach::store::{
    self, Autosaver, BackupKind, KEEP_DAYS, KEEP_LAST, LoadReport, SCHEMA_VERSION, SaveStatus,
    Store, StoreError,
};

// ---------------------------------------------------------------------------------------
// helpers

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/store")
        .join(name)
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A fresh data folder inside a temporary folder (so the store creates it itself).
fn data_dir() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    (tmp, dir)
}

/// The schema-1 fixture client under another id.
fn client(id: &str) -> Client {
    let mut c = store::load_client_file(&fixture("client_v1.ron")).unwrap();
    c.id = ClientId(id.to_owned());
    c
}

/// Every file under `dir` with its bytes (relative paths), to prove nothing was written.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        out.insert(d.strip_prefix(dir).unwrap().join("<dir>"), Vec::new());
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_owned(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

/// Temporary files of interrupted saves anywhere under `dir` (names starting with a dot).
fn temp_files(dir: &Path) -> Vec<PathBuf> {
    snapshot(dir)
        .into_keys()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect()
}

fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    done()
}

// ---------------------------------------------------------------------------------------
// 1. versioned files and their fixtures

#[test]
fn schema_1_fixture_loads_with_every_part() {
    let c = store::load_client_file(&fixture("client_v1.ron")).unwrap();
    assert_eq!(c.id.0, "dana-whitfield-18c2f4a1b");
    assert_eq!(c.language, Language::Nl);
    assert!(c.sales_navigator && c.calibrate && !c.archived && !c.demo);
    assert!(c.profile.is_done(ProfileItem::Featured));
    assert!(!c.profile.is_done(ProfileItem::Education));
    assert_eq!(c.profile.endorsements, 112);
    assert_eq!(c.network.followers, Some(1290));
    assert_eq!(c.goals.get(ActivityKind::LeadSaved), 5);
    assert_eq!(c.activity.get(day(2026, 1, 6), ActivityKind::LeadSaved), 4);
    assert_eq!(c.activity.0.len(), 3);
    assert_eq!(c.messages.len(), 3);
    assert_eq!(c.messages[0].person, "Sam \"Sammy\" Ortega");
    assert_eq!(c.messages[1].person, "Søren Ægidius Østergård");
    assert_eq!(c.messages[1].follow_up, Some(day(2026, 1, 13)));
    assert_eq!(c.messages[1].source, MessageSource::Import);
    assert_eq!(c.messages[0].channel, Channel::InMail);
    assert!(c.messages[0].note.contains('\n'));
    assert_eq!(c.readings.len(), 2);
    assert!((c.readings[1].total - 58.25).abs() < 1e-12);
    assert_eq!(c.sessions.len(), 2);
    assert!(c.sessions[0].snapshot.reading.is_some());
    assert_eq!(c.action_items.len(), 3);
    assert_eq!(
        c.action_items[0].lever,
        Lever::Profile(ProfileItem::Featured)
    );
    assert_eq!(c.action_items[1].target, Some(10.0));
    assert_eq!(c.annotations[0].label, "Holiday");
    assert_eq!(c.imports.len(), 1);
    assert_eq!(c.next_id, 9);
    // and today's writer reproduces it exactly
    let text = store::client_to_ron(&c).unwrap();
    assert_eq!(store::parse_client(&text, Path::new("x.ron")).unwrap(), c);
}

#[test]
fn every_schema_fixture_loads_through_the_store_and_stays_untouched() {
    let mut schemas = Vec::new();
    for e in std::fs::read_dir(fixture("")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(n) = name
            .strip_prefix("client_v")
            .and_then(|r| r.strip_suffix(".ron"))
        else {
            continue;
        };
        schemas.push(n.parse::<u32>().unwrap());
        let bytes = std::fs::read(e.path()).unwrap();
        let (_tmp, dir) = data_dir();
        let store = Store::open(dir.clone()).unwrap();
        let expected = store::load_client_file(&e.path()).unwrap();
        let path = store.client_path(&expected.id);
        std::fs::write(&path, &bytes).unwrap();
        let report = store.load_all();
        assert!(report.problems.is_empty(), "{name}: {:?}", report.problems);
        assert_eq!(report.clients, vec![expected.clone()], "{name}");
        assert!(report.read_only.is_empty());
        // loading migrates in memory only
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name}");
        // a save writes the current schema
        store.save_client(&expected).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(&format!("schema: {SCHEMA_VERSION},")),
            "{text}"
        );
    }
    schemas.sort_unstable();
    // a fixture of every schema, the current one included
    assert_eq!(schemas, (1..=SCHEMA_VERSION).collect::<Vec<_>>());
}

#[test]
fn settings_fixture_loads_and_saves() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    std::fs::copy(fixture("settings_v1.ron"), dir.join(store::SETTINGS_FILE)).unwrap();
    let s = store.load_settings();
    assert!(store.settings_problem().is_none());
    assert_eq!(
        s,
        Settings {
            language: Some(Language::Da),
            theme: Theme::Dark,
            welcome_done: true,
            current_client: Some(ClientId("dana-whitfield-18c2f4a1b".to_owned())),
            open_report_after_export: true,
            // a settings file from before the plan's budget: the default budget
            plan_minutes: None,
            // and from before the formats choice: the system's region
            formats: ssi_coach::model::FormatsChoice::System,
        }
    );
    let mut changed = s.clone();
    changed.theme = Theme::Light;
    store.save_settings(&changed).unwrap();
    assert_eq!(store.load_settings(), changed);
}

/// Issue #19: a schema 1 file (one field per line) is kept in `backups/` as it was before
/// anything rewrites it, loads unchanged, and the next save writes schema 2 (one line per
/// message and per day of activity), which loads as the same client.
#[test]
fn a_schema_1_file_is_backed_up_and_saved_as_schema_2() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let bytes = std::fs::read(fixture("client_v1.ron")).unwrap();
    let expected = store::load_client_file(&fixture("client_v1.ron")).unwrap();
    let path = store.client_path(&expected.id);
    std::fs::write(&path, &bytes).unwrap();
    let report = store.load_all();
    assert_eq!(report.clients, vec![expected.clone()]);
    // loading leaves the file alone and keeps the original among the backups
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    let kept: Vec<_> = store
        .backups(&expected.id)
        .into_iter()
        .filter(|b| b.kind == BackupKind::BeforeMigration(1))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read(&kept[0].path).unwrap(), bytes);
    // the save writes schema 2
    store.save_client(&expected).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("schema: 2,"), "{text}");
    for m in &expected.messages {
        let start = format!("(id: {}, date: \"{}\", person: ", m.id, m.date);
        assert_eq!(
            text.lines()
                .filter(|l| l.trim_start().starts_with(&start))
                .count(),
            1,
            "message {} on one line:\n{text}",
            m.id
        );
    }
    for day in expected.activity.0.keys() {
        let start = format!("\"{day}\": {{");
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&start) && l.ends_with("},")),
            "{day} on one line:\n{text}"
        );
    }
    assert!(text.len() < bytes.len());
    assert_eq!(store::load_client_file(&path).unwrap(), expected);
    // a later start finds schema 2: nothing more is backed up as before a migration
    drop(store);
    let store = Store::open(dir).unwrap();
    assert_eq!(store.load_all().clients, vec![expected.clone()]);
    let kept = store
        .backups(&expected.id)
        .into_iter()
        .filter(|b| matches!(b.kind, BackupKind::BeforeMigration(_)))
        .count();
    assert_eq!(kept, 1);
}

/// The fixture with its schema replaced (and optionally an extra field a newer app added),
/// with the checksum such an app writes (a schema never written, in a file whose checksum
/// fails, is damage: `a_flipped_bit_in_the_schema_is_damage_with_the_backup_offered`).
fn with_schema(schema: u32, extra: &str) -> String {
    let text = std::fs::read_to_string(fixture("client_v1.ron"))
        .unwrap()
        .replacen("schema: 1,", &format!("schema: {schema},"), 1)
        .replacen("    name: ", &format!("    {extra}name: "), 1);
    with_valid_checksum(&text)
}

/// `text` with its checksum computed again, as the app that wrote it would have.
fn with_valid_checksum(text: &str) -> String {
    let start = text.find("\"fnv1a64:").unwrap() + 1;
    let end = start + text[start..].find('"').unwrap();
    let zeroed = format!("{}fnv1a64:0000000000000000{}", &text[..start], &text[end..]);
    let sum = store::format::text_checksum(&zeroed);
    format!("{}{sum}{}", &text[..start], &text[end..])
}

#[test]
fn a_file_of_a_newer_app_is_shown_read_only_and_never_overwritten() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let id = ClientId("dana-whitfield-18c2f4a1b".to_owned());
    let path = store.client_path(&id);
    std::fs::write(
        &path,
        with_schema(SCHEMA_VERSION + 1, "mood: Happy(3),\n    "),
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();

    let report = store.load_all();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.read_only, vec![id.clone()]);
    let mut c = report.clients[0].clone();
    assert_eq!(c.name, "Dana Whitfield");
    c.name = "Dana W.".to_owned();
    let e = store.save_client(&c).unwrap_err();
    assert!(
        matches!(e, StoreError::NewerSchema { schema, .. } if schema == SCHEMA_VERSION + 1),
        "{e}"
    );
    assert!(e.message(Language::Nl).contains("nieuwere SSI Coach"));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // the autosaver cannot write it either, and says so
    let store = Arc::new(store);
    let saver = Autosaver::new(Arc::clone(&store));
    saver.submit(c.clone());
    assert!(matches!(
        saver.flush(),
        SaveStatus::Failed(StoreError::NewerSchema { .. })
    ));
    drop(saver);
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // nor can a later start that never loaded it
    drop(store);
    let store = Store::open(dir.clone()).unwrap();
    assert!(matches!(
        store.save_client(&c),
        Err(StoreError::NewerSchema { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_newer_file_todays_types_cannot_read_is_reported_and_left_in_place() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let c = client("dana-whitfield-18c2f4a1b");
    store.save_client(&c).unwrap();
    let path = store.client_path(&c.id);
    // a newer app changed the type of a field (and wrote its checksum)
    let text = with_valid_checksum(&with_schema(5, "").replacen(
        "language: Nl,",
        "language: (code: \"nl\"),",
        1,
    ));
    std::fs::write(&path, &text).unwrap();
    let report = store.load_all();
    assert!(report.clients.is_empty());
    let [problem] = report.problems.as_slice() else {
        panic!("{:?}", report.problems)
    };
    assert!(matches!(
        problem.error,
        StoreError::NewerSchema { schema: 5, .. }
    ));
    assert_eq!(problem.quarantined, None);
    assert!(problem.backup.is_some());
    assert!(store.save_client(&c).is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // an explicit restore keeps the newer file (moved to quarantine/), never overwrites it
    let restored = store
        .restore_backup(&c.id, problem.backup.as_ref().unwrap())
        .unwrap();
    assert_eq!(restored, c);
    let kept = std::fs::read_dir(dir.join("quarantine"))
        .unwrap()
        .flatten()
        .any(|e| std::fs::read_to_string(e.path()).is_ok_and(|t| t == text));
    assert!(kept, "the newer file must survive the restore");
}

#[test]
fn an_unknown_older_schema_is_quarantined_with_a_backup_offered() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let c = client("old-1");
    store.save_client(&c).unwrap();
    let path = store.client_path(&c.id);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        &format!("schema: {SCHEMA_VERSION},"),
        "schema: 0,",
        1,
    );
    std::fs::write(&path, &text).unwrap();
    let report = store.load_all();
    assert!(report.clients.is_empty());
    let problem = &report.problems[0];
    assert!(matches!(
        problem.error,
        StoreError::UnknownSchema { schema: 0, .. }
    ));
    assert!(!path.exists());
    let q = problem.quarantined.as_ref().unwrap();
    assert_eq!(std::fs::read_to_string(q).unwrap(), text);
    let b = problem.backup.as_ref().unwrap();
    assert_eq!(store.restore_backup(&c.id, b).unwrap(), c);
    assert_eq!(store.load_all().clients, vec![c]);
}

#[test]
fn newer_settings_are_never_overwritten() {
    for (text, readable) in [
        ("(schema: 3, settings: (theme: Dark, glow: 2))", true),
        ("(schema: 3, settings: (theme: Sepia(4)))", false),
    ] {
        let (_tmp, dir) = data_dir();
        let store = Store::open(dir.clone()).unwrap();
        let path = dir.join(store::SETTINGS_FILE);
        std::fs::write(&path, text).unwrap();
        let s = store.load_settings();
        assert_eq!(s.theme == Theme::Dark, readable, "{text}");
        assert!(matches!(
            store.save_settings(&Settings::default()),
            Err(StoreError::NewerSchema { schema: 3, .. })
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}

#[test]
fn a_damaged_settings_file_is_moved_aside_not_lost() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let path = dir.join(store::SETTINGS_FILE);
    std::fs::write(&path, "(schema: 1, settings: (theme: Da").unwrap();
    assert_eq!(store.load_settings(), Settings::default());
    assert!(store.settings_problem().is_some_and(|e| e.is_damage()));
    assert!(!path.exists());
    let moved: Vec<_> = std::fs::read_dir(dir.join("quarantine"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(moved.len(), 1);
}

// ---------------------------------------------------------------------------------------
// 2. round trips of every persisted type

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..100_000).prop_map(|n| day(1900, 1, 1) + chrono::Duration::days(n))
}

fn real() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1000.0..1000.0f64,
        prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO,
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~\n\t\"\\\\]{0,40}",
        Just(String::new())
    ]
}

fn id() -> impl Strategy<Value = ClientId> {
    "[a-z0-9][a-z0-9_-]{0,40}".prop_map(ClientId)
}

fn kind() -> impl Strategy<Value = ActivityKind> {
    prop::sample::select(ActivityKind::ALL.to_vec())
}

fn lever() -> impl Strategy<Value = Lever> {
    prop::sample::select(ssi_coach::engine::all_levers())
}

fn scores() -> impl Strategy<Value = PillarScores> {
    (real(), real(), real(), real()).prop_map(|(brand, find, engage, relationships)| PillarScores {
        brand,
        find,
        engage,
        relationships,
    })
}

fn reading() -> impl Strategy<Value = Reading> {
    (
        date(),
        real(),
        scores(),
        prop::option::of(real()),
        prop::option::of(real()),
        prop::option::of(real()),
        prop::option::of(real()),
    )
        .prop_map(|(date, total, pillars, a, b, c, d)| Reading {
            date,
            total,
            pillars,
            industry_rank_pct: a,
            network_rank_pct: b,
            industry_average: c,
            network_average: d,
        })
}

fn message() -> impl Strategy<Value = MessageEntry> {
    (
        (any::<u64>(), date(), text(), text(), text()),
        (
            any::<bool>(),
            prop::sample::select(Channel::ALL.to_vec()),
            any::<bool>(),
            prop::option::of(date()),
            text(),
            prop::sample::select(vec![MessageSource::Manual, MessageSource::Import]),
            prop::option::of(text()),
        ),
    )
        .prop_map(
            |(
                (id, date, person, company, title),
                (decision_maker, channel, replied, follow_up, note, source, external_key),
            )| MessageEntry {
                id,
                date,
                person: person.into(),
                company: company.into(),
                title: title.into(),
                decision_maker,
                channel,
                replied,
                follow_up,
                note,
                source,
                external_key,
            },
        )
}

fn session() -> impl Strategy<Value = Session> {
    (
        any::<u64>(),
        date(),
        text(),
        scores(),
        prop::option::of(reading()),
        prop::collection::vec((lever(), real()), 0..4),
    )
        .prop_map(|(id, date, notes, estimate, reading, levers)| Session {
            id,
            date,
            notes,
            snapshot: Snapshot {
                estimate,
                reading,
                levers,
            },
        })
}

fn action_item() -> impl Strategy<Value = ActionItem> {
    (
        any::<u64>(),
        prop::option::of(any::<u64>()),
        lever(),
        text(),
        prop::option::of(real()),
        prop::option::of(date()),
        prop::option::of(date()),
    )
        .prop_map(
            |(id, session_id, lever, description, target, due, done)| ActionItem {
                id,
                session_id,
                lever,
                description,
                target,
                due,
                done,
            },
        )
}

fn annotation() -> impl Strategy<Value = Annotation> {
    (date(), date(), text()).prop_map(|(start, end, label)| Annotation { start, end, label })
}

fn import() -> impl Strategy<Value = ImportRecord> {
    (date(), text(), date()).prop_map(|(as_of, fingerprint, imported_on)| ImportRecord {
        as_of,
        fingerprint,
        imported_on,
    })
}

fn language() -> impl Strategy<Value = Language> {
    prop::sample::select(Language::ALL.to_vec())
}

fn arb_client() -> impl Strategy<Value = Client> {
    let head = (
        id(),
        text(),
        language(),
        any::<[bool; 4]>(),
        date(),
        any::<u64>(),
    );
    let profile = (
        prop::collection::btree_set(prop::sample::select(ProfileItem::ALL.to_vec()), 0..13),
        any::<[u32; 3]>(),
        any::<[u32; 2]>(),
        prop::option::of(any::<u32>()),
    );
    let logs = (
        prop::collection::btree_map(kind(), any::<u32>(), 0..6),
        prop::collection::btree_map(
            date(),
            prop::collection::btree_map(kind(), any::<u32>(), 0..4),
            0..6,
        ),
    );
    let lists = (
        prop::collection::vec(message(), 0..5),
        prop::collection::vec(reading(), 0..4),
        prop::collection::vec(session(), 0..3),
        prop::collection::vec(action_item(), 0..4),
        prop::collection::vec(annotation(), 0..3),
        prop::collection::vec(import(), 0..2),
    );
    (head, profile, logs, lists).prop_map(
        |(
            (id, name, language, flags, created, next_id),
            (
                done,
                [skills, endorsements, recommendations],
                [connections, decision_makers],
                followers,
            ),
            (goals, activity),
            (messages, readings, sessions, action_items, annotations, imports),
        )| {
            let mut c = Client::new(id, name, created);
            c.language = language;
            c.archived = flags[0];
            c.demo = flags[1];
            c.sales_navigator = flags[2];
            c.calibrate = flags[3];
            c.next_id = next_id;
            c.profile = ProfileChecklist {
                done,
                skills,
                endorsements,
                recommendations,
            };
            c.network = Network {
                connections,
                decision_makers,
                followers,
            };
            c.goals = WeeklyGoals(goals);
            c.activity = ActivityLog(
                activity
                    .into_iter()
                    .map(|(day, counts)| (day, counts.into_iter().collect()))
                    .collect(),
            );
            c.messages = messages;
            c.readings = readings;
            c.sessions = sessions;
            c.action_items = action_items;
            c.annotations = annotations;
            c.imports = imports;
            // the loader keeps messages in date order (stable), so compare in that order
            c.sort_messages();
            c
        },
    )
}

fn arb_settings() -> impl Strategy<Value = Settings> {
    (
        prop::option::of(language()),
        prop::sample::select(Theme::ALL.to_vec()),
        any::<bool>(),
        prop::option::of(id()),
        any::<bool>(),
        prop::sample::select(ssi_coach::model::FormatsChoice::ALL.to_vec()),
    )
        .prop_map(
            |(language, theme, welcome_done, current_client, open_report_after_export, formats)| {
                Settings {
                    language,
                    theme,
                    welcome_done,
                    current_client,
                    open_report_after_export,
                    plan_minutes: None,
                    formats,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_client_survives_the_file_format(c in arb_client()) {
        let text = store::client_to_ron(&c).unwrap();
        let back = store::parse_client(&text, Path::new("x.ron")).unwrap();
        prop_assert_eq!(&back, &c);
        // and the text is stable: writing it again gives the same bytes
        prop_assert_eq!(store::client_to_ron(&back).unwrap(), text);
    }

    #[test]
    fn every_setting_survives_the_file_format(s in arb_settings()) {
        let text = store::format::settings_to_ron(&s).unwrap();
        let (back, schema) = store::format::parse_settings(&text, Path::new("s.ron")).unwrap();
        prop_assert_eq!(back, s);
        prop_assert_eq!(schema, store::format::SETTINGS_SCHEMA_VERSION);
    }
}

proptest! {
    // every case writes and syncs files: fewer cases
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_client_and_setting_survives_the_store(
        clients in prop::collection::vec(arb_client(), 1..4),
        s in arb_settings(),
    ) {
        let (_tmp, dir) = data_dir();
        let store = Store::open(dir.clone()).unwrap();
        let mut expected = BTreeMap::new();
        for c in &clients {
            store.save_client(c).unwrap();
            expected.insert(c.id.clone(), c.clone());
        }
        store.save_settings(&s).unwrap();
        drop(store);
        let store = Store::open(dir).unwrap();
        let report = store.load_all();
        prop_assert!(report.problems.is_empty(), "{:?}", report.problems);
        prop_assert_eq!(report.clients, expected.into_values().collect::<Vec<_>>());
        prop_assert_eq!(store.load_settings(), s);
    }
}

#[test]
fn a_heavy_client_fits_well_within_the_size_limit() {
    // five years of daily activity and 50,000 messages
    let c = ssi_coach::model::heavy_client(day(2026, 11, 20), 50_000);
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir).unwrap();
    store.save_client(&c).unwrap();
    let size = std::fs::metadata(store.client_path(&c.id)).unwrap().len();
    // about 17 MB: the limit leaves room for more than three times that
    assert!(size * 3 < store::MAX_FILE_BYTES, "{size} bytes");
    assert_eq!(store.load_all().clients, vec![c]);
}

// ---------------------------------------------------------------------------------------
// 3. fault injection

#[test]
fn a_failing_step_leaves_the_old_file_byte_identical() {
    for step in Step::ALL {
        for kind in [
            io::ErrorKind::StorageFull,
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::ReadOnlyFilesystem,
        ] {
            let (_tmp, dir) = data_dir();
            let ops = Arc::new(FaultyOps::new());
            let store = Store::open_with(dir.clone(), ops.clone()).unwrap();
            let c1 = client("faulty-1");
            store.save_client(&c1).unwrap();
            store.save_settings(&Settings::default()).unwrap();
            let path = store.client_path(&c1.id);
            let before = snapshot(&dir);

            ops.arm(Some((step, kind)));
            let mut c2 = c1.clone();
            c2.name = "Changed".to_owned();
            c2.messages.clear();
            let e = store.save_client(&c2).unwrap_err();
            let what = format!("{step:?}/{kind:?}");
            match &e {
                StoreError::Io { source, path: p } => {
                    assert_eq!(source.kind(), kind, "{what}");
                    assert_eq!(p, &path, "{what}");
                }
                other => panic!("{what}: {other}"),
            }
            assert_ne!(e.key(), "store.error.io", "{what}: a specific message");
            let s2 = Settings {
                welcome_done: true,
                ..Settings::default()
            };
            assert!(store.save_settings(&s2).is_err(), "{what}");
            // nothing changed: the old files, their backups, no temporary files
            assert_eq!(snapshot(&dir), before, "{what}");

            // the next start finds the old data and nothing stray
            drop(store);
            let store = Store::open(dir.clone()).unwrap();
            assert!(temp_files(&dir).is_empty(), "{what}");
            assert_eq!(store.load_all().clients, vec![c1.clone()], "{what}");
            assert_eq!(store.load_settings(), Settings::default(), "{what}");
            // and once the fault is gone, saving works again
            store.save_client(&c2).unwrap();
            assert_eq!(store.load_all().clients, vec![c2], "{what}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// 4. the damaged-file corpus

fn corpus(good: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = vec![
        ("empty".to_owned(), Vec::new()),
        ("nul bytes".to_owned(), vec![0; 4096]),
        (
            "json".to_owned(),
            br#"{"schema": 1, "client": {}}"#.to_vec(),
        ),
        (
            "binary".to_owned(),
            (0..=255u8).cycle().take(5000).collect(),
        ),
        (
            "deeply nested brackets".to_owned(),
            "[".repeat(200_000).into_bytes(),
        ),
        (
            "deeply nested parentheses".to_owned(),
            "(".repeat(200_000).into_bytes(),
        ),
    ];
    let text = String::from_utf8(good.to_vec()).unwrap();
    let deep = format!("{}1{}", "[".repeat(50_000), "]".repeat(50_000));
    out.push((
        "deeply nested value".to_owned(),
        text.replacen("\"Dana Whitfield\"", &deep, 1).into_bytes(),
    ));
    let mut not_utf8 = good.to_vec();
    not_utf8[good.len() / 3] = 0xff;
    out.push(("not UTF-8".to_owned(), not_utf8));
    // truncated at many offsets (the last byte is the final newline: dropping it is harmless)
    let step = (good.len() / 97).max(1);
    for at in (0..good.len() - 1).step_by(step).chain(1..24) {
        out.push((format!("truncated at {at}"), good[..at].to_vec()));
    }
    out.push((
        "truncated before the last parenthesis".to_owned(),
        good[..good.len() - 2].to_vec(),
    ));
    // flipped bytes
    let step = (good.len() / 61).max(1);
    for at in (0..good.len()).step_by(step) {
        let mut b = good.to_vec();
        b[at] ^= 0x5a;
        out.push((format!("byte {at} flipped"), b));
    }
    out
}

#[test]
fn damaged_files_are_quarantined_and_the_newest_good_backup_is_offered() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let good = client("dana-whitfield-18c2f4a1b");
    store.save_client(&good).unwrap();
    let path = store.client_path(&good.id);
    let good_bytes = std::fs::read(&path).unwrap();
    let (mut quarantined, mut loaded) = (0, 0);
    for (what, bytes) in corpus(&good_bytes) {
        std::fs::write(&path, &bytes).unwrap();
        // the loader alone: an error or a client, never a panic
        let direct = store::load_client_file(&path);
        let report = store.load_all();
        match direct {
            Ok(c) => {
                // only a flip that left the content as it was (in a field name that has a
                // default, in the app version...): the checksum catches every changed value
                assert!(what.contains("flipped"), "{what}: should not load");
                assert_eq!(c, good, "{what}: silently changed data");
                assert_eq!(report.clients, vec![c], "{what}");
                assert!(report.problems.is_empty(), "{what}");
                assert_eq!(std::fs::read(&path).unwrap(), bytes, "{what}");
                loaded += 1;
            }
            Err(e) => {
                assert!(e.is_damage(), "{what}: {e}");
                assert!(report.clients.is_empty(), "{what}: no silent reset");
                let [p] = report.problems.as_slice() else {
                    panic!("{what}: {:?}", report.problems)
                };
                assert_eq!(p.id.as_ref(), Some(&good.id), "{what}");
                assert!(p.error.is_damage(), "{what}");
                assert!(!p.error.message(Language::Da).is_empty());
                // moved aside, byte for byte, never deleted
                assert!(!path.exists(), "{what}");
                let q = p.quarantined.as_ref().expect(&what);
                assert_eq!(std::fs::read(q).unwrap(), bytes, "{what}");
                // the newest good backup is offered and holds the saved client
                let b = p.backup.as_ref().expect(&what);
                assert_eq!(store::load_client_file(&b.path).unwrap(), good, "{what}");
                quarantined += 1;
            }
        }
    }
    assert!(quarantined > 150, "{quarantined} quarantined");
    assert!(loaded < quarantined, "{loaded} loaded");
    // restoring the offered backup brings the client back
    let report = {
        std::fs::write(&path, b"(schema: 1, cli").unwrap();
        store.load_all()
    };
    let b = report.problems[0].backup.clone().unwrap();
    store.restore_backup(&good.id, &b).unwrap();
    assert_eq!(store.load_all().clients, vec![good]);
}

#[test]
fn a_changed_value_is_caught_by_the_checksum_unless_the_checksum_line_is_removed() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir).unwrap();
    let c = client("sum-1");
    store.save_client(&c).unwrap();
    let path = store.client_path(&c.id);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("  checksum: \"fnv1a64:"), "{text}");
    let changed = text.replacen("connections: 812,", "connections: 813,", 1);
    assert_ne!(changed, text);
    std::fs::write(&path, &changed).unwrap();
    let report = store.load_all();
    let [p] = report.problems.as_slice() else {
        panic!("{:?}", report.problems)
    };
    assert!(p.error.to_string().contains("checksum"), "{}", p.error);
    assert!(p.backup.is_some() && p.quarantined.is_some());
    // an edit by hand: remove the checksum line, and the file loads as edited
    let edited: String = changed
        .lines()
        .filter(|l| !l.trim_start().starts_with("checksum:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, edited).unwrap();
    let report = store.load_all();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.clients[0].network.connections, 813);
}

#[test]
fn a_file_edited_by_hand_is_reported_as_changed_and_can_be_kept_as_it_is() {
    // found by hand: a due date edited in a text editor made the file "damaged or not an
    // SSI Coach file", with only an older backup to go back to
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir).unwrap();
    let c = client("kept-1");
    store.save_client(&c).unwrap();
    let path = store.client_path(&c.id);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("connections: 812,", "connections: 900,", 1),
    )
    .unwrap();
    let report = store.load_all();
    let [p] = report.problems.as_slice() else {
        panic!("{:?}", report.problems)
    };
    assert!(
        matches!(p.error, StoreError::ChangedOutside { .. }),
        "{:?}",
        p.error
    );
    assert!(p.error.message(Language::Nl).contains("buiten SSI Coach"));
    let q = p.quarantined.clone().expect("moved aside");
    assert!(!path.exists());
    // a file that is not in quarantine/ is never taken
    assert!(store.keep_changed(&c.id, &path).is_err());
    // another client's quarantined file is not taken for this one
    assert!(store.keep_changed(&ClientId("other-1".into()), &q).is_err());
    let kept = store.keep_changed(&c.id, &q).unwrap();
    assert_eq!(kept.network.connections, 900);
    let report = store.load_all();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.clients, vec![kept]);
    // written again with a checksum that matches
    let again = std::fs::read_to_string(&path).unwrap();
    assert!(again.contains("checksum: \"fnv1a64:"));
}

#[test]
fn a_huge_file_is_refused_before_parsing_and_quarantined() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let good = client("big-1");
    store.save_client(&good).unwrap();
    let path = store.client_path(&good.id);
    // 100 MB, sparse: costs no disk space
    let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.set_len(100 * 1024 * 1024).unwrap();
    drop(f);
    let start = Instant::now();
    assert!(matches!(
        store::load_client_file(&path),
        Err(StoreError::TooLarge { .. })
    ));
    let report = store.load_all();
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "refused without reading"
    );
    let [p] = report.problems.as_slice() else {
        panic!("{:?}", report.problems)
    };
    assert!(matches!(p.error, StoreError::TooLarge { .. }));
    let q = p.quarantined.as_ref().unwrap();
    assert_eq!(std::fs::metadata(q).unwrap().len(), 100 * 1024 * 1024);
    assert_eq!(
        store::load_client_file(&p.backup.as_ref().unwrap().path).unwrap(),
        good
    );
}

#[test]
fn a_quarantined_client_is_reported_at_every_start_until_restored_or_deleted() {
    let (_tmp, dir) = data_dir();
    let c = client("again-1");
    let q = {
        let store = Store::open(dir.clone()).unwrap();
        store.save_client(&c).unwrap();
        std::fs::write(
            store.client_path(&c.id),
            "(schema: 1, client: (id: \"again-1\"",
        )
        .unwrap();
        let report = store.load_all();
        report.problems[0].quarantined.clone().unwrap()
    };
    // the next start: the client has not silently disappeared
    let store = Store::open(dir.clone()).unwrap();
    let report = store.load_all();
    assert!(report.clients.is_empty());
    let [p] = report.problems.as_slice() else {
        panic!("{:?}", report.problems)
    };
    assert_eq!(p.id.as_ref(), Some(&c.id));
    assert_eq!(p.quarantined.as_ref(), Some(&q));
    assert!(p.error.is_damage());
    let b = p.backup.clone().unwrap();
    assert!(std::fs::read(&q).is_ok(), "still there");
    store.restore_backup(&c.id, &b).unwrap();
    let report = store.load_all();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.clients, vec![c.clone()]);
    // deleted after the restore: gone on purpose, no more reports
    store.delete_client(&c.id).unwrap();
    let report = store.load_all();
    assert!(report.problems.is_empty() && report.clients.is_empty());
}

#[test]
fn a_quarantined_client_without_a_backup_is_still_reported() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    std::fs::write(dir.join("clients/stray-1.ron"), "not ron at all").unwrap();
    let report = store.load_all();
    let [p] = report.problems.as_slice() else {
        panic!("{:?}", report.problems)
    };
    assert!(p.quarantined.is_some());
    assert!(p.backup.is_none());
    // with nothing to restore, the first report was all there is to act on
    assert!(store.load_all().problems.is_empty());
}

/// A small, always-on version of the fuzzer: random edits of the fixture through the loader's
/// contract ([`store::check_loader`]).
#[test]
fn mutated_files_never_break_the_loader() {
    let with_sum = std::fs::read_to_string(fixture("client_v1.ron")).unwrap();
    // without the checksum line, more of the mutations get past it to the parser
    let without_sum: String = with_sum
        .lines()
        .filter(|l| !l.contains("checksum:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let bases = [with_sum.into_bytes(), without_sum.into_bytes()];
    for b in &bases {
        store::check_loader(b).unwrap();
    }
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut random = move |below: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % below as u64) as usize
    };
    let tokens: [&[u8]; 12] = [
        b"(",
        b")",
        b"[",
        b"]",
        b"\"",
        b",",
        b"Some(",
        b"None",
        b"-1e400",
        b"NaN",
        b"\\u{0}",
        b"schema: 2",
    ];
    for i in 0..3000 {
        let mut b = bases[i % 2].clone();
        for _ in 0..1 + random(4) {
            let at = random(b.len());
            match random(4) {
                0 => b[at] = random(256) as u8,
                1 => {
                    b.remove(at);
                }
                2 => b.truncate(at),
                _ => {
                    let t = tokens[random(tokens.len())];
                    b.splice(at..at, t.iter().copied());
                }
            }
            if b.is_empty() {
                break;
            }
        }
        if let Err(e) = store::check_loader(&b) {
            panic!("{e}\ninput:\n{}", String::from_utf8_lossy(&b));
        }
    }
}

#[test]
fn a_file_damaged_while_the_app_runs_is_moved_aside_before_the_next_save() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let mut c = client("running-1");
    store.save_client(&c).unwrap();
    // e.g. a sync tool wrote half a file
    std::fs::write(store.client_path(&c.id), "(schema: 1, client: (id: \"runn").unwrap();
    c.name = "Next edit".to_owned();
    store.save_client(&c).unwrap();
    assert_eq!(store.load_all().clients, vec![c]);
    let moved: Vec<String> = std::fs::read_dir(dir.join("quarantine"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect();
    assert_eq!(moved, vec!["(schema: 1, client: (id: \"runn".to_owned()]);
}

#[test]
fn a_file_opened_in_an_editor_still_loads() {
    // a byte order mark, Windows line endings and tabs, as some editors and sync tools
    // write them: layout, not content, so the checksum still holds
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir).unwrap();
    let c = client("edited-1");
    store.save_client(&c).unwrap();
    let path = store.client_path(&c.id);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("  ", "\t")
        .replace('\n', "\r\n");
    assert!(text.contains("checksum: \"fnv1a64:"));
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    let report = store.load_all();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.clients, vec![c]);
    // the same goes for the schema-1 fixture
    let text = std::fs::read_to_string(fixture("client_v1.ron"))
        .unwrap()
        .replace('\n', "\r\n");
    assert_eq!(
        store::parse_client(&text, Path::new("x.ron")).unwrap(),
        store::load_client_file(&fixture("client_v1.ron")).unwrap()
    );
}

#[test]
fn the_checksum_of_the_fixture_is_frozen() {
    // files already on users' disks carry checksums: the algorithm must never change
    let text = std::fs::read_to_string(fixture("client_v1.ron")).unwrap();
    assert!(text.contains("checksum: \"fnv1a64:590c7a0e0f0a880c\""));
    store::parse_client(&text, Path::new("x.ron")).unwrap();
    let changed = text.replacen("endorsements: 112", "endorsements: 113", 1);
    let e = store::parse_client(&changed, Path::new("x.ron")).unwrap_err();
    assert!(e.is_damage() && e.to_string().contains("checksum"), "{e}");
}

#[test]
fn a_data_folder_removed_while_the_app_runs_is_recreated_or_reported() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let c = client("vanish-1");
    std::fs::remove_dir_all(&dir).unwrap();
    store.save_client(&c).unwrap();
    assert_eq!(
        store::load_client_file(&store.client_path(&c.id)).unwrap(),
        c
    );
    // a file where the folder was: an error to show, not a panic, and nothing overwritten
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::write(&dir, "not a folder").unwrap();
    let e = store.save_client(&c).unwrap_err();
    assert!(matches!(e, StoreError::Io { .. }), "{e}");
    assert!(!e.message(Language::Nl).is_empty());
    assert!(store.save_settings(&Settings::default()).is_err());
    assert_eq!(std::fs::read_to_string(&dir).unwrap(), "not a folder");
}

// ---------------------------------------------------------------------------------------
// 5. one writer, privacy

#[test]
fn a_second_store_on_the_same_folder_is_read_only_and_never_writes() {
    let (_tmp, dir) = data_dir();
    let first = Store::open(dir.clone()).unwrap();
    assert!(!first.is_read_only());
    let c = client("locked-1");
    first.save_client(&c).unwrap();
    first.save_settings(&Settings::default()).unwrap();
    std::fs::write(dir.join("clients/bad-1.ron"), "(schema: 1, cli").unwrap();
    std::fs::write(
        dir.join("clients/.locked-1.ron.abc123.ssi-tmp"),
        "half a save",
    )
    .unwrap();
    std::fs::write(dir.join("settings.ron"), "(schema: 1, sett").unwrap();
    let before = snapshot(&dir);

    let second = Store::open(dir.clone()).unwrap();
    assert!(second.is_read_only());
    let reason = second.read_only_reason().unwrap();
    assert!(matches!(reason, StoreError::Locked { .. }), "{reason}");
    assert!(reason.message(Language::Da).contains("skrivebeskyttet"));
    assert!(reason.message(Language::Nl).contains("alleen-lezen"));

    let report: LoadReport = second.load_all();
    assert_eq!(report.clients, vec![c.clone()]);
    let [p] = report.problems.as_slice() else {
        panic!("{:?}", report.problems)
    };
    assert_eq!(p.quarantined, None, "read-only: left in place");
    let _ = second.load_settings();
    let locked = |r: Result<_, StoreError>| matches!(r, Err(StoreError::Locked { .. }));
    assert!(locked(second.save_client(&c)));
    assert!(locked(second.save_settings(&Settings::default())));
    assert!(locked(second.delete_client(&c.id)));
    let b = second.backups(&c.id)[0].clone();
    assert!(locked(second.restore_backup(&c.id, &b).map(|_| ())));
    let second = Arc::new(second);
    let saver = Autosaver::new(Arc::clone(&second));
    saver.submit(c.clone());
    assert!(matches!(
        saver.flush(),
        SaveStatus::Failed(StoreError::Locked { .. })
    ));
    drop(saver);
    assert_eq!(snapshot(&dir), before, "the read-only copy wrote something");

    // the lock goes with the first copy
    drop(second);
    drop(first);
    let third = Store::open(dir.clone()).unwrap();
    assert!(!third.is_read_only());
    assert!(temp_files(&dir).is_empty(), "the writer cleans up");
}

#[cfg(unix)]
#[test]
fn files_are_readable_by_the_user_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let c = client("private-1");
    store.save_client(&c).unwrap();
    store.save_settings(&Settings::default()).unwrap();
    std::fs::write(dir.join("clients/bad-1.ron"), "x").unwrap();
    let _ = store.load_all();
    let d = client("private-2");
    store.save_client(&d).unwrap();
    store.delete_client(&d.id).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    for sub in [
        "",
        "clients",
        "backups",
        "backups/private-1",
        "quarantine",
        "trash",
    ] {
        assert_eq!(mode(&dir.join(sub)), 0o700, "folder {sub}");
    }
    let mut files = vec![
        store.client_path(&c.id),
        dir.join(store::SETTINGS_FILE),
        dir.join(store::LOCK_FILE),
    ];
    files.push(store.backups(&c.id)[0].path.clone());
    for e in std::fs::read_dir(dir.join("trash")).unwrap().flatten() {
        files.push(e.path());
    }
    assert_eq!(files.len(), 5);
    for f in files {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}

// ---------------------------------------------------------------------------------------
// 6. the crash test: SIGKILL a process that saves in a loop

#[cfg(unix)]
const CRASH_CHILD: &str = "SSI_COACH_CRASH_CHILD_DIR";
#[cfg(unix)]
const CRASH_TEST: &str = "crash_kill_a_saving_process_at_random_moments";

/// The client as saved at `version` (large enough that a save takes a while).
#[cfg(unix)]
fn crash_client(version: u64) -> Client {
    static BASE: std::sync::OnceLock<Client> = std::sync::OnceLock::new();
    let mut c = BASE.get_or_init(|| client("crash-1")).clone();
    c.next_id = version;
    c.name = format!("Version {version}");
    let base = c.messages[0].clone();
    for i in 0..80 {
        let mut m = base.clone();
        m.id = 100 + i;
        m.note = format!("note {i} of version {version}");
        c.messages.push(m);
    }
    c.sort_messages();
    c
}

#[cfg(unix)]
fn crash_child(dir: &Path) {
    use std::io::Write as _;
    let store = Store::open(dir.to_owned()).unwrap();
    assert!(!store.is_read_only(), "the parent must release the lock");
    let report = store.load_all();
    let mut version = report.clients[0].next_id;
    let mut out = io::stdout();
    let parent = std::os::unix::process::parent_id();
    // never outlive the test: a child whose parent is gone stops
    while std::os::unix::process::parent_id() == parent {
        version += 1;
        store.save_client(&crash_client(version)).unwrap();
        writeln!(out, "\nsaved {version}").unwrap();
        out.flush().unwrap();
    }
}

/// A child process that is killed when the test fails half-way.
#[cfg(unix)]
struct KillOnDrop(std::process::Child);

#[cfg(unix)]
impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Kills: `SSI_COACH_CRASH_KILLS` (default 200). `docs/data-safety.md` has the 10,000-kill
/// command.
#[cfg(unix)]
#[test]
fn crash_kill_a_saving_process_at_random_moments() {
    use std::io::{BufRead as _, Read as _};
    use std::process::{Command, Stdio};
    if let Some(dir) = std::env::var_os(CRASH_CHILD) {
        crash_child(Path::new(&dir));
        return;
    }
    let kills: usize = std::env::var("SSI_COACH_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let (_tmp, dir) = data_dir();
    {
        let store = Store::open(dir.clone()).unwrap();
        store.save_client(&crash_client(0)).unwrap();
    }
    let id = ClientId("crash-1".to_owned());
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("crash test: {kills} kills, seed {seed}");
    let mut random = move |below: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % below
    };
    let (mut committed, mut strays, mut mid_save) = (0u64, 0usize, 0usize);
    for i in 0..kills {
        let mut child = KillOnDrop(
            Command::new(std::env::current_exe().unwrap())
                .args(["--exact", CRASH_TEST, "--nocapture", "--test-threads=1"])
                .env(CRASH_CHILD, &dir)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        let child = &mut child.0;
        // wait for the first save (the start-up is not what this test is about), then kill
        // at a random moment of the save loop
        let mut stdout = io::BufReader::new(child.stdout.take().unwrap());
        let mut out = String::new();
        while !out.contains("saved ") {
            if stdout.read_line(&mut out).unwrap() == 0 {
                break;
            }
        }
        std::thread::sleep(Duration::from_micros(random(25_000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        stdout.read_to_string(&mut out).unwrap();
        // only whole lines: a kill may cut the last one short
        let whole = &out[..out.rfind('\n').unwrap_or(0)];
        let reported = whole
            .lines()
            .filter_map(|l| l.rsplit_once("saved ")?.1.trim().parse::<u64>().ok())
            .max();
        assert!(
            !out.contains("panicked"),
            "kill {i}: the child failed:\n{out}"
        );
        if let Some(r) = reported {
            assert!(r > committed, "kill {i}");
            committed = r;
        }
        // the file parses and holds the last reported version or the one after it (saved,
        // killed before it could say so)
        let store_path = dir.join("clients/crash-1.ron");
        let on_disk = store::load_client_file(&store_path)
            .unwrap_or_else(|e| panic!("kill {i}: the file does not load: {e}"));
        let v = on_disk.next_id;
        assert!(
            v == committed || v == committed + 1,
            "kill {i}: file has version {v}, last reported {committed}"
        );
        assert_eq!(on_disk, crash_client(v), "kill {i}");
        if v == committed + 1 {
            mid_save += 1;
            committed = v;
        }
        if !temp_files(&dir).is_empty() {
            strays += 1;
        }
        // a restart takes the lock, removes stray temporary files and loads cleanly
        let store = Store::open(dir.clone()).unwrap();
        assert!(
            !store.is_read_only(),
            "kill {i}: the lock outlived the process"
        );
        assert!(
            temp_files(&dir).is_empty(),
            "kill {i}: {:?}",
            temp_files(&dir)
        );
        let report = store.load_all();
        assert!(
            report.problems.is_empty(),
            "kill {i}: {:?}",
            report.problems
        );
        assert_eq!(report.clients, vec![crash_client(v)], "kill {i}");
        let newest = &store.backups(&id)[0];
        assert!(store::load_client_file(&newest.path).is_ok(), "kill {i}");
    }
    eprintln!(
        "crash test: {committed} saves, {strays} kills left temporary files, {mid_save} were \
         between rename and report"
    );
    assert!(
        committed > kills as u64 / 4,
        "too few saves ({committed}) to mean anything"
    );
}

// ---------------------------------------------------------------------------------------
// 7. the autosaver

/// Real writes that count client-file saves and can be slowed down.
#[derive(Debug, Default)]
struct CountingOps {
    client_saves: AtomicUsize,
    delay: Mutex<Duration>,
    faults: FaultyOps,
}

impl FileOps for CountingOps {
    fn create(&self, path: &Path) -> io::Result<Box<dyn PendingWrite>> {
        std::thread::sleep(*self.delay.lock().unwrap());
        let w = self.faults.create(path)?;
        if path.parent().and_then(|p| p.file_name()) == Some("clients".as_ref()) {
            self.client_saves.fetch_add(1, Ordering::SeqCst);
        }
        Ok(w)
    }
}

fn autosaved() -> (tempfile::TempDir, Arc<Store>, Arc<CountingOps>) {
    let (tmp, dir) = data_dir();
    let ops = Arc::new(CountingOps::default());
    let store = Arc::new(Store::open_with(dir, ops.clone()).unwrap());
    (tmp, store, ops)
}

fn named(n: usize) -> Client {
    let mut c = client("auto-1");
    c.name = format!("edit {n}");
    c
}

fn name_on_disk(store: &Store) -> Option<String> {
    store::load_client_file(&store.client_path(&ClientId("auto-1".to_owned())))
        .ok()
        .map(|c| c.name)
}

#[test]
fn many_edits_within_a_second_make_one_save() {
    let (_tmp, store, ops) = autosaved();
    let saver = Autosaver::new(Arc::clone(&store));
    for n in 0..15 {
        saver.submit(named(n));
        std::thread::sleep(Duration::from_millis(40));
    }
    assert_eq!(ops.client_saves.load(Ordering::SeqCst), 0, "debounced");
    assert!(matches!(saver.status(), SaveStatus::Saving));
    assert!(wait_until(Duration::from_secs(5), || saver
        .status()
        .is_saved()));
    assert_eq!(ops.client_saves.load(Ordering::SeqCst), 1);
    assert_eq!(name_on_disk(&store).as_deref(), Some("edit 14"));
}

#[test]
fn edits_are_at_most_about_two_seconds_at_risk() {
    let (_tmp, store, ops) = autosaved();
    let saver = Autosaver::new(Arc::clone(&store));
    let start = Instant::now();
    let mut first_save = None;
    let mut n = 0;
    // typing without pause for 3.5 s
    while start.elapsed() < Duration::from_millis(3500) {
        saver.submit(named(n));
        n += 1;
        if first_save.is_none() && ops.client_saves.load(Ordering::SeqCst) > 0 {
            first_save = Some(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let first = first_save.expect("no save while typing");
    assert!(
        first >= Duration::from_millis(1500) && first <= Duration::from_millis(3000),
        "first save after {first:?}"
    );
    assert!(matches!(saver.flush(), SaveStatus::Saved));
    assert_eq!(name_on_disk(&store), Some(format!("edit {}", n - 1)));
}

#[test]
fn flush_saves_at_once() {
    let (_tmp, store, _ops) = autosaved();
    let saver = Autosaver::new(Arc::clone(&store));
    saver.submit(named(1));
    let start = Instant::now();
    assert!(matches!(saver.flush(), SaveStatus::Saved));
    assert!(start.elapsed() < Duration::from_millis(800));
    assert_eq!(name_on_disk(&store).as_deref(), Some("edit 1"));
    // dropping the saver saves what is pending too
    saver.submit(named(2));
    drop(saver);
    assert_eq!(name_on_disk(&store).as_deref(), Some("edit 2"));
}

#[test]
fn saving_never_blocks_the_caller() {
    let (_tmp, store, ops) = autosaved();
    *ops.delay.lock().unwrap() = Duration::from_millis(600);
    let saver = Autosaver::new(Arc::clone(&store));
    saver.submit(named(1));
    saver.save_soon();
    let edits: Vec<Client> = (2..200).map(named).collect();
    std::thread::sleep(Duration::from_millis(100)); // the save is now in progress
    let mut longest = Duration::ZERO;
    for c in edits {
        let start = Instant::now();
        saver.submit(c);
        let _ = saver.status();
        longest = longest.max(start.elapsed());
    }
    // a blocked call would wait for the 600 ms save
    assert!(
        longest < Duration::from_millis(100),
        "submit waited {longest:?}"
    );
    assert!(matches!(saver.flush(), SaveStatus::Saved));
    assert_eq!(name_on_disk(&store).as_deref(), Some("edit 199"));
}

#[test]
fn a_failing_store_shows_the_error_keeps_the_data_and_retries() {
    let (_tmp, store, ops) = autosaved();
    store.save_client(&named(0)).unwrap();
    let saved = std::fs::read(store.client_path(&named(0).id)).unwrap();
    let saver = Autosaver::new(Arc::clone(&store));
    ops.faults
        .arm(Some((Step::Write, io::ErrorKind::StorageFull)));
    saver.submit(named(1));
    let status = saver.flush();
    let e = status.error().expect("failed").clone();
    assert_eq!(e.key(), "store.error.disk_full");
    assert!(e.message(Language::Nl).contains("schijf is vol"));
    assert!(saver.status().error().is_some());
    assert_eq!(
        std::fs::read(store.client_path(&named(0).id)).unwrap(),
        saved
    );
    // the disk has room again: the retry saves without a new edit
    ops.faults.arm(None);
    assert!(wait_until(Duration::from_secs(6), || saver
        .status()
        .is_saved()));
    assert_eq!(name_on_disk(&store).as_deref(), Some("edit 1"));
}

#[test]
fn a_client_deleted_or_restored_right_after_an_edit_stays_so() {
    let (_tmp, store, _ops) = autosaved();
    let id = named(0).id;
    store.save_client(&named(0)).unwrap();
    store.save_client(&named(1)).unwrap();
    let saver = Autosaver::new(Arc::clone(&store));
    // restored within the debounce of an edit: the edit does not overwrite the restore
    saver.submit(named(2));
    let first = store.backups(&id).last().unwrap().clone();
    assert_eq!(saver.restore_backup(&id, &first).unwrap().name, "edit 0");
    // deleted within the debounce of an edit: the autosave does not bring it back
    saver.submit(named(3));
    saver.delete_client(&id).unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert!(matches!(saver.flush(), SaveStatus::Saved));
    drop(saver);
    assert!(store.load_all().clients.is_empty());
    let trashed: Vec<String> = std::fs::read_dir(store.dir().join("trash"))
        .unwrap()
        .flatten()
        .map(|e| store::load_client_file(&e.path()).unwrap().name)
        .collect();
    assert_eq!(trashed, vec!["edit 0".to_owned()]);
}

// ---------------------------------------------------------------------------------------
// 8. backups

#[test]
fn backups_keep_the_last_ten_and_one_per_day_for_thirty_days() {
    let (_tmp, dir) = data_dir();
    let start: NaiveDateTime = day(2026, 1, 1).and_hms_opt(9, 0, 0).unwrap();
    let now = Arc::new(Mutex::new(start));
    let clock = Arc::clone(&now);
    let store = Store::open(dir)
        .unwrap()
        .with_clock(Arc::new(move || *clock.lock().unwrap()));
    let mut c = client("backed-1");
    let days = 45i64;
    for d in 0..days {
        for k in 0..4 {
            *now.lock().unwrap() = start + chrono::Duration::days(d) + chrono::Duration::hours(k);
            c.name = format!("{d}-{k}");
            store.save_client(&c).unwrap();
        }
    }
    let list = store.backups(&c.id);
    let names: Vec<String> = list
        .iter()
        .map(|b| {
            assert_eq!(b.kind, BackupKind::Saved);
            store::load_client_file(&b.path).unwrap().name
        })
        .collect();
    // newest first: the last 10 versions...
    let mut expected: Vec<String> = (0..days)
        .rev()
        .flat_map(|d| (0..4).rev().map(move |k| format!("{d}-{k}")))
        .take(KEEP_LAST)
        .collect();
    // ...then the newest of each older day within the last 30
    let last_day = days - 1;
    let oldest_kept = last_day - (KEEP_DAYS - 1);
    let newest_days_covered = (KEEP_LAST as i64 + 3) / 4;
    for d in (oldest_kept..=last_day - newest_days_covered).rev() {
        expected.push(format!("{d}-3"));
    }
    assert_eq!(names, expected);
    assert_eq!(list.len(), KEEP_LAST + 27);

    // restoring one from three weeks ago makes it current; the version it replaces stays
    let old = list
        .iter()
        .find(|b| b.taken.date() == day(2026, 1, 1) + chrono::Duration::days(20))
        .unwrap();
    *now.lock().unwrap() += chrono::Duration::hours(1);
    let restored = store.restore_backup(&c.id, old).unwrap();
    assert_eq!(restored.name, "20-3");
    assert_eq!(store.load_all().clients, vec![restored]);
    assert!(
        store
            .backups(&c.id)
            .iter()
            .any(|b| store::load_client_file(&b.path).unwrap().name == "44-3")
    );
}

#[test]
fn unchanged_saves_do_not_fill_the_backups_and_same_time_saves_do_not_collide() {
    let (_tmp, dir) = data_dir();
    let t = day(2026, 2, 1).and_hms_opt(12, 0, 0).unwrap();
    let store = Store::open(dir).unwrap().with_clock(Arc::new(move || t));
    let mut c = client("same-1");
    for _ in 0..5 {
        store.save_client(&c).unwrap();
    }
    assert_eq!(store.backups(&c.id).len(), 1);
    for n in 0..4 {
        c.name = format!("n{n}");
        store.save_client(&c).unwrap();
    }
    assert_eq!(
        store.backups(&c.id).len(),
        5,
        "one per version, none overwritten"
    );
}

#[test]
fn a_backup_of_another_client_or_folder_is_refused() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir).unwrap();
    let a = client("alpha-1");
    let b = client("beta-1");
    store.save_client(&a).unwrap();
    store.save_client(&b).unwrap();
    let of_b = store.backups(&b.id)[0].clone();
    assert!(store.restore_backup(&a.id, &of_b).is_err());
    assert_eq!(store.load_all().clients, vec![a, b]);
}

#[test]
fn deleting_moves_the_file_to_the_trash() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let c = client("gone-1");
    store.save_client(&c).unwrap();
    let bytes = std::fs::read(store.client_path(&c.id)).unwrap();
    store.delete_client(&c.id).unwrap();
    assert!(store.load_all().clients.is_empty());
    let trashed: Vec<_> = std::fs::read_dir(dir.join("trash"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    assert_eq!(trashed, vec![bytes]);
    assert!(matches!(
        store.delete_client(&ClientId("../etc".to_owned())),
        Err(StoreError::InvalidId { .. })
    ));
}

#[test]
fn open_creates_the_folder_and_an_unusable_folder_is_an_error_not_a_panic() {
    let (tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    assert!(dir.join("clients").is_dir());
    assert_eq!(store.dir(), dir);
    // a file where the data folder should be
    let file = tmp.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    assert!(Store::open(file.join("data")).is_err());
    let _ = RealOps;
}

// ---------------------------------------------------------------------------------------
// 9. where coaches really keep their files: sync folders, copies, other writers (issue #13)

/// A client with `n` messages, ids 1..=n.
fn with_messages(id: &str, n: u64) -> Client {
    let mut c = client(id);
    c.messages.clear();
    for i in 1..=n {
        c.messages.push(MessageEntry::new(
            i,
            day(2026, 1, 1) + chrono::Duration::days(i as i64 % 300),
            format!("person {i}"),
        ));
    }
    c.next_id = n + 1;
    c.sort_messages();
    c
}

#[test]
fn conflict_copies_are_second_versions_never_loaded_as_the_client() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let real = with_messages("dana-whitfield-1", 417);
    store.save_client(&real).unwrap();
    // older versions of the same file, under the names sync tools and hands give copies
    let old = store::client_to_ron(&with_messages("dana-whitfield-1", 35)).unwrap();
    let copies = [
        "dana-whitfield-1 (1).ron",
        "dana-whitfield-1 copy.ron",
        "dana-whitfield-1 (Sam's conflicted copy 2026-11-30).ron",
        "dana-whitfield-1.sync-conflict-20261130-101010-ABCDEFG.ron",
    ];
    for name in copies {
        std::fs::write(dir.join("clients").join(name), &old).unwrap();
    }
    drop(store);
    let store = Store::open(dir.clone()).unwrap();
    let report = store.load_all();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.clients.len(), 1);
    assert_eq!(report.clients[0], real, "the real file is the client");
    assert_eq!(report.second_versions.len(), copies.len());
    for s in &report.second_versions {
        assert_eq!(s.of, real.id, "{}", s.file.display());
        assert_eq!(s.client.as_ref().unwrap().messages.len(), 35);
    }
    // an edit saves to the real file only; the copies stay byte for byte
    let mut edited = report.clients[0].clone();
    edited.profile.set(ProfileItem::Photo, false);
    store.save_client(&edited).unwrap();
    let saved = store::load_client_file(&store.client_path(&real.id)).unwrap();
    assert_eq!(saved.messages.len(), 417);
    for name in copies {
        assert_eq!(
            std::fs::read_to_string(dir.join("clients").join(name)).unwrap(),
            old
        );
    }
    // keep both: the copy becomes its own client; merge: nothing of either is lost
    let kept = store.keep_both(&report.second_versions[0]).unwrap();
    assert_eq!(kept.id.0, "dana-whitfield-1-v2");
    assert_eq!(kept.messages.len(), 35);
    assert!(!report.second_versions[0].file.exists());
    let mut other = with_messages("dana-whitfield-1", 35);
    other
        .messages
        .push(MessageEntry::new(9000, day(2026, 6, 1), "only in the copy"));
    std::fs::write(
        &report.second_versions[1].file,
        store::client_to_ron(&other).unwrap(),
    )
    .unwrap();
    let second = store.load_all().second_versions;
    let one = second
        .iter()
        .find(|s| s.file == report.second_versions[1].file)
        .unwrap();
    let merged = store.merge_second_version(one).unwrap();
    assert_eq!(merged.messages.len(), 418);
    assert!(
        merged
            .messages
            .iter()
            .any(|m| m.person == "only in the copy")
    );
    assert!(!one.file.exists());
    let again = store.load_all();
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(again.second_versions.len(), 2);
}

#[test]
fn a_copy_under_a_valid_id_is_its_own_client_and_never_saved_over_the_original() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let real = with_messages("dana-whitfield-1", 417);
    store.save_client(&real).unwrap();
    let before = std::fs::read(store.client_path(&real.id)).unwrap();
    // a copy made by hand: renamed, the name changed, the id inside left as it was
    let mut copy = with_messages("dana-whitfield-1", 35);
    copy.name = "Lars Jensen".to_owned();
    std::fs::write(
        dir.join("clients/lars-jensen-2.ron"),
        store::client_to_ron(&copy).unwrap(),
    )
    .unwrap();
    let report = store.load_all();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let ids: Vec<&str> = report.clients.iter().map(|c| c.id.0.as_str()).collect();
    assert_eq!(ids, ["dana-whitfield-1", "lars-jensen-2"]);
    let mut lars = report.clients[1].clone();
    lars.profile.set(ProfileItem::Photo, false);
    store.save_client(&lars).unwrap();
    assert_eq!(std::fs::read(store.client_path(&real.id)).unwrap(), before);
    assert_eq!(
        store::load_client_file(&dir.join("clients/lars-jensen-2.ron"))
            .unwrap()
            .messages
            .len(),
        35
    );
}

#[test]
fn copy_names_of_sync_tools_are_recognised() {
    for (stem, of) in [
        ("dana-1 (1)", Some("dana-1")),
        ("dana-1 (12)", Some("dana-1")),
        ("dana-1 copy", Some("dana-1")),
        ("dana-1 Copy 2", Some("dana-1")),
        ("dana-1 (conflicted copy 2026-11-30)", Some("dana-1")),
        ("dana-1 (Sam's conflicted copy 2026-11-30)", Some("dana-1")),
        ("dana-1 (Case Conflict)", Some("dana-1")),
        (
            "dana-1.sync-conflict-20261130-101010-ABCDEFG",
            Some("dana-1"),
        ),
        ("dana-1", None),
        ("dana 1", None),
        ("notes (draft)", None),
    ] {
        assert_eq!(
            store::copy_of(stem).map(|c| c.0),
            of.map(str::to_owned),
            "{stem}"
        );
    }
}

#[test]
fn a_file_changed_on_disk_is_merged_and_kept_never_overwritten() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    store.save_client(&with_messages("dana-1", 417)).unwrap();
    drop(store);
    let store = Store::open(dir.clone()).unwrap();
    let mut ours = store.load_all().clients.remove(0);
    let path = store.client_path(&ours.id);
    // another machine imported 35 more messages; a sync tool brought its file in
    let mut theirs = ours.clone();
    for i in 0..35 {
        theirs.messages.push(MessageEntry::new(
            1000 + i,
            day(2026, 11, 1),
            format!("synced {i}"),
        ));
    }
    theirs.next_id = 1035;
    let theirs_text = store::client_to_ron(&theirs).unwrap();
    std::fs::write(&path, &theirs_text).unwrap();
    // meanwhile the app here added one message; its autosave must not drop theirs
    ours.messages
        .push(MessageEntry::new(418, day(2026, 11, 2), "added here"));
    ours.next_id = 419;
    store.save_client(&ours).unwrap();
    let on_disk = store::load_client_file(&path).unwrap();
    assert_eq!(on_disk.messages.len(), 417 + 35 + 1);
    assert!(on_disk.messages.iter().any(|m| m.person == "added here"));
    // the version found on disk is kept as it was, and the store says so
    let notices = store.take_notices();
    let [
        store::SyncNotice::Merged {
            id,
            kept: Some(kept),
        },
    ] = notices.as_slice()
    else {
        panic!("{notices:?}")
    };
    assert_eq!(id, &ours.id);
    assert_eq!(std::fs::read_to_string(kept).unwrap(), theirs_text);
    // the next edit here (the app has not reloaded yet) still keeps what the other side added
    ours.name = "Dana W.".to_owned();
    store.save_client(&ours).unwrap();
    let on_disk = store::load_client_file(&path).unwrap();
    assert_eq!(on_disk.messages.len(), 417 + 35 + 1);
    assert_eq!(on_disk.name, "Dana W.");
    assert!(store.take_notices().is_empty(), "one merge, one notice");
}

#[test]
fn a_file_changed_on_disk_is_reloaded_when_there_are_no_edits_here() {
    let (_tmp, dir) = data_dir();
    let store = Arc::new(Store::open(dir.clone()).unwrap());
    store.save_client(&with_messages("dana-1", 417)).unwrap();
    let loaded = store.load_all().clients.remove(0);
    assert_eq!(store.reload_if_changed(&loaded.id).unwrap(), None);
    let mut theirs = with_messages("dana-1", 452);
    theirs.name = "Dana from the laptop".to_owned();
    std::fs::write(
        store.client_path(&loaded.id),
        store::client_to_ron(&theirs).unwrap(),
    )
    .unwrap();
    let reloaded = store.reload_if_changed(&loaded.id).unwrap().unwrap();
    assert_eq!(reloaded, theirs);
    // an edit of the reloaded version is a plain save: nothing to merge, nothing lost
    let mut edited = reloaded.clone();
    edited.profile.set(ProfileItem::Photo, false);
    store.save_client(&edited).unwrap();
    assert!(store.take_notices().is_empty());
    assert_eq!(
        store::load_client_file(&store.client_path(&loaded.id)).unwrap(),
        edited
    );
    // the autosaver offers the same: a changed file is reloaded when nothing is queued
    std::fs::write(
        store.client_path(&loaded.id),
        store::client_to_ron(&theirs).unwrap(),
    )
    .unwrap();
    let saver = Autosaver::new(Arc::clone(&store));
    saver.submit(edited.clone());
    assert!(
        saver
            .reload_changed(std::slice::from_ref(&loaded.id))
            .is_empty(),
        "edits are queued"
    );
    assert!(saver.flush().is_saved());
    let merged = store::load_client_file(&store.client_path(&loaded.id)).unwrap();
    assert_eq!(merged.messages.len(), 452, "{}", merged.messages.len());
    std::fs::write(
        store.client_path(&loaded.id),
        store::client_to_ron(&theirs).unwrap(),
    )
    .unwrap();
    assert_eq!(
        saver.reload_changed(std::slice::from_ref(&loaded.id)),
        vec![theirs]
    );
}

#[test]
fn concurrent_writers_read_merge_and_write_under_the_lock() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let id = ClientId("dana-1".to_owned());
    store.save_client(&with_messages("dana-1", 0)).unwrap();
    drop(store);
    let rounds = 15;
    let writers: Vec<_> = (0..2u64)
        .map(|w| {
            let dir = dir.clone();
            let id = id.clone();
            std::thread::spawn(move || {
                for r in 0..rounds {
                    let store = Store::open_waiting(&dir, Duration::from_secs(30)).unwrap();
                    assert!(!store.is_read_only());
                    store
                        .update_client(&id, |c| {
                            let n = c.next_id;
                            c.messages.push(MessageEntry::new(
                                n,
                                day(2026, 1, 1),
                                format!("writer {w} round {r}"),
                            ));
                            c.next_id = n + 1;
                            true
                        })
                        .unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let c = store::load_client_file(&dir.join("clients/dana-1.ron")).unwrap();
    assert_eq!(c.messages.len(), 2 * rounds as usize);
}

#[test]
fn a_backup_taken_while_the_clock_was_ahead_is_not_offered_as_the_newest() {
    let (_tmp, dir) = data_dir();
    let now = Arc::new(Mutex::new(day(2027, 6, 1).and_hms_opt(12, 0, 0).unwrap()));
    let clock = Arc::clone(&now);
    let store = Store::open(dir.clone())
        .unwrap()
        .with_clock(Arc::new(move || *clock.lock().unwrap()));
    // saved while the clock was half a year ahead
    store.save_client(&with_messages("dana-1", 0)).unwrap();
    // the clock is set right; the coach keeps working
    *now.lock().unwrap() = day(2026, 11, 30).and_hms_opt(9, 0, 0).unwrap();
    store.save_client(&with_messages("dana-1", 417)).unwrap();
    *now.lock().unwrap() += chrono::Duration::hours(1);
    let newest = with_messages("dana-1", 452);
    store.save_client(&newest).unwrap();
    let list = store.backups(&newest.id);
    assert_eq!(
        store::load_client_file(&list[0].path).unwrap(),
        newest,
        "newest first"
    );
    std::fs::write(store.client_path(&newest.id), "damaged").unwrap();
    let report = store.load_all();
    let problem = &report.problems[0];
    let offered = problem.backup.as_ref().unwrap();
    assert_eq!(
        store::load_client_file(&offered.path)
            .unwrap()
            .messages
            .len(),
        452
    );
}

#[test]
fn a_flipped_bit_in_the_schema_is_damage_with_the_backup_offered() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let c = client("flip-1");
    store.save_client(&c).unwrap();
    let path = store.client_path(&c.id);
    let good = std::fs::read_to_string(&path).unwrap();
    // one bit of '2' (0x32) flipped: '3' (0x33), '0' (0x30), '6' (0x36)
    assert_eq!(
        SCHEMA_VERSION, 2,
        "choose the digits one bit away from the schema"
    );
    for digit in ['0', '3', '6'] {
        let text = good.replacen("schema: 2,", &format!("schema: {digit},"), 1);
        std::fs::write(&path, &text).unwrap();
        let report = store.load_all();
        assert!(report.clients.is_empty(), "{digit}");
        assert!(
            report.read_only.is_empty(),
            "{digit}: not a newer app's file"
        );
        let problem = &report.problems[0];
        assert!(problem.error.is_damage(), "{digit}: {}", problem.error);
        let q = problem.quarantined.as_ref().unwrap();
        assert_eq!(std::fs::read_to_string(q).unwrap(), text);
        let b = problem.backup.as_ref().unwrap();
        assert_eq!(store.restore_backup(&c.id, b).unwrap(), c);
        assert_eq!(store.load_all().clients, vec![c.clone()]);
    }
    // a newer app's file (its checksum verifies) is still read-only, not damage
    std::fs::write(
        &path,
        with_valid_checksum(&good.replacen("schema: 2,", "schema: 3,", 1)),
    )
    .unwrap();
    let report = store.load_all();
    assert_eq!(report.read_only, vec![c.id.clone()]);
}

#[test]
fn hand_edited_files_with_nan_infinity_or_year_0_are_refused_with_a_clear_message() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let c = client("hand-1");
    store.save_client(&c).unwrap();
    let path = store.client_path(&c.id);
    let good = std::fs::read_to_string(&path).unwrap();
    let r = &c.readings[0];
    let total = format!("total: {:?},", r.total);
    assert!(good.contains(&total), "{total}");
    let created = format!("created: \"{}\"", c.created);
    assert!(good.contains(&created));
    for (edit, says) in [
        (good.replacen(&total, "total: NaN,", 1), "not a number"),
        (good.replacen(&total, "total: inf,", 1), "not a number"),
        (
            good.replacen(&created, "created: \"0000-01-01\"", 1),
            "0000-01-01",
        ),
    ] {
        // edited by hand: the checksum line removed, as the docs say
        let edit: String = edit
            .lines()
            .filter(|l| !l.trim_start().starts_with("checksum:"))
            .map(|l| format!("{l}\n"))
            .collect();
        let e = store::parse_client(&edit, Path::new("hand-1.ron")).unwrap_err();
        assert!(e.is_damage(), "{e}");
        let text = e.message(Language::En);
        assert!(text.to_lowercase().contains(says), "{text}");
        std::fs::write(&path, &edit).unwrap();
        let report = store.load_all();
        assert!(report.clients.is_empty());
        assert!(report.problems[0].backup.is_some());
        store
            .restore_backup(&c.id, report.problems[0].backup.as_ref().unwrap())
            .unwrap();
    }
}

#[test]
fn only_the_stores_own_temporary_files_are_removed_at_start() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    store.save_client(&client("temp-1")).unwrap();
    drop(store);
    let strangers = [
        ".x.ron.backup",
        ".temp-1.ron.abcdef",
        ".settings.ron.Zz9Zz9",
    ];
    for name in strangers {
        std::fs::write(dir.join("clients").join(name), "not ours").unwrap();
    }
    // a temporary file of an interrupted save of this store
    let ours = dir.join("clients/.temp-1.ron.a8Bc9Z.ssi-tmp");
    std::fs::write(&ours, "(schema: 1, cli").unwrap();
    let _store = Store::open(dir.clone()).unwrap();
    for name in strangers {
        assert!(
            dir.join("clients").join(name).exists(),
            "{name} was removed"
        );
    }
    assert!(!ours.exists());
}

#[test]
fn the_participant_file_is_never_reset() {
    use ssi_coach::workshop::{ParticipantError, ParticipantFile};
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("workshop/participant.ssip");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut p = ParticipantFile::new(day(2026, 11, 30));
    p.name = Some("Mette".to_owned());
    let text = p.to_ron().unwrap();
    // with a byte order mark (an editor saved it): it loads
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    assert_eq!(ParticipantFile::load(&path).unwrap(), p);
    // a newer app's file: never overwritten
    let newer = text.replacen("schema: 1,", "schema: 7,", 1);
    std::fs::write(&path, &newer).unwrap();
    let empty = ParticipantFile::new(day(2026, 11, 30));
    assert!(matches!(
        empty.save(&path),
        Err(ParticipantError::NewerVersion { schema: 7 })
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    // a damaged one: moved aside byte for byte, never written over
    let damaged = &text[..text.len() / 2];
    std::fs::write(&path, damaged).unwrap();
    let aside = empty.save_keeping(&path).unwrap().unwrap();
    assert_eq!(std::fs::read_to_string(&aside).unwrap(), damaged);
    assert_eq!(ParticipantFile::load(&path).unwrap(), empty);
}

/// Back to the window with a synced folder of 300 clients: a file whose size and time are as
/// they were when it was read is not read again (issue 19: all 80 MB were read and hashed on
/// the UI thread at every return); any other time, even with the same size, is a change.
#[test]
fn a_file_with_its_size_and_time_unchanged_is_not_read_again_on_return() {
    let (_tmp, dir) = data_dir();
    let store = Store::open(dir.clone()).unwrap();
    let ours = with_messages("dana-1", 417);
    store.save_client(&ours).unwrap();
    let path = store.client_path(&ours.id);
    let set_time = |ago_secs: u64| {
        let when = std::time::SystemTime::now() - std::time::Duration::from_secs(ago_secs);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
        when
    };
    // a file of an hour ago, read once at start
    set_time(3600);
    let store = Store::open(dir.clone()).unwrap();
    assert_eq!(store.load_all().clients.len(), 1);
    assert_eq!(store.reload_if_changed(&ours.id).unwrap(), None);

    // another machine's version of the same length, written with a time of its own
    let mut theirs = ours.clone();
    theirs.name = "Dana Whitfielt".to_owned();
    let text = store::client_to_ron(&theirs).unwrap();
    assert_eq!(text.len() as u64, std::fs::metadata(&path).unwrap().len());
    let old = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, &text).unwrap();
    set_time(600);
    assert_eq!(
        store.reload_if_changed(&ours.id).unwrap(),
        Some(theirs.clone())
    );
    assert_eq!(store.reload_if_changed(&ours.id).unwrap(), None);

    // the stamp is what is trusted: the same size and time is not read (the bytes here are
    // changed behind the clock's back, which no sync tool or editor does)
    let mut hidden = theirs.clone();
    hidden.name = "Dana Whitfielz".to_owned();
    let now = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, store::client_to_ron(&hidden).unwrap()).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(now)
        .unwrap();
    assert_eq!(store.reload_if_changed(&ours.id).unwrap(), None);
    assert_ne!(old, now);

    // a file changed a moment ago is always read (coarse file system clocks)
    std::fs::write(&path, store::client_to_ron(&ours).unwrap()).unwrap();
    assert_eq!(
        store.reload_if_changed(&ours.id).unwrap(),
        Some(ours.clone())
    );
    std::fs::write(&path, store::client_to_ron(&theirs).unwrap()).unwrap();
    assert_eq!(store.reload_if_changed(&ours.id).unwrap(), Some(theirs));
}
