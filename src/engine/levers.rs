//! Levers: reading and setting them on inputs (the what-if simulator), and what turning each
//! one costs and brings (the knobs).

use super::plan::StepKind;
use super::types::{Inputs, Knob, Unit};
use crate::model::{Lever, Pillar, ProfileItem};

/// Every lever the engine knows, in a stable order.
pub fn all_levers() -> Vec<Lever> {
    let mut v: Vec<Lever> = ProfileItem::ALL.into_iter().map(Lever::Profile).collect();
    v.extend([
        Lever::Connections,
        Lever::DecisionMakerConnections,
        Lever::Articles,
        Lever::Posts,
        Lever::Comments,
        Lever::Likes,
        Lever::Shares,
        Lever::GroupPosts,
        Lever::Searches,
        Lever::SavedSearches,
        Lever::LeadsSaved,
        Lever::ProfileViewFollowUps,
        Lever::InvitationsWithNote,
        Lever::InvitationsWithoutNote,
        Lever::Messages,
        Lever::DecisionMakerMessages,
        Lever::InMails,
        Lever::SalesNavigator,
    ]);
    v
}

/// The stable snake_case key of a lever (`profile_photo`, `comments`, ...), also its i18n
/// key suffix (`lever.<key>`).
pub fn lever_key(lever: Lever) -> &'static str {
    match lever {
        Lever::Profile(item) => super::estimate::profile_factor(item),
        Lever::Connections => "connections",
        Lever::DecisionMakerConnections => "decision_maker_connections",
        Lever::Articles => "articles",
        Lever::Posts => "posts",
        Lever::Comments => "comments",
        Lever::Likes => "likes",
        Lever::Shares => "shares",
        Lever::GroupPosts => "group_posts",
        Lever::Searches => "searches",
        Lever::SavedSearches => "saved_searches",
        Lever::LeadsSaved => "leads_saved",
        Lever::ProfileViewFollowUps => "profile_view_follow_ups",
        Lever::InvitationsWithNote => "invitations_with_note",
        Lever::InvitationsWithoutNote => "invitations_without_note",
        Lever::Messages => "messages",
        Lever::DecisionMakerMessages => "decision_maker_messages",
        Lever::InMails => "inmails",
        Lever::SalesNavigator => "sales_navigator",
    }
}

/// The unit of a lever's value.
pub fn lever_unit(lever: Lever) -> Unit {
    match lever {
        Lever::Profile(_) | Lever::SalesNavigator => Unit::Toggle,
        Lever::Connections | Lever::DecisionMakerConnections | Lever::SavedSearches => Unit::Count,
        Lever::Articles => Unit::PerMonth,
        _ => Unit::PerWeek,
    }
}

/// The pillar a lever mainly moves.
pub fn lever_pillar(lever: Lever) -> Pillar {
    match lever {
        Lever::Profile(_) | Lever::Articles => Pillar::Brand,
        Lever::Searches
        | Lever::SavedSearches
        | Lever::LeadsSaved
        | Lever::ProfileViewFollowUps
        | Lever::SalesNavigator => Pillar::Find,
        Lever::Posts
        | Lever::Comments
        | Lever::Likes
        | Lever::Shares
        | Lever::GroupPosts
        | Lever::Messages => Pillar::Engage,
        Lever::Connections
        | Lever::DecisionMakerConnections
        | Lever::InvitationsWithNote
        | Lever::InvitationsWithoutNote
        | Lever::DecisionMakerMessages
        | Lever::InMails => Pillar::Relationships,
    }
}

/// Whether only Sales Navigator offers the lever.
pub fn needs_sales_navigator(lever: Lever) -> bool {
    matches!(
        lever,
        Lever::SavedSearches | Lever::LeadsSaved | Lever::InMails | Lever::SalesNavigator
    )
}

