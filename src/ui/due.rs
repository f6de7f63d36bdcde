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

/// One due item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRow {
    /// The day it was due.
    pub date: Date,
    /// What, for whom (in the language the rows were made in).
    pub text: String,
}

/// The due and overdue items of `clients` on `today` in `loc`'s language: the most overdue
/// first, archived and demo clients left out.
pub fn due_rows(clients: &[Arc<Client>], today: Date, loc: Locale) -> Vec<DueRow> {
    let mut rows: Vec<DueRow> = clients
        .iter()
        .filter(|c| !c.archived && !c.demo)
        .flat_map(|c| crate::report::ics::due_events(c, loc.lang))
        .filter(|e| e.date <= today)
        .map(|e| DueRow {
            date: e.date,
            text: e.summary,
        })
        .collect();
    rows.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.text.cmp(&b.text)));
    rows
}

/// Draw the card (nothing when no row is due).
pub fn show(ui: &mut egui::Ui, loc: Locale, today: Date, rows: &[DueRow], out: &mut Vec<Command>) {
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
        for row in rows.iter().take(SHOWN) {
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
        if rows.len() > SHOWN {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "due.more",
                    &[("n", &format_number(loc, (rows.len() - SHOWN) as f64, 0))],
                ))
                .weak(),
            );
        }
    });
}
