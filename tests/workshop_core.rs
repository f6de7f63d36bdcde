//! Workshop core: participant files, cohort import and statistics, the `cohort` command,
//! exercise files, the timer and the cohort page.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::run;

use std::path::{Path, PathBuf};
use std::time::Duration;

use ssi_coach::engine::{self, Band, Persona};
use ssi_coach::model::{
    ActivityKind, Date, Language, Lever, Pillar, PillarScores, ProfileItem, Reading,
};
use ssi_coach::workshop::{
    Cohort, CohortStats, ExerciseFileError, ExerciseKind, ExerciseResult, ParticipantError,
    ParticipantFile, ParticipantId, SkipReason, Timer, builtin_exercises, cohort_html,
    parse_exercises,
};

fn day(d: u32) -> Date {
    Date::from_ymd_opt(2026, 11, d).unwrap()
}

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/participants")
}

/// A participant with a fixed id, the given estimate and ticked items (no engine involved).
fn with_scores(id: &str, pillars: [f64; 4], done: &[ProfileItem]) -> ParticipantFile {
    let mut p = ParticipantFile::new(day(23));
    p.id = ParticipantId(id.to_owned());
    p.estimate = PillarScores {
        brand: pillars[0],
        find: pillars[1],
        engage: pillars[2],
        relationships: pillars[3],
    };
    for item in done {
        p.profile.set(*item, true);
    }
    p
}

/// The example participants in `docs/examples/participants/`, built from the engine's
/// personas. `UPDATE_EXAMPLES=1 cargo test --test workshop_core` rewrites the files.
fn example_participants() -> Vec<(&'static str, ParticipantFile)> {
    let make = |id: &str, persona: Persona, tweak: &dyn Fn(&mut engine::Inputs)| {
        let mut inputs = engine::persona(persona);
        tweak(&mut inputs);
        let mut p = ParticipantFile::new(day(23));
        p.id = ParticipantId(id.to_owned());
        p.profile.done = inputs.profile.clone();
        p.profile.skills = inputs.skills;
        p.profile.recommendations = inputs.recommendations;
        p.set_inputs(&inputs);
        p
    };
    let at = |h: u32, m: u32| day(23).and_hms_opt(h, m, 0);
    let mut beginner = make("example-beginner-01", Persona::Beginner, &|_| {});
    beginner.exercises.insert(
        "invitation_notes".to_owned(),
        ExerciseResult {
            texts: vec![
                "Hi Anna, we both spoke at the logistics meetup in Utrecht. I'd like to stay in touch.".to_owned(),
                "Hello Pieter, your post on cold-chain audits was spot on. May I connect?".to_owned(),
                "Hi Lars, a colleague of mine, Mette, suggested we talk about warehouse planning.".to_owned(),
            ],
            ticked: vec![],
            finished_at: at(10, 40),
        },
    );
    let mut named = make("example-average-02", Persona::Average, &|_| {});
    named.name = Some("Sanne de Vries".to_owned());
    named.goals.set(ActivityKind::Comment, 5);
    named.goals.set(ActivityKind::InvitationWithNote, 3);
    named.goals.set(ActivityKind::Post, 1);
    named.exercises.insert(
        "plan_week".to_owned(),
        ExerciseResult {
            texts: vec![],
            ticked: vec![
                "comments".to_owned(),
                "invitations_with_note".to_owned(),
                "posts".to_owned(),
            ],
            finished_at: at(11, 5),
        },
    );
    named.reading = Some(Reading {
        date: day(23),
        total: 48.0,
        pillars: PillarScores {
            brand: 14.2,
            find: 11.0,
            engage: 9.8,
            relationships: 13.0,
        },
        industry_rank_pct: Some(35.0),
        network_rank_pct: Some(40.0),
        industry_average: None,
        network_average: None,
    });
    let mut seller = make("example-seller-03", Persona::ActiveSeller, &|_| {});
    seller.exercises.insert(
        "headline_about".to_owned(),
        ExerciseResult {
            texts: vec![
                "I help mid-sized food producers cut transport costs without losing freshness".to_owned(),
                "For twelve years I have worked with producers who ship chilled goods across Europe.".to_owned(),
            ],
            ticked: vec![],
            finished_at: at(10, 20),
        },
    );
    let mut audit = make("example-beginner-04", Persona::Beginner, &|i| {
        i.profile.insert(ProfileItem::About);
        i.comments_per_week = 2.0;
    });
    audit.exercises.insert(
        "profile_audit".to_owned(),
        ExerciseResult {
            texts: vec![],
            ticked: audit
                .profile
                .done
                .iter()
                .map(|x| x.key().to_owned())
                .collect(),
            finished_at: at(9, 50),
        },
    );
    let blank = make("example-blank-05", Persona::Blank, &|i| {
        i.profile.insert(ProfileItem::Photo);
        i.connections = 80.0;
    });
    let average = make("example-average-06", Persona::Average, &|i| {
        i.sales_navigator = true;
        i.saved_searches = 1.0;
        i.searches_per_week = 10.0;
    });
    vec![
        ("beginner.ssip", beginner),
        ("average-named.ssip", named),
        ("active-seller.ssip", seller),
        ("beginner-after-audit.ssip", audit),
        ("almost-blank.ssip", blank),
        ("average-sales-navigator.ssip", average),
    ]
}

