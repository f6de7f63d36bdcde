//! Coaching sessions: record one (notes, snapshot, action items), compare it with the
//! previous one, tick action items, export the report and the logs.

use egui::RichText;

use super::clients::signed;
use super::{Command, Export, ViewCtx, theme, widgets};
use crate::engine::{self, Unit};
use crate::i18n::{format_date, format_number, format_points, parse_number, tr, tr_args};
use crate::model::{ActionItem, Client, Date, Lever, Pillar, PillarScores, Session};

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

/// A lever's value in words: "Yes", "12", "2.5" (the lever's label names the unit).
pub fn lever_text(loc: impl Into<crate::i18n::Locale>, lever: Lever, v: f64) -> String {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    match engine::lever_unit(lever) {
        Unit::Toggle => tr(lang, if v >= 0.5 { "common.yes" } else { "common.no" }).to_owned(),
        _ if (v - v.round()).abs() < 0.05 => format_number(loc, v, 0),
        _ => format_number(loc, v, 1),
    }
}

/// The lever values of a session: as snapshotted, or (older files) recomputed for its day.
fn levers_of(c: &Client, s: &Session) -> Vec<(Lever, f64)> {
    if s.snapshot.levers.is_empty() {
        levers_on(c, s.date)
    } else {
        s.snapshot.levers.clone()
    }
}

/// Every lever's value for `c` on `day`.
fn levers_on(c: &Client, day: Date) -> Vec<(Lever, f64)> {
    let inputs = engine::inputs(c, day);
    engine::all_levers()
        .into_iter()
        .map(|l| (l, engine::lever_value(&inputs, l)))
        .collect()
}

/// Levers whose value differs between two sets of values: (lever, before, after).
pub fn moved_levers(before: &[(Lever, f64)], after: &[(Lever, f64)]) -> Vec<(Lever, f64, f64)> {
    after
        .iter()
        .filter_map(|&(l, y)| {
            let x = before
                .iter()
                .find(|(k, _)| *k == l)
                .map_or(0.0, |(_, v)| *v);
            ((x - y).abs() >= 0.05).then_some((l, x, y))
        })
        .collect()
}

/// Draw the sessions screen.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut SessionsState,
    open_after_export: bool,
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
    action_items(ui, ctx, true, out);
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
    let mut open = open_after_export;
    if ui
        .checkbox(&mut open, tr(lang, "sessions.open_after_export"))
        .changed()
    {
        out.push(Command::SetOpenAfterExport(open));
    }
}

/// One side of the comparison.
struct Side<'a> {
    scores: &'a PillarScores,
    label: String,
    levers: Vec<(Lever, f64)>,
}

impl<'a> Side<'a> {
    fn session(loc: impl Into<crate::i18n::Locale>, c: &Client, s: &'a Session) -> Self {
        let loc: crate::i18n::Locale = loc.into();
        Self {
            scores: &s.snapshot.estimate,
            label: format_date(loc, s.date),
            levers: levers_of(c, s),
        }
    }
}

