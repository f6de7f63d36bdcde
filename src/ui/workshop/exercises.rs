//! Exercises: the list, one exercise with its instructions and a big countdown, the end
//! signal, the participant's result, and the participant's own file (saved in the data folder,
//! exported wherever the participant chooses).
//!
//! The end signal is visual (a flashing "time is up" banner): egui plays no sound.

use std::time::Duration;

use egui::{RichText, Ui};

use crate::tokens::PRESENTER;

use crate::engine::{self, Inputs};
use crate::i18n::{Language, Locale, format_points, tr, tr_args};
use crate::model::{Lever, Pillar, ProfileItem};
use crate::ui::{theme, widgets};
use crate::workshop::exercises::field_label_key;
use crate::workshop::state::{Draft, ExState, Notice, WorkshopCommand};
use crate::workshop::{EXERCISES_FILE, Exercise, ExerciseKind};

/// What the exercises screen reads besides its own state.
pub struct ExCtx<'a> {
    /// UI language.
    pub lang: Language,
    /// The language with the region's numbers.
    pub loc: Locale,
    /// The monotonic clock of the countdown.
    pub now: Duration,
    /// Whether the presenter view is on.
    pub presenter: bool,
    /// The simulator's inputs (the estimate in the participant's file starts from them).
    pub sim: &'a Inputs,
}

/// The exercises screen. The exercises and the participant's file are read by the app
/// ([`WorkshopCommand::Load`]) before the first frame that needs them.
pub fn show(ui: &mut Ui, ctx: &ExCtx<'_>, state: &mut ExState, out: &mut Vec<WorkshopCommand>) {
    if !state.is_loaded() {
        out.push(WorkshopCommand::Load);
        ui.ctx().request_repaint();
    }
    state.open_pending(ctx.now, ctx.sim);
    egui::ScrollArea::vertical()
        .id_salt("workshop_exercises")
        .auto_shrink([false, false])
        .show(ui, |ui| match state.open.as_ref().map(|o| o.index) {
            Some(index) => exercise(ui, ctx, state, index, out),
            None => list(ui, ctx, state, out),
        });
}

fn list(ui: &mut Ui, ctx: &ExCtx<'_>, state: &mut ExState, out: &mut Vec<WorkshopCommand>) {
    let (lang, sim) = (ctx.lang, ctx.sim);
    let mut open = None;
    let done = |id: &str| {
        state
            .participant
            .as_ref()
            .is_some_and(|p| p.exercises.contains_key(id))
    };
    egui::Grid::new("workshop_exercise_list")
        .num_columns(4)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            for (i, ex) in state.exercises.iter().enumerate() {
                let title = ex.title(lang);
                ui.label(RichText::new(title).strong());
                ui.label(tr_args(
                    lang,
                    "workshop.ui.ex.minutes",
                    &[("minutes", &ex.minutes.to_string())],
                ));
                if done(&ex.id) {
                    ui.label(RichText::new(tr(lang, "workshop.ui.ex.done")).color(theme::good(ui)));
                } else if !ex.builtin {
                    ui.label(RichText::new(tr(lang, "workshop.ui.ex.own")).weak());
                } else {
                    ui.label("");
                }
                if ui
                    .button(tr_args(lang, "workshop.ui.ex.open", &[("title", title)]))
                    .clicked()
                {
                    open = Some(i);
                }
                ui.end_row();
            }
        });
    // the data folder and its files are the trainer's business, not the room's
    if !ctx.presenter {
        ui.add_space(theme::SECTION_GAP);
        ui.label(
            RichText::new(tr_args(
                lang,
                "workshop.ui.ex.own_hint",
                &[("file", EXERCISES_FILE)],
            ))
            .weak(),
        );
        if let Some(e) = &state.file_error {
            widgets::error_label(ui, &e.message(lang));
        }
    }
    if let Some(i) = open {
        state.open_exercise(i, sim);
    }
    // a participant's own form is theirs, not the projector's
    if !ctx.presenter {
        ui.add_space(theme::SECTION_GAP);
        me(ui, lang, state, out);
    }
}