// ---------- participant files ----------

#[test]
fn participant_round_trips_and_is_anonymous_by_default() {
    let mut p = ParticipantFile::new(day(23));
    assert!(p.id.is_valid());
    assert_eq!(p.name, None);
    assert_ne!(p.id, ParticipantFile::new(day(23)).id, "ids are random");
    p.set_inputs(&engine::persona(Persona::Average));
    let e = engine::score(&engine::persona(Persona::Average));
    assert!((p.total() - e.total()).abs() < 1e-9);
    let text = p.to_ron().unwrap();
    assert!(text.contains("format: \"ssi-coach-participant\""), "{text}");
    assert!(text.contains("schema: 1"));
    assert_eq!(ParticipantFile::parse(&text).unwrap(), p);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(p.suggested_file_name());
    assert!(path.to_string_lossy().ends_with(".ssip"));
    p.save(&path).unwrap();
    assert_eq!(ParticipantFile::load(&path).unwrap(), p);
}

#[test]
fn the_audit_moves_the_estimate() {
    let mut p = ParticipantFile::new(day(23));
    p.set_inputs(&engine::persona(Persona::Beginner));
    let before = p.total();
    for item in ProfileItem::ALL {
        p.profile.set(item, true);
    }
    p.profile.skills = 10;
    p.apply_checklist();
    assert_eq!(p.inputs.profile.len(), ProfileItem::ALL.len());
    assert!(p.total() > before + 1.0, "{before} -> {}", p.total());
    assert!(p.missing_items().is_empty());
    let mut expected = engine::persona(Persona::Beginner);
    expected.profile = ProfileItem::ALL.into_iter().collect();
    expected.skills = 10;
    assert_eq!(p.estimate, engine::score(&expected).pillars);
    p.record_exercise(
        "profile_audit",
        ExerciseResult {
            ticked: vec!["photo".to_owned()],
            ..ExerciseResult::default()
        },
    );
    assert_eq!(p.exercises["profile_audit"].ticked, ["photo"]);
}

#[test]
fn bad_participant_files_give_clear_errors() {
    let p = with_scores("abcdefgh-1", [10.0, 10.0, 10.0, 10.0], &[]);
    let good = p.to_ron().unwrap();
    // truncated
    let cut = &good[..good.len() / 2];
    assert!(matches!(
        ParticipantFile::parse(cut),
        Err(ParticipantError::Damaged(_))
    ));
    // another RON file: a client file of the store
    let client = ssi_coach::store::client_to_ron(&ssi_coach::model::demo_client(day(1))).unwrap();
    assert_eq!(
        ParticipantFile::parse(&client),
        Err(ParticipantError::NotParticipantFile)
    );
    assert_eq!(
        ParticipantFile::parse("just some text"),
        Err(ParticipantError::NotParticipantFile)
    );
    // newer version
    let newer = good.replace("schema: 1", "schema: 7");
    assert_eq!(
        ParticipantFile::parse(&newer),
        Err(ParticipantError::NewerVersion { schema: 7 })
    );
    // numbers out of range are damage, not statistics
    let nan = good.replace("brand: 10.0", "brand: NaN");
    assert_ne!(nan, good);
    assert!(matches!(
        ParticipantFile::parse(&nan),
        Err(ParticipantError::Damaged(m)) if m.contains("estimate")
    ));
    let bad_id = good.replace("abcdefgh-1", "../../etc");
    assert!(matches!(
        ParticipantFile::parse(&bad_id),
        Err(ParticipantError::Damaged(m)) if m.contains("id")
    ));
    // deep nesting hits the recursion limit instead of the stack
    let deep = format!(
        "(format: \"ssi-coach-participant\", schema: 1, participant: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(matches!(
        ParticipantFile::parse(&deep),
        Err(ParticipantError::Damaged(_))
    ));
    // messages in every language, different from each other
    let e = ParticipantError::NotParticipantFile;
    assert_ne!(e.message(Language::En), e.message(Language::Nl));
    assert_ne!(e.message(Language::En), e.message(Language::Da));
}

#[test]
fn load_refuses_huge_and_binary_files() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.ssip");
    std::fs::write(&big, vec![b' '; 2 * 1024 * 1024]).unwrap();
    assert!(matches!(
        ParticipantFile::load(&big),
        Err(ParticipantError::TooLarge { .. })
    ));
    let bin = dir.path().join("photo.ssip");
    std::fs::write(&bin, [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, b'J', b'F']).unwrap();
    assert_eq!(
        ParticipantFile::load(&bin),
        Err(ParticipantError::NotParticipantFile)
    );
    assert!(matches!(
        ParticipantFile::load(&dir.path().join("missing.ssip")),
        Err(ParticipantError::Io(_))
    ));
}

