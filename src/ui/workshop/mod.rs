//! Workshop mode: the what-if simulator, exercises with a timer, the participant's own file
//! and the trainer's cohort, with a presenter view for the projector.
//!
//! One entry point, [`show`], and one state, [`WorkshopState`]. The workshop has its own
//! participants, separate from the coach's clients: nothing here reads client data.
//!
//! Presenter view: **F11** turns it on and off (Esc also leaves it). It sets the flag that
//! [`WorkshopState::presenter`] reports (the app hides its navigation then), asks the window
//! to go full screen, and draws the workshop with large type in high contrast.

mod cohort;
mod exercises;
mod simulator;

use std::time::Duration;

use egui::{Key, Modifiers, RichText, Ui};

use crate::i18n::tr;

pub use crate::workshop::state::{
    CohortState, ExState, SimState, Tab, WorkshopCommand, WorkshopState, own_file,
};

/// Switch the presenter view and the window's full screen together.
fn toggle_presenter(ui: &Ui, state: &mut WorkshopState, on: bool) {
    state.presenter = on;
    ui.ctx()
        .send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
}

/// Large type and high contrast for a projector, for this part of the UI only.
fn presenter_style(ui: &mut Ui) {
    use crate::tokens::{LAYOUT, PRESENTER, PRESENTER_SCALE as SCALE};
    use crate::ui::theme::color;
    // full size on a 1080-line projector; smaller on 768 and 800 lines, so the total, the
    // pillars and every slider still fit on one screen
    let fit = (ui.ctx().content_rect().height() / 1080.0).clamp(0.68, 1.0);
    let (text, controls, spacing) = (SCALE.text * fit, SCALE.controls * fit, SCALE.spacing * fit);
    let style = ui.style_mut();
    for font in style.text_styles.values_mut() {
        font.size *= text;
    }
    style.spacing.interact_size *= controls;
    style.spacing.item_spacing *= spacing;
    style.spacing.button_padding *= text;
    style.spacing.slider_width = SCALE.slider_width;
    // a knob a clicker's pointer or a touchpad hits at once
    style.spacing.slider_rail_height *= controls * 1.5;
    style.spacing.icon_width *= text;
    style.spacing.icon_width_inner *= text;
    let (ink, paper) = (color(PRESENTER.ink), color(PRESENTER.paper));
    let stroke = LAYOUT.presenter_stroke;
    let mut v = egui::Visuals::dark();
    v.override_text_color = Some(ink);
    v.panel_fill = paper;
    v.window_fill = paper;
    v.extreme_bg_color = color(PRESENTER.sunken);
    v.faint_bg_color = color(PRESENTER.faint);
    v.selection.bg_fill = color(PRESENTER.selection);
    v.selection.stroke = egui::Stroke::new(stroke, ink);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke = egui::Stroke::new(stroke, ink);
        w.bg_stroke = egui::Stroke::new(stroke * 0.75, ink);
    }
    v.widgets.inactive.bg_fill = color(PRESENTER.button);
    v.widgets.inactive.weak_bg_fill = color(PRESENTER.button);
    v.widgets.noninteractive.fg_stroke = egui::Stroke::new(stroke * 0.75, ink);
    style.visuals = v;
    // the panel's margin too (the central panel's default 8 points), nothing beyond it
    let rect = ui.max_rect().expand(8.0);
    ui.painter()
        .with_clip_rect(ui.ctx().content_rect())
        .rect_filled(rect, 0.0, paper);
}

/// The workshop: call it in the central panel. `now` is a monotonic clock (for the exercise
/// timer; the app passes `ctx.input(|i| i.time)` as a `Duration`). What needs files or
/// dialogs goes to `out`, for the app to perform.
pub fn show(
    ui: &mut Ui,
    loc: impl Into<crate::i18n::Locale>,
    now: Duration,
    state: &mut WorkshopState,
    out: &mut Vec<WorkshopCommand>,
) {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    // F11 switches the presenter view; Esc leaves it
    let f11 = ui
        .ctx()
        .input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11));
    if f11 {
        let on = !state.presenter;
        toggle_presenter(ui, state, on);
    } else if state.presenter
        && ui
            .ctx()
            .input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
    {
        toggle_presenter(ui, state, false);
    }
    // participant files dropped on the window go into the cohort
    let dropped: Vec<std::path::PathBuf> = ui
        .ctx()
        .input(|i| i.raw.dropped_files.clone())
        .into_iter()
        .map(|f| f.path().to_path_buf())
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    if !dropped.is_empty() {
        out.push(WorkshopCommand::ImportPaths(dropped));
    }
    if state.presenter {
        presenter_style(ui);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr(lang, "workshop.ui.title"))
                .heading()
                .strong(),
        );
        ui.add_space(crate::ui::theme::SPACE.l);
        for t in Tab::ALL {
            if ui
                .selectable_label(state.tab == t, tr(lang, t.label_key()))
                .clicked()
            {
                state.tab = t;
            }
        }
        ui.add_space(crate::ui::theme::SPACE.l);
        let key = if state.presenter {
            "workshop.ui.presenter_off"
        } else {
            "workshop.ui.presenter_on"
        };
        if ui.button(tr(lang, key)).clicked() {
            let on = !state.presenter;
            toggle_presenter(ui, state, on);
        }
        // the room's countdown stays in sight while the trainer shows something else
        if state.tab != Tab::Exercises
            && let Some(time) = state.ex.running_text(now)
        {
            ui.add_space(crate::ui::theme::SPACE.l);
            ui.label(
                RichText::new(crate::i18n::tr_args(
                    lang,
                    "workshop.ui.timer.remaining",
                    &[("time", &time)],
                ))
                .monospace()
                .strong(),
            );
        }
    });
    if !state.presenter {
        ui.label(RichText::new(tr(lang, "workshop.ui.no_client_data")).weak());
    }
    // the countdown keeps running (and ends visibly) while another section is shown
    let flashing = state.ex.tick(now);
    if state.ex.needs_repaint(now) {
        ui.ctx().request_repaint_after(Duration::from_millis(250));
    }
    if state.tab != Tab::Exercises && state.ex.time_is_up(now) && flashing {
        exercises::end_banner(ui, lang, now, flashing);
    }
    ui.separator();
    match state.tab {
        Tab::Simulator => simulator::show(ui, loc, state.presenter, &mut state.sim),
        Tab::Exercises => {
            let ctx = exercises::ExCtx {
                lang,
                loc,
                now,
                presenter: state.presenter,
                sim: &state.sim.inputs,
            };
            exercises::show(ui, &ctx, &mut state.ex, out);
        }
        Tab::Cohort => cohort::show(ui, loc, state.presenter, &mut state.cohort, out),
    }
}
