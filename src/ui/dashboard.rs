//! Dashboard: the estimate and why it moved, the four pillars, the band, change since last
//! week, the plan's first steps.

use crate::ui::{ClientEdit, SettingsCommand};
use egui::RichText;

use super::{Command, ViewCtx, theme, widgets};
use crate::engine::{self, TARGET_TOTAL};
use crate::i18n::{
    format_factor_input, format_points, format_signed as signed, format_total, tr, tr_args,
};
use crate::model::Pillar;

/// Draw the dashboard.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut super::DashboardState,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let e = ctx.estimate;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr(lang, "common.estimate"))
                .size(theme::TEXT.lead)
                .weak(),
        );
        ui.label(
            RichText::new(format_total(loc, e.total()))
                .size(theme::TOTAL_TEXT)
                .strong(),
        );
        ui.label(RichText::new(tr_args(lang, "dashboard.of_100", &[])).size(theme::TEXT.lead));
        ui.add_space(theme::SPACE.l);
        ui.vertical(|ui| {
            widgets::band_badge(ui, lang, e.band());
            let delta = e.total() - ctx.last_week.total();
            let text = tr_args(
                lang,
                "dashboard.change_week",
                &[("delta", &signed(loc, delta))],
            );
            let color = if delta >= 0.0 {
                theme::GOOD
            } else {
                theme::ERROR
            };
            ui.label(RichText::new(text).color(color));
            let gap = TARGET_TOTAL - e.total();
            if gap > 0.0 {
                ui.label(tr_args(
                    lang,
                    "dashboard.gap_to_70",
                    &[("gap", &format_points(loc, gap))],
                ));
            } else {
                ui.label(RichText::new(tr(lang, "common.target_70")).color(theme::GOOD));
            }
        });
    });
    ui.label(
        RichText::new(tr(lang, "caution.estimate_not_linkedin"))
            .small()
            .weak(),
    );
    why_total(ui, ctx);

    widgets::section(ui, tr(lang, "dashboard.pillars"));
    ui.label(
        RichText::new(tr(lang, "dashboard.click_pillar"))
            .small()
            .weak(),
    );
    egui::Grid::new("pillars")
        .num_columns(3)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            for p in Pillar::ALL {
                let value = e.pillars.get(p);
                let name = tr(lang, widgets::pillar_key(p));
                ui.label(name);
                let label = format!("{name}: {}", format_points(loc, value));
                if widgets::value_bar(ui, &label, value, Pillar::MAX, theme::pillar_color(p))
                    .clicked()
                {
                    state.selected_pillar = if state.selected_pillar == Some(p) {
                        None
                    } else {
                        Some(p)
                    };
                }
                let why = tr_args(
                    lang,
                    "dashboard.why",
                    &[("value", &format_points(loc, value))],
                );
                if ui
                    .link(format!("{} / 25 · {why}", format_points(loc, value)))
                    .clicked()
                {
                    state.selected_pillar = if state.selected_pillar == Some(p) {
                        None
                    } else {
                        Some(p)
                    };
                }
                ui.end_row();
            }
        });
    if let Some(p) = state.selected_pillar {
        widgets::section(
            ui,
            &tr_args(
                lang,
                "dashboard.contributions_of",
                &[
                    ("pillar", tr(lang, widgets::pillar_key(p))),
                    ("value", &format_points(loc, e.pillars.get(p))),
                ],
            ),
        );
        egui::Grid::new("contributions")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                for c in e.contributions_to(p) {
                    ui.label(factor_label(lang, c.factor));
                    ui.label(format!(
                        "{} / {}",
                        format_points(loc, c.points),
                        format_points(loc, c.max_points)
                    ));
                    ui.label(RichText::new(format_factor_input(loc, &c.input)).weak());
                    ui.end_row();
                }
            });
    }

    plan_section(ui, ctx, state, out);
    if ui.button(tr(lang, "dashboard.all_knobs")).clicked() {
        out.push(Command::Nav(super::Screen::Knobs));
    }
    widgets::action_items(ui, ctx, false, out);
}