// ---------- cohort statistics ----------

#[test]
fn stats_are_exact_for_known_participants() {
    use ProfileItem as P;
    let a = with_scores("aaaaaaaa", [10.0, 10.0, 10.0, 10.0], &[]);
    let b = with_scores(
        "bbbbbbbb",
        [15.0, 12.0, 14.0, 14.0],
        &[P::Photo, P::Headline],
    );
    let c = with_scores(
        "cccccccc",
        [20.0, 18.0, 17.0, 17.5],
        &[P::Photo, P::Headline, P::About, P::Banner],
    );
    let s = CohortStats::of([&a, &b, &c]).unwrap();
    assert_eq!(s.participants, 3);
    let brand = s.pillar(Pillar::Brand);
    assert_eq!((brand.mean, brand.min, brand.max), (15.0, 10.0, 20.0));
    // population standard deviation of 10, 15, 20
    assert!((brand.std_dev - (50.0f64 / 3.0).sqrt()).abs() < 1e-12);
    let find = s.pillar(Pillar::Find);
    assert!((find.mean - 40.0 / 3.0).abs() < 1e-12);
    assert_eq!((find.min, find.max), (10.0, 18.0));
    let rel = s.pillar(Pillar::Relationships);
    assert!((rel.mean - 41.5 / 3.0).abs() < 1e-12);
    // totals 40, 55, 72.5
    assert!((s.total.mean - 167.5 / 3.0).abs() < 1e-12);
    assert_eq!((s.total.min, s.total.max), (40.0, 72.5));
    let var = ((40.0f64 - 167.5 / 3.0).powi(2)
        + (55.0f64 - 167.5 / 3.0).powi(2)
        + (72.5f64 - 167.5 / 3.0).powi(2))
        / 3.0;
    assert!((s.total.std_dev - var.sqrt()).abs() < 1e-12);
    assert_eq!(s.band_count(Band::Below50), 1);
    assert_eq!(s.band_count(Band::From50To60), 1);
    assert_eq!(s.band_count(Band::From60To70), 0);
    assert_eq!(s.band_count(Band::From70To80), 1);
    assert_eq!(s.band_count(Band::From80), 0);
    // missed by all three in checklist order, then Banner and About (2), then Photo and Headline (1)
    let missing: Vec<(ProfileItem, usize)> = s
        .missing_items
        .iter()
        .map(|m| (m.item, m.missing))
        .collect();
    let mut expected: Vec<(ProfileItem, usize)> = ProfileItem::ALL
        .into_iter()
        .filter(|i| ![P::Photo, P::Headline, P::About, P::Banner].contains(i))
        .map(|i| (i, 3))
        .collect();
    expected.extend([
        (P::Banner, 2),
        (P::About, 2),
        (P::Photo, 1),
        (P::Headline, 1),
    ]);
    assert_eq!(missing, expected);
    assert_eq!(s.with_reading, 0);
}

#[test]
fn knobs_on_offer_add_up_over_the_group() {
    let mk = |id: &str, p: Persona| {
        let mut f = ParticipantFile::new(day(23));
        f.id = ParticipantId(id.to_owned());
        f.set_inputs(&engine::persona(p));
        f
    };
    let group = [
        mk("beginner1", Persona::Beginner),
        mk("average01", Persona::Average),
        mk("seller001", Persona::ActiveSeller),
    ];
    let s = CohortStats::of(&group).unwrap();
    assert!(!s.knobs.is_empty());
    for w in s.knobs.windows(2) {
        assert!(w[0].total_points >= w[1].total_points, "sorted most first");
    }
    for k in &s.knobs {
        let expected: f64 = group
            .iter()
            .flat_map(|p| engine::knobs(&p.engine_inputs()))
            .filter(|x| x.lever == k.lever && x.points > 0.005 && x.target > x.current)
            .map(|x| x.points)
            .sum();
        assert!((k.total_points - expected).abs() < 1e-9, "{:?}", k.lever);
        assert!((k.mean_points - expected / 3.0).abs() < 1e-9);
        assert!(k.participants >= 1 && k.participants <= 3);
    }
    // the blank-ish beginner has profile items to gain that the active seller already has
    let photo_or_about = s
        .knobs
        .iter()
        .find(|k| k.lever == Lever::Profile(ProfileItem::About))
        .unwrap();
    assert_eq!(photo_or_about.participants, 1);
}

#[test]
fn empty_cohort_has_no_stats() {
    assert!(CohortStats::of(std::iter::empty()).is_none());
    assert!(Cohort::new().stats().is_none());
}

// ---------- import ----------