fn exercise(
    ui: &mut Ui,
    ctx: &ExCtx<'_>,
    state: &mut ExState,
    index: usize,
    out: &mut Vec<WorkshopCommand>,
) {
    let (lang, now, presenter, sim) = (ctx.lang, ctx.now, ctx.presenter, ctx.sim);
    let Some(ex) = state.exercises.get(index).cloned() else {
        state.open = None;
        return;
    };
    if ui.button(tr(lang, "workshop.ui.ex.back")).clicked() {
        state.close();
        return;
    }
    ui.label(RichText::new(ex.title(lang)).heading().strong());
    ui.label(ex.instructions(lang));
    ui.add_space(theme::SECTION_GAP);
    countdown(ui, lang, now, presenter, state);
    if presenter {
        // the room sees the task and the time; results are typed on the participants' own
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    widgets::section(ui, tr(lang, "workshop.ui.result"));
    let Some(open) = &mut state.open else {
        return;
    };
    result_form(ui, ctx.loc, &ex, sim, &mut open.draft);
    ui.add_space(theme::SPACE.m);
    if ui.button(tr(lang, "workshop.ui.result.save")).clicked() {
        out.push(WorkshopCommand::SaveResult);
    }
    notice(ui, state);
    ui.add_space(theme::SECTION_GAP);
    me(ui, lang, state, out);
}

fn notice(ui: &mut Ui, state: &ExState) {
    match &state.notice {
        Some(Notice::Ok(t)) => {
            ui.label(RichText::new(t).color(theme::good(ui)));
        }
        Some(Notice::Problem(t)) => {
            widgets::error_label(ui, t);
        }
        None => {}
    }
}

/// The big countdown, its buttons and the end banner.
fn countdown(ui: &mut Ui, lang: Language, now: Duration, presenter: bool, state: &mut ExState) {
    let flashing = state.tick(now);
    let Some(timer) = &mut state.timer else {
        return;
    };
    let time = timer.remaining_text(now);
    let size = if presenter { 160.0 } else { 96.0 };
    let label = tr_args(lang, "workshop.ui.timer.remaining", &[("time", &time)]);
    // the same digits every second: monospace, centred
    let response = ui
        .vertical_centered(|ui| {
            ui.label(
                RichText::new(&time)
                    .font(egui::FontId::monospace(size))
                    .strong(),
            )
        })
        .inner;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Timer, true, &label));
    ui.add(
        egui::ProgressBar::new(1.0 - timer.fraction_done(now)).desired_height(if presenter {
            18.0
        } else {
            10.0
        }),
    );
    ui.horizontal_wrapped(|ui| {
        if !timer.is_started() {
            if ui.button(tr(lang, "workshop.ui.timer.start")).clicked() {
                timer.start(now);
            }
        } else if timer.is_paused() {
            if ui.button(tr(lang, "workshop.ui.timer.resume")).clicked() {
                timer.resume(now);
            }
        } else if !timer.is_finished(now)
            && ui.button(tr(lang, "workshop.ui.timer.pause")).clicked()
        {
            timer.pause(now);
        }
        if ui.button(tr(lang, "workshop.ui.timer.extend")).clicked() {
            timer.extend(Duration::from_secs(120));
        }
        if timer.is_started() && ui.button(tr(lang, "workshop.ui.timer.reset")).clicked() {
            timer.reset();
        }
    });
    if timer.is_finished(now) {
        end_banner(ui, lang, now, flashing);
    }
    ui.label(RichText::new(tr(lang, "workshop.ui.timer.no_sound")).weak());
}

/// "Time is up", flashing for a few seconds after the end.
pub fn end_banner(ui: &mut Ui, lang: Language, now: Duration, flashing: bool) {
    let bright = flashing && (now.as_millis() / 400).is_multiple_of(2);
    let (fill, text) = if bright {
        (
            theme::color(PRESENTER.warning),
            theme::color(PRESENTER.paper),
        )
    } else {
        (
            theme::color(crate::tokens::PALETTE.bad),
            theme::color(PRESENTER.ink),
        )
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(24, 12))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            ui.label(
                RichText::new(tr(lang, "workshop.ui.timer.up"))
                    .size(theme::TEXT.timer)
                    .strong()
                    .color(text),
            );
        });
}

