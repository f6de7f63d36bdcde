//! Client -> inputs -> estimate.

use chrono::Duration;

use super::types::{Contribution, Estimate, FactorInput, Inputs};
use super::weights as w;
use crate::model::{ActivityKind, Channel, Client, Date, Pillar, PillarScores, ProfileItem};

/// Decay weights for ages 0..WINDOW_DAYS and their sum.
fn decay_weights() -> ([f64; w::WINDOW_DAYS as usize], f64) {
    let mut weights = [0.0; w::WINDOW_DAYS as usize];
    let mut sum = 0.0;
    for (age, slot) in weights.iter_mut().enumerate() {
        *slot = (-(age as f64) / w::DECAY_DAYS).exp();
        sum += *slot;
    }
    (weights, sum)
}

/// The engine's inputs for `client` as of `today`: rates are decayed weekly rates over the
/// rolling window, so a quiet day lowers them a little and three quiet weeks a lot.
/// Entries dated after `today` are ignored. `client.messages` must be sorted by date, as
/// [`Client::add_message`] and the store keep it.
///
/// A log younger than the window (a client created three weeks ago, with nothing older) is
/// not read as inactivity before it began: rates are averaged over the days logged (at least
/// a week) and the days active over the days logged of the last 28.
pub fn inputs(client: &Client, today: Date) -> Inputs {
    let mut i = dated_inputs(client, today);
    add_undated(&mut i, client);
    i
}

/// The part of [`inputs`] made from dated entries (activity and messages on or before
/// `today`): the rates, the days active and the saved searches; profile, network and Sales
/// Navigator are left at their defaults ([`add_undated`] fills them in). It depends on no entry
/// dated after `today`, so it stays as it is until an entry on or before `today` changes
/// ([`super::Memo`]).
pub(super) fn dated_inputs(client: &Client, today: Date) -> Inputs {
    let (weights, full_weight_sum) = decay_weights();
    let start = today - Duration::days(w::WINDOW_DAYS - 1);
    let logged = logged_days(client, today);
    let weight_sum: f64 = weights.iter().take(logged as usize).sum();
    let weight_sum = if weight_sum > 0.0 {
        weight_sum
    } else {
        full_weight_sum
    };
    // weighted sums per activity kind, indexed like ActivityKind::ALL
    let mut acc = [0.0f64; ActivityKind::ALL.len()];
    let mut active = [false; 28];
    for (day, counts) in client.activity.0.range(start..=today) {
        let age = (today - *day).num_days();
        let Some(weight) = usize::try_from(age).ok().and_then(|a| weights.get(a)) else {
            continue;
        };
        let mut any = false;
        for (kind, n) in counts.iter() {
            any = true;
            acc[kind.index()] += f64::from(n) * weight;
        }
        if any && age < 28 {
            active[age as usize] = true;
        }
    }
    let (mut msg, mut dm_msg, mut inmail, mut notes) = (0.0, 0.0, 0.0, 0.0);
    let (mut sent, mut replied) = (0u32, 0u32);
    // messages are sorted by date (Client::add_message, the store sorts on load): only the
    // window is visited
    let first = client.messages.partition_point(|m| m.date < start);
    for m in &client.messages[first..] {
        if m.date > today {
            break;
        }
        let age = (today - m.date).num_days();
        let weight = weights[age as usize];
        match m.channel {
            Channel::Message => msg += weight,
            Channel::InMail => inmail += weight,
            Channel::InvitationNote => notes += weight,
        }
        if m.decision_maker && m.channel != Channel::InvitationNote {
            dm_msg += weight;
        }
        if m.channel != Channel::InvitationNote {
            sent += 1;
            replied += u32::from(m.replied);
        }
        if age < 28 {
            active[age as usize] = true;
        }
    }
    // weighted sum / weight sum = weighted mean per day; * 7 = per week
    let per_week = |x: f64| x / weight_sum * 7.0;
    let rate = |kind: ActivityKind| {
        let i = ActivityKind::ALL
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(0);
        per_week(acc[i])
    };
    // saved searches are a standing count: the number saved in the window, undecayed
    let saved_searches = f64::from(client.activity.sum(ActivityKind::SavedSearch, start, today));
    Inputs {
        articles_per_month: rate(ActivityKind::Article) * 30.0 / 7.0,
        posts_per_week: rate(ActivityKind::Post),
        comments_per_week: rate(ActivityKind::Comment),
        likes_per_week: rate(ActivityKind::Like),
        shares_per_week: rate(ActivityKind::Share),
        group_posts_per_week: rate(ActivityKind::GroupPost),
        searches_per_week: rate(ActivityKind::Search),
        saved_searches,
        leads_saved_per_week: rate(ActivityKind::LeadSaved),
        profile_view_follow_ups_per_week: rate(ActivityKind::ProfileViewFollowUp),
        invitations_with_note_per_week: rate(ActivityKind::InvitationWithNote).max(per_week(notes)),
        invitations_without_note_per_week: rate(ActivityKind::InvitationWithoutNote),
        acceptances_per_week: rate(ActivityKind::Acceptance),
        messages_per_week: per_week(msg),
        decision_maker_messages_per_week: per_week(dm_msg),
        inmails_per_week: per_week(inmail),
        reply_rate: (sent > 0).then(|| f64::from(replied) / f64::from(sent)),
        active_days_28: (active.iter().filter(|a| **a).count() as f64 * 28.0
            / logged.min(28) as f64)
            .min(28.0),
        calibration: PillarScores::default(),
        ..Inputs::default()
    }
}

