//! Merge an import into a client. Idempotent: importing the same export twice changes
//! nothing, and a newer export adds only what is new.
//!
//! - Activity: per day and kind the count becomes the larger of what is there and what the
//!   export says (an export holds totals, so a second import of the same days adds nothing;
//!   a count typed by hand for the same day is taken as the same activity, not added).
//! - Messages: each imported message carries a stable key; a key already in the log is
//!   skipped.
//! - Profile: items the export proves are ticked; nothing is ever unticked by an import.
//! - Network: connections and decision makers are set to the export's numbers (they are
//!   totals on the export day), unless the client already has a newer import.

use crate::model::{Channel, Client, Date, ImportRecord, MessageEntry, MessageSource, ProfileItem};

use super::Import;

/// What a merge changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Messages added to the log.
    pub messages_added: u32,
    /// Day-and-kind activity counts raised.
    pub activity_days_changed: u32,
    /// Profile items newly ticked.
    pub profile_items_ticked: u32,
    /// Whether the network numbers changed.
    pub network_changed: bool,
    /// Whether this exact export had been imported before.
    pub already_imported: bool,
}

impl MergeSummary {
    /// Whether the merge changed nothing.
    pub fn is_empty(&self) -> bool {
        self.messages_added == 0
            && self.activity_days_changed == 0
            && self.profile_items_ticked == 0
            && !self.network_changed
    }
}

/// Merge `import` into `client`; `today` is recorded as the import day.
pub fn merge(client: &mut Client, import: &Import, today: Date) -> MergeSummary {
    let mut s = MergeSummary {
        already_imported: client
            .imports
            .iter()
            .any(|r| r.fingerprint == import.fingerprint),
        ..MergeSummary::default()
    };
    for (&(day, kind), &n) in &import.activity {
        if client.activity.get(day, kind) < n {
            client.activity.set(day, kind, n);
            s.activity_days_changed += 1;
        }
    }
    let known: std::collections::HashSet<&str> = client
        .messages
        .iter()
        .filter_map(|m| m.external_key.as_deref())
        .collect();
    let new: Vec<_> = import
        .messages()
        .map(|m| (m.key(), m))
        .filter(|(key, _)| !known.contains(key.as_str()))
        .collect();
    s.messages_added = u32::try_from(new.len()).unwrap_or(u32::MAX);
    client.add_messages(new.into_iter().map(|(key, m)| {
        let mut e = MessageEntry::new(0, m.date, m.person);
        e.company = m.company.into();
        e.title = m.title.into();
        e.decision_maker = m.decision_maker;
        e.replied = m.replied;
        e.channel = Channel::Message;
        e.source = MessageSource::Import;
        e.external_key = Some(key);
        e
    }));
    let sig = &import.signals;
    let p = &import.profile;
    let proven = [
        (ProfileItem::Photo, sig.profile_photo == Some(true)),
        (ProfileItem::Banner, sig.background_banner == Some(true)),
        (ProfileItem::Headline, p.headline),
        (ProfileItem::About, p.about),
        (ProfileItem::IndustryLocation, p.industry_location),
        (
            ProfileItem::ExperienceDescriptions,
            p.experience_descriptions,
        ),
        (ProfileItem::Education, p.education),
        (ProfileItem::Skills, sig.skills.is_some_and(|n| n >= 3)),
        (
            ProfileItem::Recommendations,
            p.recommendations.is_some_and(|n| n > 0),
        ),
    ];
    for (item, yes) in proven {
        if yes && !client.profile.is_done(item) {
            client.profile.set(item, true);
            s.profile_items_ticked += 1;
        }
    }
    if let Some(n) = sig.skills {
        client.profile.skills = client.profile.skills.max(n);
    }
    if let Some(n) = p.recommendations {
        client.profile.recommendations = client.profile.recommendations.max(n);
    }
    let newest_import = client.imports.iter().map(|r| r.as_of).max();
    if newest_import.is_none_or(|d| d <= import.as_of)
        && let Some(connections) = sig.connections
    {
        let dm = sig.decision_makers.unwrap_or(0).min(connections);
        if client.network.connections != connections || client.network.decision_makers != dm {
            client.network.connections = connections;
            client.network.decision_makers = dm;
            s.network_changed = true;
        }
    }
    if !s.already_imported {
        client.imports.push(ImportRecord {
            as_of: import.as_of,
            fingerprint: import.fingerprint.clone(),
            imported_on: today,
        });
    }
    s
}