/// The lever's current value in `inputs` (toggles: 0 or 1).
pub fn lever_value(inputs: &Inputs, lever: Lever) -> f64 {
    let b = |x: bool| if x { 1.0 } else { 0.0 };
    match lever {
        Lever::Profile(item) => b(inputs.profile.contains(&item)),
        Lever::Connections => inputs.connections,
        Lever::DecisionMakerConnections => inputs.decision_makers,
        Lever::Articles => inputs.articles_per_month,
        Lever::Posts => inputs.posts_per_week,
        Lever::Comments => inputs.comments_per_week,
        Lever::Likes => inputs.likes_per_week,
        Lever::Shares => inputs.shares_per_week,
        Lever::GroupPosts => inputs.group_posts_per_week,
        Lever::Searches => inputs.searches_per_week,
        Lever::SavedSearches => inputs.saved_searches,
        Lever::LeadsSaved => inputs.leads_saved_per_week,
        Lever::ProfileViewFollowUps => inputs.profile_view_follow_ups_per_week,
        Lever::InvitationsWithNote => inputs.invitations_with_note_per_week,
        Lever::InvitationsWithoutNote => inputs.invitations_without_note_per_week,
        Lever::Messages => inputs.messages_per_week,
        Lever::DecisionMakerMessages => inputs.decision_maker_messages_per_week,
        Lever::InMails => inputs.inmails_per_week,
        Lever::SalesNavigator => b(inputs.sales_navigator),
    }
}

/// Set a lever in `inputs` (toggles: >= 0.5 is on). Negative and non-finite values become 0.
/// Raising activity also raises the days active, as doing things takes days.
pub fn set_lever(inputs: &mut Inputs, lever: Lever, value: f64) {
    let v = if value.is_finite() {
        value.max(0.0)
    } else {
        0.0
    };
    let on = v >= 0.5;
    match lever {
        Lever::Profile(item) => {
            if on {
                inputs.profile.insert(item);
            } else {
                inputs.profile.remove(&item);
            }
        }
        Lever::Connections => {
            inputs.connections = v;
            inputs.decision_makers = inputs.decision_makers.min(v);
        }
        Lever::DecisionMakerConnections => {
            inputs.decision_makers = v.min(inputs.connections.max(v));
        }
        Lever::Articles => inputs.articles_per_month = v,
        Lever::Posts => inputs.posts_per_week = v,
        Lever::Comments => inputs.comments_per_week = v,
        Lever::Likes => inputs.likes_per_week = v,
        Lever::Shares => inputs.shares_per_week = v,
        Lever::GroupPosts => inputs.group_posts_per_week = v,
        Lever::Searches => inputs.searches_per_week = v,
        Lever::SavedSearches => inputs.saved_searches = v,
        Lever::LeadsSaved => inputs.leads_saved_per_week = v,
        Lever::ProfileViewFollowUps => inputs.profile_view_follow_ups_per_week = v,
        Lever::InvitationsWithNote => inputs.invitations_with_note_per_week = v,
        Lever::InvitationsWithoutNote => inputs.invitations_without_note_per_week = v,
        Lever::Messages => inputs.messages_per_week = v,
        Lever::DecisionMakerMessages => inputs.decision_maker_messages_per_week = v,
        Lever::InMails => inputs.inmails_per_week = v,
        Lever::SalesNavigator => inputs.sales_navigator = on,
    }
    let usable = !needs_sales_navigator(lever) || inputs.sales_navigator;
    if usable && lever_unit(lever) == Unit::PerWeek && v > 0.0 {
        // activity happens on days: at least one active day per 2 actions, at most 5 a week
        let days = (v / 2.0).ceil().min(5.0) * 4.0;
        inputs.active_days_28 = inputs.active_days_28.max(days.min(28.0));
    }
}

/// Minutes a week of using Sales Navigator's levers once subscribed (assumption).
const SALES_NAVIGATOR_MINUTES_PER_WEEK: f64 = 60.0;

