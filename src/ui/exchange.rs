//! The coaching files on screen: what goes into the client file ("Send to my coach"), and the
//! preview of a client file or plan file before it is applied (what changes, counted per
//! kind), as modal windows over any screen. Applying is one step Undo takes back.

use std::path::PathBuf;
use std::sync::Arc;

use egui::RichText;

use super::{Command, theme, widgets};
use crate::exchange::{ClientFile, MergeSummary, PlanFile, PlanSummary};
use crate::i18n::{Locale, format_date, format_number, tr, tr_args};
use crate::model::Client;

/// What the coaching files ask the app to do. Applied by `AppState::apply_exchange`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExchangeCommand {
    /// Ask what goes into the client file of the current client ("Send to my coach").
    SendToCoach,
    /// Save the current client's client file where a dialog says; `with_texts` false leaves
    /// out message texts and the names of the people messaged.
    SaveClientFile {
        /// Whether message texts and names go in.
        with_texts: bool,
    },
    /// Save the current client's client file at this path.
    SaveClientFileTo {
        /// Whether message texts and names go in.
        with_texts: bool,
        /// Where.
        path: PathBuf,
    },
    /// Choose a client file or plan file with a dialog and preview it.
    Pick,
    /// Read this client file or plan file (dropped on the window, typed) and preview it.
    Open(PathBuf),
    /// Which client the previewed client file goes into (one past the last: a new client).
    SetTarget(usize),
    /// Apply the previewed file: one step Undo takes back.
    Apply,
    /// Close the send question, the preview or its message.
    Close,
    /// Save the plan file of the current client's session with this id where a dialog says.
    SavePlan(u64),
    /// Save the plan file of the current client's session at this path.
    SavePlanTo(u64, PathBuf),
    /// Save due action items and follow-ups of all clients as a calendar (`.ics`) where a
    /// dialog says.
    Calendar,
    /// Save the calendar at this path.
    CalendarTo(PathBuf),
    /// Write the current client's session report with a print dialog that opens on loading
    /// to the data folder's `reports/`, and open it in the browser.
    Print,
    /// Hide the "due today" card until the next start.
    DismissDue,
}

/// A coaching file read and waiting for the user.
#[derive(Debug, Clone, PartialEq)]
pub enum Preview {
    /// A client file.
    Client {
        /// What it holds.
        file: Box<ClientFile>,
        /// Its checksum (the fingerprint the merge records).
        checksum: String,
        /// The client it goes into (index into the clients; one past the last: a new one).
        target: usize,
        /// What taking it into `target` changes.
        summary: MergeSummary,
    },
    /// A plan file, for the current client (the user's own profile).
    Plan {
        /// What it holds.
        plan: Box<PlanFile>,
        /// What applying it changes.
        summary: PlanSummary,
    },
}

/// What the coaching files' windows show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExchangeState {
    /// "Send to my coach" is asking whether texts go in (the tick's state).
    pub send: Option<bool>,
    /// The file read and waiting.
    pub preview: Option<Preview>,
    /// Why the last file could not be read or written, in the user's language.
    pub error: Option<String>,
    /// What the last apply did, in the user's language.
    pub done: Option<String>,
    /// The "due today" card was hidden.
    pub due_dismissed: bool,
}

impl ExchangeState {
    /// Whether one of the windows is open.
    pub fn is_open(&self) -> bool {
        self.send.is_some() || self.preview.is_some() || self.error.is_some() || self.done.is_some()
    }
}

fn count_row(ui: &mut egui::Ui, loc: Locale, key: &str, n: usize) {
    ui.label(tr(loc.lang, key));
    let text = format_number(loc, n as f64, 0);
    if n > 0 {
        ui.label(RichText::new(text).strong());
    } else {
        ui.label(RichText::new(text).weak());
    }
    ui.end_row();
}

