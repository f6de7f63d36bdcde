//! Coaching sessions: record one (notes, snapshot, action items), compare it with the
//! previous one, tick action items, export the report and the logs.

use crate::ui::{ClientEdit, ExchangeCommand, SettingsCommand};
use egui::RichText;

use super::{Command, Export, ViewCtx, theme, widgets};
use crate::engine;
use crate::i18n::{
    format_date, format_lever, format_lever_change, format_points, format_signed as signed,
    parse_number, tr, tr_args,
};
use crate::model::{ActionItem, Date, Lever, Pillar, Session};

/// An action item as typed, before it is agreed.
#[derive(Debug, Clone)]
pub struct ItemDraft {
    /// Which lever.
    pub lever: Lever,
    /// What exactly.
    pub description: String,
    /// Target (number), may be empty.
    pub target: String,
    /// Due day (YYYY-MM-DD), may be empty.
    pub due: String,
}

impl Default for ItemDraft {
    fn default() -> Self {
        Self {
            lever: Lever::Comments,
            description: String::new(),
            target: String::new(),
            due: String::new(),
        }
    }
}

/// The sessions screen's typed text.
#[derive(Debug, Clone, Default)]
pub struct SessionsState {
    /// Session day as typed.
    pub date: String,
    /// Session notes.
    pub notes: String,
    /// Action items to agree.
    pub drafts: Vec<ItemDraft>,
    /// Notes being edited: session id and text.
    pub editing: Option<(u64, String)>,
}

/// Check a draft; the action item or the problem in `lang`.
pub fn validate_item(
    d: &ItemDraft,
    today: Date,
    loc: impl Into<crate::i18n::Locale>,
) -> Result<ActionItem, String> {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    let target = if d.target.trim().is_empty() {
        None
    } else {
        match parse_number(&d.target) {
            Some(v) if v >= 0.0 => Some(v),
            _ => return Err(tr(lang, "sessions.error.target").to_owned()),
        }
    };
    let due = if d.due.trim().is_empty() {
        None
    } else {
        Some(widgets::parse_day(&d.due, today, true, loc).map_err(str::to_owned)?)
    };
    Ok(ActionItem {
        id: 0,
        session_id: None,
        lever: d.lever,
        description: d.description.trim().to_owned(),
        target,
        due,
        done: None,
    })
}

/// Draw the sessions screen.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut SessionsState,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let c = ctx.client;
    ui.heading(tr_args(
        lang,
        "sessions.title",
        &[("name", c.name.as_str())],
    ));
    ui.label(RichText::new(tr(lang, "sessions.intro")).weak());
    compare(ui, ctx);
    widgets::action_items(ui, ctx, true, out);
    record(ui, ctx, state, out);
    list(ui, ctx, state, out);

    widgets::section(ui, tr(lang, "sessions.export"));
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr(lang, "sessions.export_report")).clicked() {
            out.push(Command::Export(Export::Report));
        }
        if ui.button(tr(lang, "sessions.export_messages")).clicked() {
            out.push(Command::Export(Export::MessagesCsv));
        }
        if ui.button(tr(lang, "sessions.export_activity")).clicked() {
            out.push(Command::Export(Export::ActivityCsv));
        }
    });
    // the coaching files (issue #20): the plan of the latest session, the printable report
    ui.horizontal_wrapped(|ui| {
        if let Some(s) = c.sessions.last()
            && ui.button(tr(lang, "exchange.sessions.send_plan")).clicked()
        {
            out.push(Command::Exchange(ExchangeCommand::SavePlan(s.id)));
        }
        if ui.button(tr(lang, "exchange.sessions.print")).clicked() {
            out.push(Command::Exchange(ExchangeCommand::Print));
        }
    });
    let mut open = ctx.settings.open_after_export;
    if ui
        .checkbox(&mut open, tr(lang, "sessions.open_after_export"))
        .changed()
    {
        out.push(Command::Settings(SettingsCommand::SetOpenAfterExport(open)));
    }
}