/// Fill in what [`dated_inputs`] leaves out: the profile checklist, the network and Sales
/// Navigator, none of them dated.
pub(super) fn add_undated(i: &mut Inputs, client: &Client) {
    let mut profile = client.profile.done.clone();
    if client.profile.skills >= crate::model::SKILLS_DONE {
        profile.insert(ProfileItem::Skills);
    }
    if client.profile.recommendations >= crate::model::RECOMMENDATIONS_DONE {
        profile.insert(ProfileItem::Recommendations);
    }
    i.profile = profile;
    i.skills = client.profile.skills;
    i.recommendations = client.profile.recommendations;
    i.sales_navigator = client.sales_navigator;
    i.connections = f64::from(client.network.connections);
    i.decision_makers = f64::from(client.network.decision_makers);
}

/// Days the client's log covers up to `today`, from the earliest of the creation day, the
/// first activity and the first message: at least 7, at most the window.
fn logged_days(client: &Client, today: Date) -> i64 {
    let first = [
        Some(client.created),
        client.activity.0.keys().next().copied(),
        client.messages.first().map(|m| m.date),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(client.created);
    ((today - first).num_days() + 1).clamp(7, w::WINDOW_DAYS)
}

/// A saturating curve: `max * (1 - exp(-x / k))`, 0 for x <= 0.
fn saturate(max: f64, x: f64, k: f64) -> f64 {
    if x <= 0.0 || k <= 0.0 {
        0.0
    } else {
        max * (1.0 - (-x / k).exp())
    }
}

struct Builder {
    contributions: Vec<Contribution>,
}

impl Builder {
    fn add(
        &mut self,
        factor: &'static str,
        pillar: Pillar,
        points: f64,
        max: f64,
        input: FactorInput,
    ) {
        // a non-finite input never becomes a score: it counts nothing
        let points = if points.is_finite() { points } else { 0.0 };
        self.contributions.push(Contribution {
            factor,
            pillar,
            points,
            max_points: max,
            input,
        });
    }
}

fn per_week(x: f64) -> FactorInput {
    FactorInput::PerWeek(x)
}

/// Score inputs: the four pillars with every factor's contribution.
pub fn score(i: &Inputs) -> Estimate {
    let mut b = Builder {
        contributions: Vec::with_capacity(40),
    };
    let sn = i.sales_navigator;

    // Brand
    for item in ProfileItem::ALL {
        let max = w::profile_item_points(item);
        let done = i.profile.contains(&item);
        let factor = profile_factor(item);
        b.add(
            factor,
            Pillar::Brand,
            if done { max } else { 0.0 },
            max,
            FactorInput::YesNo(done),
        );
    }
    let conn_share = (i.connections / 500.0).clamp(0.0, 1.0);
    b.add(
        "connections_500",
        Pillar::Brand,
        w::BRAND_CONNECTIONS * conn_share,
        w::BRAND_CONNECTIONS,
        FactorInput::Count(i.connections),
    );
    b.add(
        "original_posts",
        Pillar::Brand,
        saturate(w::BRAND_POSTS, i.posts_per_week, w::BRAND_POSTS_K),
        w::BRAND_POSTS,
        per_week(i.posts_per_week),
    );
    let without_articles: f64 = b.contributions.iter().map(|c| c.points).sum();
    if without_articles > w::BRAND_CAP_WITHOUT_ARTICLES {
        let cut = without_articles - w::BRAND_CAP_WITHOUT_ARTICLES;
        b.add(
            "brand_cap_without_articles",
            Pillar::Brand,
            -cut,
            0.0,
            FactorInput::Points(without_articles),
        );
    }
    b.add(
        "articles",
        Pillar::Brand,
        saturate(w::BRAND_ARTICLES, i.articles_per_month, w::BRAND_ARTICLES_K),
        w::BRAND_ARTICLES,
        FactorInput::PerMonth(i.articles_per_month),
    );

    // Find
    b.add(
        "searches",
        Pillar::Find,
        saturate(w::FIND_SEARCHES, i.searches_per_week, w::FIND_SEARCHES_K),
        w::FIND_SEARCHES,
        per_week(i.searches_per_week),
    );
    b.add(
        "profile_view_follow_ups",
        Pillar::Find,
        saturate(
            w::FIND_VIEW_FOLLOW_UPS,
            i.profile_view_follow_ups_per_week,
            w::FIND_VIEW_FOLLOW_UPS_K,
        ),
        w::FIND_VIEW_FOLLOW_UPS,
        per_week(i.profile_view_follow_ups_per_week),
    );
    b.add(
        "active_days",
        Pillar::Find,
        w::FIND_ACTIVE_DAYS * (i.active_days_28 / w::FIND_ACTIVE_DAYS_FULL).clamp(0.0, 1.0),
        w::FIND_ACTIVE_DAYS,
        FactorInput::DaysOf28(i.active_days_28),
    );
    let sn_only = |x: f64| if sn { x } else { 0.0 };
    b.add(
        "saved_searches",
        Pillar::Find,
        sn_only(saturate(
            w::FIND_SAVED_SEARCHES,
            i.saved_searches,
            w::FIND_SAVED_SEARCHES_K,
        )),
        sn_only(w::FIND_SAVED_SEARCHES),
        FactorInput::Count(i.saved_searches),
    );
    b.add(
        "leads_saved",
        Pillar::Find,
        sn_only(saturate(
            w::FIND_LEADS,
            i.leads_saved_per_week,
            w::FIND_LEADS_K,
        )),
        sn_only(w::FIND_LEADS),
        per_week(i.leads_saved_per_week),
    );

    // Engage
    b.add(
        "comments",
        Pillar::Engage,
        saturate(
            w::ENGAGE_COMMENTS,
            i.comments_per_week,
            w::ENGAGE_COMMENTS_K,
        ),
        w::ENGAGE_COMMENTS,
        per_week(i.comments_per_week),
    );
    b.add(
        "likes",
        Pillar::Engage,
        saturate(w::ENGAGE_LIKES, i.likes_per_week, w::ENGAGE_LIKES_K),
        w::ENGAGE_LIKES,
        per_week(i.likes_per_week),
    );
    b.add(
        "shares",
        Pillar::Engage,
        saturate(w::ENGAGE_SHARES, i.shares_per_week, w::ENGAGE_SHARES_K),
        w::ENGAGE_SHARES,
        per_week(i.shares_per_week),
    );
    b.add(
        "posts",
        Pillar::Engage,
        saturate(w::ENGAGE_POSTS, i.posts_per_week, w::ENGAGE_POSTS_K),
        w::ENGAGE_POSTS,
        per_week(i.posts_per_week),
    );
    b.add(
        "group_posts",
        Pillar::Engage,
        saturate(w::ENGAGE_GROUPS, i.group_posts_per_week, w::ENGAGE_GROUPS_K),
        w::ENGAGE_GROUPS,
        per_week(i.group_posts_per_week),
    );
    let all_messages = i.messages_per_week + if sn { i.inmails_per_week } else { 0.0 };
    b.add(
        "messages",
        Pillar::Engage,
        saturate(w::ENGAGE_MESSAGES, all_messages, w::ENGAGE_MESSAGES_K),
        w::ENGAGE_MESSAGES,
        per_week(all_messages),
    );
    let reply = i.reply_rate.unwrap_or(0.0).clamp(0.0, 1.0);
    // the response rate only counts while messages are being sent
    let reply_points = w::ENGAGE_REPLY_RATE * reply * (all_messages / 1.0).clamp(0.0, 1.0);
    b.add(
        "reply_rate",
        Pillar::Engage,
        reply_points,
        w::ENGAGE_REPLY_RATE,
        FactorInput::Percent(reply * 100.0),
    );

    // Relationships
    let conn = i.connections.max(0.0);
    let conn_points = w::REL_CONNECTIONS
        * ((1.0 + conn).ln() / (1.0 + w::REL_CONNECTIONS_FULL).ln()).clamp(0.0, 1.0);
    b.add(
        "connections",
        Pillar::Relationships,
        conn_points,
        w::REL_CONNECTIONS,
        FactorInput::Count(conn),
    );
    b.add(
        "decision_makers",
        Pillar::Relationships,
        saturate(
            w::REL_DECISION_MAKERS,
            i.decision_makers,
            w::REL_DECISION_MAKERS_K,
        ),
        w::REL_DECISION_MAKERS,
        FactorInput::Count(i.decision_makers),
    );
    b.add(
        "invitation_notes",
        Pillar::Relationships,
        saturate(
            w::REL_NOTES,
            i.invitations_with_note_per_week,
            w::REL_NOTES_K,
        ),
        w::REL_NOTES,
        per_week(i.invitations_with_note_per_week),
    );
    let invited = i.invitations_with_note_per_week + i.invitations_without_note_per_week;
    let acceptance = if invited > 0.0 {
        (i.acceptances_per_week / invited).clamp(0.0, 1.0)
    } else {
        0.0
    };
    b.add(
        "acceptance_rate",
        Pillar::Relationships,
        w::REL_ACCEPTANCE * acceptance,
        w::REL_ACCEPTANCE,
        FactorInput::Percent(acceptance * 100.0),
    );
    b.add(
        "decision_maker_messages",
        Pillar::Relationships,
        saturate(
            w::REL_DM_MESSAGES,
            i.decision_maker_messages_per_week,
            w::REL_DM_MESSAGES_K,
        ),
        w::REL_DM_MESSAGES,
        per_week(i.decision_maker_messages_per_week),
    );
    b.add(
        "inmail",
        Pillar::Relationships,
        sn_only(saturate(w::REL_INMAIL, i.inmails_per_week, w::REL_INMAIL_K)),
        sn_only(w::REL_INMAIL),
        per_week(i.inmails_per_week),
    );

    // Pillar sums, calibration offsets, clamping (each pillar stays within 0-25)
    let mut pillars = PillarScores::default();
    for c in &b.contributions {
        *pillars.get_mut(c.pillar) += c.points;
    }
    let calibrated = Pillar::ALL
        .iter()
        .any(|p| i.calibration.get(*p) != 0.0 && i.calibration.get(*p).is_finite());
    for p in Pillar::ALL {
        let raw = pillars.get(p);
        let offset = i.calibration.get(p);
        let offset = if offset.is_finite() { offset } else { 0.0 };
        if offset != 0.0 {
            let applied = (raw + offset).clamp(0.0, Pillar::MAX) - raw;
            b.add("calibration", p, applied, 0.0, FactorInput::Offset(offset));
        }
        // every pillar's factors add up to at most 25 by construction; the clamp only
        // matters with calibration offsets, whose applied part is the contribution above
        let with_offset = (raw + offset).clamp(0.0, Pillar::MAX);
        *pillars.get_mut(p) = with_offset;
    }
    Estimate {
        pillars,
        contributions: b.contributions,
        calibrated,
    }
}

/// The factor key of a profile item: `profile_<item key>`.
pub fn profile_factor(item: ProfileItem) -> &'static str {
    match item {
        ProfileItem::Photo => "profile_photo",
        ProfileItem::Banner => "profile_banner",
        ProfileItem::Headline => "profile_headline",
        ProfileItem::About => "profile_about",
        ProfileItem::IndustryLocation => "profile_industry_location",
        ProfileItem::ExperienceDescriptions => "profile_experience_descriptions",
        ProfileItem::ExperienceMedia => "profile_experience_media",
        ProfileItem::Featured => "profile_featured",
        ProfileItem::Skills => "profile_skills",
        ProfileItem::Recommendations => "profile_recommendations",
        ProfileItem::Education => "profile_education",
        ProfileItem::CustomUrl => "profile_custom_url",
        ProfileItem::CreatorServices => "profile_creator_services",
    }
}

