//! "Due today": the open action items and follow-ups that are due today or overdue, across
//! all clients (a single user: their own), overdue first, as a card at the top of the window
//! until it is hidden. The same items the calendar export holds ([`crate::report::ics`]).

use std::sync::Arc;

use egui::RichText;

use super::exchange::ExchangeCommand;
use super::{Command, theme};
use crate::i18n::{Locale, format_date, format_number, tr, tr_args};
use crate::model::{Client, Date};

/// How many rows the card lists before "and N more".
pub const SHOWN: usize = 6;

/// Windows lower than this (points) show only [`SHOWN_SMALL`] of the rows.
const SMALL_WINDOW: f32 = 800.0;

/// The rows shown on a small window.
const SHOWN_SMALL: usize = 3;

/// One due item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRow {
    /// The day it was due.
    pub date: Date,
    /// What, for whom (in the language the rows were made in).
    pub text: String,
}

/// What the card shows: the first [`SHOWN`] due rows and how many there are in all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Due {
    /// The most overdue first, at most [`SHOWN`].
    pub rows: Vec<DueRow>,
    /// How many items are due in all.
    pub total: usize,
}

/// One open item of a client that is due: an action item or a message's follow-up, by its
/// place in the client's list (valid for the client it was found in, as it was).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DueItem {
    /// The day it is due.
    pub date: Date,
    /// Which item.
    pub what: DueWhat,
}

/// Where a [`DueItem`] is in its client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueWhat {
    /// `client.action_items[i]`.
    Action(usize),
    /// `client.messages[i]`.
    FollowUp(usize),
}

/// The open items of `c` due on `today` or earlier: the calendar's items
/// ([`crate::report::ics::due_events`]) that are due. The app keeps them per client and
/// change (with the clients list's figures), so the card is not found again in every
/// client's log after each edit or switch.
pub fn due_items(c: &Client, today: Date) -> Vec<DueItem> {
    use crate::report::ics;
    let actions = c.action_items.iter().enumerate().filter_map(|(i, a)| {
        ics::open_due(a)
            .filter(|d| *d <= today)
            .map(|date| DueItem {
                date,
                what: DueWhat::Action(i),
            })
    });
    let follow_ups = c.messages.iter().enumerate().filter_map(|(i, m)| {
        ics::open_follow_up(m)
            .filter(|d| *d <= today)
            .map(|date| DueItem {
                date,
                what: DueWhat::FollowUp(i),
            })
    });
    actions.chain(follow_ups).collect()
}

/// The due and overdue items of `clients` on `today` in `loc`'s language: the most overdue
/// first (one day's items by their text), archived and demo clients left out.
pub fn due_rows(clients: &[Arc<Client>], today: Date, loc: Locale) -> Due {
    let items: Vec<Vec<DueItem>> = clients.iter().map(|c| due_items(c, today)).collect();
    let items: Vec<&[DueItem]> = items.iter().map(Vec::as_slice).collect();
    due_rows_of(clients, &items, loc)
}

/// [`due_rows`] from each client's [`due_items`] (`items[i]` of `clients[i]`). Only the rows
/// shown are written out: a coach's folder holds thousands of overdue follow-ups.
pub fn due_rows_of(clients: &[Arc<Client>], items: &[&[DueItem]], loc: Locale) -> Due {
    use crate::report::ics;
    let mut due: Vec<(&Client, DueItem)> = clients
        .iter()
        .zip(items)
        .filter(|(c, _)| !c.archived && !c.demo)
        .flat_map(|(c, items)| items.iter().map(move |i| (&**c, *i)))
        .collect();
    let total = due.len();
    // the day of the last row shown, found without sorting them all (a coach's folder holds
    // tens of thousands); the rows up to it, all of its day, ordered by date and text below
    let last = SHOWN
        .min(total)
        .checked_sub(1)
        .map(|k| due.select_nth_unstable_by_key(k, |(_, i)| i.date).1.1.date);
    let mut rows: Vec<DueRow> = due
        .iter()
        .filter(|(_, i)| last.is_some_and(|last| i.date <= last))
        .filter_map(|(c, i)| {
            let text = match i.what {
                DueWhat::Action(n) => ics::action_summary(c, c.action_items.get(n)?, loc.lang),
                DueWhat::FollowUp(n) => ics::follow_up_summary(c, c.messages.get(n)?, loc.lang),
            };
            Some(DueRow { date: i.date, text })
        })
        .collect();
    rows.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.text.cmp(&b.text)));
    rows.truncate(SHOWN);
    Due { rows, total }
}

