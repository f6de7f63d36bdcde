//! The summary of what was read: the export's date, the signals, the dated activity and the
//! owner's messages, with the warnings and the per-file report ([`Import`]).

use std::collections::BTreeMap;

use super::archive::DateHints;
use super::parse::{self, Collected};
use super::{
    DateSource, FileReport, Import, ProfileFacts, SentMessage, Signals, Warning, date_warning,
};
use crate::model::{ActivityKind, Date};

fn len(v: &Option<Vec<Date>>) -> Option<u32> {
    v.as_ref()
        .map(|v| u32::try_from(v.len()).unwrap_or(u32::MAX))
}

pub(super) fn summarise(
    mut c: Collected,
    hints: DateHints,
    reports: Vec<FileReport>,
    fingerprint: String,
) -> Import {
    // the file name, else the newest date inside, else the entries' times, else ask; never
    // 1970
    let today = chrono::Utc::now().date_naive();
    let (as_of, as_of_source) = match (hints.name, c.newest, hints.entries) {
        (Some(d), _, _) => (d, DateSource::FileName),
        (None, Some(d), _) => {
            c.warnings.push(Warning::DateFromContent);
            (d, DateSource::Content)
        }
        (None, None, Some(d)) => {
            c.warnings.push(Warning::DateFromEntryTimes);
            (d, DateSource::EntryTimes)
        }
        (None, None, None) => {
            c.warnings.push(Warning::DateUnknown);
            (today, DateSource::Unknown)
        }
    };
    if as_of_source != DateSource::Unknown {
        c.warnings.extend(date_warning(as_of, today));
    }
    let mut activity = BTreeMap::new();
    let mut signals = Signals {
        connections: c.connections,
        decision_makers: c.connections.map(|_| c.decision_makers),
        posts: len(&c.posts),
        reposts: len(&c.reposts),
        comments: len(&c.comments),
        reactions: len(&c.reactions),
        articles_published: len(&c.articles),
        profile_photo: c.profile_photo,
        background_banner: c.background_banner,
        skills: c.skills,
        ..Signals::default()
    };
    if c.searches.is_some() {
        let searches = parse::dedup_searches(std::mem::take(&mut c.search_queries));
        signals.searches = Some(u32::try_from(searches.len()).unwrap_or(u32::MAX));
        let days: Vec<Date> = searches.iter().map(|t| t.date()).collect();
        parse::per_day(&days, ActivityKind::Search, &mut activity);
    }
    for (list, kind) in [
        (&c.posts, ActivityKind::Post),
        (&c.reposts, ActivityKind::Share),
        (&c.comments, ActivityKind::Comment),
        (&c.reactions, ActivityKind::Like),
        (&c.articles, ActivityKind::Article),
    ] {
        if let Some(days) = list {
            parse::per_day(days, kind, &mut activity);
        }
    }
    parse::per_day(&c.group_posts, ActivityKind::GroupPost, &mut activity);
    if let Some(inv) = &c.invitations {
        let out: Vec<&parse::Invitation> = inv.iter().filter(|i| i.outgoing).collect();
        signals.invitations_sent = Some(u32::try_from(out.len()).unwrap_or(u32::MAX));
        signals.invitations_with_note =
            Some(u32::try_from(out.iter().filter(|i| i.with_note).count()).unwrap_or(u32::MAX));
        for i in &out {
            let kind = if i.with_note {
                ActivityKind::InvitationWithNote
            } else {
                ActivityKind::InvitationWithoutNote
            };
            *activity.entry((i.day, kind)).or_default() += 1;
            let accepted = i.invitee_url.is_some_and(|u| c.people.urls.contains(&u))
                || c.people.by_name.contains_key(&i.invitee);
            if accepted {
                *activity
                    .entry((i.day, ActivityKind::Acceptance))
                    .or_default() += 1;
            }
        }
    }
    let messages = c.sent.take().map(|sent| owner_messages(sent, &c));
    signals.messages_sent = messages
        .as_ref()
        .map(|m| u32::try_from(m.len()).unwrap_or(u32::MAX));
    let profile = ProfileFacts {
        headline: c.headline,
        about: c.about,
        industry_location: c.industry_location,
        experience_descriptions: c.position_descriptions,
        education: c.education.is_some_and(|n| n > 0),
        recommendations: c.recommendations,
        endorsements: c.endorsements,
    };
    Import {
        as_of,
        as_of_source,
        signals,
        warnings: c.warnings,
        reports,
        profile_name: c.profile_display,
        activity,
        messages: messages.unwrap_or_default(),
        text: c.text,
        profile,
        files: c.files,
        fingerprint,
    }
}

/// The messages the owner sent, in time order, with whether the conversation got a reply
/// afterwards; the same message in two files (parts of a split export) counts once.
fn owner_messages(mut sent: Vec<parse::Sent>, c: &Collected) -> Vec<SentMessage> {
    // sorted already when one file was read (this only checks), ties in file order
    sent.sort_unstable_by_key(parse::Sent::order);
    // the same row in two parts of a split file counts once; two equal rows of one file are
    // two messages (two attachments sent in the same second, without text)
    sent.dedup_by(|b, a| {
        a.part != b.part
            && (a.at, a.conversation, a.content_hash) == (b.at, b.conversation, b.content_hash)
    });
    sent.into_iter()
        .filter_map(|m| {
            let contact = c
                .people
                .by_name
                .get(&m.to_key)
                .and_then(|&i| c.contacts.get(i as usize));
            Some(SentMessage {
                conversation: m.conversation,
                at: m.at,
                content_hash: m.content_hash,
                date: chrono::DateTime::from_timestamp(m.at, 0)?.date_naive(),
                person: if m.to.is_empty() { m.title } else { m.to },
                company: contact.map(|p| p.company).unwrap_or_default(),
                title: contact.map(|p| p.position).unwrap_or_default(),
                decision_maker: contact.is_some_and(|p| p.decision_maker),
                replied: if c.replies_across_files {
                    c.other_last.get(&m.conversation).is_some_and(|t| *t > m.at)
                } else {
                    m.replied
                },
            })
        })
        .collect()
}

/// `li:<conversation hex>:<unix seconds>:<content hex>`: saved in client files, so a second
/// import of the same message is recognised (the format never changes).
pub(super) fn message_key(conversation: u64, at: i64, content: u64) -> String {
    use std::fmt::Write;
    let mut key = String::with_capacity(56);
    let hex = |key: &mut String, x: u64| {
        for shift in (0..16).rev() {
            let nibble = ((x >> (shift * 4)) & 0xf) as u8;
            key.push(char::from(if nibble < 10 {
                b'0' + nibble
            } else {
                b'a' + nibble - 10
            }));
        }
    };
    key.push_str("li:");
    hex(&mut key, conversation);
    let _ = write!(key, ":{at}:");
    hex(&mut key, content);
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_keys_keep_their_saved_format() {
        for (conversation, at, content) in [
            (0, 0, 0),
            (0x0123_4567_89ab_cdef, 1_741_616_525, u64::MAX),
            (u64::MAX, -86_400, 42),
        ] {
            assert_eq!(
                message_key(conversation, at, content),
                format!("li:{conversation:016x}:{at}:{content:016x}")
            );
        }
    }
}
