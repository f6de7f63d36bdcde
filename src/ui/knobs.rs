//! Knobs and plan: the full plan for the weekly budget, every knob ranked, the cautions.

use egui::RichText;

use super::{Command, ViewCtx, theme, widgets};
use crate::engine;
use crate::i18n::{format_points, tr, tr_args};

/// Draw the knobs screen.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    _state: &mut super::KnobsState,
    _out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    ui.heading(tr(lang, "screen.knobs"));
    for key in [
        "caution.score_not_goal",
        "caution.quality_invitations",
        "caution.inform_not_sell",
    ] {
        ui.label(RichText::new(format!("• {}", tr(lang, key))).color(theme::caution(ui)));
    }
    widgets::section(ui, tr(lang, "knobs.plan"));
    let plan = ctx.plan;
    ui.label(
        RichText::new(tr_args(
            lang,
            "plan.title",
            &[("minutes", &plan.minutes_budget.to_string())],
        ))
        .strong(),
    );
    if plan.items.is_empty() {
        ui.label(tr(lang, "plan.empty"));
    } else {
        ui.label(RichText::new(tr(lang, "plan.steps")).weak());
    }
    for (n, item) in plan.items.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "{}. {}",
                n + 1,
                widgets::step_text(loc, &item.step)
            ));
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "plan.step_gain",
                    &[("gain", &format!("+{}", format_points(loc, item.gain)))],
                ))
                .color(theme::good(ui)),
            );
        });
    }
    if !plan.items.is_empty() {
        ui.label(widgets::plan_summary(loc, plan));
    }
    if let Some(g) = plan.sales_navigator.filter(|g| *g >= 0.05) {
        ui.label(
            RichText::new(tr_args(
                lang,
                "plan.sales_navigator",
                &[("gain", &format!("+{}", format_points(loc, g)))],
            ))
            .small()
            .weak(),
        );
    }
    widgets::section(ui, tr(lang, "knobs.all"));
    egui::Grid::new("knobs")
        .striped(true)
        .num_columns(6)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for key in [
                "knobs.lever",
                "knobs.now",
                "knobs.target",
                "knobs.points",
                "knobs.minutes",
                "knobs.why",
            ] {
                ui.label(RichText::new(tr(lang, key)).strong());
            }
            ui.end_row();
            for k in ctx.knobs {
                let mut name = tr(lang, engine::label_key(k.lever)).to_owned();
                if k.needs_sales_navigator && !ctx.client.sales_navigator {
                    name.push_str(" *");
                }
                ui.label(name);
                ui.label(value(loc, k, k.current));
                if (k.target - k.current).abs() < 0.5 {
                    ui.label("—");
                } else {
                    ui.label(value(loc, k, k.target));
                }
                ui.label(format_points(loc, k.points));
                ui.label(match k.kind {
                    engine::StepKind::Once => tr_args(
                        lang,
                        "knobs.minutes_once",
                        &[("minutes", &format!("{:.0}", k.minutes_once))],
                    ),
                    engine::StepKind::Weekly => format!("{:.0}", k.minutes_per_week),
                });
                ui.vertical(|ui| {
                    ui.label(tr(lang, k.reason_key));
                    if let Some(c) = k.caution_key {
                        ui.label(RichText::new(tr(lang, c)).small().color(theme::caution(ui)));
                    }
                });
                ui.end_row();
            }
        });
    ui.label(RichText::new(tr(lang, "knobs.sn_note")).small().weak());
}

/// A knob value as the user thinks of it: yes/no for toggles, whole numbers for counts.
fn value(loc: impl Into<crate::i18n::Locale>, k: &engine::Knob, v: f64) -> String {
    crate::i18n::format_unit(loc, k.unit, v)
}
