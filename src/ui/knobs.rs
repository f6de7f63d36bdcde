//! Knobs and plan: every knob ranked, the weekly plan, the cautions.

use egui::RichText;

use super::{Command, ViewCtx, theme, widgets};
use crate::engine;
use crate::i18n::{format_number, format_points, tr, tr_args};

/// Draw the knobs screen.
pub fn show(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, _out: &mut Vec<Command>) {
    let lang = ctx.lang;
    ui.heading(tr(lang, "screen.knobs"));
    for key in [
        "caution.score_not_goal",
        "caution.quality_invitations",
        "caution.inform_not_sell",
    ] {
        ui.label(RichText::new(format!("• {}", tr(lang, key))).color(theme::ERROR));
    }
    widgets::section(ui, tr(lang, "knobs.plan"));
    let plan = engine::weekly_plan(ctx.knobs, 120.0);
    if plan.is_empty() {
        ui.label(tr(lang, "knobs.plan_empty"));
    }
    for k in &plan {
        ui.label(tr_args(
            lang,
            "knobs.plan_item",
            &[
                ("lever", tr(lang, engine::label_key(k.lever))),
                ("from", &value(lang, k, k.current)),
                ("to", &value(lang, k, k.target)),
                ("points", &format_points(lang, k.points)),
                ("minutes", &format!("{:.0}", k.minutes_per_week)),
            ],
        ));
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
                ui.label(value(lang, k, k.current));
                ui.label(value(lang, k, k.target));
                ui.label(format_points(lang, k.points));
                ui.label(format!("{:.0}", k.minutes_per_week));
                ui.vertical(|ui| {
                    ui.label(tr(lang, k.reason_key));
                    if let Some(c) = k.caution_key {
                        ui.label(RichText::new(tr(lang, c)).small().color(theme::ERROR));
                    }
                });
                ui.end_row();
            }
        });
    ui.label(RichText::new(tr(lang, "knobs.sn_note")).small().weak());
}

/// A knob value as the user thinks of it: yes/no for toggles, whole numbers for counts.
fn value(lang: crate::i18n::Language, k: &engine::Knob, v: f64) -> String {
    match k.unit {
        engine::Unit::Toggle => {
            tr(lang, if v >= 0.5 { "common.yes" } else { "common.no" }).to_owned()
        }
        engine::Unit::Count => format_number(lang, v, 0),
        engine::Unit::PerWeek | engine::Unit::PerMonth => format_number(lang, v, 1),
    }
}