/// Draw the card (nothing when no row is due).
pub fn show(ui: &mut egui::Ui, loc: Locale, today: Date, due: &Due, out: &mut Vec<Command>) {
    let rows = &due.rows;
    if rows.is_empty() {
        return;
    }
    let lang = loc.lang;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr(lang, "due.title")).strong());
            if ui.small_button(tr(lang, "due.calendar")).clicked() {
                out.push(Command::Exchange(ExchangeCommand::Calendar));
            }
            if ui.small_button(tr(lang, "due.dismiss")).clicked() {
                out.push(Command::Exchange(ExchangeCommand::DismissDue));
            }
        });
        // a coach's folder can hold thousands of overdue items: on a small window fewer rows
        // (the rest counted below them), so the screen under the card keeps most of the height
        let shown = if ui.ctx().content_rect().height() < SMALL_WINDOW {
            SHOWN_SMALL.min(rows.len())
        } else {
            rows.len()
        };
        for row in &rows[..shown] {
            due_row(ui, loc, today, row);
        }
        if due.total > shown {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "due.more",
                    &[("n", &format_number(loc, (due.total - shown) as f64, 0))],
                ))
                .weak(),
            );
        }
    });
}

/// One row: "Today" or "Overdue since", then what is due.
fn due_row(ui: &mut egui::Ui, loc: Locale, today: Date, row: &DueRow) {
    let lang = loc.lang;
    ui.horizontal_wrapped(|ui| {
        if row.date < today {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "due.overdue",
                    &[("date", &format_date(loc, row.date))],
                ))
                .color(theme::error(ui)),
            );
        } else {
            ui.label(RichText::new(tr(lang, "due.today")).strong());
        }
        ui.label(row.text.as_str());
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::{ActionItem, ClientId, Lever, MessageEntry};

    /// Only the rows shown are written out, yet they are the ones (and the count) of the
    /// whole list: every item the calendar holds that is due, by day and then text.
    #[test]
    fn the_rows_shown_are_the_first_of_the_whole_list_with_its_count() {
        let today = Date::from_ymd_opt(2026, 11, 20).unwrap_or_default();
        let mut clients = Vec::new();
        let mut seed = 7_u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for k in 0..5_u64 {
            let mut c = Client::new(ClientId(format!("c-{k}")), format!("Client {k}"), today);
            for i in 0..300_u64 {
                let mut m = MessageEntry::new(i, today, format!("person {}", next(50)));
                // many on the same days, some in the future, some answered
                m.follow_up = Some(today + chrono::Duration::days(next(12) as i64 - 9));
                m.replied = next(5) == 0;
                c.messages.push(m);
            }
            for i in 0..20_u64 {
                c.action_items.push(ActionItem {
                    id: 1000 + i,
                    session_id: None,
                    lever: Lever::Comments,
                    description: if next(2) == 0 {
                        String::new()
                    } else {
                        format!("task {i}")
                    },
                    target: None,
                    due: Some(today + chrono::Duration::days(next(12) as i64 - 9)),
                    done: (next(4) == 0).then_some(today),
                });
            }
            c.archived = k == 3;
            clients.push(Arc::new(c));
        }
        for lang in Language::ALL {
            let mut all: Vec<DueRow> = clients
                .iter()
                .filter(|c| !c.archived && !c.demo)
                .flat_map(|c| crate::report::ics::due_events(c, lang))
                .filter(|e| e.date <= today)
                .map(|e| DueRow {
                    date: e.date,
                    text: e.summary,
                })
                .collect();
            all.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.text.cmp(&b.text)));
            let due = due_rows(&clients, today, Locale::from(lang));
            assert_eq!(due.total, all.len());
            assert!(due.total > 500, "{}", due.total);
            all.truncate(SHOWN);
            assert_eq!(due.rows, all);
        }
        assert_eq!(due_rows(&[], today, Language::En.into()), Due::default());
    }
}