/// What moved: the same two moments, the same levers in the same order as the session report
/// ([`engine::comparison`], [`engine::moved_levers`]).
fn compare(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    // today's estimate is the one the app already holds; only the lever values are read
    let comparison = engine::comparison_with(c, ctx.today, || crate::model::Snapshot {
        estimate: ctx.estimate.pillars,
        reading: c.latest_reading(ctx.today).cloned(),
        levers: engine::levers_on(c, ctx.today),
    });
    let (heading, from, to) = match &comparison {
        engine::Comparison::NoSessions => return,
        engine::Comparison::FirstSessionToday => {
            widgets::section(ui, tr(lang, "sessions.compare"));
            ui.label(RichText::new(tr(lang, "report.changes.first")).weak());
            return;
        }
        engine::Comparison::BetweenSessions { from, to } => (
            tr_args(
                lang,
                "report.changes.between_sessions",
                &[
                    ("from", &format_date(loc, from.date)),
                    ("to", &format_date(loc, to.date)),
                ],
            ),
            (format_date(loc, from.date), &from.snapshot),
            (format_date(loc, to.date), &to.snapshot),
        ),
        engine::Comparison::SinceSession { from, now } => (
            tr_args(
                lang,
                "report.changes.since_session",
                &[
                    ("from", &format_date(loc, from.date)),
                    ("to", &format_date(loc, ctx.today)),
                ],
            ),
            (format_date(loc, from.date), &from.snapshot),
            (tr(lang, "sessions.now").to_owned(), now),
        ),
    };
    let ((before_label, a), (after_label, b)) = (from, to);
    let (before, after) = (&a.estimate, &b.estimate);
    widgets::section(ui, tr(lang, "sessions.compare"));
    ui.label(RichText::new(heading).weak());
    egui::Grid::new("compare").striped(true).show(ui, |ui| {
        ui.label("");
        ui.label(RichText::new(&before_label).strong());
        ui.label(RichText::new(&after_label).strong());
        ui.label(RichText::new(tr(lang, "sessions.change")).strong());
        ui.end_row();
        for p in Pillar::ALL {
            ui.label(RichText::new(tr(lang, widgets::pillar_key(p))).color(theme::pillar_color(p)));
            ui.label(format_points(loc, before.get(p)));
            ui.label(format_points(loc, after.get(p)));
            ui.label(signed(loc, after.get(p) - before.get(p)));
            ui.end_row();
        }
        ui.label(RichText::new(tr(lang, "sessions.total")).strong());
        ui.label(format_points(loc, before.total()));
        ui.label(format_points(loc, after.total()));
        ui.label(RichText::new(signed(loc, after.total() - before.total())).strong());
        ui.end_row();
    });
    ui.label(RichText::new(tr(lang, "caution.estimate_not_linkedin")).weak());
    if let (Some(x), Some(y)) = (a.reading.as_ref(), b.reading.as_ref()) {
        ui.label(tr_args(
            lang,
            "sessions.reading_change",
            &[
                ("before", &format_points(loc, x.total)),
                ("after", &format_points(loc, y.total)),
                ("change", &signed(loc, y.total - x.total)),
            ],
        ));
    }
    // what was agreed at the earlier of the two, and whether it happened
    if let Some(agreed_at) = comparison.from_session().map(|s| s.id) {
        let agreed: Vec<&ActionItem> = c
            .action_items
            .iter()
            .filter(|a| a.session_id == Some(agreed_at))
            .collect();
        if !agreed.is_empty() {
            let done = agreed.iter().filter(|a| a.done.is_some()).count();
            ui.label(tr_args(
                lang,
                "sessions.items_done",
                &[
                    ("done", &done.to_string()),
                    ("total", &agreed.len().to_string()),
                ],
            ));
        }
    }
    let moved = comparison.moved(c);
    if moved.is_empty() {
        ui.label(RichText::new(tr(lang, "report.changes.nothing_moved")).weak());
        return;
    }
    ui.label(RichText::new(tr(lang, "report.changes.moved")).strong());
    egui::Grid::new("moved").striped(true).show(ui, |ui| {
        for key in [
            "report.col.knob",
            "report.col.then",
            "report.col.now",
            "report.col.change",
        ] {
            ui.label(RichText::new(tr(lang, key)).strong());
        }
        ui.end_row();
        for m in moved.iter().take(engine::MOVED_SHOWN) {
            ui.label(tr(lang, engine::label_key(m.lever)));
            ui.label(format_lever(loc, m.lever, m.before));
            ui.label(format_lever(loc, m.lever, m.after));
            ui.label(format_lever_change(loc, m.lever, m.before, m.after));
            ui.end_row();
        }
    });
    if moved.len() > engine::MOVED_SHOWN {
        ui.label(
            RichText::new(tr_args(
                lang,
                "report.changes.more_moved",
                &[("n", &(moved.len() - engine::MOVED_SHOWN).to_string())],
            ))
            .weak(),
        );
    }
}