fn save(dir: &Path, name: &str, p: &ParticipantFile) -> PathBuf {
    let path = dir.join(name);
    p.save(&path).unwrap();
    path
}

#[test]
fn duplicates_are_recognised() {
    let dir = tempfile::tempdir().unwrap();
    let a = with_scores("aaaaaaaa", [10.0, 10.0, 10.0, 10.0], &[]);
    let b = with_scores("bbbbbbbb", [12.0, 10.0, 10.0, 10.0], &[]);
    let f1 = save(dir.path(), "a.ssip", &a);
    let f2 = save(dir.path(), "a-copy.ssip", &a);
    let f3 = save(dir.path(), "b.ssip", &b);
    let imp = Cohort::import(&[f1.clone(), f2.clone(), f3]);
    assert_eq!(imp.participants.len(), 2);
    assert_eq!(imp.skipped.len(), 1);
    assert_eq!(imp.skipped[0].file, f2);
    assert_eq!(imp.skipped[0].reason, SkipReason::Duplicate(f1.clone()));
    assert_eq!(imp.skipped[0].reason.key(), "duplicate");
    assert!(
        imp.skipped[0]
            .reason
            .message(Language::Nl)
            .contains("a.ssip")
    );

    // a later export of the same participant replaces the earlier one; an earlier one is skipped
    let mut later = a.clone();
    later.date = day(30);
    later.estimate.brand = 20.0;
    let mut earlier = a.clone();
    earlier.date = day(2);
    earlier.estimate.brand = 5.0;
    let f_later = save(dir.path(), "a-later.ssip", &later);
    let f_earlier = save(dir.path(), "a-earlier.ssip", &earlier);
    let imp = Cohort::import(&[f1.clone(), f_later.clone(), f_earlier.clone()]);
    assert_eq!(imp.participants.len(), 1);
    assert_eq!(imp.participants[0].participant.estimate.brand, 20.0);
    assert_eq!(
        imp.skipped,
        vec![ssi_coach::workshop::Skipped {
            file: f_earlier,
            reason: SkipReason::Superseded(f_later.clone()),
        }]
    );

    // adding to an existing cohort also recognises what is already there
    let mut cohort = imp.into_cohort();
    let skipped = cohort.add_paths(std::slice::from_ref(&f_later));
    assert_eq!(skipped[0].reason, SkipReason::Duplicate(f_later));
    assert_eq!(cohort.len(), 1);
    assert!(cohort.remove(&ParticipantId("aaaaaaaa".to_owned())));
    assert!(cohort.is_empty());
}

#[test]
fn bad_files_are_skipped_with_reasons_and_the_rest_imports() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = with_scores("goodgood", [10.0, 11.0, 12.0, 13.0], &[]);
    let f_good = save(d, "good.ssip", &good);
    let text = good.to_ron().unwrap();
    let f_damaged = d.join("damaged.ssip");
    std::fs::write(&f_damaged, &text[..text.len() - 20]).unwrap();
    let f_foreign = d.join("client.ron");
    std::fs::write(
        &f_foreign,
        ssi_coach::store::client_to_ron(&ssi_coach::model::demo_client(day(1))).unwrap(),
    )
    .unwrap();
    let f_newer = d.join("newer.ssip");
    std::fs::write(&f_newer, text.replace("schema: 1", "schema: 2")).unwrap();
    let f_missing = d.join("missing.ssip");
    let imp = Cohort::import(&[
        f_damaged.clone(),
        f_good,
        f_foreign.clone(),
        f_newer.clone(),
        f_missing.clone(),
    ]);
    assert_eq!(imp.participants.len(), 1);
    let reasons: Vec<(PathBuf, &str)> = imp
        .skipped
        .iter()
        .map(|s| (s.file.clone(), s.reason.key()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (f_damaged, "damaged"),
            (f_foreign, "not_participant_file"),
            (f_newer, "newer_version"),
            (f_missing, "unreadable"),
        ]
    );
    for s in &imp.skipped {
        for lang in Language::ALL {
            assert!(
                !s.reason.message(lang).contains("workshop."),
                "untranslated"
            );
        }
    }
}