/// A realistic knob target from `current` (assumptions, documented in
/// `docs/scoring-model.md`): a whole number, never below today's value.
fn knob_target(lever: Lever, current: f64) -> f64 {
    // (step, cap)
    let rate = |step: f64, cap: f64| {
        let target = (current + step).min(cap.max(current));
        if target - current < 0.5 {
            current
        } else {
            target.round()
        }
    };
    match lever {
        Lever::Profile(_) | Lever::SalesNavigator => 1.0,
        Lever::Connections => {
            if current < 500.0 {
                (current + 150.0).min(500.0).round()
            } else {
                (current + 150.0).round()
            }
        }
        Lever::DecisionMakerConnections => (current + 25.0).round(),
        Lever::Articles => {
            if current < 1.0 {
                1.0
            } else {
                rate(1.0, 4.0)
            }
        }
        Lever::Posts => rate(1.0, 7.0),
        Lever::Comments => rate(5.0, 30.0),
        Lever::Likes => rate(15.0, 70.0),
        Lever::Shares => rate(2.0, 10.0),
        Lever::GroupPosts => rate(1.0, 5.0),
        Lever::Searches => rate(10.0, 50.0),
        Lever::SavedSearches => (current + 3.0).round(),
        Lever::LeadsSaved => rate(10.0, 50.0),
        Lever::ProfileViewFollowUps => rate(3.0, 20.0),
        Lever::InvitationsWithNote => rate(5.0, 25.0),
        Lever::InvitationsWithoutNote => rate(10.0, 50.0),
        Lever::Messages => rate(5.0, 30.0),
        Lever::DecisionMakerMessages => rate(3.0, 15.0),
        Lever::InMails => rate(3.0, 15.0),
    }
}

/// Every lever with its current value, a realistic whole-number target, the points reaching it
/// adds after six weeks by the same projection the plan and forecast use (the days active are
/// not credited to any single knob) and its minutes; ranked by points per minute, best first.
pub fn knobs(inputs: &Inputs) -> Vec<Knob> {
    let mut out: Vec<Knob> = all_levers()
        .into_iter()
        .map(|lever| {
            let current = lever_value(inputs, lever);
            let target = knob_target(lever, current);
            let step = super::plan::step_to(inputs, lever, target);
            let moves = (target - current).abs() >= 0.5;
            let points = if moves {
                super::plan::step_gain(inputs, &step)
            } else {
                0.0
            };
            let (kind, minutes_per_week, minutes_once) = match (lever, step.kind) {
                // a subscription is used every week (saved searches, leads, InMail), and is a
                // purchase besides: never a quick one-off
                (Lever::SalesNavigator, _) if moves => {
                    (StepKind::Weekly, SALES_NAVIGATOR_MINUTES_PER_WEEK, 0.0)
                }
                (_, StepKind::Weekly) => (StepKind::Weekly, step.minutes, 0.0),
                (_, StepKind::Once) => (StepKind::Once, 0.0, step.minutes),
            };
            let key = lever_key(lever);
            Knob {
                lever,
                pillar: lever_pillar(lever),
                current,
                target,
                unit: lever_unit(lever),
                kind,
                points,
                minutes_per_week,
                minutes_once,
                reason_key: reason_key(key),
                // label: `lever.<key>` in the i18n tables
                caution_key: match lever {
                    Lever::InvitationsWithoutNote | Lever::Connections => {
                        Some("caution.quality_invitations")
                    }
                    Lever::Posts | Lever::Comments | Lever::Articles => {
                        Some("caution.inform_not_sell")
                    }
                    _ => None,
                },
                needs_sales_navigator: needs_sales_navigator(lever),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        per_minute(b)
            .total_cmp(&per_minute(a))
            .then(b.points.total_cmp(&a.points))
            .then(a.lever.cmp(&b.lever))
    });
    out
}

/// Points per minute of effort: one-off minutes count spread over the plan's six weeks (a free
/// gain ranks first, no gain ranks last).
pub fn per_minute(k: &Knob) -> f64 {
    let cost = k.minutes_per_week + k.minutes_once / f64::from(super::plan::PLAN_WEEKS);
    if k.points <= 0.005 {
        0.0
    } else if cost <= 0.0 {
        f64::INFINITY
    } else {
        k.points / cost
    }
}

/// The i18n key of a lever's reason: `knob.<lever key>`.
fn reason_key(key: &str) -> &'static str {
    match key {
        "profile_photo" => "knob.profile_photo",
        "profile_banner" => "knob.profile_banner",
        "profile_headline" => "knob.profile_headline",
        "profile_about" => "knob.profile_about",
        "profile_industry_location" => "knob.profile_industry_location",
        "profile_experience_descriptions" => "knob.profile_experience_descriptions",
        "profile_experience_media" => "knob.profile_experience_media",
        "profile_featured" => "knob.profile_featured",
        "profile_skills" => "knob.profile_skills",
        "profile_recommendations" => "knob.profile_recommendations",
        "profile_education" => "knob.profile_education",
        "profile_custom_url" => "knob.profile_custom_url",
        "profile_creator_services" => "knob.profile_creator_services",
        "connections" => "knob.connections",
        "decision_maker_connections" => "knob.decision_maker_connections",
        "articles" => "knob.articles",
        "posts" => "knob.posts",
        "comments" => "knob.comments",
        "likes" => "knob.likes",
        "shares" => "knob.shares",
        "group_posts" => "knob.group_posts",
        "searches" => "knob.searches",
        "saved_searches" => "knob.saved_searches",
        "leads_saved" => "knob.leads_saved",
        "profile_view_follow_ups" => "knob.profile_view_follow_ups",
        "invitations_with_note" => "knob.invitations_with_note",
        "invitations_without_note" => "knob.invitations_without_note",
        "messages" => "knob.messages",
        "decision_maker_messages" => "knob.decision_maker_messages",
        "inmails" => "knob.inmails",
        "sales_navigator" => "knob.sales_navigator",
        _ => "knob.generic",
    }
}

