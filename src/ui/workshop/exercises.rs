//! Exercises: the list, one exercise with its instructions and a big countdown, the end
//! signal, the participant's result, and the participant's own file (saved in the data folder,
//! exported wherever the participant chooses).
//!
//! The end signal is visual (a flashing "time is up" banner): egui plays no sound.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::{Color32, RichText, Ui};

use crate::engine::{self, Inputs};
use crate::i18n::{Language, format_points, tr, tr_args};
use crate::model::{Date, Lever, Pillar, PillarScores, ProfileItem, Reading};
use crate::ui::{theme, widgets};
use crate::workshop::exercises::{field_label_key, ids};
use crate::workshop::{
    EXERCISES_FILE, Exercise, ExerciseKind, ExerciseResult, ParticipantError, ParticipantFile,
    Timer, all_exercises,
};

/// How long the end banner flashes after the countdown runs out.
const FLASH: Duration = Duration::from_secs(10);

/// The participant's own file in the data folder (kept between runs of the app).
pub fn own_file(data_dir: &Path) -> PathBuf {
    data_dir.join("workshop").join("participant.ssip")
}

/// What the participant is typing or ticking for the open exercise.
#[derive(Debug, Clone, Default)]
struct Draft {
    texts: Vec<String>,
    ticked: BTreeSet<ProfileItem>,
    knobs: Vec<(Option<Lever>, u32)>,
    reading: PillarScores,
}

/// The open exercise.
#[derive(Debug, Clone)]
struct Open {
    index: usize,
    draft: Draft,
}

/// A message under the buttons: good news or a problem.
#[derive(Debug, Clone, PartialEq)]
enum Notice {
    Ok(String),
    Problem(String),
}

/// Exercises, the timer and the participant's file.
#[derive(Debug, Default)]
pub struct ExState {
    loaded: bool,
    exercises: Vec<Exercise>,
    file_error: Option<crate::workshop::ExerciseFileError>,
    open: Option<Open>,
    /// The countdown of the open (or last) exercise.
    timer: Option<Timer>,
    flash_until: Option<Duration>,
    participant: Option<ParticipantFile>,
    name: String,
    notice: Option<Notice>,
    pending: Option<(usize, bool)>,
}

impl ExState {
    /// Load the exercises and the participant's own file once.
    fn load(&mut self, lang: Language, today: Date, data_dir: &Path) {
        if self.loaded {
            return;
        }
        self.loaded = true;
        let (all, err) = all_exercises(data_dir);
        self.exercises = all;
        self.file_error = err;
        let path = own_file(data_dir);
        self.participant = Some(if path.exists() {
            match ParticipantFile::load(&path) {
                Ok(p) => p,
                Err(e) => {
                    self.notice = Some(Notice::Problem(e.message(lang)));
                    ParticipantFile::new(today)
                }
            }
        } else {
            ParticipantFile::new(today)
        });
        if let Some(p) = &self.participant {
            self.name = p.name.clone().unwrap_or_default();
        }
    }

    /// Open the exercise at `index` of the list on the next frame (what its button does),
    /// and start its timer if `start`.
    pub fn request_open(&mut self, index: usize, start: bool) {
        self.pending = Some((index, start));
    }

    fn open_exercise(&mut self, index: usize, sim: &Inputs) {
        if let Some(ex) = self.exercises.get(index) {
            let draft = self.draft_for(ex, sim);
            self.timer = Some(Timer::new(ex.duration()));
            self.flash_until = None;
            self.notice = None;
            self.open = Some(Open { index, draft });
        }
    }

    /// The participant's file as it stands (after the first frame).
    pub fn participant(&self) -> Option<&ParticipantFile> {
        self.participant.as_ref()
    }

    /// The countdown's end signal: call every frame. True while the banner should flash.
    pub fn tick(&mut self, now: Duration) -> bool {
        if let Some(t) = &mut self.timer
            && t.take_end_signal(now)
        {
            self.flash_until = Some(now + FLASH);
        }
        if let Some(t) = &self.timer
            && t.is_running()
            && !t.is_finished(now)
        {
            return false;
        }
        self.flash_until.is_some_and(|f| now < f)
    }

    /// The time left while the countdown runs (for the header on the other sections).
    pub fn running_text(&self, now: Duration) -> Option<String> {
        self.timer
            .as_ref()
            .filter(|t| t.is_running() && !t.is_finished(now))
            .map(|t| t.remaining_text(now))
    }

    /// Whether the countdown has run out.
    pub fn time_is_up(&self, now: Duration) -> bool {
        self.timer.as_ref().is_some_and(|t| t.is_finished(now))
    }