#[test]
fn folder_import_reads_ssip_files_only_not_recursively() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (i, id) in ["p1111111", "p2222222", "p3333333"].iter().enumerate() {
        let p = with_scores(id, [i as f64 * 5.0, 10.0, 10.0, 10.0], &[]);
        save(d, &format!("{id}.ssip"), &p);
    }
    // upper-case extension counts too
    save(
        d,
        "LOUD.SSIP",
        &with_scores("p4444444", [1.0, 1.0, 1.0, 1.0], &[]),
    );
    std::fs::write(d.join("README.txt"), "not a participant").unwrap();
    std::fs::write(
        d.join("broken.ssip"),
        "(format: \"ssi-coach-participant\", schema: 1, parti",
    )
    .unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    save(
        &d.join("sub"),
        "deep.ssip",
        &with_scores("p5555555", [1.0, 1.0, 1.0, 1.0], &[]),
    );
    let imp = Cohort::import(&[d.to_path_buf()]);
    let mut ids: Vec<String> = imp
        .participants
        .iter()
        .map(|p| p.participant.id.0.clone())
        .collect();
    ids.sort();
    assert_eq!(ids, ["p1111111", "p2222222", "p3333333", "p4444444"]);
    assert_eq!(imp.skipped.len(), 1);
    assert_eq!(imp.skipped[0].file, d.join("broken.ssip"));
    assert_eq!(imp.skipped[0].reason.key(), "damaged");
    let s = imp.stats().unwrap();
    assert_eq!(s.participants, 4);
    assert_eq!(s.pillar(Pillar::Brand).max, 10.0);
}

// ---------- example files ----------

#[test]
fn example_participant_files_still_load() {
    let dir = examples_dir();
    let examples = example_participants();
    if std::env::var_os("UPDATE_EXAMPLES").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, p) in &examples {
            p.save(&dir.join(name)).unwrap();
        }
    }
    for (name, p) in &examples {
        let loaded = ParticipantFile::load(&dir.join(name))
            .unwrap_or_else(|e| panic!("{name}: {e} (UPDATE_EXAMPLES=1 rewrites them)"));
        assert_eq!(loaded.id, p.id, "{name}");
        assert_eq!(loaded.profile, p.profile, "{name}");
        assert_eq!(loaded.inputs, p.inputs, "{name}");
        assert_eq!(loaded.exercises, p.exercises, "{name}");
    }
    let imp = Cohort::import(&[dir]);
    assert!(imp.skipped.is_empty(), "{:?}", imp.skipped);
    assert_eq!(imp.participants.len(), examples.len());
    let s = imp.stats().unwrap();
    // the personas spread over the bands: the group is not all in one
    assert!(
        s.bands.iter().filter(|(_, n)| *n > 0).count() >= 2,
        "{:?}",
        s.bands
    );
    assert_eq!(s.with_reading, 1);
}

// ---------- the cohort command ----------

fn is_one_decimal(v: &serde_json::Value) -> bool {
    let x = v.as_f64().unwrap();
    ((x * 10.0).round() - x * 10.0).abs() < 1e-9
}