/// The answer fields of one exercise.
fn result_form(ui: &mut Ui, loc: Locale, ex: &Exercise, sim: &Inputs, d: &mut Draft) {
    let lang = loc.lang;
    match ex.kind {
        ExerciseKind::FreeText => {
            for (i, text) in d.texts.iter_mut().enumerate() {
                let n = (i + 1).to_string();
                let count = usize::from(ex.fields.max(1));
                let label = match field_label_key(&ex.id, i) {
                    // the same label on several fields gets its number ("Personal note 2")
                    Some(key)
                        if count > 1 && field_label_key(&ex.id, (i + 1) % count) == Some(key) =>
                    {
                        format!("{} {n}", tr(lang, key))
                    }
                    Some(key) => tr(lang, key).to_owned(),
                    None => tr_args(lang, "workshop.ui.result.answer", &[("n", &n)]),
                };
                let l = ui.label(RichText::new(label).strong());
                ui.add(
                    egui::TextEdit::multiline(text)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            }
        }
        ExerciseKind::Checklist => {
            ui.columns(2, |cols| {
                for (i, item) in ProfileItem::ALL.into_iter().enumerate() {
                    let mut on = d.ticked.contains(&item);
                    let label = tr(lang, engine::label_key(Lever::Profile(item)));
                    if cols[i % 2].checkbox(&mut on, label).changed() {
                        if on {
                            d.ticked.insert(item);
                        } else {
                            d.ticked.remove(&item);
                        }
                    }
                }
            });
        }
        ExerciseKind::KnobChoice => knob_choice(ui, lang, sim, d),
        ExerciseKind::Reading => {
            egui::Grid::new("workshop_reading")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    for p in Pillar::ALL {
                        let key = format!("pillar.{}", p.key());
                        let name = tr(lang, &key);
                        let l = ui.label(tr_args(
                            lang,
                            "workshop.ui.result.reading_pillar",
                            &[("pillar", name)],
                        ));
                        ui.add(crate::ui::widgets::local_drag(
                            egui::DragValue::new(d.reading.get_mut(p))
                                .range(0.0..=25.0)
                                .speed(0.1)
                                .max_decimals(2),
                            loc,
                        ))
                        .labelled_by(l.id);
                        ui.end_row();
                    }
                });
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "workshop.ui.result.reading_total",
                    &[("total", &format_points(loc, d.reading.total()))],
                ))
                .strong(),
            );
        }
    }
}

/// Choose knobs (the engine's best first) and a weekly goal for each.
fn knob_choice(ui: &mut Ui, lang: Language, sim: &Inputs, d: &mut Draft) {
    let ranked: Vec<Lever> = engine::knobs(sim)
        .into_iter()
        .map(|k| k.lever)
        .filter(|l| !matches!(l, Lever::Profile(_) | Lever::SalesNavigator))
        .collect();
    let best: Vec<String> = ranked
        .iter()
        .take(3)
        .map(|l| tr(lang, engine::label_key(*l)).to_owned())
        .collect();
    ui.label(
        RichText::new(tr_args(
            lang,
            "workshop.ui.result.suggested",
            &[("knobs", &best.join(", "))],
        ))
        .weak(),
    );
    egui::Grid::new("workshop_knob_choice")
        .num_columns(3)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            for (i, (lever, goal)) in d.knobs.iter_mut().enumerate() {
                let n = (i + 1).to_string();
                let label = tr_args(lang, "workshop.ui.result.knob", &[("n", &n)]);
                let selected = lever.map_or_else(
                    || tr(lang, "workshop.ui.result.choose").to_owned(),
                    |l| tr(lang, engine::label_key(l)).to_owned(),
                );
                egui::ComboBox::new(("workshop_knob", i), &label)
                    .selected_text(selected)
                    .width(420.0)
                    .show_ui(ui, |ui| {
                        for l in &ranked {
                            ui.selectable_value(lever, Some(*l), tr(lang, engine::label_key(*l)));
                        }
                    });
                let goal_label = tr_args(lang, "workshop.ui.result.goal", &[("n", &n)]);
                let l = ui.label(&goal_label);
                ui.add(egui::DragValue::new(goal).range(0..=200))
                    .labelled_by(l.id);
                ui.end_row();
            }
        });
}

/// The participant's own file: optional name, progress, export.
fn me(ui: &mut Ui, lang: Language, state: &mut ExState, out: &mut Vec<WorkshopCommand>) {
    widgets::section(ui, tr(lang, "workshop.ui.me.title"));
    ui.horizontal(|ui| {
        let l = ui.label(tr(lang, "workshop.ui.me.name"));
        ui.add(egui::TextEdit::singleline(&mut state.name).desired_width(260.0))
            .labelled_by(l.id);
    });
    ui.label(RichText::new(tr(lang, "workshop.ui.me.anonymous")).weak());
    let done = state.participant.as_ref().map_or(0, |p| {
        state
            .exercises
            .iter()
            .filter(|e| p.exercises.contains_key(&e.id))
            .count()
    });
    ui.label(tr_args(
        lang,
        "workshop.ui.me.progress",
        &[
            ("done", &done.to_string()),
            ("all", &state.exercises.len().to_string()),
        ],
    ));
    ui.label(RichText::new(tr(lang, "workshop.ui.me.estimate_from")).weak());
    if ui.button(tr(lang, "workshop.ui.me.export")).clicked() {
        out.push(WorkshopCommand::ExportParticipant);
    }
    if state.open.is_none() {
        notice(ui, state);
    }
}
