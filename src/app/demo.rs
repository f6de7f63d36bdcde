//! The demo client as the app opens it: the model's demo data plus two coaching sessions with
//! notes and action items, so a coach trying the app finds every screen filled in, the
//! Sessions screen and "what moved" included.

use chrono::Duration;

use crate::edit::ClientEdit;
use crate::i18n::{Language, tr};
use crate::model::{ActionItem, Client, Date, Lever, demo_client};

/// The demo client on `today`, in `lang` (its session notes are written in that language).
pub fn demo_with_sessions(today: Date, lang: Language) -> Client {
    let mut c = demo_client(today);
    c.language = lang;
    let item = |lever, target: f64, due: Date, description: &str| ActionItem {
        id: 0,
        session_id: None,
        lever,
        description: description.to_owned(),
        target: Some(target),
        due: Some(due),
        done: None,
    };
    let first = today - Duration::days(42);
    ClientEdit::RecordSession {
        date: first,
        notes: tr(lang, "demo.session_1").to_owned(),
        items: vec![item(
            Lever::Comments,
            5.0,
            first + Duration::days(14),
            tr(lang, "demo.item_comments"),
        )],
    }
    .apply(&mut c, today);
    let second = today - Duration::days(14);
    ClientEdit::RecordSession {
        date: second,
        notes: tr(lang, "demo.session_2").to_owned(),
        items: vec![
            item(
                Lever::InvitationsWithNote,
                5.0,
                today + Duration::days(7),
                tr(lang, "demo.item_invitations"),
            ),
            item(
                Lever::DecisionMakerMessages,
                3.0,
                today + Duration::days(14),
                tr(lang, "demo.item_decision_makers"),
            ),
        ],
    }
    .apply(&mut c, today);
    // the first session's item was done on time
    let done = first + Duration::days(12);
    if let Some(i) = c
        .action_items
        .iter_mut()
        .find(|i| i.lever == Lever::Comments)
    {
        i.done = Some(done);
    }
    c
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_has_sessions_with_notes_and_open_and_done_items() {
        let today: Date = "2026-11-30".parse().expect("date");
        for lang in Language::ALL {
            let c = demo_with_sessions(today, lang);
            assert_eq!(c.sessions.len(), 2);
            assert!(c.sessions.iter().all(|s| !s.notes.is_empty()));
            assert!(c.sessions.iter().all(|s| !s.snapshot.levers.is_empty()));
            assert_eq!(c.action_items.len(), 3);
            assert_eq!(
                c.action_items.iter().filter(|i| i.done.is_some()).count(),
                1
            );
            assert!(c.action_items.iter().all(|i| i.session_id.is_some()));
            assert_eq!(c.language, lang);
        }
        // the notes are in the chosen language
        let en = demo_with_sessions(today, Language::En);
        let nl = demo_with_sessions(today, Language::Nl);
        assert_ne!(en.sessions[0].notes, nl.sessions[0].notes);
    }
}
