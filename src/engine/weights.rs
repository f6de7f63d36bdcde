//! Every weight of the model in one place. Each has a source in `docs/scoring-model.md`:
//! [D] Dutch article, [DK] Danish article, [LI] LinkedIn, [C] coaching sites, or "assumption".

use crate::model::ProfileItem;

/// Days in the rolling activity window ([C] roughly 90 days).
pub const WINDOW_DAYS: i64 = 90;
/// Decay time constant in days: a day `a` days ago weighs `exp(-a / DECAY_DAYS)` (assumption).
pub const DECAY_DAYS: f64 = 30.0;

/// Brand points of one ticked profile item (15.0 in all) ([D] [DK]; split is an assumption).
pub fn profile_item_points(item: ProfileItem) -> f64 {
    match item {
        ProfileItem::Photo
        | ProfileItem::Headline
        | ProfileItem::About
        | ProfileItem::ExperienceDescriptions => 2.0,
        ProfileItem::Banner => 1.5,
        ProfileItem::ExperienceMedia
        | ProfileItem::Featured
        | ProfileItem::Skills
        | ProfileItem::Recommendations => 1.0,
        ProfileItem::IndustryLocation | ProfileItem::Education => 0.5,
        ProfileItem::CustomUrl | ProfileItem::CreatorServices => 0.25,
    }
}

/// Brand: points for reaching 500 connections ([D]), linear below.
pub const BRAND_CONNECTIONS: f64 = 2.5;
/// Brand: an activity section with original posts, at most ([D]).
pub const BRAND_POSTS: f64 = 1.5;
/// Brand: posts per week at which the posts factor is ~63% full (assumption).
pub const BRAND_POSTS_K: f64 = 1.0;
/// Brand without articles never exceeds this ([DK]: a full profile gives about 17-18).
pub const BRAND_CAP_WITHOUT_ARTICLES: f64 = 19.0;
/// Brand: articles, at most ([DK]: the last points need articles).
pub const BRAND_ARTICLES: f64 = 6.0;
/// Brand: articles per month at which the factor is ~63% full (assumption; 1/month gives ~92%).
pub const BRAND_ARTICLES_K: f64 = 0.4;

/// Find: people searches ([LI] [D]).
pub const FIND_SEARCHES: f64 = 7.0;
/// Find: searches per week scale (assumption).
pub const FIND_SEARCHES_K: f64 = 5.0;
/// Find: following up on "who viewed your profile" ([D] [DK]).
pub const FIND_VIEW_FOLLOW_UPS: f64 = 4.0;
/// Find: follow-ups per week scale (assumption).
pub const FIND_VIEW_FOLLOW_UPS_K: f64 = 1.5;
/// Find: days active ([LI]).
pub const FIND_ACTIVE_DAYS: f64 = 5.0;
/// Find: active days in 28 that give the full points (assumption: four a week).
pub const FIND_ACTIVE_DAYS_FULL: f64 = 16.0;
/// Find: saved searches, Sales Navigator only ([LI] [D]).
pub const FIND_SAVED_SEARCHES: f64 = 4.0;
/// Find: saved searches scale (assumption).
pub const FIND_SAVED_SEARCHES_K: f64 = 2.0;
/// Find: leads and accounts saved, Sales Navigator only ([LI]).
pub const FIND_LEADS: f64 = 5.0;
/// Find: leads saved per week scale (assumption).
pub const FIND_LEADS_K: f64 = 5.0;

/// Engage: comments on others' posts ([LI] [D] [DK]).
pub const ENGAGE_COMMENTS: f64 = 6.0;
/// Engage: comments per week scale (assumption).
pub const ENGAGE_COMMENTS_K: f64 = 3.0;
/// Engage: likes ([LI] [D]).
pub const ENGAGE_LIKES: f64 = 3.0;
/// Engage: likes per week scale (assumption).
pub const ENGAGE_LIKES_K: f64 = 8.0;
/// Engage: shares and reshares ([LI] [D]).
pub const ENGAGE_SHARES: f64 = 3.0;
/// Engage: shares per week scale (assumption).
pub const ENGAGE_SHARES_K: f64 = 1.5;
/// Engage: own posts ([DK]).
pub const ENGAGE_POSTS: f64 = 4.0;
/// Engage: posts per week scale (assumption).
pub const ENGAGE_POSTS_K: f64 = 1.0;
/// Engage: group activity ([D]: a few active groups beat many silent ones).
pub const ENGAGE_GROUPS: f64 = 3.0;
/// Engage: group posts per week scale (assumption).
pub const ENGAGE_GROUPS_K: f64 = 1.0;
/// Engage: messages sent ([LI]).
pub const ENGAGE_MESSAGES: f64 = 3.0;
/// Engage: messages per week scale (assumption).
pub const ENGAGE_MESSAGES_K: f64 = 3.0;
/// Engage: response rate of messages ([LI]).
pub const ENGAGE_REPLY_RATE: f64 = 3.0;

/// Relationships: connection count ([LI] [D]), logarithmic up to this many.
pub const REL_CONNECTIONS: f64 = 6.0;
/// Relationships: connections that give the full connection points (assumption).
pub const REL_CONNECTIONS_FULL: f64 = 2000.0;
/// Relationships: connections with decision makers and C-level ([LI] [D] [DK]).
pub const REL_DECISION_MAKERS: f64 = 5.0;
/// Relationships: decision-maker connections scale (assumption).
pub const REL_DECISION_MAKERS_K: f64 = 60.0;
/// Relationships: invitations with a personal note ([D] [DK]).
pub const REL_NOTES: f64 = 4.0;
/// Relationships: invitations with a note per week scale (assumption).
pub const REL_NOTES_K: f64 = 2.0;
/// Relationships: acceptance rate of invitations ([LI]).
pub const REL_ACCEPTANCE: f64 = 3.0;
/// Relationships: conversations with decision makers ([DK]).
pub const REL_DM_MESSAGES: f64 = 3.0;
/// Relationships: decision-maker messages per week scale (assumption).
pub const REL_DM_MESSAGES_K: f64 = 1.5;
/// Relationships: InMail, Sales Navigator / paid only ([LI] [D]: counts more).
pub const REL_INMAIL: f64 = 4.0;
/// Relationships: InMails per week scale (assumption).
pub const REL_INMAIL_K: f64 = 3.0;

/// Calibration: readings older than this are not used (assumption).
pub const CALIBRATION_DAYS: i64 = 180;
