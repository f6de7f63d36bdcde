//! Profile checklist: every item with why it matters and what "done well" means.

use crate::ui::ClientEdit;
use egui::RichText;

use super::{Command, ViewCtx, widgets};
use crate::engine;
use crate::i18n::{parse_number, tr};
use crate::model::{Lever, ProfileItem};

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
    for item in ProfileItem::ALL {
        let mut done = client.profile.is_done(item);
        ui.add_space(super::theme::SPACE.s);
        let label = tr(lang, engine::label_key(Lever::Profile(item)));
        if ui
            .checkbox(&mut done, RichText::new(label).strong())
            .changed()
        {
            out.push(Command::Edit(ClientEdit::SetProfileItem(item, done)));
        }
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
            let mut skills = client.profile.skills;
            let l = ui.label(tr(lang, "profile.skills_count"));
            if ui
                .add(egui::DragValue::new(&mut skills).range(0..=100))
                .labelled_by(l.id)
                .changed()
            {
                out.push(Command::Edit(ClientEdit::SetSkills(skills)));
            }
            ui.end_row();
            let mut recs = client.profile.recommendations;
            let l = ui.label(tr(lang, "profile.recommendations_count"));
            if ui
                .add(egui::DragValue::new(&mut recs).range(0..=500))
                .labelled_by(l.id)
                .changed()
            {
                out.push(Command::Edit(ClientEdit::SetRecommendations(recs)));
            }
            ui.end_row();
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
