//! Dashboard: the estimate and why it moved, the four pillars, the band, change since last
//! week, the plan's first steps.

use crate::ui::{ClientEdit, SettingsCommand};
use egui::RichText;

use super::{Command, ViewCtx, theme, widgets};
use crate::engine::{self, TARGET_TOTAL};
use crate::i18n::{
    format_date, format_factor_input, format_points, format_signed as signed, format_total, tr,
    tr_args,
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
    let blank = is_blank(ctx.client);
    if blank {
        first_steps(ui, ctx, out);
    }
    score_cards(ui, ctx, state, blank);
    ui.label(
        RichText::new(tr(lang, "caution.estimate_not_linkedin"))
            .small()
            .weak(),
    );
    if !blank {
        why_total(ui, ctx);
    }
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

/// Whether nothing at all is recorded for the client yet (a profile created today): the
/// dashboard then leads with first steps instead of a bare 0.
pub fn is_blank(c: &crate::model::Client) -> bool {
    c.activity.0.values().all(|d| d.is_empty())
        && c.messages.is_empty()
        && c.readings.is_empty()
        && c.sessions.is_empty()
        && crate::model::ProfileItem::ALL
            .into_iter()
            .all(|i| !c.profile.is_done(i))
        && c.network.connections == 0
}

/// "First steps": the next best step and three ways in (checklist, LinkedIn export, demo).
fn first_steps(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    widgets::card(ui, |ui| {
        ui.label(
            RichText::new(tr(lang, "dashboard.first_title"))
                .size(theme::TEXT.title)
                .strong(),
        );
        ui.label(tr(lang, "dashboard.first_intro"));
        ui.add_space(theme::SPACE.s);
        if let Some(item) = ctx.plan.items.first() {
            ui.label(RichText::new(tr(lang, "dashboard.next_step")).weak());
            ui.label(RichText::new(widgets::step_text(ctx.locale(), &item.step)).strong());
            ui.add_space(theme::SPACE.s);
        }
        ui.horizontal_wrapped(|ui| {
            if widgets::primary_button(ui, tr(lang, "dashboard.first_profile")).clicked() {
                out.push(Command::Nav(super::Screen::Profile));
            }
            if ui.button(tr(lang, "dashboard.first_import")).clicked() {
                out.push(Command::Nav(super::Screen::Import));
            }
            if ui.button(tr(lang, "dashboard.first_demo")).clicked() {
                out.push(Command::Clients(crate::ui::ClientsCommand::StartDemo));
            }
        });
    });
    ui.add_space(theme::SPACE.l);
}

/// The picture of the score, as LinkedIn's own page shows it and a coach explains it: the
/// total on a gauge with its band, the four pillars, and beside them the latest LinkedIn
/// reading with its ranks and averages, the change, the gap to 70 and the trend.
fn score_cards(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut super::DashboardState,
    blank: bool,
) {
    let gap = ui.spacing().item_spacing.x;
    // the frame's margin and its line on both sides
    let margin = 2.0 * theme::SPACE.l + 2.0;
    let avail = ui.available_width() - 8.0;
    // a card exactly `width` wide, frame included
    let card = |ui: &mut egui::Ui, width: f32, add: &mut dyn FnMut(&mut egui::Ui)| {
        widgets::card(ui, |ui| {
            ui.set_width(width - margin);
            add(ui);
        });
    };
    if avail >= GAUGE_CARD + 2.0 * (CARD_MIN + gap) {
        // one row: the gauge, then the pillars and the facts sharing what is left
        let side = ((avail - GAUGE_CARD - 2.0 * gap) / 2.0).min(CARD_MAX);
        ui.horizontal_top(|ui| {
            card(ui, GAUGE_CARD, &mut |ui| gauge_card(ui, ctx));
            card(ui, side, &mut |ui| pillar_card(ui, ctx, state));
            card(ui, side, &mut |ui| facts_card(ui, ctx, blank));
        });
    } else {
        // narrow: the gauge beside the facts, the pillars below them
        let side = (avail - GAUGE_CARD - gap).max(CARD_MIN);
        ui.horizontal_top(|ui| {
            card(ui, GAUGE_CARD, &mut |ui| gauge_card(ui, ctx));
            card(ui, side, &mut |ui| facts_card(ui, ctx, blank));
        });
        ui.add_space(gap);
        card(ui, avail, &mut |ui| pillar_card(ui, ctx, state));
    }
    ui.add_space(theme::SPACE.s);
}

/// The gauge card's width, and the narrowest and widest the other two cards are drawn.
const GAUGE_CARD: f32 = 236.0;
const CARD_MIN: f32 = 220.0;
const CARD_MAX: f32 = 420.0;
/// Room for "12.5 / 25" beside a pillar's bar.
const VALUE_WIDTH: f32 = 76.0;

fn gauge_card(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let e = ctx.estimate;
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(tr(lang, "common.estimate")).weak());
        widgets::gauge(
            ui,
            e.total(),
            &format_total(loc, e.total()),
            tr(lang, "dashboard.of_100"),
            theme::band_color(e.band()),
        );
        widgets::band_badge(ui, lang, e.band());
        if e.calibrated {
            ui.label(
                RichText::new(tr(lang, "dashboard.calibrated"))
                    .small()
                    .weak(),
            );
        }
    });
}