/// Whether the inputs meet LinkedIn's All-Star completeness level as coaching sites list it
/// ([C]): industry and location, a current position with a description, education, at least
/// 3 skills, a photo and at least 50 connections. (The "two past positions" rule is not in the
/// model; the experience-descriptions item stands for it.)
pub fn all_star(i: &Inputs) -> bool {
    [
        ProfileItem::IndustryLocation,
        ProfileItem::ExperienceDescriptions,
        ProfileItem::Education,
        ProfileItem::Photo,
    ]
    .iter()
    .all(|item| i.profile.contains(item))
        && i.skills >= 3
        && i.connections >= 50.0
}

/// The estimate for `client` on `today`, calibrated to their readings when they chose so.
pub fn estimate(client: &Client, today: Date) -> Estimate {
    score(&super::calibrated_inputs(client, today))
}

/// The inputs' dated part ([`dated_inputs`]) by day, kept between edits of one client: an
/// edit of entries dated D changes the dated part of D and the days after it only, so the
/// days before are kept ([`Memo::forget_from`]) and the estimate history of a client with
/// 50,000 messages is not read again from its log after each "+1". The undated part
/// (profile, network) is taken from the client each time.
#[derive(Debug, Clone, Default)]
pub struct Memo {
    by_day: std::collections::BTreeMap<Date, Inputs>,
    /// Days whose dated part was computed, since the memo was made.
    computed: usize,
}