/// The last session against the one before it (or against now if there is only one).
fn compare(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    let n = c.sessions.len();
    let Some(last) = c.sessions.last() else {
        return;
    };
    let (a, b) = if n >= 2 {
        let prev = &c.sessions[n - 2];
        (Side::session(loc, c, prev), Side::session(loc, c, last))
    } else {
        let now = Side {
            scores: &ctx.estimate.pillars,
            label: tr(lang, "sessions.now").to_owned(),
            levers: levers_on(c, ctx.today),
        };
        (Side::session(loc, c, last), now)
    };
    let (before, after) = (a.scores, b.scores);
    let (before_label, after_label) = (a.label, b.label);
    let (from, to) = (a.levers, b.levers);
    let heading = if n >= 2 {
        "sessions.compare"
    } else {
        "sessions.compare_now"
    };
    widgets::section(ui, tr(lang, heading));
    egui::Grid::new("compare").striped(true).show(ui, |ui| {
        ui.label("");
        ui.label(RichText::new(&before_label).strong());
        ui.label(RichText::new(&after_label).strong());
        ui.label(RichText::new(tr(lang, "sessions.change")).strong());
        ui.end_row();
        for p in Pillar::ALL {
            ui.label(
                RichText::new(tr(lang, super::dashboard::pillar_key(p)))
                    .color(theme::pillar_color(p)),
            );
            ui.label(format_points(loc, before.get(p)));
            ui.label(format_points(loc, after.get(p)));
            ui.label(signed(lang, after.get(p) - before.get(p)));
            ui.end_row();
        }
        ui.label(RichText::new(tr(lang, "sessions.total")).strong());
        ui.label(format_points(loc, before.total()));
        ui.label(format_points(loc, after.total()));
        ui.label(RichText::new(signed(lang, after.total() - before.total())).strong());
        ui.end_row();
    });
    ui.label(RichText::new(tr(lang, "caution.estimate_not_linkedin")).weak());
    let readings = if n >= 2 {
        (
            c.sessions[n - 2].snapshot.reading.as_ref(),
            last.snapshot.reading.as_ref(),
        )
    } else {
        (last.snapshot.reading.as_ref(), c.latest_reading(ctx.today))
    };
    if let (Some(a), Some(b)) = readings {
        ui.label(tr_args(
            lang,
            "sessions.reading_change",
            &[
                ("before", &format_points(loc, a.total)),
                ("after", &format_points(loc, b.total)),
                ("change", &signed(lang, b.total - a.total)),
            ],
        ));
    }
    // what was agreed at the earlier of the two, and whether it happened
    let agreed_at = if n >= 2 {
        c.sessions[n - 2].id
    } else {
        last.id
    };
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
    let moved = moved_levers(&from, &to);
    if moved.is_empty() {
        ui.label(RichText::new(tr(lang, "sessions.nothing_moved")).weak());
    } else {
        ui.label(RichText::new(tr(lang, "sessions.moved")).strong());
        for (l, a, b) in moved {
            ui.label(format!(
                "{}: {} -> {}",
                tr(lang, engine::label_key(l)),
                lever_text(loc, l, a),
                lever_text(loc, l, b)
            ));
        }
    }
}

/// The client's action items with a tick box each; `all` also lists the done ones.
pub fn action_items(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, all: bool, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    let items: Vec<&ActionItem> = c
        .action_items
        .iter()
        .filter(|a| all || a.done.is_none())
        .collect();
    if items.is_empty() && !all {
        return;
    }
    widgets::section(ui, tr(lang, "sessions.action_items"));
    if items.is_empty() {
        ui.label(RichText::new(tr(lang, "sessions.no_items")).weak());
        return;
    }
    for a in items {
        ui.horizontal_wrapped(|ui| {
            let mut done = a.done.is_some();
            let mut text = tr(lang, engine::label_key(a.lever)).to_owned();
            if let Some(t) = a.target {
                text.push_str(": ");
                text.push_str(&lever_text(loc, a.lever, t));
            }
            if !a.description.is_empty() {
                text.push_str(" - ");
                text.push_str(&a.description);
            }
            if ui.checkbox(&mut done, text).changed() {
                out.push(Command::SetActionDone(a.id, done));
            }
            match (a.done, a.due) {
                (Some(d), _) => {
                    ui.label(
                        RichText::new(tr_args(
                            lang,
                            "sessions.done_on",
                            &[("date", &format_date(loc, d))],
                        ))
                        .color(theme::GOOD),
                    );
                }
                (None, Some(due)) if due < ctx.today => {
                    ui.label(
                        RichText::new(tr_args(
                            lang,
                            "sessions.overdue",
                            &[("date", &format_date(loc, due))],
                        ))
                        .color(theme::ERROR),
                    );
                }
                (None, Some(due)) => {
                    ui.label(tr_args(
                        lang,
                        "sessions.due",
                        &[("date", &format_date(loc, due))],
                    ));
                }
                (None, None) => {}
            }
            if all
                && ui
                    .small_button(tr(lang, "common.delete"))
                    .on_hover_text(tr(lang, "sessions.delete_item"))
                    .clicked()
            {
                out.push(Command::DeleteActionItem(a.id));
            }
        });
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
            state.drafts.push(super::dashboard::top_step_draft(ctx));
        }
        let ok = date.is_ok() && problem.is_none();
        if ui
            .add_enabled(ok, egui::Button::new(tr(lang, "sessions.save")))
            .clicked()
            && let Ok(date) = date
        {
            out.push(Command::RecordSession {
                date,
                notes: std::mem::take(&mut state.notes),
                items,
            });
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
        session_row(ui, loc, s, state, out);
    }
}

fn session_row(
    ui: &mut egui::Ui,
    loc: impl Into<crate::i18n::Locale>,
    s: &Session,
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
                    out.push(Command::SetSessionNotes(s.id, text.clone()));
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
                    if ui
                        .small_button(tr(lang, "common.delete"))
                        .on_hover_text(tr(lang, "sessions.delete_session"))
                        .clicked()
                    {
                        out.push(Command::DeleteSession(s.id));
                    }
                });
            }
        }
    });
}