    /// Whether the countdown needs the screen redrawn soon.
    pub fn needs_repaint(&self, now: Duration) -> bool {
        self.timer
            .as_ref()
            .is_some_and(|t| t.is_running() && !t.is_finished(now))
            || self.flash_until.is_some_and(|f| now < f)
    }

    /// Put the name and the estimate into the participant's file. The estimate comes from
    /// the simulator's knobs, with the participant's own checklist once it is audited.
    fn refresh_participant(&mut self, sim: &Inputs) {
        let Some(p) = &mut self.participant else {
            return;
        };
        let name = self.name.trim();
        p.name = (!name.is_empty()).then(|| name.to_owned());
        let mut inputs = sim.clone();
        if p.exercises.contains_key(ids::PROFILE_AUDIT) {
            inputs.profile = p.profile.done.clone();
        }
        p.set_inputs(&inputs);
    }

    /// Write the participant's file to `path` (the export; also used by tests).
    pub fn export_to(&mut self, sim: &Inputs, path: &Path) -> Result<(), ParticipantError> {
        self.refresh_participant(sim);
        let Some(p) = &self.participant else {
            return Err(ParticipantError::Io("no participant".to_owned()));
        };
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|e| ParticipantError::Io(e.to_string()))?;
        }
        p.save(path)
    }

    fn draft_for(&self, ex: &Exercise, sim: &Inputs) -> Draft {
        let previous = self
            .participant
            .as_ref()
            .and_then(|p| p.exercises.get(&ex.id));
        let fields = usize::from(ex.fields.max(1));
        let mut d = Draft::default();
        match ex.kind {
            ExerciseKind::FreeText => {
                d.texts = previous.map(|r| r.texts.clone()).unwrap_or_default();
                d.texts.resize(fields, String::new());
            }
            ExerciseKind::Checklist => {
                d.ticked = match (previous, &self.participant) {
                    (Some(_), Some(p)) => p.profile.done.clone(),
                    _ => sim.profile.clone(),
                };
            }
            ExerciseKind::KnobChoice => {
                let goals = self.participant.as_ref().map(|p| p.goals.clone());
                d.knobs = previous
                    .map(|r| {
                        r.ticked
                            .iter()
                            .filter_map(|k| {
                                engine::all_levers()
                                    .into_iter()
                                    .find(|l| engine::lever_key(*l) == k)
                            })
                            .map(|l| {
                                let g = crate::engine::lever_activity(l)
                                    .zip(goals.as_ref())
                                    .map_or(0, |(kind, g)| g.get(kind));
                                (Some(l), g)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                d.knobs.resize(fields, (None, 0));
            }
            ExerciseKind::Reading => {
                if let Some(r) = self.participant.as_ref().and_then(|p| p.reading.as_ref()) {
                    d.reading = r.pillars;
                }
            }
        }
        d
    }

    /// Save the open exercise's draft into the participant's file and that file in the
    /// data folder.
    fn save_result(&mut self, sim: &Inputs, today: Date, data_dir: &Path, lang: Language) {
        let Some(open) = &self.open else {
            return;
        };
        let Some(ex) = self.exercises.get(open.index) else {
            return;
        };
        let Some(p) = &mut self.participant else {
            return;
        };
        let d = &open.draft;
        let mut result = ExerciseResult::default();
        match ex.kind {
            ExerciseKind::FreeText => result.texts = d.texts.clone(),
            ExerciseKind::Checklist => {
                for item in ProfileItem::ALL {
                    p.profile.set(item, d.ticked.contains(&item));
                }
                result.ticked = d.ticked.iter().map(|i| i.key().to_owned()).collect();
            }
            ExerciseKind::KnobChoice => {
                for (lever, goal) in &d.knobs {
                    let Some(lever) = lever else {
                        continue;
                    };
                    result.ticked.push(engine::lever_key(*lever).to_owned());
                    if let Some(kind) = crate::engine::lever_activity(*lever) {
                        p.goals.set(kind, *goal);
                    }
                }
            }
            ExerciseKind::Reading => {
                p.reading = Some(Reading {
                    date: today,
                    total: d.reading.total(),
                    pillars: d.reading,
                    industry_rank_pct: None,
                    network_rank_pct: None,
                    industry_average: None,
                    network_average: None,
                });
            }
        }
        p.exercises.insert(ex.id.clone(), result);
        let path = own_file(data_dir);
        self.notice = Some(match self.export_to(sim, &path) {
            Ok(()) => Notice::Ok(tr(lang, "workshop.ui.result.saved").to_owned()),
            Err(e) => Notice::Problem(tr_args(
                lang,
                "workshop.ui.export_failed",
                &[("reason", &e.message(lang))],
            )),
        });
    }
}

/// The exercises screen.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut Ui,
    lang: Language,
    today: Date,
    now: Duration,
    data_dir: &Path,
    presenter: bool,
    sim: &Inputs,
    state: &mut ExState,
) {
    state.load(lang, today, data_dir);
    if let Some((index, start)) = state.pending.take() {
        state.open_exercise(index, sim);
        if start && let Some(t) = &mut state.timer {
            t.start(now);
        }
    }
    egui::ScrollArea::vertical()
        .id_salt("workshop_exercises")
        .auto_shrink([false, false])
        .show(ui, |ui| match state.open.as_ref().map(|o| o.index) {
            Some(index) => exercise(ui, lang, today, now, data_dir, presenter, sim, state, index),
            None => list(ui, lang, sim, state),
        });
}

fn list(ui: &mut Ui, lang: Language, sim: &Inputs, state: &mut ExState) {
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
                    ui.label(RichText::new(tr(lang, "workshop.ui.ex.done")).color(theme::GOOD));
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
    if let Some(i) = open {
        state.open_exercise(i, sim);
    }
    ui.add_space(theme::SECTION_GAP);
    me(ui, lang, sim, state);
}

#[allow(clippy::too_many_arguments)]
fn exercise(
    ui: &mut Ui,
    lang: Language,
    today: Date,
    now: Duration,
    data_dir: &Path,
    presenter: bool,
    sim: &Inputs,
    state: &mut ExState,
    index: usize,
) {
    let Some(ex) = state.exercises.get(index).cloned() else {
        state.open = None;
        return;
    };
    if ui.button(tr(lang, "workshop.ui.ex.back")).clicked() {
        state.open = None;
        state.timer = None;
        state.flash_until = None;
        return;
    }
    ui.label(RichText::new(ex.title(lang)).heading().strong());
    ui.label(ex.instructions(lang));
    ui.add_space(theme::SECTION_GAP);
    countdown(ui, lang, now, presenter, state);
    ui.add_space(theme::SECTION_GAP);
    widgets::section(ui, tr(lang, "workshop.ui.result"));
    let Some(open) = &mut state.open else {
        return;
    };
    result_form(ui, lang, &ex, sim, &mut open.draft);
    ui.add_space(8.0);
    if ui.button(tr(lang, "workshop.ui.result.save")).clicked() {
        state.save_result(sim, today, data_dir, lang);
    }
    notice(ui, state);
    ui.add_space(theme::SECTION_GAP);
    me(ui, lang, sim, state);
}

fn notice(ui: &mut Ui, state: &ExState) {
    match &state.notice {
        Some(Notice::Ok(t)) => {
            ui.label(RichText::new(t).color(theme::GOOD));
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
    let response = ui.label(RichText::new(&time).size(size).strong().monospace());
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
        (Color32::from_rgb(0xff, 0xd4, 0x00), Color32::BLACK)
    } else {
        (theme::ERROR, Color32::WHITE)
    };
    egui::Frame::new()
        .fill(fill)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(24, 12))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            ui.label(
                RichText::new(tr(lang, "workshop.ui.timer.up"))
                    .size(48.0)
                    .strong()
                    .color(text),
            );
        });
}

