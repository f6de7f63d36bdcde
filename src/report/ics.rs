//! Due dates to a calendar: open action items and follow-ups as all-day events in an
//! iCalendar file (RFC 5545), for one client or all of them.
//!
//! - Each event's `UID` is made of the client's id and the item's id, which never change, so
//!   importing a newer export into a calendar updates the events instead of adding copies.
//! - Texts are escaped (`\\`, `;`, `,`, line breaks) and lines folded at 75 octets, never
//!   inside a UTF-8 character; lines end in CRLF.
//! - Only what is still open: a done action item or a follow-up of a conversation that got a
//!   reply is left out (re-exporting drops it; calendars then keep or remove it as they do).

use chrono::{Datelike, Duration, NaiveDateTime};

use crate::engine;
use crate::i18n::{Language, tr, tr_args};
use crate::model::{ActionItem, Client, Date, MessageEntry};

/// One event: an all-day entry on `date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueEvent {
    /// Stable over exports: `action-<client>-<item>@ssi-coach` or `follow-up-...`.
    pub uid: String,
    /// The day it is due.
    pub date: Date,
    /// The event's title.
    pub summary: String,
    /// Details (the item's description, the message's note), may be empty.
    pub description: String,
}

/// The open action items with a due date and the follow-ups of unanswered messages of
/// `client`, oldest first, in `lang`.
pub fn due_events(client: &Client, lang: Language) -> Vec<DueEvent> {
    let mut events = Vec::new();
    for a in &client.action_items {
        let Some(due) = open_due(a) else {
            continue;
        };
        events.push(DueEvent {
            uid: format!("action-{}-{}@ssi-coach", client.id.0, a.id),
            date: due,
            summary: action_summary(client, a, lang),
            description: tr(lang, engine::label_key(a.lever)).to_owned(),
        });
    }
    for m in &client.messages {
        let Some(due) = open_follow_up(m) else {
            continue;
        };
        events.push(DueEvent {
            uid: format!("follow-up-{}-{}@ssi-coach", client.id.0, m.id),
            date: due,
            summary: follow_up_summary(client, m, lang),
            description: m.note.trim().to_owned(),
        });
    }
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    events
}

/// The due date of an action item that is not done yet.
pub fn open_due(a: &ActionItem) -> Option<Date> {
    a.due.filter(|_| a.done.is_none())
}

/// The follow-up date of a message that got no reply yet.
pub fn open_follow_up(m: &MessageEntry) -> Option<Date> {
    m.follow_up.filter(|_| !m.replied)
}

/// An action item's event title: its description (or its lever's name) and the client.
pub fn action_summary(client: &Client, a: &ActionItem, lang: Language) -> String {
    let what = if a.description.trim().is_empty() {
        tr(lang, engine::label_key(a.lever)).to_owned()
    } else {
        a.description.trim().to_owned()
    };
    tr_args(
        lang,
        "report.calendar.action",
        &[("what", &what), ("client", &client.name)],
    )
}

/// A follow-up's event title: the person and the client.
pub fn follow_up_summary(client: &Client, m: &MessageEntry, lang: Language) -> String {
    tr_args(
        lang,
        "report.calendar.follow_up",
        &[("person", m.person.trim()), ("client", &client.name)],
    )
}

/// A text value escaped for iCalendar (RFC 5545 3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // other control characters are not allowed in a text value
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character, each
/// part ending in CRLF and each continuation starting with a space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // the first line holds 75 octets, continuations 74 after their leading space
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

fn date_value(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// The calendar file for `clients` (one or all), stamped `stamp` (UTC), in `lang`.
pub fn calendar(clients: &[&Client], lang: Language, stamp: NaiveDateTime) -> String {
    let mut out = String::new();
    let mut line = |s: &str| out.push_str(&fold(s));
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!(
        "PRODID:-//SSI Coach//SSI Coach {}//EN",
        env!("CARGO_PKG_VERSION")
    ));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let name = match clients {
        [one] => tr_args(lang, "report.calendar.name_one", &[("client", &one.name)]),
        _ => tr(lang, "report.calendar.name_all").to_owned(),
    };
    line(&format!("X-WR-CALNAME:{}", escape_text(&name)));
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for client in clients {
        for e in due_events(client, lang) {
            line("BEGIN:VEVENT");
            line(&format!("UID:{}", escape_text(&e.uid)));
            line(&format!("DTSTAMP:{stamp}"));
            line(&format!("DTSTART;VALUE=DATE:{}", date_value(e.date)));
            line(&format!(
                "DTEND;VALUE=DATE:{}",
                date_value(e.date + Duration::days(1))
            ));
            line(&format!("SUMMARY:{}", escape_text(&e.summary)));
            if !e.description.is_empty() {
                line(&format!("DESCRIPTION:{}", escape_text(&e.description)));
            }
            line("TRANSP:TRANSPARENT");
            line("END:VEVENT");
        }
    }
    line("END:VCALENDAR");
    out
}

/// How many events [`calendar`] writes for `clients`.
pub fn event_count(clients: &[&Client], lang: Language) -> usize {
    clients.iter().map(|c| due_events(c, lang).len()).sum()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let long = format!("SUMMARY:{}", "æøå ".repeat(40));
        let folded = fold(&long);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        // unfolding gives the line back
        assert_eq!(
            folded.replace("\r\n ", "").strip_suffix("\r\n"),
            Some(long.as_str())
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a;b,c\\d\r\ne\nf"), "a\\;b\\,c\\\\d\\ne\\nf");
    }

    #[test]
    fn an_empty_folder_is_a_valid_empty_calendar() {
        let stamp =
            NaiveDateTime::parse_from_str("2026-12-01 08:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        let ics = calendar(&[], Language::En, stamp);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.contains("VEVENT"));
    }
}