#[test]
fn cohort_json_has_the_exact_shape() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    use ProfileItem as P;
    save(
        d,
        "a.ssip",
        &with_scores("aaaaaaaa", [10.0, 10.0, 10.0, 10.0], &[]),
    );
    save(
        d,
        "b.ssip",
        &with_scores(
            "bbbbbbbb",
            [15.0, 12.0, 14.0, 14.0],
            &[P::Photo, P::Headline],
        ),
    );
    let c = with_scores(
        "cccccccc",
        [20.0, 18.0, 17.0, 17.5],
        &[P::Photo, P::Headline, P::About, P::Banner],
    );
    let fc = save(d, "c.ssip", &c);
    let missing = d.join("nope.ssip");
    let (code, stdout, stderr) = run(&[
        "cohort",
        d.to_str().unwrap(),
        fc.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    // the keys come in the documented order
    assert!(
        stdout.starts_with("{\"participants\":3,\"skipped\":["),
        "{stdout}"
    );
    let pos = |k: &str| stdout.find(&format!("\"{k}\":")).unwrap();
    let order = [
        "participants",
        "skipped",
        "pillars",
        "brand",
        "find",
        "engage",
        "relationships",
        "total",
        "bands",
        "below_50",
        "50_60",
        "60_70",
        "70_80",
        "80_plus",
        "missing_items",
    ];
    for w in order.windows(2) {
        assert!(pos(w[0]) < pos(w[1]), "{} before {}", w[0], w[1]);
    }
    assert!(stdout.contains("\"brand\":{\"mean\":15.0,\"min\":10.0,\"max\":20.0}"));
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let obj = v.as_object().unwrap();
    let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "bands",
            "missing_items",
            "participants",
            "pillars",
            "skipped",
            "total"
        ]
    );
    assert_eq!(v["participants"], 3);
    // c.ssip twice (folder and file) and the missing file
    let skipped = v["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2);
    for s in skipped {
        let mut k: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
        k.sort_unstable();
        assert_eq!(k, ["file", "reason"]);
        assert!(s["reason"].as_str().is_some_and(|r| !r.is_empty()));
    }
    assert_eq!(skipped[0]["file"], fc.to_str().unwrap());
    assert!(
        skipped[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("duplicate")
    );
    assert_eq!(skipped[1]["file"], missing.to_str().unwrap());
    let pillars = v["pillars"].as_object().unwrap();
    let mut pk: Vec<&str> = pillars.keys().map(String::as_str).collect();
    pk.sort_unstable();
    assert_eq!(pk, ["brand", "engage", "find", "relationships"]);
    for (_, p) in pillars.iter().chain(
        [("total".to_owned(), v["total"].clone())]
            .iter()
            .map(|(k, v)| (k, v)),
    ) {
        let mut k: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
        k.sort_unstable();
        assert_eq!(k, ["max", "mean", "min"]);
        for x in ["mean", "min", "max"] {
            assert!(is_one_decimal(&p[x]), "{p}");
        }
    }
    assert_eq!(v["pillars"]["brand"]["mean"], 15.0);
    assert_eq!(v["pillars"]["find"]["mean"], 13.3); // 40/3 rounded to one decimal
    assert_eq!(v["pillars"]["relationships"]["mean"], 13.8); // 41.5/3
    assert_eq!(v["pillars"]["engage"]["min"], 10.0);
    assert_eq!(v["total"]["mean"], 55.8); // 167.5/3
    assert_eq!(v["total"]["max"], 72.5);
    let bands = v["bands"].as_object().unwrap();
    let got: Vec<(&str, u64)> = Band::ALL
        .iter()
        .map(|b| (b.key(), bands[b.key()].as_u64().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("below_50", 1),
            ("50_60", 1),
            ("60_70", 0),
            ("70_80", 1),
            ("80_plus", 0)
        ]
    );
    assert_eq!(bands.len(), 5);
    let items: Vec<&str> = v["missing_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert_eq!(items.len(), 13);
    assert_eq!(items[0], "industry_location");
    assert_eq!(&items[9..], ["banner", "about", "photo", "headline"]);
}

#[test]
fn cohort_command_exit_codes() {
    // no paths: usage error
    let (code, stdout, stderr) = run(&["cohort", "--json"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("cohort"), "{stderr}");
    // nothing readable: the summary still comes out as JSON, exit 2
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.ssip");
    std::fs::write(&junk, "hello").unwrap();
    let (code, stdout, stderr) = run(&["cohort", junk.to_str().unwrap(), "--json"]);
    assert_eq!(code, 2, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["participants"], 0);
    assert_eq!(v["skipped"][0]["reason"], "not a participant file");
    assert!(v["total"]["mean"].is_null());
    assert_eq!(v["bands"]["below_50"], 0);
    assert_eq!(v["missing_items"], serde_json::json!([]));
    // the text summary of the examples
    let (code, stdout, _) = run(&["cohort", examples_dir().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("participants  6"), "{stdout}");
    assert!(stdout.contains("total"));
    // unknown option, unknown language
    let (code, _, _) = run(&["cohort", "x", "--frobnicate"]);
    assert_eq!(code, 2);
    let (code, _, stderr) = run(&["cohort", "x", "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("fr"), "{stderr}");
    // the summary page for the mail
    let page = dir.path().join("summary.html");
    let (code, stdout, stderr) = run(&[
        "cohort",
        examples_dir().to_str().unwrap(),
        "--json",
        "--out",
        page.to_str().unwrap(),
        "--lang",
        "da",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("{\"participants\":6,"));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<html lang=\"da\">"));
    assert!(html.contains(ssi_coach::i18n::tr(Language::Da, "workshop.cohort.title")));
    // the one participant who gave a name is not named on the page
    assert!(!html.contains("Sanne"));
}

// ---------- exercises ----------

#[test]
fn built_in_exercises_are_complete_in_three_languages() {
    let all = builtin_exercises();
    let ids: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "profile_audit",
            "headline_about",
            "plan_week",
            "invitation_notes",
            "real_ssi"
        ]
    );
    assert_eq!(all[0].minutes, 10);
    assert_eq!(all[0].duration(), Duration::from_secs(600));
    assert_eq!(all[0].kind, ExerciseKind::Checklist);
    assert_eq!(all[2].kind, ExerciseKind::KnobChoice);
    assert_eq!(all[2].fields, 3);
    assert_eq!(all[3].fields, 3);
    assert_eq!(all[4].kind, ExerciseKind::Reading);
    for e in &all {
        assert!(e.builtin);
        assert!(ssi_coach::i18n::has_key(e.kind.label_key()));
        for lang in Language::ALL {
            assert!(!e.title(lang).starts_with("workshop."), "{} {lang:?}", e.id);
            assert!(!e.instructions(lang).starts_with("workshop."));
        }
        assert_ne!(e.title(Language::En), e.title(Language::Nl));
        assert_ne!(e.instructions(Language::En), e.instructions(Language::Da));
    }
}

const TRAINER_FILE: &str = r#"
// my own exercises
(
  schema: 1,
  exercises: [
    (
      id: "elevator_pitch",
      minutes: 5,
      kind: FreeText,
      fields: 1,
      title: (en: "Elevator pitch", nl: "Elevatorpitch"),
      instructions: (en: "Say in two sentences whom you help with what."),
    ),
    (
      id: "find_ten",
      minutes: 8,
      kind: KnobChoice,
      title: (en: "Find ten decision makers"),
    ),
  ],
)
"#;

#[test]
fn trainer_exercise_file_parses() {
    let ex = parse_exercises(TRAINER_FILE).unwrap();
    assert_eq!(ex.len(), 2);
    assert_eq!(ex[0].id, "elevator_pitch");
    assert!(!ex[0].builtin);
    assert_eq!(ex[0].title(Language::Nl), "Elevatorpitch");
    // Danish falls back to English
    assert_eq!(ex[0].title(Language::Da), "Elevator pitch");
    assert_eq!(ex[1].kind, ExerciseKind::KnobChoice);
    assert_eq!(ex[1].fields, 1);
    assert_eq!(ex[1].duration(), Duration::from_secs(480));
    // the documented example in docs/workshop.md parses too
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/workshop.md"))
            .unwrap();
    let block = doc
        .split("```ron")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a ```ron block in docs/workshop.md");
    assert!(!parse_exercises(block).unwrap().is_empty());
    // loading from a data folder: missing file = none; a file = built-ins plus its own
    let dir = tempfile::tempdir().unwrap();
    let (all, err) = ssi_coach::workshop::all_exercises(dir.path());
    assert_eq!((all.len(), err), (5, None));
    std::fs::write(dir.path().join("exercises.ron"), TRAINER_FILE).unwrap();
    let (all, err) = ssi_coach::workshop::all_exercises(dir.path());
    assert_eq!((all.len(), err), (7, None));
    std::fs::write(dir.path().join("exercises.ron"), "(exercises: [").unwrap();
    let (all, err) = ssi_coach::workshop::all_exercises(dir.path());
    assert_eq!(all.len(), 5);
    assert!(matches!(err, Some(ExerciseFileError::Syntax { .. })));
}

#[test]
fn trainer_exercise_file_errors_are_clear() {
    let err = |text: &str| parse_exercises(text).unwrap_err();
    match err("(exercises: [\n  (id: \"x\", minutes: 5, title: (en: \"X\"),\n  oops\n])") {
        ExerciseFileError::Syntax { line, .. } => assert!(line >= 2, "line {line}"),
        e => panic!("{e:?}"),
    }
    assert_eq!(
        err("(schema: 3, exercises: [])"),
        ExerciseFileError::NewerVersion { schema: 3 }
    );
    let one = |body: &str| format!("(exercises: [({body})])");
    let problem = |body: &str| match err(&one(body)) {
        ExerciseFileError::Invalid {
            number, problem, ..
        } => {
            assert_eq!(number, 1);
            problem
        }
        e => panic!("{e:?}"),
    };
    assert!(problem("id: \"\", minutes: 5, title: (en: \"X\")").contains("id"));
    assert!(problem("id: \"Bad Id\", minutes: 5, title: (en: \"X\")").contains("id"));
    assert!(problem("id: \"plan_week\", minutes: 5, title: (en: \"X\")").contains("built-in"));
    assert!(problem("id: \"x\", minutes: 0, title: (en: \"X\")").contains("minutes"));
    assert!(problem("id: \"x\", minutes: 999, title: (en: \"X\")").contains("minutes"));
    assert!(problem("id: \"x\", minutes: 5, title: (nl: \"X\")").contains("title"));
    assert!(problem("id: \"x\", minutes: 5, fields: 0, title: (en: \"X\")").contains("fields"));
    match err(
        "(exercises: [(id: \"a\", minutes: 5, title: (en: \"A\")), (id: \"a\", minutes: 5, title: (en: \"B\"))])",
    ) {
        ExerciseFileError::Invalid {
            number: 2, problem, ..
        } => assert!(problem.contains("twice")),
        e => panic!("{e:?}"),
    }
    // a misspelt field is an error, not silently ignored
    assert!(matches!(
        err(&one("id: \"x\", minuts: 5, title: (en: \"X\")")),
        ExerciseFileError::Syntax { .. }
    ));
    let e = err("(schema: 3, exercises: [])");
    assert!(e.message(Language::Da).contains("3"));
    assert_ne!(e.message(Language::Da), e.message(Language::En));
}

// ---------- timer ----------

#[test]
fn timer_with_a_mocked_clock() {
    let s = Duration::from_secs;
    let mut t = Timer::new(s(10 * 60));
    assert!(!t.is_started());
    assert_eq!(t.remaining_text(s(0)), "10:00");
    t.start(s(1000));
    assert!(t.is_running());
    assert_eq!(t.remaining(s(1000)), s(600));
    assert_eq!(
        t.remaining(Duration::from_millis(1_000_500)),
        Duration::from_millis(599_500)
    );
    assert_eq!(t.remaining_text(Duration::from_millis(1_000_500)), "10:00");
    assert_eq!(t.remaining_text(s(1001)), "9:59");
    // a clock that goes backwards counts as the start
    assert_eq!(t.remaining(s(900)), s(600));
    t.pause(s(1300));
    assert!(t.is_paused());
    assert_eq!(t.remaining(s(5000)), s(300));
    assert!((t.fraction_done(s(5000)) - 0.5).abs() < 1e-6);
    t.resume(s(5000));
    assert_eq!(t.remaining(s(5200)), s(100));
    assert!(!t.is_finished(s(5299)));
    assert!(!t.take_end_signal(s(5299)));
    assert!(t.is_finished(s(5300)));
    assert!(t.take_end_signal(s(5400)));
    assert!(!t.take_end_signal(s(5500)), "the end signal comes once");
    assert_eq!(t.remaining(s(9999)), Duration::ZERO);
    // two more minutes for the room
    t.extend(s(120));
    assert!(!t.is_finished(s(5400)));
    assert_eq!(t.remaining(s(5400)), s(20));
    assert!(t.take_end_signal(s(5420)));
    t.reset();
    assert!(!t.is_started());
    assert_eq!(t.remaining(s(6000)), s(720));
}

// ---------- the cohort page ----------

#[test]
fn cohort_page_is_self_contained_and_translated() {
    let a = with_scores("aaaaaaaa", [10.0, 10.0, 10.0, 10.0], &[]);
    let mut b = with_scores("bbbbbbbb", [15.5, 12.0, 14.0, 14.0], &[ProfileItem::Photo]);
    let shown = b.estimate;
    b.set_inputs(&engine::persona(Persona::Beginner));
    b.estimate = shown;
    let s = CohortStats::of([&a, &b]).unwrap();
    for lang in Language::ALL {
        let html = cohort_html(&s, lang);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("Content-Security-Policy"));
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        for banned in [
            "<script",
            "http://",
            "https://",
            "src=",
            "href=",
            "workshop.",
        ] {
            let found = html.replace("http://www.w3.org/2000/svg", "");
            assert!(!found.contains(banned), "{banned} in {lang:?}");
        }
        assert!(html.contains("<svg"));
        assert!(html.contains(ssi_coach::i18n::tr(lang, "pillar.brand")));
        assert!(html.contains(ssi_coach::i18n::tr(lang, "band.below_50")));
        // the checklist item everyone misses is listed by its label
        assert!(html.contains(ssi_coach::i18n::tr(
            lang,
            engine::label_key(Lever::Profile(ProfileItem::Featured))
        )));
    }
    // numbers in the language's format: the brand mean is 12.75 -> 12.8 / 12,8
    assert!(cohort_html(&s, Language::En).contains(">12.8<"));
    assert!(cohort_html(&s, Language::Nl).contains(">12,8<"));
    // a trainer's title is escaped
    let titled = ssi_coach::workshop::cohort_html_titled(
        &s,
        Language::En,
        Some("<b>Sales & co</b>"),
        Some(day(23)),
    );
    assert!(titled.contains("&lt;b&gt;Sales &amp; co&lt;/b&gt;"));
    assert!(!titled.contains("<b>"));
}

// ---------- hostile input ----------

mod hostile {
    use super::*;
    use proptest::prelude::*;

    fn valid_text() -> String {
        let mut p = with_scores("abcdefgh-1", [10.5, 3.0, 7.25, 12.0], &[ProfileItem::Photo]);
        p.set_inputs(&engine::persona(Persona::Average));
        p.name = Some("Jens".to_owned());
        p.to_ron().unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any text: an answer or an error, never a panic; what parses is in range.
        #[test]
        fn any_text_parses_or_errs(text in "\\PC{0,400}") {
            if let Ok(p) = ParticipantFile::parse(&text) {
                prop_assert!(p.total().is_finite());
            }
        }

        /// A participant file cut short or with one character changed: never a panic, and
        /// anything accepted still has finite numbers in range.
        #[test]
        fn mutated_files_never_panic(cut in 0usize..4000, at in 0usize..4000, c in any::<char>()) {
            let text = valid_text();
            let cut = cut.min(text.len());
            let cut = (0..=cut).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            let _ = ParticipantFile::parse(&text[..cut]);
            let mut chars: Vec<char> = text.chars().collect();
            let at = at % chars.len();
            chars[at] = c;
            let changed: String = chars.into_iter().collect();
            if let Ok(p) = ParticipantFile::parse(&changed) {
                for pillar in Pillar::ALL {
                    let v = p.estimate.get(pillar);
                    prop_assert!(v.is_finite() && (0.0..=25.0).contains(&v));
                }
                prop_assert!(p.id.is_valid());
            }
        }

        /// Any exercise file text: exercises or an error, never a panic.
        #[test]
        fn any_exercise_file_parses_or_errs(text in "\\PC{0,300}") {
            if let Ok(list) = parse_exercises(&text) {
                for e in list {
                    prop_assert!(e.minutes >= 1 && e.minutes <= 240);
                }
            }
        }
    }
}
