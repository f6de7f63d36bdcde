//! The first-run welcome.

use crate::ui::ClientsCommand;
use egui::RichText;

use super::Command;
use crate::i18n::{Language, tr};

/// The welcome page: what the estimate is and is not, and two ways to start.
pub fn show(ui: &mut egui::Ui, lang: Language, own_name: &mut String, out: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(super::theme::SPACE.xxl);
        ui.label(
            RichText::new(tr(lang, "welcome.title"))
                .size(super::theme::TEXT.welcome)
                .strong(),
        );
        ui.add_space(super::theme::SPACE.xl);
        ui.set_max_width(620.0);
        for key in ["welcome.p1", "welcome.p2", "welcome.p3"] {
            ui.label(RichText::new(tr(lang, key)).size(super::theme::TEXT.heading));
            ui.add_space(super::theme::SPACE.m);
        }
        ui.add_space(super::theme::SPACE.xl);
        let label = ui.label(tr(lang, "welcome.your_name"));
        ui.add(egui::TextEdit::singleline(own_name).desired_width(260.0))
            .labelled_by(label.id);
        ui.add_space(super::theme::SPACE.m);
        if ui
            .button(
                RichText::new(tr(lang, "welcome.start_own")).size(super::theme::TEXT.welcome_body),
            )
            .clicked()
        {
            out.push(Command::Clients(ClientsCommand::StartOwn(
                own_name.trim().to_owned(),
            )));
        }
        ui.add_space(super::theme::SPACE.s);
        if ui
            .button(
                RichText::new(tr(lang, "welcome.explore_demo"))
                    .size(super::theme::TEXT.welcome_body),
            )
            .clicked()
        {
            out.push(Command::Clients(ClientsCommand::StartDemo));
        }
        ui.add_space(super::theme::SPACE.xl);
        ui.label(RichText::new(tr(lang, "welcome.trainer")).weak());
        if ui.button(tr(lang, "welcome.workshop")).clicked() {
            out.push(Command::Nav(super::Screen::Workshop));
        }
    });
}
