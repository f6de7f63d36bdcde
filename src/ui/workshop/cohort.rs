//! The trainer's cohort: import many participant files (several files, a folder, or dropped
//! on the window), see what was skipped and why, the pillars' mean and spread, the totals by
//! band, the most common gaps and the knobs with the most points for the group; export the
//! summary as one HTML page.

use std::path::Path;

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, BoxElem, BoxPlot, BoxSpread, Plot};

use crate::engine::{self, Band};
use crate::i18n::{Language, Locale, format_points, tr, tr_args};
use crate::model::{Lever, Pillar};
use crate::ui::{theme, widgets};
use crate::workshop::CohortStats;
use crate::workshop::state::{CohortState, WorkshopCommand};

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn pillar_name(lang: Language, p: Pillar) -> String {
    let key = format!("pillar.{}.short", p.key());
    tr(lang, &key).to_owned()
}

/// The cohort screen.
pub fn show(
    ui: &mut Ui,
    loc: Locale,
    presenter: bool,
    state: &mut CohortState,
    out: &mut Vec<WorkshopCommand>,
) {
    let lang = loc.lang;
    // the projected screen shows the room's numbers, never the trainer's controls and files
    if !presenter {
        trainer_controls(ui, lang, state, out);
    }
    cohort_body(ui, loc, presenter, state);
}

/// Import, export and clear, the drop hint and what the last of them did (not projected).
fn trainer_controls(
    ui: &mut Ui,
    lang: crate::i18n::Language,
    state: &mut CohortState,
    out: &mut Vec<WorkshopCommand>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(tr(lang, "workshop.ui.cohort.import_files"))
            .clicked()
        {
            out.push(WorkshopCommand::PickFiles);
        }
        if ui
            .button(tr(lang, "workshop.ui.cohort.import_folder"))
            .clicked()
        {
            out.push(WorkshopCommand::PickFolder);
        }
        if !state.is_empty() {
            if ui.button(tr(lang, "workshop.ui.cohort.export")).clicked() {
                out.push(WorkshopCommand::ExportCohort);
            }
            if ui.button(tr(lang, "workshop.ui.cohort.clear")).clicked() {
                state.clear();
            }
        }
    });
    ui.label(RichText::new(tr(lang, "workshop.ui.cohort.drop_hint")).weak());
    match &state.notice {
        Some(Ok(t)) => {
            ui.label(RichText::new(t).color(theme::good(ui)));
        }
        Some(Err(t)) => {
            widgets::error_label(ui, t);
        }
        None => {}
    }
}

fn cohort_body(ui: &mut Ui, loc: Locale, presenter: bool, state: &CohortState) {
    let lang = loc.lang;
    ui.add_space(theme::SPACE.m);
    ui.label(
        RichText::new(tr_args(
            lang,
            "workshop.ui.cohort.count",
            &[("count", &state.len().to_string())],
        ))
        .heading()
        .strong(),
    );
    if !state.skipped.is_empty() {
        ui.label(
            RichText::new(tr_args(
                lang,
                "workshop.ui.cohort.skipped",
                &[("count", &state.skipped.len().to_string())],
            ))
            .strong()
            .color(theme::error(ui)),
        );
        // a room of bad files must not push the statistics off the screen
        egui::ScrollArea::vertical()
            .id_salt("workshop_skipped")
            .max_height(120.0)
            .show(ui, |ui| {
                for s in &state.skipped {
                    ui.label(tr_args(
                        lang,
                        "workshop.ui.cohort.skip_row",
                        &[
                            ("file", &file_name(&s.file)),
                            ("reason", &s.reason.message(lang)),
                        ],
                    ));
                }
            });
    }
    let Some(stats) = &state.stats else {
        ui.add_space(theme::SECTION_GAP);
        ui.label(tr(lang, "workshop.ui.cohort.empty"));
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("workshop_cohort")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // on a projector the room's gaps and gains come first, the spreads after them
            if presenter {
                widgets::two_columns(
                    ui,
                    |ui| missing(ui, lang, stats),
                    |ui| knobs(ui, loc, stats),
                );
            }
            let plot_height = if presenter { 260.0 } else { 200.0 };
            if ui.available_width() > 900.0 {
                widgets::two_columns(
                    ui,
                    |ui| pillars(ui, loc, stats, plot_height),
                    |ui| bands(ui, lang, stats, plot_height),
                );
            } else {
                pillars(ui, loc, stats, plot_height);
                bands(ui, lang, stats, plot_height);
            }
            if !presenter {
                widgets::two_columns(
                    ui,
                    |ui| missing(ui, lang, stats),
                    |ui| knobs(ui, loc, stats),
                );
            }
        });
}

