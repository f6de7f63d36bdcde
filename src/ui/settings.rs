//! Settings: language, theme, data folder, about.

use egui::RichText;

use super::{Command, widgets};
use crate::i18n::{Language, tr};
use crate::model::Theme;
use crate::store::BackupInfo;

/// What the settings screen shows besides the choices.
pub struct SettingsInfo<'a> {
    /// The data folder.
    pub data_dir: &'a std::path::Path,
    /// The current theme.
    pub theme: Theme,
    /// Open a report in the browser after exporting it.
    pub open_after_export: bool,
    /// The current client's backups, newest first.
    pub backups: &'a [BackupInfo],
    /// Another copy of the app has the data folder open.
    pub read_only: bool,
}

/// Draw the settings.
pub fn show(ui: &mut egui::Ui, lang: Language, info: &SettingsInfo<'_>, out: &mut Vec<Command>) {
    ui.heading(tr(lang, "screen.settings"));
    widgets::section(ui, tr(lang, "settings.language"));
    ui.horizontal(|ui| {
        for l in Language::ALL {
            if ui.selectable_label(l == lang, l.native_name()).clicked() && l != lang {
                out.push(Command::SetLanguage(l));
            }
        }
    });
    widgets::section(ui, tr(lang, "settings.theme"));
    ui.horizontal(|ui| {
        for (t, key) in [
            (Theme::System, "settings.theme.system"),
            (Theme::Light, "settings.theme.light"),
            (Theme::Dark, "settings.theme.dark"),
        ] {
            if ui
                .selectable_label(info.theme == t, tr(lang, key))
                .clicked()
            {
                out.push(Command::SetTheme(t));
            }
        }
    });
    widgets::section(ui, tr(lang, "settings.data"));
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(info.data_dir.display().to_string()).monospace());
        if ui.button(tr(lang, "settings.open_folder")).clicked() {
            ui.ctx().open_url(egui::OpenUrl::new_tab(format!(
                "file://{}",
                info.data_dir.display()
            )));
        }
    });
    ui.label(RichText::new(tr(lang, "settings.data_note")).weak());
    widgets::section(ui, tr(lang, "settings.about"));
    ui.label(format!("SSI Coach {}", env!("CARGO_PKG_VERSION")));
    ui.label(tr(lang, "caution.estimate_not_linkedin"));
    ui.label(tr(lang, "settings.offline"));
}