/// The i18n key of a lever's label: `lever.<lever key>`.
pub fn label_key(lever: Lever) -> &'static str {
    match lever_key(lever) {
        "profile_photo" => "lever.profile_photo",
        "profile_banner" => "lever.profile_banner",
        "profile_headline" => "lever.profile_headline",
        "profile_about" => "lever.profile_about",
        "profile_industry_location" => "lever.profile_industry_location",
        "profile_experience_descriptions" => "lever.profile_experience_descriptions",
        "profile_experience_media" => "lever.profile_experience_media",
        "profile_featured" => "lever.profile_featured",
        "profile_skills" => "lever.profile_skills",
        "profile_recommendations" => "lever.profile_recommendations",
        "profile_education" => "lever.profile_education",
        "profile_custom_url" => "lever.profile_custom_url",
        "profile_creator_services" => "lever.profile_creator_services",
        "connections" => "lever.connections",
        "decision_maker_connections" => "lever.decision_maker_connections",
        "articles" => "lever.articles",
        "posts" => "lever.posts",
        "comments" => "lever.comments",
        "likes" => "lever.likes",
        "shares" => "lever.shares",
        "group_posts" => "lever.group_posts",
        "searches" => "lever.searches",
        "saved_searches" => "lever.saved_searches",
        "leads_saved" => "lever.leads_saved",
        "profile_view_follow_ups" => "lever.profile_view_follow_ups",
        "invitations_with_note" => "lever.invitations_with_note",
        "invitations_without_note" => "lever.invitations_without_note",
        "messages" => "lever.messages",
        "decision_maker_messages" => "lever.decision_maker_messages",
        "inmails" => "lever.inmails",
        "sales_navigator" => "lever.sales_navigator",
        _ => "lever.generic",
    }
}
