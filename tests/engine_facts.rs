//! One test per fact in SSI-FACTS.md, plus the engine's own promises.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::{Duration, NaiveDate};
use ssi_coach::engine::{
    self, Band, Persona, Scenario, Unit, calibrate, estimate, forecast, inputs, knobs, persona,
    plan, score, set_lever,
};
use ssi_coach::model::{
    ActivityKind, Channel, Client, ClientId, Date, Lever, MessageEntry, Pillar, PillarScores,
    ProfileItem, Reading,
};

fn day(y: i32, m: u32, d: u32) -> Date {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: fn() -> Date = || day(2026, 6, 30);

fn client() -> Client {
    Client::new(ClientId("t-1".into()), "Test", day(2024, 1, 1))
}

fn complete_profile(c: &mut Client) {
    for item in ProfileItem::ALL {
        c.profile.set(item, true);
    }
    c.profile.skills = 12;
    c.profile.recommendations = 3;
}

/// `per_week` of `kind` spread over every day from `from_days_ago` to `to_days_ago`.
fn steady(c: &mut Client, kind: ActivityKind, per_week: u32, from_days_ago: i64, to_days_ago: i64) {
    for a in to_days_ago..=from_days_ago {
        let d = TODAY() - Duration::days(a);
        // spread per_week over 7 days deterministically
        let n = (per_week as i64 * (a + 1) / 7 - per_week as i64 * a / 7) as u32;
        if n > 0 {
            c.activity.add(d, kind, n);
        }
    }
}

/// A busy seller: active every day of the last 120 days.
fn active_seller(sn: bool) -> Client {
    let mut c = client();
    complete_profile(&mut c);
    c.sales_navigator = sn;
    c.network.connections = 2500;
    c.network.decision_makers = 600;
    for (kind, n) in [
        (ActivityKind::Post, 2),
        (ActivityKind::Comment, 10),
        (ActivityKind::Like, 25),
        (ActivityKind::Share, 3),
        (ActivityKind::GroupPost, 2),
        (ActivityKind::Search, 15),
        (ActivityKind::ProfileViewFollowUp, 5),
        (ActivityKind::InvitationWithNote, 8),
        (ActivityKind::Acceptance, 5),
        (ActivityKind::LeadSaved, 10),
        (ActivityKind::SavedSearch, 1),
    ] {
        steady(&mut c, kind, n, 119, 0);
    }
    // an article every two weeks
    for a in (0..120).step_by(14) {
        c.activity
            .add(TODAY() - Duration::days(a), ActivityKind::Article, 1);
    }
    let mut id = 0;
    for a in 0..120 {
        for k in 0..2 {
            id += 1;
            let mut m = MessageEntry::new(id, TODAY() - Duration::days(a), format!("P{id}"));
            m.decision_maker = k == 0;
            m.replied = k != 2;
            m.channel = if k == 1 && sn {
                Channel::InMail
            } else {
                Channel::Message
            };
            c.add_message(m);
        }
    }
    c
}

// ---- Structure -----------------------------------------------------------------------------

/// Fact 1: four pillars, each a decimal 0-25; the total is their sum; shown rounded.
#[test]
fn fact_four_pillars_of_25_and_total_is_their_sum_shown_rounded() {
    for c in [client(), active_seller(true), active_seller(false)] {
        let e = estimate(&c, TODAY());
        for p in Pillar::ALL {
            let v = e.pillars.get(p);
            assert!((0.0..=25.0).contains(&v), "{p:?} = {v}");
        }
        let sum: f64 = Pillar::ALL.iter().map(|p| e.pillars.get(*p)).sum();
        assert!((e.total() - sum).abs() < 1e-9);
        // contributions add up to each pillar
        for p in Pillar::ALL {
            let c: f64 = e.contributions_to(p).iter().map(|c| c.points).sum();
            assert!(
                (c - e.pillars.get(p)).abs() < 1e-9,
                "{p:?}: {c} vs {}",
                e.pillars.get(p)
            );
        }
    }
    let mut i = persona(Persona::Average);
    // find a value whose total is x.6 and check it is shown as the next integer
    i.likes_per_week = 0.0;
    let e = score(&i);
    assert_eq!(e.total_shown(), e.total().round() as u32);
    let fake = ssi_coach::engine::Estimate {
        pillars: PillarScores {
            brand: 13.1,
            find: 13.0,
            engage: 13.0,
            relationships: 13.5,
        },
        contributions: vec![],
        calibrated: false,
    };
    assert_eq!(fake.total_shown(), 53, "52.6 is shown as 53 of 100");
    assert_eq!(
        ssi_coach::i18n::tr_args(
            ssi_coach::model::Language::En,
            "common.of_100",
            &[("value", "53")]
        ),
        "53 of 100"
    );
}

/// Fact 2: recomputed daily: the estimate for tomorrow differs from today's when activity ages.
#[test]
fn fact_recomputed_daily() {
    let c = active_seller(false);
    let today = estimate(&c, TODAY()).total();
    let tomorrow = estimate(&c, TODAY() + Duration::days(1)).total();
    assert!(
        tomorrow < today,
        "one more quiet day lowers it a little: {today} -> {tomorrow}"
    );
    assert!(
        today - tomorrow < 1.0,
        "but only a little: {today} -> {tomorrow}"
    );
}

/// Fact 3: it falls while inactive; three weeks of holiday show a clear drop (docs: >= 8 points
/// for an active seller); activity older than the ~90-day window no longer counts.
#[test]
fn fact_inactivity_drops_the_estimate_three_weeks_clearly() {
    let c = active_seller(false);
    let before = estimate(&c, TODAY()).total();
    let after = estimate(&c, TODAY() + Duration::days(21)).total();
    let drop = before - after;
    assert!(
        drop >= 8.0,
        "three weeks away drop {drop:.1} ({before:.1} -> {after:.1})"
    );
    // the drop grows day by day
    let mut last = before;
    for d in 1..=21 {
        let t = estimate(&c, TODAY() + Duration::days(d)).total();
        assert!(t <= last + 1e-9, "day {d}: {t} > {last}");
        last = t;
    }
    // 90-day window: activity from 100 days ago alone gives no activity points
    let mut old = client();
    steady(&mut old, ActivityKind::Comment, 30, 110, 95);
    let i = inputs(&old, TODAY());
    assert_eq!(i.comments_per_week, 0.0);
}

/// Fact 4: industry and network rank and averages can be entered with a reading.
#[test]
fn fact_readings_carry_ranks_and_averages() {
    let mut c = client();
    c.readings.push(Reading {
        date: TODAY(),
        total: 61.0,
        pillars: PillarScores {
            brand: 16.0,
            find: 14.0,
            engage: 15.0,
            relationships: 16.0,
        },
        industry_rank_pct: Some(8.0),
        network_rank_pct: Some(12.0),
        industry_average: Some(24.0),
        network_average: Some(31.0),
    });
    let r = c.latest_reading(TODAY()).unwrap();
    assert_eq!(r.industry_rank_pct, Some(8.0));
    assert_eq!(r.network_average, Some(31.0));
}

/// Fact 5: the weights change over time: calibration to the user's own readings absorbs it.
#[test]
fn fact_weights_drift_is_absorbed_by_calibration() {
    let mut c = active_seller(false);
    let e = estimate(&c, TODAY());
    // LinkedIn "re-weighted": real readings run 7% lower on engage and relationships
    for back in [60, 30, 0] {
        let d = TODAY() - Duration::days(back);
        let est = estimate(&c, d).pillars;
        c.readings.push(Reading {
            date: d,
            total: 0.0,
            pillars: PillarScores {
                brand: est.brand,
                find: est.find,
                engage: est.engage - 3.0,
                relationships: est.relationships - 2.0,
            },
            industry_rank_pct: None,
            network_rank_pct: None,
            industry_average: None,
            network_average: None,
        });
        let r = c.readings.last_mut().unwrap();
        r.total = r.pillars.total();
    }
    let cal = calibrate(&c, TODAY()).unwrap();
    assert!(cal.error_after < cal.error_before, "{cal:?}");
    assert!((cal.offsets.engage - (-3.0 * 0.75)).abs() < 0.3, "{cal:?}");
    c.calibrate = true;
    let calibrated = estimate(&c, TODAY());
    assert!(calibrated.calibrated);
    assert!(calibrated.pillars.engage < e.pillars.engage - 2.0);
    assert!(
        calibrated
            .contributions
            .iter()
            .any(|x| x.factor == "calibration")
    );
}

// ---- Pillar inputs -------------------------------------------------------------------------

/// Brand: a well-filled profile alone reaches about 17-18 and never more than 19.
#[test]
fn fact_complete_profile_without_articles_is_about_17_to_18_and_at_most_19() {
    let mut c = client();
    complete_profile(&mut c);
    c.network.connections = 600;
    let brand = estimate(&c, TODAY()).pillars.brand;
    assert!((17.0..=18.0).contains(&brand), "complete profile: {brand}");
    // even with lots of posts and everything else, no articles means at most 19
    let mut busy = active_seller(true);
    busy.activity.0.values_mut().for_each(|d| {
        d.set(ActivityKind::Article, 0);
    });
    let brand = estimate(&busy, TODAY()).pillars.brand;
    assert!(brand <= 19.0 + 1e-9, "no articles: {brand}");
    assert!(brand > 18.0, "posts still add a little: {brand}");
}

/// Brand: regular articles (about one a month) are what reach 24-25.
#[test]
fn fact_monthly_articles_reach_24_to_25() {
    let mut c = client();
    complete_profile(&mut c);
    c.network.connections = 800;
    steady(&mut c, ActivityKind::Post, 2, 89, 0);
    for a in [5, 35, 65] {
        c.activity
            .add(TODAY() - Duration::days(a), ActivityKind::Article, 1);
    }
    let brand = estimate(&c, TODAY()).pillars.brand;
    assert!((24.0..=25.0).contains(&brand), "monthly articles: {brand}");
    // one old article is not "regular"
    let mut once = client();
    complete_profile(&mut once);
    once.network.connections = 800;
    once.activity
        .add(TODAY() - Duration::days(80), ActivityKind::Article, 1);
    assert!(estimate(&once, TODAY()).pillars.brand < 22.0);
}

/// Brand: 500+ connections count.
#[test]
fn fact_500_connections_count() {
    let mut c = client();
    complete_profile(&mut c);
    c.network.connections = 200;
    let low = estimate(&c, TODAY()).pillars.brand;
    c.network.connections = 500;
    let at = estimate(&c, TODAY()).pillars.brand;
    c.network.connections = 5000;
    let high = estimate(&c, TODAY()).pillars.brand;
    assert!(at > low + 1.0, "{low} -> {at}");
    assert!(
        (high - at).abs() < 1e-9,
        "past 500 the brand factor is full"
    );
}

/// Brand: each profile item (photo, banner, headline, about, experience, media, featured,
/// skills, recommendations...) adds to the brand pillar.
#[test]
fn fact_every_profile_item_raises_brand() {
    for item in ProfileItem::ALL {
        let mut c = client();
        let before = estimate(&c, TODAY()).pillars.brand;
        c.profile.set(item, true);
        let after = estimate(&c, TODAY()).pillars.brand;
        assert!(after > before, "{item:?}");
    }
}

fn pillar_moves(kind: ActivityKind, pillar: Pillar, sn: bool) {
    let mut c = client();
    c.sales_navigator = sn;
    let before = estimate(&c, TODAY());
    steady(&mut c, kind, 10, 60, 0);
    let after = estimate(&c, TODAY());
    assert!(
        after.pillars.get(pillar) > before.pillars.get(pillar) + 0.5,
        "{kind:?} should raise {pillar:?}: {} -> {}",
        before.pillars.get(pillar),
        after.pillars.get(pillar)
    );
}

/// Find the right people: searches, profile-view follow-ups, days active; saved searches and
/// leads with Sales Navigator.
#[test]
fn fact_find_inputs_move_find() {
    pillar_moves(ActivityKind::Search, Pillar::Find, false);
    pillar_moves(ActivityKind::ProfileViewFollowUp, Pillar::Find, false);
    pillar_moves(ActivityKind::LeadSaved, Pillar::Find, true);
    pillar_moves(ActivityKind::SavedSearch, Pillar::Find, true);
}

/// Engage with insights: likes, comments, shares, own posts, group activity, messages and their
/// response rate.
#[test]
fn fact_engage_inputs_move_engage() {
    for k in [
        ActivityKind::Like,
        ActivityKind::Comment,
        ActivityKind::Share,
        ActivityKind::Post,
        ActivityKind::GroupPost,
    ] {
        pillar_moves(k, Pillar::Engage, false);
    }
    let mut c = client();
    for a in 0..30 {
        let mut m = MessageEntry::new(a as u64 + 1, TODAY() - Duration::days(a), "X");
        m.replied = false;
        c.add_message(m);
    }
    let no_reply = estimate(&c, TODAY()).pillars.engage;
    assert!(no_reply > 0.5);
    c.messages.iter_mut().for_each(|m| m.replied = true);
    let replied = estimate(&c, TODAY()).pillars.engage;
    assert!(
        replied > no_reply + 1.0,
        "response rate counts: {no_reply} -> {replied}"
    );
}

/// Build relationships: connections, acceptance rate, personal notes, conversations, InMail
/// (paid), decision makers and C-level.
#[test]
fn fact_relationship_inputs_move_relationships() {
    pillar_moves(
        ActivityKind::InvitationWithNote,
        Pillar::Relationships,
        false,
    );
    let mut c = client();
    c.network.connections = 300;
    let base = estimate(&c, TODAY()).pillars.relationships;
    c.network.connections = 1500;
    let more = estimate(&c, TODAY()).pillars.relationships;
    assert!(more > base);
    c.network.decision_makers = 200;
    let dm = estimate(&c, TODAY()).pillars.relationships;
    assert!(dm > more + 2.0);
    // acceptance rate: same invitations, more acceptances
    steady(&mut c, ActivityKind::InvitationWithNote, 10, 60, 0);
    let no_accept = estimate(&c, TODAY()).pillars.relationships;
    steady(&mut c, ActivityKind::Acceptance, 7, 60, 0);
    let accept = estimate(&c, TODAY()).pillars.relationships;
    assert!(accept > no_accept + 1.0);
    // messages to decision makers
    let mut m = MessageEntry::new(1, TODAY(), "CEO");
    m.decision_maker = true;
    c.add_message(m);
    assert!(estimate(&c, TODAY()).pillars.relationships > accept);
}

/// A personal note on an invitation counts more than a bare invitation.
#[test]
fn fact_personal_notes_beat_bare_invitations() {
    let mut with = client();
    steady(&mut with, ActivityKind::InvitationWithNote, 10, 60, 0);
    let mut without = client();
    steady(&mut without, ActivityKind::InvitationWithoutNote, 10, 60, 0);
    assert!(
        estimate(&with, TODAY()).pillars.relationships
            > estimate(&without, TODAY()).pillars.relationships + 1.0
    );
}

/// InMail counts more than a message, and only with a paid account.
#[test]
fn fact_inmail_counts_more_and_needs_sales_navigator() {
    let make = |channel, sn| {
        let mut c = client();
        c.sales_navigator = sn;
        for a in 0..30 {
            let mut m = MessageEntry::new(a + 1, TODAY() - Duration::days(a as i64), "X");
            m.channel = channel;
            c.add_message(m);
        }
        estimate(&c, TODAY()).total()
    };
    assert!(make(Channel::InMail, true) > make(Channel::Message, true) + 1.0);
    assert!(make(Channel::InMail, false) < make(Channel::InMail, true));
}

// ---- Sales Navigator -----------------------------------------------------------------------

/// Without Sales Navigator the total cannot reach 100; with it, 100 is reachable.
#[test]
fn fact_sales_navigator_is_needed_for_100() {
    let mut max = persona(Persona::ActiveSeller);
    for lever in engine::all_levers() {
        set_lever(&mut max, lever, 10_000.0);
    }
    max.acceptances_per_week = 20_000.0;
    max.reply_rate = Some(1.0);
    max.active_days_28 = 28.0;
    max.sales_navigator = true;
    let with = score(&max).total();
    assert!(
        with > 99.5,
        "everything maxed with Sales Navigator: {with} {:?}",
        score(&max).pillars
    );
    max.sales_navigator = false;
    let without = score(&max).total();
    assert!(
        without < 90.0,
        "everything maxed without Sales Navigator: {without}"
    );
    // and Sales Navigator-only levers are capped (count nothing) without it
    let mut c = active_seller(false);
    let plain = estimate(&c, TODAY());
    assert!(
        plain
            .contributions
            .iter()
            .filter(|x| ["saved_searches", "leads_saved", "inmail"].contains(&x.factor))
            .all(|x| x.points == 0.0)
    );
    c.sales_navigator = true;
    let sn = estimate(&c, TODAY());
    assert!(
        sn.total() > plain.total() * 1.05,
        "SN raises the estimate: {} -> {}",
        plain.total(),
        sn.total()
    );
}

// ---- Bands ---------------------------------------------------------------------------------

/// Bands: below 50, 50-60, 60-70, 70-80, 80+; the 70 target.
#[test]
fn fact_bands() {
    let cases = [
        (0.0, Band::Below50),
        (49.4, Band::Below50),
        (49.6, Band::From50To60),
        (59.0, Band::From50To60),
        (60.0, Band::From60To70),
        (69.9, Band::From70To80),
        (75.0, Band::From70To80),
        (80.0, Band::From80),
        (100.0, Band::From80),
    ];
    for (total, band) in cases {
        assert_eq!(Band::of(total), band, "{total}");
    }
    assert_eq!(
        Band::ALL.map(Band::key),
        ["below_50", "50_60", "60_70", "70_80", "80_plus"]
    );
    assert_eq!(engine::TARGET_TOTAL, 70.0);
}

/// Training attendees often start in the 20s-30s; the personas span the bands coaches use.
#[test]
fn fact_personas_match_typical_scores() {
    let b = score(&persona(Persona::Beginner)).total();
    let a = score(&persona(Persona::Average)).total();
    let s = score(&persona(Persona::ActiveSeller)).total();
    assert!((20.0..35.0).contains(&b), "beginner {b}");
    assert!((50.0..56.0).contains(&a), "average {a}");
    assert!((70.0..80.0).contains(&s), "active seller {s}");
    assert_eq!(score(&persona(Persona::Blank)).total(), 0.0);
}

// ---- Cautions ------------------------------------------------------------------------------

/// Don't invite everyone: the gameable lever carries the quality-over-quantity caution and is
/// not in the weekly plan ahead of personal notes.
#[test]
fn fact_mass_invitations_carry_a_caution() {
    let ks = knobs(&persona(Persona::Average));
    let bare = ks
        .iter()
        .find(|k| k.lever == Lever::InvitationsWithoutNote)
        .unwrap();
    assert_eq!(bare.caution_key, Some("caution.quality_invitations"));
    let note = ks
        .iter()
        .find(|k| k.lever == Lever::InvitationsWithNote)
        .unwrap();
    assert!(
        note.points > bare.points,
        "notes bring more than bare invitations"
    );
}

/// Posting and commenting should inform, not sell: content levers carry that caution.
#[test]
fn fact_content_levers_carry_inform_not_sell() {
    let ks = knobs(&persona(Persona::Beginner));
    for lever in [Lever::Posts, Lever::Comments, Lever::Articles] {
        let k = ks.iter().find(|k| k.lever == lever).unwrap();
        assert_eq!(k.caution_key, Some("caution.inform_not_sell"));
    }
}

// ---- Knobs, plan, forecast -------------------------------------------------------------------

#[test]
fn knobs_cover_every_lever_ranked_by_points_per_minute() {
    let i = persona(Persona::Beginner);
    let ks = knobs(&i);
    assert_eq!(ks.len(), engine::all_levers().len());
    for w in ks.windows(2) {
        assert!(engine::per_minute(&w[0]) >= engine::per_minute(&w[1]));
    }
    // the points are real: applying the top knob's target raises the total by about that much
    let top = &ks[0];
    assert!(top.points > 0.0);
    let mut j = i.clone();
    set_lever(&mut j, top.lever, top.target);
    assert!(score(&j).total() > score(&i).total(), "{top:?}");
    // without Sales Navigator, SN-only knobs add nothing
    let inmail = ks.iter().find(|k| k.lever == Lever::InMails).unwrap();
    assert!(inmail.needs_sales_navigator);
    assert_eq!(inmail.points, 0.0);
    assert!(
        ks.iter()
            .filter(|k| k.unit == Unit::Toggle)
            .all(|k| k.target == 1.0)
    );
}

/// The plan fits its weekly budget and every step adds points. (The old test also capped the
/// plan at five items: issue 14 calls that cap wrong, as it left most of a budget unused.)
#[test]
fn plan_stays_within_budget_and_adds_points() {
    let p = plan(&persona(Persona::Average), 60);
    assert!(!p.items.is_empty());
    assert!(p.minutes_per_week() <= 60.0);
    assert!(p.minutes_per_week() + p.minutes_once() / 6.0 <= 60.0 + 1e-9);
    assert!(p.items.iter().all(|i| i.gain >= 0.01), "{p:?}");
}

#[test]
fn forecast_stop_falls_and_keep_plan_rises() {
    let c = active_seller(false);
    let stop = forecast(&c, TODAY(), 21, Scenario::Stop);
    assert_eq!(stop.len(), 22);
    assert!(stop[21].1.total() < stop[0].1.total() - 8.0);
    let mut beginner = client();
    beginner.profile.set(ProfileItem::Photo, true);
    steady(&mut beginner, ActivityKind::Like, 5, 60, 0);
    let plan = forecast(&beginner, TODAY(), 42, Scenario::KeepPlan);
    assert!(
        plan[42].1.total() > plan[0].1.total() + 3.0,
        "{} -> {}",
        plan[0].1.total(),
        plan[42].1.total()
    );
    let pace = forecast(&beginner, TODAY(), 42, Scenario::KeepPace);
    assert!((pace[42].1.total() - pace[0].1.total()).abs() < 1e-9);
}

#[test]
fn future_dated_entries_are_ignored() {
    let mut c = client();
    c.activity
        .add(TODAY() + Duration::days(3), ActivityKind::Comment, 50);
    assert_eq!(estimate(&c, TODAY()).pillars.engage, 0.0);
}

#[test]
fn estimate_json_has_the_contract_keys() {
    let e = estimate(&active_seller(false), TODAY()).to_json();
    for key in [
        "brand",
        "find",
        "engage",
        "relationships",
        "total",
        "band",
        "contributions",
    ] {
        assert!(e.get(key).is_some(), "{key}");
    }
    let obj = e.as_object().unwrap();
    assert_eq!(obj.len(), 7);
    let c = &e["contributions"][0];
    for key in ["factor", "pillar", "points", "max_points", "input"] {
        assert!(c.get(key).is_some(), "{key}");
    }
}

/// Every knob's reason, caution and label is translated in all three languages.
#[test]
fn every_knob_text_exists() {
    for k in knobs(&persona(Persona::Average)) {
        assert!(ssi_coach::i18n::has_key(k.reason_key), "{}", k.reason_key);
        assert!(
            ssi_coach::i18n::has_key(engine::label_key(k.lever)),
            "{:?}",
            k.lever
        );
        if let Some(c) = k.caution_key {
            assert!(ssi_coach::i18n::has_key(c), "{c}");
        }
        assert_ne!(k.reason_key, "knob.generic", "{:?}", k.lever);
    }
    for p in Persona::ALL {
        assert!(ssi_coach::i18n::has_key(p.label_key()));
    }
    for b in Band::ALL {
        assert!(ssi_coach::i18n::has_key(b.label_key()));
    }
}

/// The messaging log is kept in date order, and messages added out of order still count.
#[test]
fn messages_added_in_any_order_count() {
    let mut c = client();
    for a in [3i64, 40, 1, 80, 20] {
        let mut m = MessageEntry::new(a as u64, TODAY() - Duration::days(a), "X");
        m.decision_maker = true;
        c.add_message(m);
    }
    assert!(c.messages.is_sorted_by_key(|m| m.date));
    let i = inputs(&c, TODAY());
    let mut d = client();
    for a in [1i64, 3, 20, 40, 80] {
        let mut m = MessageEntry::new(a as u64, TODAY() - Duration::days(a), "X");
        m.decision_maker = true;
        d.messages.push(m);
    }
    assert_eq!(i, inputs(&d, TODAY()));
}

// ---- All-Star profile ----------------------------------------------------------------------

/// All-Star: industry and location, current position with a description, education, at least
/// 3 skills, a photo and at least 50 connections; every one of them is required.
#[test]
fn fact_all_star_profile() {
    let mut c = client();
    for item in [
        ProfileItem::IndustryLocation,
        ProfileItem::ExperienceDescriptions,
        ProfileItem::Education,
        ProfileItem::Photo,
    ] {
        c.profile.set(item, true);
    }
    c.profile.skills = 3;
    c.network.connections = 50;
    let base = inputs(&c, TODAY());
    assert!(engine::all_star(&base));
    // an All-Star profile is a start, not a complete profile: brand stays below 17
    let brand = score(&base).pillars.get(Pillar::Brand);
    assert!(brand > 3.0 && brand < 17.0, "All-Star brand {brand}");

    for item in [
        ProfileItem::IndustryLocation,
        ProfileItem::ExperienceDescriptions,
        ProfileItem::Education,
        ProfileItem::Photo,
    ] {
        let mut i = base.clone();
        i.profile.remove(&item);
        assert!(!engine::all_star(&i), "{item:?} missing");
    }
    let mut few_skills = base.clone();
    few_skills.skills = 2;
    assert!(!engine::all_star(&few_skills));
    let mut few_connections = base.clone();
    few_connections.connections = 49.0;
    assert!(!engine::all_star(&few_connections));
}

// ---- Sales Navigator claim -----------------------------------------------------------------

/// LinkedIn's claim: Sales Navigator raises the SSI by about 20 % for someone who uses it.
#[test]
fn fact_sales_navigator_raises_about_20_percent() {
    let mut i = persona(Persona::Average);
    i.sales_navigator = false;
    let without = score(&i).total();
    // the same person with Sales Navigator, using its levers at a realistic pace
    i.sales_navigator = true;
    i.saved_searches = 3.0;
    i.leads_saved_per_week = 8.0;
    i.inmails_per_week = 2.0;
    let with = score(&i).total();
    let gain = with / without - 1.0;
    assert!(
        (0.10..=0.30).contains(&gain),
        "Sales Navigator gain {:.0} % ({without:.1} -> {with:.1})",
        gain * 100.0
    );
}

// ---- Aim for 70; above 81 is very hard -----------------------------------------------------

/// 70+ takes daily, proactive work: a complete profile with a big network but no activity
/// stays far below it; the busy daily seller gets there. Above about 81 is very hard: the
/// realistic active seller stays below it, Sales Navigator adds on top of daily work.
#[test]
fn fact_seventy_needs_daily_work_and_81_is_very_hard() {
    let mut idle = client();
    complete_profile(&mut idle);
    idle.network.connections = 2500;
    idle.network.decision_makers = 600;
    let idle_total = estimate(&idle, TODAY()).total();
    assert!(idle_total < 50.0, "profile and network only: {idle_total}");

    let busy = estimate(&active_seller(false), TODAY()).total();
    assert!(busy >= 70.0, "daily active seller: {busy}");
    // the realistic active seller stays below 81; only the every-lever-every-day fixture
    // (articles every two weeks, 2 posts, 10 comments, 15 searches a week...) passes it
    let realistic = score(&persona(Persona::ActiveSeller)).total();
    assert!(realistic < 81.0, "active seller persona: {realistic}");
    let busy_sn = estimate(&active_seller(true), TODAY()).total();
    assert!(busy_sn > busy, "with Sales Navigator: {busy_sn}");
}

/// The plan never tells anyone to buy a subscription, even when it would add the most.
#[test]
fn plan_has_no_subscription() {
    let ks = knobs(&persona(Persona::Average));
    assert!(
        ks.iter()
            .any(|k| k.lever == Lever::SalesNavigator && k.points > 1.0)
    );
    let p = plan(&persona(Persona::Average), 10_000);
    assert!(
        p.items
            .iter()
            .all(|i| i.step.lever != Lever::SalesNavigator)
    );
    assert!(p.sales_navigator.is_some_and(|g| g > 1.0));
}

/// Someone who already pays for Sales Navigator is not offered points for subscribing.
#[test]
fn sales_navigator_already_held_offers_no_points() {
    let today = day(2026, 11, 20);
    let with = engine::inputs(&active_seller(true), today);
    let k = engine::knobs(&with);
    let sn = k.iter().find(|k| k.lever == Lever::SalesNavigator).unwrap();
    assert_eq!(sn.points, 0.0, "{sn:?}");
    let without = engine::inputs(&active_seller(false), today);
    let k = engine::knobs(&without);
    let sn = k.iter().find(|k| k.lever == Lever::SalesNavigator).unwrap();
    assert!(sn.points > 0.0);
}