/// The answer fields of one exercise.
fn result_form(ui: &mut Ui, lang: Language, ex: &Exercise, sim: &Inputs, d: &mut Draft) {
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
                        ui.add(
                            egui::DragValue::new(d.reading.get_mut(p))
                                .range(0.0..=25.0)
                                .speed(0.1)
                                .max_decimals(2),
                        )
                        .labelled_by(l.id);
                        ui.end_row();
                    }
                });
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "workshop.ui.result.reading_total",
                    &[("total", &format_points(lang, d.reading.total()))],
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
fn me(ui: &mut Ui, lang: Language, sim: &Inputs, state: &mut ExState) {
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
        state.refresh_participant(sim);
        let file_name = state
            .participant
            .as_ref()
            .map(ParticipantFile::suggested_file_name)
            .unwrap_or_default();
        let picked = rfd::FileDialog::new()
            .set_title(tr(lang, "workshop.ui.dialog_title"))
            .set_file_name(file_name)
            .add_filter("SSI Coach", &[crate::workshop::PARTICIPANT_EXTENSION])
            .save_file();
        if let Some(path) = picked {
            state.notice = Some(match state.export_to(sim, &path) {
                Ok(()) => Notice::Ok(tr_args(
                    lang,
                    "workshop.ui.exported",
                    &[("path", &path.display().to_string())],
                )),
                Err(e) => Notice::Problem(tr_args(
                    lang,
                    "workshop.ui.export_failed",
                    &[("reason", &e.message(lang))],
                )),
            });
        }
    }
    if state.open.is_none() {
        notice(ui, state);
    }
}