impl Memo {
    /// The inputs of `client` on `day` ([`inputs`]), the dated part computed once.
    pub fn inputs(&mut self, client: &Client, day: Date) -> Inputs {
        let mut i = self
            .by_day
            .entry(day)
            .or_insert_with(|| {
                self.computed += 1;
                dated_inputs(client, day)
            })
            .clone();
        add_undated(&mut i, client);
        i
    }

    /// Forget the days an edit of entries dated `day` may have changed: `day` and later.
    /// Returns how many days were forgotten.
    pub fn forget_from(&mut self, day: Date) -> usize {
        self.by_day.split_off(&day).len()
    }

    /// The days whose dated part was computed (read from the log) since the memo was made.
    pub fn computed(&self) -> usize {
        self.computed
    }
}

/// [`estimate`] with the dated part of every day it reads kept in `memo`.
pub fn estimate_with(client: &Client, today: Date, memo: &mut Memo) -> Estimate {
    score(&super::calibrated_inputs_with(client, today, memo))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::engine::{Persona, persona};
    use crate::model::{ActivityKind, ClientId};

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// Whatever is edited, a memo that forgot the days from the oldest edited entry on gives
    /// what a fresh computation gives, for the history and the calibration's reading days.
    #[test]
    fn a_memo_that_forgot_from_the_edited_day_gives_the_fresh_figures() {
        let today = day("2026-11-20");
        let mut c = crate::model::demo_client(today);
        c.calibrate = true;
        for n in 0..550 {
            c.activity.set(
                today - Duration::days(n),
                ActivityKind::Like,
                2 + n as u32 % 5,
            );
        }
        let mut memo = Memo::default();
        let fresh = |c: &Client| crate::engine::history(c, today);
        assert_eq!(crate::engine::history_with(&c, today, &mut memo), fresh(&c));
        let all = memo.computed();
        assert!(all > 10, "{all} days");
        // edits of dated entries, oldest day first forgotten
        for (ago, kind, n) in [
            (0, ActivityKind::Comment, 7),
            (3, ActivityKind::Post, 2),
            (45, ActivityKind::Like, 30),
            (200, ActivityKind::Share, 4),
            (800, ActivityKind::Comment, 9),
        ] {
            let d = today - Duration::days(ago);
            c.activity.set(d, kind, n);
            let forgotten = memo.forget_from(d);
            let before = memo.computed();
            assert_eq!(crate::engine::history_with(&c, today, &mut memo), fresh(&c));
            // only the days forgotten are read again (the oldest edit widens the chart: all
            // its days are new)
            let again = memo.computed() - before;
            assert!(forgotten >= 1, "{ago}");
            if ago < 550 {
                assert_eq!(again, forgotten, "{ago}");
            } else {
                assert!(again > 40, "{ago}: {again}");
            }
        }
        let mut m = crate::model::MessageEntry::new(999, today - Duration::days(20), "Kim");
        m.decision_maker = true;
        c.add_message(m);
        memo.forget_from(today - Duration::days(20));
        assert_eq!(crate::engine::history_with(&c, today, &mut memo), fresh(&c));
        // undated parts are taken from the client every time: nothing to forget
        c.profile.set(ProfileItem::Photo, false);
        c.network.connections += 400;
        c.sales_navigator = !c.sales_navigator;
        let before = memo.computed();
        assert_eq!(crate::engine::history_with(&c, today, &mut memo), fresh(&c));
        assert_eq!(
            crate::engine::estimate_with(&c, today, &mut memo),
            estimate(&c, today)
        );
        assert_eq!(memo.computed(), before);
    }

    #[test]
    fn saturate_starts_at_zero_rises_and_stays_below_max() {
        assert_eq!(saturate(4.0, 0.0, 2.0), 0.0);
        assert_eq!(saturate(4.0, -3.0, 2.0), 0.0);
        assert_eq!(saturate(4.0, 3.0, 0.0), 0.0);
        let at_k = saturate(4.0, 2.0, 2.0);
        assert!((at_k - 4.0 * (1.0 - (-1.0f64).exp())).abs() < 1e-12);
        let mut last = 0.0;
        for x in 1..50 {
            let v = saturate(4.0, f64::from(x), 2.0);
            assert!(v > last && v < 4.0, "x={x} v={v}");
            last = v;
        }
    }

    #[test]
    fn decay_weights_fall_with_age_and_cover_the_window() {
        let (weights, sum) = decay_weights();
        assert_eq!(weights.len() as i64, w::WINDOW_DAYS);
        assert_eq!(weights[0], 1.0);
        assert!(weights.windows(2).all(|p| p[1] < p[0]));
        assert!((weights.iter().sum::<f64>() - sum).abs() < 1e-9);
    }

    #[test]
    fn contributions_sum_to_each_pillar_even_when_calibration_is_clamped() {
        for p in [Persona::Beginner, Persona::Average, Persona::ActiveSeller] {
            for offset in [0.0, 3.0, 40.0, -40.0] {
                let mut i = persona(p);
                for pillar in Pillar::ALL {
                    *i.calibration.get_mut(pillar) = offset;
                }
                let e = score(&i);
                for pillar in Pillar::ALL {
                    let v = e.pillars.get(pillar);
                    assert!((0.0..=Pillar::MAX).contains(&v), "{p:?} {offset} {v}");
                    let sum: f64 = e
                        .contributions
                        .iter()
                        .filter(|c| c.pillar == pillar)
                        .map(|c| c.points)
                        .sum();
                    assert!(
                        (sum - v).abs() < 1e-9,
                        "{p:?} {offset} {pillar:?}: {sum} vs {v}"
                    );
                }
            }
        }
    }

    #[test]
    fn recent_activity_weighs_more_and_the_window_ends_at_90_days() {
        let today = day("2026-06-30");
        let rate = |age: i64| {
            let mut c = Client::new(ClientId("t".into()), "T", today - Duration::days(400));
            c.activity
                .set(today - Duration::days(age), ActivityKind::Comment, 7);
            inputs(&c, today).comments_per_week
        };
        assert!(rate(0) > rate(30));
        assert!(rate(30) > rate(60));
        assert!(rate(89) > 0.0);
        assert_eq!(rate(90), 0.0);
        assert_eq!(rate(-1), 0.0, "entries after today are ignored");
    }
}
