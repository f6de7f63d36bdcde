//! Dashboard: the estimate, the four pillars, the band, change since last week, top knobs.

use egui::RichText;

use super::{Command, ScreenState, ViewCtx, theme, widgets};
use crate::engine::{self, TARGET_TOTAL};
use crate::i18n::{format_points, tr, tr_args};
use crate::model::Pillar;

/// Draw the dashboard.
pub fn show(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, state: &mut ScreenState, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let e = ctx.estimate;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr(lang, "common.estimate")).size(20.0).weak());
        ui.label(
            RichText::new(e.total_shown().to_string())
                .size(theme::TOTAL_TEXT)
                .strong(),
        );
        ui.label(RichText::new(tr_args(lang, "dashboard.of_100", &[])).size(20.0));
        ui.add_space(12.0);
        ui.vertical(|ui| {
            widgets::band_badge(ui, lang, e.band());
            let delta = e.total() - ctx.last_week.total();
            let text = tr_args(
                lang,
                "dashboard.change_week",
                &[(
                    "delta",
                    &format!(
                        "{}{}",
                        if delta >= 0.0 { "+" } else { "" },
                        format_points(lang, delta)
                    ),
                )],
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
                    &[("gap", &format_points(lang, gap))],
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
                let name = tr(lang, pillar_key(p));
                ui.label(name);
                let label = format!("{name}: {}", format_points(lang, value));
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
                    &[("value", &format_points(lang, value))],
                );
                if ui
                    .link(format!("{} / 25 · {why}", format_points(lang, value)))
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
                    ("pillar", tr(lang, pillar_key(p))),
                    ("value", &format_points(lang, e.pillars.get(p))),
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
                        format_points(lang, c.points),
                        format_points(lang, c.max_points)
                    ));
                    ui.label(RichText::new(&c.input).weak());
                    ui.end_row();
                }
            });
    }

    widgets::section(ui, tr(lang, "dashboard.top_knobs"));
    for k in engine::weekly_plan(ctx.knobs, engine::PLAN_MINUTES_PER_WEEK)
        .iter()
        .take(3)
    {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr(lang, engine::label_key(k.lever))).strong());
            ui.label(tr_args(
                lang,
                "common.points",
                &[("points", &format!("+{}", format_points(lang, k.points)))],
            ));
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "common.minutes_per_week",
                    &[("minutes", &format!("{:.0}", k.minutes_per_week))],
                ))
                .weak(),
            );
        });
        ui.label(RichText::new(tr(lang, k.reason_key)).small());
    }
    if ui.button(tr(lang, "dashboard.all_knobs")).clicked() {
        out.push(Command::Show(super::Screen::Knobs));
    }
    super::sessions::action_items(ui, ctx, false, out);
}

/// The i18n key of a pillar's full name.
pub fn pillar_key(p: Pillar) -> &'static str {
    match p {
        Pillar::Brand => "pillar.brand",
        Pillar::Find => "pillar.find",
        Pillar::Engage => "pillar.engage",
        Pillar::Relationships => "pillar.relationships",
    }
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