/// Draw the open window (if any) over the screen; what the user chooses goes to `out`.
pub fn show(
    ctx: &egui::Context,
    loc: Locale,
    clients: &[Arc<Client>],
    current: usize,
    state: &mut ExchangeState,
    out: &mut Vec<Command>,
) {
    let lang = loc.lang;
    let ask = |c: ExchangeCommand| Command::Exchange(c);
    if let Some(with_texts) = state.send.as_mut() {
        let name = clients.get(current).map_or("", |c| c.name.as_str());
        egui::Modal::new(egui::Id::unique("exchange-send")).show(ctx, |ui| {
            ui.heading(tr(lang, "exchange.send.title"));
            ui.label(tr_args(lang, "exchange.send.intro", &[("name", name)]));
            ui.add_space(theme::SECTION_GAP);
            ui.checkbox(with_texts, tr(lang, "exchange.send.with_texts"));
            ui.label(RichText::new(tr(lang, "exchange.send.without_hint")).weak());
            ui.add_space(theme::SECTION_GAP);
            ui.horizontal(|ui| {
                if ui.button(tr(lang, "exchange.send.save")).clicked() {
                    out.push(ask(ExchangeCommand::SaveClientFile {
                        with_texts: *with_texts,
                    }));
                }
                if ui.button(tr(lang, "common.cancel")).clicked() {
                    out.push(ask(ExchangeCommand::Close));
                }
            });
        });
        return;
    }
    if let Some(text) = state.error.as_ref().or(state.done.as_ref()) {
        let failed = state.error.is_some();
        egui::Modal::new(egui::Id::unique("exchange-message")).show(ctx, |ui| {
            ui.heading(tr(lang, "exchange.title"));
            if failed {
                widgets::error_label(ui, text);
            } else {
                ui.label(RichText::new(text).color(theme::good(ui)));
            }
            if ui.button(tr(lang, "exchange.close")).clicked() {
                out.push(ask(ExchangeCommand::Close));
            }
        });
        return;
    }
    let Some(preview) = &state.preview else {
        return;
    };
    egui::Modal::new(egui::Id::unique("exchange-preview")).show(ctx, |ui| match preview {
        Preview::Client {
            file,
            target,
            summary,
            ..
        } => client_preview(ui, loc, clients, file, *target, summary, out),
        Preview::Plan { plan, summary } => {
            let name = clients.get(current).map_or("", |c| c.name.as_str());
            plan_preview(ui, loc, name, plan, summary, out);
        }
    });
}

fn client_preview(
    ui: &mut egui::Ui,
    loc: Locale,
    clients: &[Arc<Client>],
    file: &ClientFile,
    target: usize,
    summary: &MergeSummary,
    out: &mut Vec<Command>,
) {
    let lang = loc.lang;
    ui.heading(tr_args(
        lang,
        "exchange.preview.client_title",
        &[("name", &file.client.name)],
    ));
    ui.label(tr_args(
        lang,
        "exchange.preview.made_on",
        &[("date", &format_date(loc, file.exported))],
    ));
    if !file.with_texts {
        ui.label(RichText::new(tr(lang, "exchange.preview.no_texts")).weak());
    }
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "exchange.preview.into"));
        let new_client = tr(lang, "exchange.preview.new_client");
        let selected = clients.get(target).map_or(new_client, |c| c.name.as_str());
        let mut chosen = target;
        egui::ComboBox::from_id_salt("exchange-target")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for (i, c) in clients.iter().enumerate() {
                    ui.selectable_value(&mut chosen, i, c.name.as_str());
                }
                ui.selectable_value(&mut chosen, clients.len(), new_client);
            })
            .response
            .labelled_by(l.id);
        if chosen != target {
            out.push(Command::Exchange(ExchangeCommand::SetTarget(chosen)));
        }
    });
    ui.add_space(theme::SECTION_GAP);
    widgets::section(ui, tr(lang, "exchange.preview.changes"));
    if summary.is_empty() {
        ui.label(RichText::new(tr(lang, "exchange.preview.nothing")).weak());
    }
    egui::Grid::new("exchange-client-counts")
        .striped(true)
        .show(ui, |ui| {
            count_row(ui, loc, "exchange.preview.messages", summary.messages_added);
            count_row(
                ui,
                loc,
                "exchange.preview.messages_updated",
                summary.messages_updated,
            );
            count_row(ui, loc, "exchange.preview.readings", summary.readings_added);
            count_row(ui, loc, "exchange.preview.days", summary.days_changed);
            count_row(
                ui,
                loc,
                "exchange.preview.items_ticked",
                summary.items_ticked,
            );
            count_row(ui, loc, "exchange.preview.items_added", summary.items_added);
            count_row(ui, loc, "exchange.preview.profile", summary.profile_ticked);
        });
    buttons(ui, lang, "exchange.preview.apply", out);
}

