//! Built-in personas for the workshop's what-if simulator.

use super::types::Inputs;
use crate::model::ProfileItem;

/// A starting point for the simulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Persona {
    /// A blank profile: nothing done.
    Blank,
    /// The beginner in the 20s (where training attendees often start, [C]).
    Beginner,
    /// The average user, around 50-55.
    Average,
    /// The active seller in the 70s.
    ActiveSeller,
}

impl Persona {
    /// All personas in order.
    pub const ALL: [Self; 4] = [
        Self::Blank,
        Self::Beginner,
        Self::Average,
        Self::ActiveSeller,
    ];

    /// The i18n key of the persona's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Blank => "persona.blank",
            Self::Beginner => "persona.beginner",
            Self::Average => "persona.average",
            Self::ActiveSeller => "persona.active_seller",
        }
    }
}

/// The inputs of a persona.
pub fn persona(p: Persona) -> Inputs {
    use ProfileItem as P;
    let mut i = Inputs::default();
    match p {
        Persona::Blank => {}
        Persona::Beginner => {
            i.profile = [
                P::Photo,
                P::Headline,
                P::IndustryLocation,
                P::ExperienceDescriptions,
                P::Education,
            ]
            .into_iter()
            .collect();
            i.invitations_with_note_per_week = 1.0;
            i.acceptances_per_week = 0.5;
            i.connections = 250.0;
            i.decision_makers = 10.0;
            i.likes_per_week = 5.0;
            i.comments_per_week = 0.5;
            i.searches_per_week = 2.0;
            i.messages_per_week = 1.0;
            i.reply_rate = Some(0.5);
            i.active_days_28 = 8.0;
        }
        Persona::Average => {
            i.profile = [
                P::Photo,
                P::Banner,
                P::Headline,
                P::About,
                P::IndustryLocation,
                P::ExperienceDescriptions,
                P::Featured,
                P::Skills,
                P::Education,
                P::CustomUrl,
            ]
            .into_iter()
            .collect();
            i.skills = 8;
            i.connections = 600.0;
            i.decision_makers = 60.0;
            i.posts_per_week = 0.3;
            i.comments_per_week = 3.0;
            i.likes_per_week = 12.0;
            i.shares_per_week = 1.0;
            i.searches_per_week = 7.0;
            i.profile_view_follow_ups_per_week = 1.0;
            i.invitations_with_note_per_week = 2.0;
            i.invitations_without_note_per_week = 2.0;
            i.acceptances_per_week = 2.0;
            i.messages_per_week = 3.0;
            i.decision_maker_messages_per_week = 0.5;
            i.reply_rate = Some(0.5);
            i.active_days_28 = 12.0;
        }
        Persona::ActiveSeller => {
            i.profile = ProfileItem::ALL
                .into_iter()
                .filter(|x| *x != P::CreatorServices)
                .collect();
            i.skills = 20;
            i.recommendations = 4;
            i.sales_navigator = true;
            i.connections = 1400.0;
            i.decision_makers = 180.0;
            i.articles_per_month = 0.3;
            i.posts_per_week = 1.0;
            i.comments_per_week = 6.0;
            i.likes_per_week = 15.0;
            i.shares_per_week = 1.0;
            i.group_posts_per_week = 0.3;
            i.searches_per_week = 8.0;
            i.saved_searches = 2.0;
            i.leads_saved_per_week = 4.0;
            i.profile_view_follow_ups_per_week = 1.5;
            i.invitations_with_note_per_week = 3.0;
            i.acceptances_per_week = 2.0;
            i.messages_per_week = 5.0;
            i.decision_maker_messages_per_week = 1.5;
            i.inmails_per_week = 0.5;
            i.reply_rate = Some(0.4);
            i.active_days_28 = 16.0;
        }
    }
    i
}
