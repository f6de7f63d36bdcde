//! The frame around the screens: top bar (client, language, undo, save status), banners
//! (data not being saved, read-only, damaged files), navigation, and the current screen.

use egui::RichText;

use super::{AppState, ImportJob};
use crate::i18n::{Language, format_date, tr, tr_args};
use crate::store::SaveStatus;
use crate::ui::import::ImportView;
use crate::ui::{self, Command, Screen, ViewCtx, widgets};

impl AppState {
    /// Draw the whole app into `ui` and apply what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.poll_loading();
        let mut out = Vec::new();
        if self.poll_import() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
        }
        // a LinkedIn export dropped on the window is read (the workshop takes its own drops)
        if self.screen != Screen::Workshop {
            let dropped = ui.input(|i| i.raw.dropped_files.clone());
            if let Some(path) = dropped
                .into_iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("zip")))
            {
                out.push(Command::ImportFile(path));
            }
        }
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Z)) {
            out.push(Command::Undo);
        }
        let status = self.save_status();
        if matches!(status, SaveStatus::Saving) {
            // show "saved" once the background save is done
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
        let workshop = self.screen == Screen::Workshop;
        let presenter = workshop && self.workshop.presenter();
        if !presenter {
            egui::Panel::top("top").show(ui, |ui| {
                self.top_bar(ui, &status, &mut out);
                self.banners(ui, &status, &mut out);
            });
        }
        if self.is_loading() {
            let lang = self.lang;
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(|ui| {
                    ui.label(RichText::new(tr(lang, "top.loading")).size(18.0).weak());
                });
            });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(30));
            return;
        }
        if self.screen == Screen::Import {
            if !self.clients.is_empty() {
                self.navigation(ui, &mut out);
            }
            self.import_screen(ui, &mut out);
        } else if workshop {
            if !presenter && !self.clients.is_empty() {
                self.navigation(ui, &mut out);
            }
            let (lang, today, dir) = (self.lang, self.today, self.data_dir.clone());
            let now = std::time::Duration::from_secs_f64(ui.input(|i| i.time).max(0.0));
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui::workshop::show(ui, lang, today, now, &dir, &mut self.workshop);
                    });
            });
        } else if self.clients.is_empty() {
            let lang = self.lang;
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui::show_welcome(ui, lang, &mut self.screens.own_name, &mut out);
                });
            });
        } else {
            self.navigation(ui, &mut out);
            self.central(ui, &mut out);
        }
        for cmd in out {
            self.apply(cmd);
        }
        if let Some(url) = self.open_url.take() {
            ui.ctx().open_url(egui::OpenUrl::new_tab(url));
        }
    }

    fn top_bar(&self, ui: &mut egui::Ui, status: &SaveStatus, out: &mut Vec<Command>) {
        let lang = self.lang;
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr(lang, "common.app_name"))
                    .strong()
                    .size(18.0),
            );
            let workshop = self.screen == Screen::Workshop;
            if workshop && self.clients.is_empty() {
                ui.separator();
                if ui.button(tr(lang, "top.leave_workshop")).clicked() {
                    out.push(Command::Show(Screen::Dashboard));
                }
            }
            // the workshop may be on a projector: no client names there
            if let Some(c) = self.client().filter(|_| !workshop) {
                ui.separator();
                let l = ui.label(tr(lang, "top.client"));
                let mut selected = self.current;
                egui::ComboBox::from_id_salt("client")
                    .selected_text(c.name.as_str())
                    .show_ui(ui, |ui| {
                        for (i, c) in self.clients.iter().enumerate() {
                            if !c.archived || i == self.current {
                                ui.selectable_value(&mut selected, i, c.name.as_str());
                            }
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if selected != self.current {
                    out.push(Command::SwitchClient(selected));
                }
            }
            ui.separator();
            for l in Language::ALL {
                if ui
                    .selectable_label(l == lang, l.code().to_uppercase())
                    .on_hover_text(l.native_name())
                    .clicked()
                    && l != lang
                {
                    out.push(Command::SetLanguage(l));
                }
            }
            ui.separator();
            if ui
                .add_enabled(self.can_undo(), egui::Button::new(tr(lang, "common.undo")))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                out.push(Command::Undo);
            }
            match status {
                SaveStatus::Saved => {
                    ui.label(RichText::new(tr(lang, "top.saved")).color(ui::theme::GOOD))
                }
                SaveStatus::Saving => ui.label(RichText::new(tr(lang, "top.saving")).weak()),
                SaveStatus::Failed(_) => {
                    ui.label(RichText::new(tr(lang, "top.not_saved")).color(ui::theme::ERROR))
                }
            };
        });
    }

    fn banners(&self, ui: &mut egui::Ui, status: &SaveStatus, out: &mut Vec<Command>) {
        let lang = self.lang;
        if let Some(e) = self.read_only_reason() {
            widgets::error_label(
                ui,
                &tr_args(lang, "top.read_only", &[("reason", &e.message(lang))]),
            );
        } else if let SaveStatus::Failed(e) = status {
            widgets::error_label(
                ui,
                &tr_args(lang, "top.not_saving", &[("reason", &e.message(lang))]),
            );
        }
        if let Some(n) = &self.notice {
            widgets::error_label(ui, n);
        }
        if let Some(p) = &self.exported {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "export.done",
                    &[("path", &p.display().to_string())],
                ))
                .color(ui::theme::GOOD),
            );
        }
        for (i, p) in self.problems.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let mut text = p.error.message(lang);
                if let Some(q) = &p.quarantined {
                    text.push(' ');
                    text.push_str(&tr_args(
                        lang,
                        "top.quarantined",
                        &[("path", &q.display().to_string())],
                    ));
                }
                widgets::error_label(ui, &text);
                if let (Some(id), Some(b)) = (&p.id, &p.backup) {
                    let when = format_date(lang, b.taken.date());
                    let label = tr_args(lang, "top.restore_backup", &[("date", &when)]);
                    if ui.button(label).clicked() {
                        out.push(Command::RestoreBackup(id.clone(), b.clone()));
                    }
                }
                if ui.button(tr(lang, "top.dismiss")).clicked() {
                    out.push(Command::DismissProblem(i));
                }
            });
        }
    }

    fn navigation(&self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let lang = self.lang;
        egui::Panel::left("nav")
            .resizable(false)
            .default_size(ui::theme::NAV_WIDTH)
            .show(ui, |ui| {
                ui.add_space(8.0);
                for s in Screen::ALL {
                    if ui
                        .selectable_label(
                            self.screen == s,
                            RichText::new(tr(lang, s.label_key())).size(15.0),
                        )
                        .clicked()
                    {
                        out.push(Command::Show(s));
                    }
                }
            });
    }

    fn central(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        self.refresh();
        if self.screen == Screen::Settings {
            // the backup list is read from disk once per visit
            self.backups();
        }
        let lang = self.lang;
        let data_dir = self.data_dir.clone();
        egui::CentralPanel::default().show(ui, |ui| {
            let (Some(client), Some(cache)) = (self.clients.get(self.current), self.cache.as_ref())
            else {
                return;
            };
            let ctx = ViewCtx {
                lang,
                today: self.today,
                client,
                clients: &self.clients,
                current: self.current,
                summaries: &cache.summaries,
                estimate: &cache.now,
                last_week: &cache.week,
                knobs: &cache.knobs,
                plan: &cache.plan,
                history: &cache.history,
            };
            let info = ui::SettingsInfo {
                data_dir: &data_dir,
                theme: self.theme,
                open_after_export: self.settings.open_report_after_export,
                backups: self.backups.as_ref().map_or(&[], |(_, l)| l.as_slice()),
                read_only: self.read_only_reason().is_some(),
            };
            if self.screen == Screen::Messages {
                ui::show_screen(ui, self.screen, &ctx, &mut self.screens, &info, out);
            } else {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui::show_screen(ui, self.screen, &ctx, &mut self.screens, &info, out);
                    });
            }
        });
    }

    fn import_screen(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let lang = self.lang;
        let totals = self.import_totals();
        let name = match &self.import {
            ImportJob::Reading { path, .. } | ImportJob::Preview { path, .. } => {
                super::import::file_name(path)
            }
            _ => String::new(),
        };
        let failed = match &self.import {
            ImportJob::Failed(e) => e.message(lang),
            _ => String::new(),
        };
        let view = match &self.import {
            ImportJob::Idle => ImportView::Idle,
            ImportJob::Reading { .. } => ImportView::Reading { file: &name },
            ImportJob::Preview { import, .. } => ImportView::Preview {
                file: &name,
                import,
                totals,
            },
            ImportJob::Failed(_) => ImportView::Failed(&failed),
            ImportJob::Done(text) => ImportView::Done(text),
        };
        let clients = &self.clients;
        let target = &mut self.import_target;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui::import::show(ui, lang, clients, &view, target, out);
                });
        });
    }
}