/// The plan: budget, the first three steps (kept steady), totals, goals, Sales Navigator.
fn plan_section(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut super::DashboardState,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let plan = ctx.plan;
    widgets::section(ui, tr(lang, "dashboard.top_knobs"));
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr_args(
                lang,
                "plan.title",
                &[("minutes", &plan.minutes_budget.to_string())],
            ))
            .strong(),
        );
        let mut minutes = plan.minutes_budget;
        let l = ui.label(tr(lang, "plan.budget"));
        let r = ui
            .add(
                egui::DragValue::new(&mut minutes)
                    .range(0..=600)
                    .speed(1.0)
                    .suffix(" min"),
            )
            .labelled_by(l.id);
        if r.changed() && minutes != plan.minutes_budget {
            out.push(Command::Settings(SettingsCommand::SetPlanMinutes(minutes)));
        }
    });
    if plan.items.is_empty() {
        ui.label(tr(lang, "plan.empty"));
    }
    let steps = engine::steady_steps(&state.steps, plan, 3);
    state.steps = steps.iter().map(|i| i.step.lever).collect();
    for item in &steps {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(widgets::step_text(loc, &item.step)).strong());
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "plan.step_gain",
                    &[("gain", &signed(loc, item.gain))],
                ))
                .color(theme::GOOD),
            );
        });
    }
    if plan.items.len() > steps.len() {
        ui.label(
            RichText::new(crate::i18n::count(
                loc,
                "plan.more",
                plan.items.len() - steps.len(),
            ))
            .weak(),
        );
    }
    if !plan.items.is_empty() {
        ui.label(widgets::plan_summary(loc, plan));
    }
    let goals = engine::plan_goals(plan);
    ui.horizontal_wrapped(|ui| {
        let button = ui.add_enabled(
            !goals.is_empty(),
            egui::Button::new(tr(lang, "plan.make_goals")),
        );
        if goals.is_empty() && !plan.items.is_empty() {
            ui.label(
                RichText::new(tr(lang, "plan.make_goals_none"))
                    .small()
                    .weak(),
            );
        }
        if button.clicked() {
            out.push(Command::Edit(ClientEdit::SetGoals(goals.clone())));
        }
    });
    if let Some(g) = plan.sales_navigator.filter(|g| *g >= 0.05) {
        ui.label(
            RichText::new(tr_args(
                lang,
                "plan.sales_navigator",
                &[("gain", &signed(loc, g))],
            ))
            .small()
            .weak(),
        );
    }
}

/// "Why 44?": the factors that moved since last week, largest first.
fn why_total(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let e = ctx.estimate;
    let title = tr_args(
        lang,
        "why.title",
        &[("value", &format_total(loc, e.total()))],
    );
    egui::CollapsingHeader::new(title)
        .id_salt("why_total")
        .show(ui, |ui| {
            let moved = moved_factors(ctx.last_week, e);
            if moved.is_empty() {
                ui.label(tr(lang, "why.nothing"));
                return;
            }
            ui.label(RichText::new(tr(lang, "why.moved")).strong());
            let shown = 6;
            egui::Grid::new("why_moved").num_columns(2).show(ui, |ui| {
                for (factor, delta) in moved.iter().take(shown) {
                    ui.label(factor_label(lang, factor));
                    let color = if *delta >= 0.0 {
                        theme::GOOD
                    } else {
                        theme::ERROR
                    };
                    ui.label(RichText::new(signed(loc, *delta)).color(color));
                    ui.end_row();
                }
            });
            let rest: f64 = moved.iter().skip(shown).map(|(_, d)| d).sum();
            if rest.abs() >= 0.05 {
                ui.label(tr_args(lang, "why.rest", &[("delta", &signed(loc, rest))]));
            }
        });
}

/// Factors whose points changed between two estimates by 0.05 or more, largest change first.
pub fn moved_factors(
    before: &crate::engine::Estimate,
    after: &crate::engine::Estimate,
) -> Vec<(&'static str, f64)> {
    let mut sums: Vec<(&'static str, f64)> = Vec::new();
    let mut add = |factor: &'static str, v: f64| match sums.iter_mut().find(|(f, _)| *f == factor) {
        Some(s) => s.1 += v,
        None => sums.push((factor, v)),
    };
    for c in &after.contributions {
        add(c.factor, c.points);
    }
    for c in &before.contributions {
        add(c.factor, -c.points);
    }
    sums.retain(|(_, d)| d.abs() >= 0.05);
    sums.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(b.0)));
    sums
}

/// A factor's label: the lever label where there is one, else a factor text.
fn factor_label(lang: crate::i18n::Language, factor: &str) -> String {
    let key = format!("factor.{factor}");
    if crate::i18n::has_key(&key) {
        return crate::i18n::tr(lang, &key).to_owned();
    }
    let lever = format!("lever.{factor}");
    if crate::i18n::has_key(&lever) {
        return crate::i18n::tr(lang, &lever).to_owned();
    }
    factor.to_owned()
}
