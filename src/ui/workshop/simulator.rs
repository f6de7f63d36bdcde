//! The what-if simulator: start from a persona, move every lever the engine knows, see the
//! four pillars, the total, the band and the gap to 70 at once.

use egui::{RichText, Ui};

use crate::engine::{self, Persona, TARGET_TOTAL, Unit};
use crate::i18n::{Language, Locale, format_points, tr, tr_args};
use crate::model::{Lever, Pillar};
use crate::ui::{theme, widgets};
use crate::workshop::state::SimState;

/// The slider range of a lever that is not a toggle: generous, so that every persona fits.
fn range(lever: Lever) -> std::ops::RangeInclusive<f64> {
    match lever {
        Lever::Connections => 0.0..=5000.0,
        Lever::DecisionMakerConnections => 0.0..=1000.0,
        Lever::SavedSearches => 0.0..=20.0,
        Lever::Articles => 0.0..=8.0,
        Lever::Likes
        | Lever::Searches
        | Lever::LeadsSaved
        | Lever::InvitationsWithoutNote
        | Lever::InvitationsWithNote => 0.0..=100.0,
        _ => 0.0..=50.0,
    }
}

/// The label of a lever, with Sales Navigator named where only it offers the lever.
pub fn lever_label(lang: Language, lever: Lever) -> String {
    let label = tr(lang, engine::label_key(lever));
    // the lever labels carry their unit already ("Comments per week")
    if engine::needs_sales_navigator(lever) && lever != Lever::SalesNavigator {
        tr_args(lang, "workshop.ui.unit.navigator", &[("label", label)])
    } else {
        label.to_owned()
    }
}

/// The simulator screen.
pub fn show(ui: &mut Ui, loc: Locale, presenter: bool, state: &mut SimState) {
    let wide = ui.available_width() > 900.0;
    if wide {
        // the score takes a third, the levers the rest: their names fit on one line
        let gap = theme::SPACE.xl;
        let left_width = (ui.available_width() - gap) * 0.36;
        let height = ui.available_height();
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(left_width, height),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(left_width);
                    let mut area = egui::ScrollArea::vertical()
                        .id_salt("workshop_results")
                        .auto_shrink([false, false]);
                    if presenter {
                        // the room sees it all at once: no scroll bar to keep clear of
                        area = area.content_margin(egui::Margin::ZERO);
                    }
                    area.show(ui, |ui| results(ui, loc, presenter, state));
                },
            );
            ui.add_space(gap);
            let right = ui.available_width();
            ui.allocate_ui_with_layout(
                egui::vec2(right, height),
                egui::Layout::top_down(egui::Align::Min),
                |ui| {
                    ui.set_width(right);
                    levers(ui, loc, presenter, state);
                },
            );
        });
    } else {
        results(ui, loc, presenter, state);
        levers(ui, loc, presenter, state);
    }
}

/// Persona choice and the score.
fn results(ui: &mut Ui, loc: Locale, presenter: bool, state: &mut SimState) {
    let lang = loc.lang;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr(lang, "workshop.ui.sim.start_from")).strong());
        for p in Persona::ALL {
            let selected = state.persona == p;
            if ui
                .selectable_label(selected, tr(lang, p.label_key()))
                .clicked()
            {
                state.start_from(p);
            }
        }
    });
    ui.horizontal(|ui| {
        if ui.button(tr(lang, "workshop.ui.sim.reset")).clicked() {
            let p = state.persona;
            state.start_from(p);
        }
    });
    ui.add_space(theme::SECTION_GAP);
    // after a persona click this frame: its numbers at once (one score is microseconds)
    let estimate = engine::score(&state.inputs);
    let bar_height = if presenter { 40.0 } else { 22.0 };
    for p in Pillar::ALL {
        let value = estimate.pillars.get(p);
        let text = tr_args(
            lang,
            "workshop.ui.sim.pillar_value",
            &[
                ("pillar", tr(lang, &format!("pillar.{}", p.key()))),
                ("value", &format_points(loc, value)),
            ],
        );
        ui.label(RichText::new(&text).strong());
        pillar_bar(ui, &text, value, theme::pillar_color(p), bar_height);
        ui.add_space(theme::SPACE.xs);
    }
    ui.add_space(theme::SECTION_GAP);
    let total = estimate.total();
    // as big as the column allows ("Total: 74 of 100" is about 8.5 times the size wide)
    let size = (if presenter { 96.0 } else { theme::TOTAL_TEXT }).min(ui.available_width() / 8.5);
    ui.label(
        RichText::new(tr_args(
            lang,
            "workshop.ui.sim.total_value",
            &[("value", &crate::i18n::format_total(loc, estimate.total()))],
        ))
        .size(size)
        .strong(),
    );
    ui.horizontal(|ui| {
        widgets::band_badge(ui, lang, estimate.band());
        let gap = TARGET_TOTAL - total;
        let text = if gap > 0.0 {
            tr_args(
                lang,
                "workshop.ui.sim.gap",
                &[("points", &format_points(loc, gap))],
            )
        } else {
            tr(lang, "common.target_reached").to_owned()
        };
        ui.label(RichText::new(text).strong());
    });
    ui.add_space(theme::SPACE.xs);
    ui.label(RichText::new(tr(lang, "workshop.ui.sim.estimate_note")).weak());
}

