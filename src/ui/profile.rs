//! Profile checklist: every item with why it matters and what "done well" means.

use crate::ui::ClientEdit;
use egui::RichText;

use super::{Command, ViewCtx, widgets};
use crate::engine;
use crate::i18n::{format_points, parse_number, tr, tr_args};
use crate::model::{Lever, ProfileItem, RECOMMENDATIONS_DONE, SKILLS_DONE};

/// Draw the checklist.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut super::ProfileState,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let client = ctx.client;
    ui.heading(tr(lang, "screen.profile"));
    ui.label(RichText::new(tr(lang, "profile.intro")).weak());
    let loc = ctx.locale();
    let estimate_done = |item: ProfileItem| {
        client.profile.is_done(item)
            || (item == ProfileItem::Skills && client.profile.skills >= SKILLS_DONE)
            || (item == ProfileItem::Recommendations
                && client.profile.recommendations >= RECOMMENDATIONS_DONE)
    };
    let done_count = ProfileItem::ALL
        .into_iter()
        .filter(|i| estimate_done(*i))
        .count();
    let total = ProfileItem::ALL.len();
    ui.add_space(super::theme::SPACE.s);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(tr_args(
                lang,
                "profile.progress",
                &[
                    ("done", &done_count.to_string()),
                    ("total", &total.to_string()),
                ],
            ))
            .strong(),
        );
        ui.add(
            egui::ProgressBar::new(done_count as f32 / total as f32)
                .desired_width(200.0)
                .fill(super::theme::accent(ui)),
        );
    });
    for item in ProfileItem::ALL {
        let done = estimate_done(item);
        ui.add_space(super::theme::SPACE.s);
        let label = tr(lang, engine::label_key(Lever::Profile(item)));
        let worth = tr_args(
            lang,
            "profile.worth",
            &[(
                "points",
                &format_points(loc, engine::weights::profile_item_points(item)),
            )],
        );
        ui.horizontal_wrapped(|ui| {
            match item {
                // a count decides these two: the field is the tick
                ProfileItem::Skills | ProfileItem::Recommendations => {
                    widgets::done_mark(ui, done, tr(lang, "profile.done_by_count"));
                    let l = ui.label(RichText::new(label).strong());
                    let (mut n, max) = if item == ProfileItem::Skills {
                        (client.profile.skills, 100)
                    } else {
                        (client.profile.recommendations, 500)
                    };
                    if ui
                        .add(egui::DragValue::new(&mut n).range(0..=max))
                        .labelled_by(l.id)
                        .changed()
                    {
                        out.push(Command::Edit(if item == ProfileItem::Skills {
                            ClientEdit::SetSkills(n)
                        } else {
                            ClientEdit::SetRecommendations(n)
                        }));
                    }
                }
                _ => {
                    let mut ticked = done;
                    if ui
                        .checkbox(&mut ticked, RichText::new(label).strong())
                        .changed()
                    {
                        out.push(Command::Edit(ClientEdit::SetProfileItem(item, ticked)));
                    }
                }
            }
            ui.label(RichText::new(worth).weak());
        });
        ui.indent(item.key(), |ui| {
            ui.label(tr(lang, &format!("knob.{}", engine::profile_factor(item))));
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    tr(lang, "profile.done_well"),
                    tr(lang, &format!("profile.well.{}", item.key()))
                ))
                .weak(),
            );
        });
    }

    widgets::section(ui, tr(lang, "profile.counts"));
    egui::Grid::new("profile_counts")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let mut sn = client.sales_navigator;
            ui.label(tr(lang, "lever.sales_navigator"));
            if ui
                .checkbox(&mut sn, tr(lang, "profile.has_sales_navigator"))
                .changed()
            {
                out.push(Command::Edit(ClientEdit::SetSalesNavigator(sn)));
            }
            ui.end_row();
        });

    widgets::section(ui, tr(lang, "profile.network"));
    if state.network_text[0].is_empty() && state.network_text[1].is_empty() {
        state.network_text = [
            client.network.connections.to_string(),
            client.network.decision_makers.to_string(),
        ];
    }
    let mut error = None;
    egui::Grid::new("network")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            for (i, key) in ["profile.connections", "profile.decision_makers"]
                .into_iter()
                .enumerate()
            {
                let l = ui.label(tr(lang, key));
                ui.add(egui::TextEdit::singleline(&mut state.network_text[i]).desired_width(100.0))
                    .labelled_by(l.id);
                ui.end_row();
            }
        });
    let parsed: Vec<Option<f64>> = state.network_text.iter().map(|t| parse_number(t)).collect();
    match (parsed[0], parsed[1]) {
        (Some(c), Some(d)) if c >= 0.0 && d >= 0.0 && c.fract() == 0.0 && d.fract() == 0.0 => {
            if d > c {
                error = Some(tr(lang, "profile.error.more_dm_than_connections"));
            } else if (c as u32, d as u32)
                != (client.network.connections, client.network.decision_makers)
                && ui.button(tr(lang, "common.save")).clicked()
            {
                out.push(Command::Edit(ClientEdit::SetNetwork {
                    connections: c as u32,
                    decision_makers: d as u32,
                }));
            }
        }
        _ => error = Some(tr(lang, "validation.whole_number")),
    }
    if let Some(e) = error {
        widgets::error_label(ui, e);
    }
}
