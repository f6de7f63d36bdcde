//! Settings: language, theme, formats (region), data folder, about.

use egui::RichText;

use super::{Command, ViewCtx, widgets};
use crate::i18n::{Language, format_date, format_number, tr, tr_args};
use crate::model::{FormatsChoice, Theme};
use crate::store::{BackupInfo, BackupKind};

/// What the settings screen shows besides the choices.
pub struct SettingsInfo<'a> {
    /// The data folder.
    pub data_dir: &'a std::path::Path,
    /// The current theme.
    pub theme: Theme,
    /// How dates, numbers and CSV files are written: the system's region or a chosen one.
    pub formats: FormatsChoice,
    /// Open a report in the browser after exporting it.
    pub open_after_export: bool,
    /// The current client's backups, newest first.
    pub backups: &'a [BackupInfo],
    /// Another copy of the app has the data folder open.
    pub read_only: bool,
}

/// Draw the settings. `pending` is the backup waiting for its restore to be confirmed.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    info: &SettingsInfo<'_>,
    pending: &mut Option<std::path::PathBuf>,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
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
    formats(ui, ctx, info.formats, out);
    widgets::section(ui, tr(lang, "settings.data"));
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(info.data_dir.display().to_string()).monospace());
        if ui.button(tr(lang, "settings.open_folder")).clicked() {
            out.push(Command::OpenDataFolder);
        }
    });
    ui.label(RichText::new(tr(lang, "settings.data_note")).weak());
    backups(ui, ctx, info, pending, out);
    widgets::section(ui, tr(lang, "settings.about"));
    ui.label(format!("SSI Coach {}", env!("CARGO_PKG_VERSION")));
    ui.label(tr(lang, "caution.estimate_not_linkedin"));
    ui.label(tr(lang, "settings.offline"));
}

/// "Formats": the system's region or a chosen one, with an example of each.
fn formats(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, current: FormatsChoice, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    widgets::section(ui, tr(lang, "desktop.formats"));
    ui.horizontal_wrapped(|ui| {
        for f in FormatsChoice::ALL {
            let key = match f {
                FormatsChoice::System => "desktop.formats.system",
                FormatsChoice::EnglishUs => "desktop.formats.en_us",
                FormatsChoice::EnglishUk => "desktop.formats.en_gb",
                FormatsChoice::Dutch => "desktop.formats.nl",
                FormatsChoice::Danish => "desktop.formats.da",
            };
            if ui.selectable_label(current == f, tr(lang, key)).clicked() && current != f {
                out.push(Command::SetFormats(f));
            }
        }
    });
    let loc = ctx.locale();
    ui.label(
        RichText::new(tr_args(
            lang,
            "desktop.formats.example",
            &[
                ("date", &format_date(loc, ctx.today)),
                ("number", &format_number(loc, 1234.5, 1)),
                ("csv", &loc.region.csv_separator().to_string()),
            ],
        ))
        .weak(),
    );
}

/// The current client's backups: restore one in two clicks (Restore, then confirm).
fn backups(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    info: &SettingsInfo<'_>,
    pending: &mut Option<std::path::PathBuf>,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    widgets::section(
        ui,
        &tr_args(
            lang,
            "settings.backups",
            &[("name", ctx.client.name.as_str())],
        ),
    );
    ui.label(RichText::new(tr(lang, "settings.backups_note")).weak());
    if info.backups.is_empty() {
        ui.label(RichText::new(tr(lang, "settings.no_backups")).weak());
        return;
    }
    egui::Grid::new("backups").striped(true).show(ui, |ui| {
        for b in info.backups.iter().take(40) {
            let local =
                chrono::DateTime::<chrono::Utc>::from_naive_utc_and_offset(b.taken, chrono::Utc)
                    .with_timezone(&chrono::Local)
                    .naive_local();
            ui.label(format!(
                "{} {}",
                format_date(loc, local.date()),
                local.format("%H:%M:%S")
            ));
            ui.label(match b.kind {
                BackupKind::Saved => tr(lang, "settings.backup_saved").to_owned(),
                BackupKind::BeforeMigration(n) => tr_args(
                    lang,
                    "settings.backup_migration",
                    &[("schema", &n.to_string())],
                ),
            });
            if pending.as_ref() == Some(&b.path) {
                if ui
                    .add_enabled(
                        !info.read_only,
                        egui::Button::new(tr(lang, "settings.restore_confirm")),
                    )
                    .clicked()
                {
                    out.push(Command::RestoreBackup(ctx.client.id.clone(), b.clone()));
                    *pending = None;
                }
                if ui.button(tr(lang, "common.cancel")).clicked() {
                    *pending = None;
                }
            } else if ui
                .add_enabled(
                    !info.read_only,
                    egui::Button::new(tr(lang, "settings.restore")),
                )
                .clicked()
            {
                *pending = Some(b.path.clone());
            }
            ui.end_row();
        }
    });
}