fn record(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, state: &mut SessionsState, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    widgets::section(ui, tr(lang, "sessions.record"));
    if state.date.is_empty() {
        state.date = ctx.today.format("%Y-%m-%d").to_string();
    }
    let date = widgets::parse_day(&state.date, ctx.today, false, loc);
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "sessions.date"));
        ui.add(egui::TextEdit::singleline(&mut state.date).desired_width(110.0))
            .labelled_by(l.id);
        widgets::date_picker(ui, &mut state.date, ctx.today, false, ctx.locale());
        if let Err(e) = &date {
            widgets::error_label(ui, e);
        }
    });
    let l = ui.label(tr(lang, "sessions.notes"));
    ui.add(
        egui::TextEdit::multiline(&mut state.notes)
            .desired_rows(4)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(l.id);
    let mut items = Vec::new();
    let mut problem = None;
    let mut remove = None;
    for (i, d) in state.drafts.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let l = ui.label(tr(lang, "sessions.lever"));
                egui::ComboBox::from_id_salt(("draft-lever", i))
                    .selected_text(tr(lang, engine::label_key(d.lever)))
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        for lever in engine::all_levers() {
                            ui.selectable_value(
                                &mut d.lever,
                                lever,
                                tr(lang, engine::label_key(lever)),
                            );
                        }
                    })
                    .response
                    .labelled_by(l.id);
                let l = ui.label(tr(lang, "sessions.target"));
                ui.add(egui::TextEdit::singleline(&mut d.target).desired_width(60.0))
                    .labelled_by(l.id);
                let l = ui.label(tr(lang, "sessions.due_label"));
                ui.add(
                    egui::TextEdit::singleline(&mut d.due)
                        .desired_width(100.0)
                        .hint_text(ctx.region.date_order.hint(lang)),
                )
                .labelled_by(l.id);
                if ui.small_button(tr(lang, "sessions.remove_item")).clicked() {
                    remove = Some(i);
                }
            });
            ui.horizontal(|ui| {
                let l = ui.label(tr(lang, "sessions.description"));
                ui.add(egui::TextEdit::singleline(&mut d.description).desired_width(420.0))
                    .labelled_by(l.id);
            });
            match validate_item(d, ctx.today, loc) {
                Ok(item) => items.push(item),
                Err(e) => {
                    widgets::error_label(ui, &e);
                    problem = Some(e);
                }
            }
        });
    }
    if let Some(i) = remove {
        state.drafts.remove(i);
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr(lang, "sessions.add_item")).clicked() {
            state.drafts.push(widgets::top_step_draft(ctx));
        }
        let ok = date.is_ok() && problem.is_none();
        if ui
            .add_enabled(ok, egui::Button::new(tr(lang, "sessions.save")))
            .clicked()
            && let Ok(date) = date
        {
            out.push(Command::Edit(ClientEdit::RecordSession {
                date,
                notes: std::mem::take(&mut state.notes),
                items,
            }));
            state.drafts.clear();
        }
    });
}

fn list(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, state: &mut SessionsState, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    if c.sessions.is_empty() {
        return;
    }
    widgets::section(ui, tr(lang, "sessions.list"));
    for s in c.sessions.iter().rev() {
        let shared = c.shared_notes.contains(&s.id);
        session_row(ui, loc, s, shared, state, out);
    }
}

/// One earlier session in its box: date and scores, the notes (or their editor), Edit and
/// Delete, and whether the plan file carries the notes (`shared`).
fn session_row(
    ui: &mut egui::Ui,
    loc: impl Into<crate::i18n::Locale>,
    s: &Session,
    shared: bool,
    state: &mut SessionsState,
    out: &mut Vec<Command>,
) {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format_date(loc, s.date)).strong());
            ui.label(tr_args(
                lang,
                "sessions.estimate_then",
                &[("total", &format_points(loc, s.snapshot.estimate.total()))],
            ));
            if let Some(r) = &s.snapshot.reading {
                ui.label(tr_args(
                    lang,
                    "sessions.reading_then",
                    &[("total", &format_points(loc, r.total))],
                ));
            }
        });
        match &mut state.editing {
            Some((id, text)) if *id == s.id => {
                let l = ui.label(tr(lang, "sessions.notes"));
                ui.add(
                    egui::TextEdit::multiline(text)
                        .desired_rows(4)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
                let (save, cancel) = ui
                    .horizontal(|ui| {
                        (
                            ui.button(tr(lang, "common.save")).clicked(),
                            ui.button(tr(lang, "common.cancel")).clicked(),
                        )
                    })
                    .inner;
                if save {
                    out.push(Command::Edit(ClientEdit::SetSessionNotes(
                        s.id,
                        text.clone(),
                    )));
                }
                if save || cancel {
                    state.editing = None;
                }
            }
            _ => {
                if !s.notes.is_empty() {
                    ui.label(s.notes.as_str());
                }
                ui.horizontal(|ui| {
                    if ui.small_button(tr(lang, "sessions.edit_notes")).clicked() {
                        state.editing = Some((s.id, s.notes.clone()));
                    }
                    if widgets::destructive_button(ui, tr(lang, "common.delete"))
                        .on_hover_text(tr(lang, "sessions.delete_session"))
                        .clicked()
                    {
                        out.push(Command::Edit(ClientEdit::DeleteSession(s.id)));
                    }
                });
                // the coaching files (issue #20): whether the plan file carries these notes
                if !s.notes.trim().is_empty() {
                    let mut shared = shared;
                    if ui
                        .checkbox(&mut shared, tr(lang, "exchange.sessions.share_notes"))
                        .changed()
                    {
                        out.push(Command::Edit(ClientEdit::SetNotesShared(s.id, shared)));
                    }
                }
            }
        }
    });
}