/// Mean and spread per pillar: a box per pillar and the numbers as text.
fn pillars(ui: &mut Ui, loc: Locale, stats: &CohortStats, height: f32) {
    let lang = loc.lang;
    widgets::section(ui, tr(lang, "workshop.cohort.pillars"));
    let boxes: Vec<BoxElem> = Pillar::ALL
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let s = stats.pillar(*p);
            let color = theme::pillar_color(*p);
            BoxElem::new(
                i as f64,
                BoxSpread::new(
                    s.min,
                    (s.mean - s.std_dev).max(s.min),
                    s.mean,
                    (s.mean + s.std_dev).min(s.max),
                    s.max,
                ),
            )
            .name(pillar_name(lang, *p))
            .fill(color.gamma_multiply(0.5))
            .stroke(egui::Stroke::new(2.0, color))
            .box_width(0.5)
        })
        .collect();
    let names: Vec<String> = Pillar::ALL.iter().map(|p| pillar_name(lang, *p)).collect();
    Plot::new("workshop_cohort_pillars")
        .height(height)
        .include_y(0.0)
        .include_y(25.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .show_grid([false, true])
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && (0.0..4.0).contains(&i) {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.box_plot(BoxPlot::new(tr(lang, "workshop.cohort.pillars"), boxes));
        });
    ui.label(RichText::new(tr(lang, "workshop.ui.cohort.plot_note")).weak());
    for p in Pillar::ALL {
        let s = stats.pillar(p);
        let key = format!("pillar.{}", p.key());
        ui.label(tr_args(
            lang,
            "workshop.ui.cohort.pillar_row",
            &[
                ("pillar", tr(lang, &key)),
                ("mean", &format_points(loc, s.mean)),
                ("min", &format_points(loc, s.min)),
                ("max", &format_points(loc, s.max)),
                ("sd", &format_points(loc, s.std_dev)),
            ],
        ));
    }
    let t = &stats.total;
    ui.label(
        RichText::new(tr_args(
            lang,
            "workshop.ui.cohort.pillar_row",
            &[
                ("pillar", tr(lang, "workshop.cohort.total")),
                ("mean", &format_points(loc, t.mean)),
                ("min", &format_points(loc, t.min)),
                ("max", &format_points(loc, t.max)),
                ("sd", &format_points(loc, t.std_dev)),
            ],
        ))
        .strong(),
    );
}

/// Participants per band.
fn bands(ui: &mut Ui, lang: Language, stats: &CohortStats, height: f32) {
    widgets::section(ui, tr(lang, "workshop.cohort.bands"));
    let bars: Vec<Bar> = Band::ALL
        .iter()
        .enumerate()
        .map(|(i, b)| {
            Bar::new(i as f64, stats.band_count(*b) as f64)
                .fill(theme::band_color(*b))
                .name(tr(lang, b.label_key()))
                .width(0.7)
        })
        .collect();
    let short = ["<50", "50-60", "60-70", "70-80", "80+"];
    Plot::new("workshop_cohort_bands")
        .height(height)
        .include_y(0.0)
        .include_y(1.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .show_grid([false, true])
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && (0.0..5.0).contains(&i) {
                short
                    .get(i as usize)
                    .map(|s| (*s).to_owned())
                    .unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(tr(lang, "workshop.cohort.bands"), bars));
        });
    for b in Band::ALL {
        ui.label(tr_args(
            lang,
            "workshop.ui.cohort.band_row",
            &[
                ("band", tr(lang, b.label_key())),
                ("count", &stats.band_count(b).to_string()),
            ],
        ));
    }
}

/// The checklist items missed most often.
fn missing(ui: &mut Ui, lang: Language, stats: &CohortStats) {
    widgets::section(ui, tr(lang, "workshop.cohort.missing"));
    if stats.missing_items.is_empty() {
        ui.label(tr(lang, "workshop.cohort.no_missing"));
    }
    for m in stats.missing_items.iter().take(6) {
        ui.label(tr_args(
            lang,
            "workshop.ui.cohort.missing_row",
            &[
                ("item", tr(lang, engine::label_key(Lever::Profile(m.item)))),
                ("count", &m.missing.to_string()),
                ("all", &stats.participants.to_string()),
            ],
        ));
    }
}

/// The knobs with the most points on offer for the group.
fn knobs(ui: &mut Ui, loc: Locale, stats: &CohortStats) {
    let lang = loc.lang;
    widgets::section(ui, tr(lang, "workshop.cohort.knobs"));
    if stats.knobs.is_empty() {
        ui.label(tr(lang, "workshop.cohort.no_knobs"));
    }
    for k in stats.knobs.iter().take(6) {
        ui.label(tr_args(
            lang,
            "workshop.ui.cohort.knob_row",
            &[
                ("knob", tr(lang, engine::label_key(k.lever))),
                ("points", &format_points(loc, k.total_points)),
                (
                    "people",
                    &crate::i18n::count(lang, "common.count.people", k.participants),
                ),
            ],
        ));
    }
}