fn plan_preview(
    ui: &mut egui::Ui,
    loc: Locale,
    name: &str,
    plan: &PlanFile,
    summary: &PlanSummary,
    out: &mut Vec<Command>,
) {
    let lang = loc.lang;
    ui.heading(tr_args(
        lang,
        "exchange.preview.plan_title",
        &[("date", &format_date(loc, plan.session))],
    ));
    ui.label(tr_args(
        lang,
        "exchange.preview.plan_into",
        &[("name", name)],
    ));
    ui.add_space(theme::SECTION_GAP);
    widgets::section(ui, tr(lang, "exchange.preview.changes"));
    if summary.is_empty() {
        ui.label(RichText::new(tr(lang, "exchange.preview.plan_nothing")).weak());
    }
    egui::Grid::new("exchange-plan-counts")
        .striped(true)
        .show(ui, |ui| {
            count_row(ui, loc, "exchange.preview.plan_items", summary.items_added);
            count_row(
                ui,
                loc,
                "exchange.preview.plan_ticked",
                summary.items_ticked,
            );
            count_row(
                ui,
                loc,
                "exchange.preview.plan_goals",
                summary.goals_changed,
            );
            count_row(ui, loc, "exchange.preview.plan_notes", summary.notes_added);
        });
    if !plan.report.is_empty() {
        ui.label(RichText::new(tr(lang, "exchange.preview.plan_report")).weak());
    }
    buttons(ui, lang, "exchange.preview.apply_plan", out);
}

fn buttons(ui: &mut egui::Ui, lang: crate::i18n::Language, apply: &str, out: &mut Vec<Command>) {
    ui.label(RichText::new(tr(lang, "exchange.preview.undo_hint")).weak());
    ui.horizontal(|ui| {
        if ui.button(tr(lang, apply)).clicked() {
            out.push(Command::Exchange(ExchangeCommand::Apply));
        }
        if ui.button(tr(lang, "common.cancel")).clicked() {
            out.push(Command::Exchange(ExchangeCommand::Close));
        }
    });
}

/// The entries of the "Coaching files" menu; `has_client`: a client is on screen.
pub fn menu(
    ui: &mut egui::Ui,
    lang: crate::i18n::Language,
    has_client: bool,
    out: &mut Vec<Command>,
) {
    if ui
        .add_enabled(
            has_client,
            egui::Button::new(tr(lang, "exchange.menu.send_to_coach")),
        )
        .clicked()
    {
        out.push(Command::Exchange(ExchangeCommand::SendToCoach));
    }
    if ui.button(tr(lang, "exchange.menu.import_client")).clicked() {
        out.push(Command::Exchange(ExchangeCommand::Pick));
    }
    if ui
        .add_enabled(
            has_client,
            egui::Button::new(tr(lang, "exchange.menu.open_plan")),
        )
        .clicked()
    {
        out.push(Command::Exchange(ExchangeCommand::Pick));
    }
    ui.separator();
    if ui.button(tr(lang, "exchange.menu.calendar")).clicked() {
        out.push(Command::Exchange(ExchangeCommand::Calendar));
    }
}
