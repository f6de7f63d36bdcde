//! The profile checklist.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// One item of the profile checklist. Texts (why, done well) live in `i18n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProfileItem {
    /// A professional profile photo.
    Photo,
    /// A background banner that says what you do for whom.
    Banner,
    /// A headline written for the customer, not the job title.
    Headline,
    /// The about / summary section.
    About,
    /// Industry and location set.
    IndustryLocation,
    /// Current and past positions with descriptions.
    ExperienceDescriptions,
    /// Media (documents, presentations, videos) in experience.
    ExperienceMedia,
    /// The featured section.
    Featured,
    /// At least 3 skills (better 5+), endorsed.
    Skills,
    /// Recommendations received.
    Recommendations,
    /// Education.
    Education,
    /// A custom profile URL.
    CustomUrl,
    /// Creator mode / services page, where relevant.
    CreatorServices,
}

/// From this many skills the Skills item counts as done (LinkedIn's All-Star rule).
pub const SKILLS_DONE: u32 = 3;
/// From this many recommendations the Recommendations item counts as done.
pub const RECOMMENDATIONS_DONE: u32 = 1;

impl ProfileItem {
    /// Every item, in checklist order.
    pub const ALL: [Self; 13] = [
        Self::Photo,
        Self::Banner,
        Self::Headline,
        Self::About,
        Self::IndustryLocation,
        Self::ExperienceDescriptions,
        Self::ExperienceMedia,
        Self::Featured,
        Self::Skills,
        Self::Recommendations,
        Self::Education,
        Self::CustomUrl,
        Self::CreatorServices,
    ];

    /// A stable snake_case key (used in JSON, CSV and i18n keys).
    pub fn key(self) -> &'static str {
        match self {
            Self::Photo => "photo",
            Self::Banner => "banner",
            Self::Headline => "headline",
            Self::About => "about",
            Self::IndustryLocation => "industry_location",
            Self::ExperienceDescriptions => "experience_descriptions",
            Self::ExperienceMedia => "experience_media",
            Self::Featured => "featured",
            Self::Skills => "skills",
            Self::Recommendations => "recommendations",
            Self::Education => "education",
            Self::CustomUrl => "custom_url",
            Self::CreatorServices => "creator_services",
        }
    }

    /// Inverse of [`Self::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.key() == key)
    }
}

/// The ticked checklist items plus the few counts that matter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProfileChecklist {
    /// Items the user has ticked as done.
    pub done: BTreeSet<ProfileItem>,
    /// Number of skills listed.
    pub skills: u32,
    /// Number of endorsements received.
    pub endorsements: u32,
    /// Number of recommendations received.
    pub recommendations: u32,
}

impl ProfileChecklist {
    /// Whether `item` is ticked.
    pub fn is_done(&self, item: ProfileItem) -> bool {
        self.done.contains(&item)
    }

    /// Tick or untick `item`.
    pub fn set(&mut self, item: ProfileItem, done: bool) {
        if done {
            self.done.insert(item);
        } else {
            self.done.remove(&item);
        }
    }
}
