//! The first-run welcome.

use crate::ui::ClientsCommand;
use egui::RichText;

use super::Command;
use crate::i18n::{Language, tr};

/// The welcome page: what the estimate is and is not, and three ways to start (the own
/// profile is the main one), in a column narrow enough to read.
pub fn show(ui: &mut egui::Ui, lang: Language, own_name: &mut String, out: &mut Vec<Command>) {
    let width = ui.available_width().min(super::theme::LAYOUT_READABLE);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            column(ui, lang, own_name, out);
        });
    });
}

fn column(ui: &mut egui::Ui, lang: Language, own_name: &mut String, out: &mut Vec<Command>) {
    use super::theme::{SPACE, TEXT};
    ui.add_space(SPACE.xxl);
    ui.label(
        RichText::new(tr(lang, "welcome.title"))
            .size(TEXT.welcome)
            .strong(),
    );
    ui.add_space(SPACE.xl);
    for key in ["welcome.p1", "welcome.p2", "welcome.p3"] {
        ui.label(RichText::new(tr(lang, key)).size(TEXT.heading));
        ui.add_space(SPACE.m);
    }
    ui.add_space(SPACE.l);
    let label = ui.label(tr(lang, "welcome.your_name"));
    ui.add(egui::TextEdit::singleline(own_name).desired_width(280.0))
        .labelled_by(label.id);
    ui.add_space(SPACE.m);
    let start = RichText::new(tr(lang, "welcome.start_own")).size(TEXT.welcome_body);
    if super::widgets::primary_button(ui, start).clicked() {
        out.push(Command::Clients(ClientsCommand::StartOwn(
            own_name.trim().to_owned(),
        )));
    }
    ui.add_space(SPACE.m);
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr(lang, "welcome.from_export")).clicked() {
            // the own profile first, then straight to the export's preview
            out.push(Command::Clients(ClientsCommand::StartOwn(
                own_name.trim().to_owned(),
            )));
            out.push(Command::Nav(super::Screen::Import));
        }
        if ui.button(tr(lang, "welcome.explore_demo")).clicked() {
            out.push(Command::Clients(ClientsCommand::StartDemo));
        }
    });
    ui.add_space(SPACE.xl);
    ui.separator();
    ui.label(RichText::new(tr(lang, "welcome.trainer")).weak());
    if ui.button(tr(lang, "welcome.workshop")).clicked() {
        out.push(Command::Nav(super::Screen::Workshop));
    }
}