/// A 0-25 bar the width of the column.
fn pillar_bar(ui: &mut Ui, label: &str, value: f64, color: egui::Color32, height: f32) {
    let width = ui.available_width().max(120.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
        let mut fill = rect;
        fill.set_width(rect.width() * (value / 25.0).clamp(0.0, 1.0) as f32);
        painter.rect_filled(fill, 4.0, color);
        painter.rect_stroke(
            rect,
            4.0,
            (1.0, ui.visuals().strong_text_color()),
            egui::StrokeKind::Inside,
        );
    }
}

/// Every lever as a toggle or a slider.
fn levers(ui: &mut Ui, loc: Locale, presenter: bool, state: &mut SimState) {
    let lang = loc.lang;
    let mut area = egui::ScrollArea::vertical()
        .id_salt("workshop_levers")
        .auto_shrink([false, false]);
    if presenter {
        // on a projector every slider fits without scrolling (no scroll bar to keep clear of),
        // and the full width keeps each lever's name on one line
        area = area.content_margin(egui::Margin::ZERO);
    }
    area.show(ui, |ui| {
        let all = engine::all_levers();
        let (toggles, sliders): (Vec<Lever>, Vec<Lever>) = all
            .into_iter()
            .partition(|l| engine::lever_unit(*l) == Unit::Toggle);
        widgets::section(ui, tr(lang, "workshop.ui.sim.profile"));
        let columns = if ui.available_width() > 600.0 { 3 } else { 2 };
        ui.columns(columns, |cols| {
            for (i, lever) in toggles.iter().enumerate() {
                let col = &mut cols[i % columns];
                let mut on = engine::lever_value(&state.inputs, *lever) >= 0.5;
                if col.checkbox(&mut on, lever_label(lang, *lever)).changed() {
                    engine::set_lever(&mut state.inputs, *lever, if on { 1.0 } else { 0.0 });
                    col.ctx().request_repaint();
                }
            }
        });
        widgets::section(ui, tr(lang, "workshop.ui.sim.activity"));
        // the label in its own column (wrapping, never cut), the slider and its number
        let label_width = (ui.available_width() * 0.55).min(440.0);
        ui.spacing_mut().slider_width =
            (ui.available_width() - label_width - 110.0).clamp(90.0, 420.0);
        egui::Grid::new("workshop_sliders")
            .num_columns(2)
            .spacing([theme::SPACE.m, theme::SPACE.xs])
            .show(ui, |ui| {
                for lever in sliders {
                    let mut v = engine::lever_value(&state.inputs, lever);
                    let r = range(lever);
                    let logarithmic = lever == Lever::Connections;
                    let decimals = if engine::lever_unit(lever) == Unit::PerMonth {
                        1
                    } else {
                        0
                    };
                    let l = ui
                        .scope(|ui| {
                            ui.set_max_width(label_width);
                            ui.add(egui::Label::new(lever_label(lang, lever)).wrap())
                        })
                        .inner;
                    let slider = egui::Slider::new(&mut v, r)
                        .logarithmic(logarithmic)
                        .max_decimals(decimals)
                        .clamping(egui::SliderClamping::Never);
                    let slider = crate::ui::widgets::local_slider(slider, loc);
                    if ui.add(slider).labelled_by(l.id).changed() {
                        engine::set_lever(&mut state.inputs, lever, v);
                        // the score column was drawn before this change: show it next frame
                        ui.ctx().request_repaint();
                    }
                    ui.end_row();
                }
            });
    });
}