fn pillar_card(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, state: &mut super::DashboardState) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let e = ctx.estimate;
    ui.label(RichText::new(tr(lang, "dashboard.pillars")).strong());
    for p in Pillar::ALL {
        let value = e.pillars.get(p);
        let name = tr(lang, widgets::pillar_key(p));
        ui.add_space(theme::SPACE.xs);
        ui.label(name);
        let label = format!("{name}: {} / 25", format_points(loc, value));
        let r = ui
            .horizontal(|ui| {
                let value_text = RichText::new(format!("{} / 25", format_points(loc, value)));
                let width = ui.available_width() - VALUE_WIDTH;
                let bar = ui
                    .allocate_ui(egui::vec2(width, theme::ROW_HEIGHT), |ui| {
                        widgets::value_bar(ui, &label, value, Pillar::MAX, theme::pillar_color(p))
                    })
                    .inner;
                ui.label(value_text.strong());
                bar
            })
            .inner
            .on_hover_text(tr(lang, "dashboard.click_pillar"));
        if r.clicked() {
            state.selected_pillar = if state.selected_pillar == Some(p) {
                None
            } else {
                Some(p)
            };
        }
    }
    ui.add_space(theme::SPACE.xs);
    ui.label(
        RichText::new(tr(lang, "dashboard.click_pillar"))
            .small()
            .weak(),
    );
}

fn facts_card(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, blank: bool) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let e = ctx.estimate;
    let reading = ctx
        .client
        .readings
        .iter()
        .filter(|r| r.date <= ctx.today)
        .max_by_key(|r| r.date);
    match reading {
        Some(r) => {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "dashboard.linkedin_reading",
                    &[
                        ("date", &format_date(loc, r.date)),
                        ("total", &format_total(loc, r.total)),
                    ],
                ))
                .strong(),
            );
            let rows = [
                ("dashboard.industry_rank", r.industry_rank_pct),
                ("dashboard.industry_average", r.industry_average),
                ("dashboard.network_rank", r.network_rank_pct),
                ("dashboard.network_average", r.network_average),
            ];
            for (key, value) in rows {
                if let Some(v) = value {
                    ui.label(tr_args(
                        lang,
                        key,
                        &[("value", &crate::i18n::format_number(loc, v, 0))],
                    ));
                }
            }
        }
        None => {
            ui.label(
                RichText::new(tr(lang, "dashboard.no_reading"))
                    .small()
                    .weak(),
            );
        }
    }
    ui.add_space(theme::SPACE.s);
    let gap = TARGET_TOTAL - e.total();
    if gap > 0.0 {
        ui.label(tr_args(
            lang,
            "dashboard.gap_to_70",
            &[("gap", &format_points(loc, gap))],
        ));
    } else {
        ui.label(RichText::new(tr(lang, "common.target_reached")).color(theme::good(ui)));
    }
    // a change needs a week before it: a profile started today has none to show
    let history = ctx.history;
    if !blank && history.len() >= 2 {
        let delta = e.total() - ctx.last_week.total();
        let text = tr_args(
            lang,
            "dashboard.change_week",
            &[("delta", &signed(loc, delta))],
        );
        let color = if delta >= 0.05 {
            theme::good(ui)
        } else if delta <= -0.05 {
            theme::error(ui)
        } else {
            ui.visuals().weak_text_color()
        };
        ui.label(RichText::new(text).color(color));
    }
    if history.len() >= 3 {
        ui.add_space(theme::SPACE.s);
        let values: Vec<f64> = history.iter().map(|(_, v)| *v).collect();
        let since = format_date(loc, history[0].0);
        let caption = tr_args(lang, "dashboard.trend_since", &[("date", &since)]);
        widgets::sparkline(ui, &values, &caption, theme::accent(ui));
        ui.label(RichText::new(caption).small().weak());
    }
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
        // the minutes are the field beside it, not said twice
        ui.label(RichText::new(tr(lang, "plan.title_short")).strong());
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
                .color(theme::good(ui)),
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
                        theme::good(ui)
                    } else {
                        theme::error(ui)
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
