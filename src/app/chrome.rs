//! The frame around the screens: top bar (client, language, undo, save status), banners
//! (data not being saved, read-only, damaged files), navigation, and the current screen.

use crate::ui::{ClientsCommand, ExchangeCommand, ImportCommand, SettingsCommand};
use egui::RichText;

use super::{AppState, ImportJob};
use crate::i18n::{Language, format_date, tr, tr_args};
use crate::store::{SaveStatus, SecondVersion, StoreError, SyncNotice};
use crate::ui::import::ImportView;
use crate::ui::{self, Command, Screen, ViewCtx, widgets};

/// Redo: Ctrl+Shift+Z (⌘⇧Z on macOS).
const REDO: egui::KeyboardShortcut = egui::KeyboardShortcut::new(
    egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
    egui::Key::Z,
);

/// Redo, the other common key: Ctrl+Y.
const REDO_Y: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Y);

/// Whether a text field has the keyboard focus (it then keeps Ctrl+Z for its own typing).
fn text_field_focused(ctx: &egui::Context) -> bool {
    ctx.memory(|m| m.focused())
        .is_some_and(|id| egui::text_edit::TextEditState::load(ctx, id).is_some())
}

impl AppState {
    /// Draw the whole app into `ui` and apply what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        ui::theme::apply(ui.ctx());
        self.follow_clock();
        self.poll_loading();
        self.open_pending();
        self.on_close_request(ui.ctx());
        self.close_dialog(ui.ctx());
        self.path_prompt_ui(ui.ctx());
        self.poll_instance(ui.ctx());
        self.poll_sync_notices();
        let mut out = Vec::new();
        self.exchange_ui(ui.ctx(), &mut out);
        if self.poll_import() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
        }
        // a LinkedIn export dropped on the window is read (the workshop takes its own drops)
        if self.screen != Screen::Workshop {
            let dropped = ui.input(|i| i.raw.dropped_files.clone());
            let dropped: Vec<_> = dropped
                .into_iter()
                .map(|f| f.path().to_path_buf())
                .collect();
            if let Some(path) = dropped
                .iter()
                .find(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("zip")))
            {
                out.push(Command::Import(ImportCommand::ImportFile(path.clone())));
            }
            // a client file or plan file is previewed (issue #20)
            if let Some(path) = dropped
                .into_iter()
                .find(|p| crate::exchange::Kind::of_path(p).is_some())
            {
                out.push(Command::Exchange(ExchangeCommand::Open(path)));
            }
        }
        // while a text field has the focus, Ctrl+Z and Ctrl+Y are its own (undo the typing);
        // workshop mode changes no client, so its keys stay with its fields too
        if !text_field_focused(ui.ctx()) && self.screen != Screen::Workshop {
            let redo = ui.input_mut(|i| i.consume_shortcut(&REDO) || i.consume_shortcut(&REDO_Y));
            if redo {
                out.push(Command::Redo);
            } else if ui.input_mut(|i| i.consume_shortcut(&widgets::UNDO)) {
                out.push(Command::Undo);
            }
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
                self.second_versions(ui);
                if !workshop && !self.exchange.due_dismissed && !self.is_loading() {
                    let rows = self.due_rows();
                    crate::ui::due::show(ui, self.locale(), self.today, &rows, &mut out);
                }
            });
        }
        if self.loading_anything() && !self.is_loading() {
            // the other clients arrive in the list; the loading thread wakes the window, this
            // is only in case nothing else does
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
        if self.is_loading() {
            let lang = self.lang;
            egui::CentralPanel::default().show(ui, |ui| {
                ui.centered_and_justified(|ui| {
                    ui.label(
                        RichText::new(tr(lang, "top.loading"))
                            .size(crate::ui::theme::TEXT.title)
                            .weak(),
                    );
                });
            });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(30));
            return;
        }
        let own_screen = matches!(self.screen, Screen::Import | Screen::Workshop);
        if self.clients.is_empty() && !own_screen {
            let lang = self.lang;
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui::show_welcome(ui, lang, &mut self.screens.own_name, &mut out);
                });
            });
        } else {
            if !presenter && !self.clients.is_empty() {
                self.navigation(ui, &mut out);
            }
            self.central(ui, &mut out);
        }
        for cmd in out {
            self.apply(cmd);
        }
    }

    fn top_bar(&self, ui: &mut egui::Ui, status: &SaveStatus, out: &mut Vec<Command>) {
        let lang = self.lang;
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr(lang, "common.app_name"))
                    .strong()
                    .size(crate::ui::theme::TEXT.title),
            );
            let workshop = self.screen == Screen::Workshop;
            if workshop && self.clients.is_empty() {
                ui.separator();
                if ui.button(tr(lang, "top.leave_workshop")).clicked() {
                    out.push(Command::Nav(Screen::Dashboard));
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
                    out.push(Command::Clients(ClientsCommand::SwitchClient(selected)));
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
                    out.push(Command::Settings(SettingsCommand::SetLanguage(l)));
                }
            }
            ui.separator();
            if !workshop {
                if ui
                    .add_enabled(self.can_undo(), egui::Button::new(tr(lang, "common.undo")))
                    .on_hover_text(widgets::shortcut_text(ui, &widgets::UNDO))
                    .clicked()
                {
                    out.push(Command::Undo);
                }
                if ui
                    .add_enabled(self.can_redo(), egui::Button::new(tr(lang, "undo.redo")))
                    .on_hover_text(widgets::shortcut_text(ui, &REDO))
                    .clicked()
                {
                    out.push(Command::Redo);
                }
                ui.separator();
                ui.menu_button(tr(lang, "exchange.menu"), |ui| {
                    crate::ui::exchange::menu(ui, lang, self.client().is_some(), out);
                });
            }
            match status {
                SaveStatus::Saved => {
                    ui.label(RichText::new(tr(lang, "top.saved")).color(ui::theme::good(ui)))
                }
                SaveStatus::Saving => ui.label(RichText::new(tr(lang, "top.saving")).weak()),
                SaveStatus::Failed(_) => {
                    ui.label(RichText::new(tr(lang, "top.not_saved")).color(ui::theme::error(ui)))
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
        if let Some(n) = self
            .undo_notice
            .as_ref()
            .filter(|_| self.screen != Screen::Workshop)
        {
            ui.horizontal_wrapped(|ui| {
                if self.undo_offer {
                    ui.label(n);
                    let undo = ui.button(tr(lang, "common.undo"));
                    // "Undo: message to Sam deleted", not a second plain "Undo"
                    let name = format!("{}: {n}", tr(lang, "common.undo"));
                    undo.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                    if undo.clicked() {
                        out.push(Command::Undo);
                    }
                } else {
                    ui.label(RichText::new(n).color(ui::theme::good(ui)));
                }
            });
        }
        if let Some(p) = &self.exported {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "export.done",
                    &[("path", &p.display().to_string())],
                ))
                .color(ui::theme::good(ui)),
            );
        }
        for (i, p) in self.problems.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let mut text = p.error.message(lang);
                if let Some(q) = &p.quarantined {
                    if !text.ends_with(['.', '!', '?', ':']) {
                        text.push('.');
                    }
                    text.push(' ');
                    text.push_str(&tr_args(
                        lang,
                        "top.quarantined",
                        &[("path", &q.display().to_string())],
                    ));
                }
                widgets::error_label(ui, &text);
                if let (Some(id), Some(b)) = (&p.id, &p.backup) {
                    let when = format_date(self.locale(), b.taken.date());
                    let label = tr_args(lang, "top.restore_backup", &[("date", &when)]);
                    if ui.button(label).clicked() {
                        out.push(Command::Clients(ClientsCommand::RestoreBackup(
                            id.clone(),
                            b.clone(),
                        )));
                    }
                }
                let changed = matches!(p.error, StoreError::ChangedOutside { .. });
                if let (true, Some(id), Some(q)) = (changed, &p.id, &p.quarantined)
                    && ui.button(tr(lang, "top.keep_changed")).clicked()
                {
                    out.push(Command::Clients(ClientsCommand::KeepChanged(
                        id.clone(),
                        q.clone(),
                    )));
                }
                if ui.button(tr(lang, "top.dismiss")).clicked() {
                    out.push(Command::Clients(ClientsCommand::DismissProblem(i)));
                }
            });
        }
    }

    /// The second versions of clients (sync tools' conflict copies): a notice with "keep
    /// both" and "merge". Acted on at once (the store writes; nothing else changes).
    fn second_versions(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang;
        let mut act: Option<(usize, bool)> = None;
        let mut compare = self.close.comparing;
        for (i, s) in self.close.second_versions.iter().enumerate() {
            let name = self
                .clients
                .iter()
                .find(|c| c.id == s.of)
                .map_or(s.of.0.clone(), |c| c.name.clone());
            let file = s
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr_args(
                        lang,
                        "sync.second_version",
                        &[("name", &name), ("file", &file)],
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                if ui
                    .selectable_label(compare == Some(i), tr(lang, "sync.compare"))
                    .clicked()
                {
                    compare = if compare == Some(i) { None } else { Some(i) };
                }
                if s.client.is_some() {
                    if ui.button(tr(lang, "sync.keep_both")).clicked() {
                        act = Some((i, false));
                    }
                    if self.clients.iter().any(|c| c.id == s.of)
                        && ui
                            .button(tr_args(lang, "sync.merge", &[("name", &name)]))
                            .clicked()
                    {
                        act = Some((i, true));
                    }
                }
            });
            if compare == Some(i) {
                let this = self.clients.iter().find(|c| c.id == s.of).map(|c| &**c);
                self.compare_versions(ui, this, s);
            }
        }
        self.close.comparing = compare;
        if let Some((i, merge)) = act {
            self.close.comparing = None;
            self.resolve_second_version(i, merge);
        }
    }

    /// Both versions of a client side by side: when each file changed and what each holds,
    /// so the coach can choose between keep both and merge.
    fn compare_versions(
        &self,
        ui: &mut egui::Ui,
        this: Option<&crate::model::Client>,
        second: &SecondVersion,
    ) {
        let (lang, loc) = (self.lang, self.locale());
        let Some(other) = &second.client else {
            widgets::error_label(ui, tr(lang, "sync.compare.unreadable"));
            return;
        };
        let changed = |path: &std::path::Path| {
            std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .map(|t| {
                    let t: chrono::DateTime<chrono::Local> = t.into();
                    format!("{} {}", format_date(loc, t.date_naive()), t.format("%H:%M"))
                })
                .unwrap_or_else(|| "—".to_owned())
        };
        let this_file = this.and_then(|c| self.store.as_ref().map(|st| st.client_path(&c.id)));
        let facts = |c: &crate::model::Client| -> [String; 5] {
            [
                crate::i18n::format_number(loc, c.messages.len() as f64, 0),
                crate::i18n::format_number(loc, c.activity.0.len() as f64, 0),
                crate::i18n::format_number(loc, c.readings.len() as f64, 0),
                crate::i18n::format_number(loc, c.sessions.len() as f64, 0),
                crate::i18n::format_points(loc, crate::engine::estimate(c, self.today).total()),
            ]
        };
        let ours = this.map(facts);
        let theirs = facts(other);
        egui::Grid::new(("compare", &second.file))
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                ui.label("");
                ui.label(RichText::new(tr(lang, "sync.compare.this")).strong());
                ui.label(RichText::new(tr(lang, "sync.compare.other")).strong());
                ui.end_row();
                ui.label(tr(lang, "sync.compare.changed"));
                ui.label(this_file.as_deref().map_or_else(|| "—".to_owned(), changed));
                ui.label(changed(&second.file));
                ui.end_row();
                for (row, key) in [
                    "sync.compare.messages",
                    "sync.compare.days",
                    "sync.compare.readings",
                    "sync.compare.sessions",
                    "sync.compare.estimate",
                ]
                .into_iter()
                .enumerate()
                {
                    ui.label(tr(lang, key));
                    ui.label(ours.as_ref().map_or("—", |o| o[row].as_str()));
                    ui.label(&theirs[row]);
                    ui.end_row();
                }
            });
    }

    fn resolve_second_version(&mut self, i: usize, merge: bool) {
        let (Some(store), Some(second)) = (self.store.clone(), self.close.second_versions.get(i))
        else {
            return;
        };
        let second: SecondVersion = second.clone();
        if let Some(a) = &self.autosaver {
            // what is queued for that client goes first, so the merge sees it
            a.flush();
        }
        let result = if merge {
            store.merge_second_version(&second)
        } else {
            store.keep_both(&second)
        };
        match result {
            Ok(client) => {
                self.close.second_versions.remove(i);
                // the merged version replaces this one: its undo steps would not fit it
                self.history.forget(&client.id);
                match self.clients.iter_mut().find(|c| c.id == client.id) {
                    Some(c) => *c = std::sync::Arc::new(client),
                    None => self.clients.push(std::sync::Arc::new(client)),
                }
                self.changed();
            }
            Err(e) => self.notice = Some(e.message(self.lang)),
        }
    }

    /// Tell what saves did beyond writing (another version merged in and kept), and take in
    /// the files another machine changed while nothing is queued here.
    fn poll_sync_notices(&mut self) {
        let Some(store) = &self.store else {
            return;
        };
        let lang = self.lang;
        let notices = store.take_notices();
        for n in &notices {
            let (key, id) = match n {
                SyncNotice::Merged { id, .. } => ("sync.merged", id),
                SyncNotice::KeptOther { id, .. } => ("sync.kept_other", id),
            };
            let name = self
                .clients
                .iter()
                .find(|c| &c.id == id)
                .map_or(id.0.clone(), |c| c.name.clone());
            self.notice = Some(tr_args(lang, key, &[("name", &name)]));
        }
        if !notices.is_empty() {
            // show the merged version once nothing of it is queued here any more
            self.reload_changed();
        }
    }

    /// Take in the client files another machine (a sync tool) or a script changed, for the
    /// clients with nothing queued here (called when the window gets the focus back). A
    /// client with queued edits is merged by its next save instead.
    pub fn reload_changed(&mut self) {
        let Some(a) = &self.autosaver else {
            return;
        };
        let ids: Vec<_> = self.clients.iter().map(|c| c.id.clone()).collect();
        let fresh = a.reload_changed(&ids);
        if fresh.is_empty() {
            return;
        }
        for f in fresh {
            if let Some(c) = self.clients.iter_mut().find(|c| c.id == f.id) {
                // another machine's version: this client's undo steps would not fit it
                self.history.forget(&f.id);
                *c = std::sync::Arc::new(f);
            }
        }
        self.changed();
    }

    /// Whether the window may close: everything is saved, or the user chose to quit
    /// without saving (see [`Self::show`]).
    pub fn may_close(&self) -> bool {
        self.close.quit || self.save_status().is_saved()
    }

    /// Whether the "your changes are not saved" question is showing.
    pub fn asking_to_close(&self) -> bool {
        self.close.asking
    }

    /// A close request (the window's close button) with edits that cannot be saved: cancel
    /// it and ask (save again / save a copy elsewhere / quit without saving).
    fn on_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close.quit {
            return;
        }
        if self.flush().is_saved() {
            return;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        self.close.asking = true;
    }

    fn quit(&mut self, ctx: &egui::Context) {
        self.close.quit = true;
        self.close.asking = false;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    fn close_dialog(&mut self, ctx: &egui::Context) {
        if !self.close.asking {
            return;
        }
        let lang = self.lang;
        let reason = match self.save_status() {
            SaveStatus::Failed(e) => e.message(lang),
            _ => String::new(),
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("close-unsaved")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr(lang, "close.title"));
            ui.label(tr_args(lang, "close.reason", &[("reason", &reason)]));
            if let Some(e) = &self.close.copy_error {
                widgets::error_label(ui, e);
            }
            if let Some(folder) = self.close.copy_folder.as_mut() {
                ui.label(tr(lang, "desktop.no_file_dialog"));
                let label = ui.label(tr(lang, "desktop.path_folder"));
                ui.add(egui::TextEdit::singleline(folder).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if ui.button(tr(lang, "desktop.path_save_copies")).clicked() {
                    choice = Some(CloseChoice::SaveCopyTyped);
                }
            }
            ui.add_space(crate::ui::theme::SPACE.m);
            ui.horizontal_wrapped(|ui| {
                for (key, c) in [
                    ("close.save_again", CloseChoice::SaveAgain),
                    ("close.save_copy", CloseChoice::SaveCopy),
                    ("close.quit", CloseChoice::Quit),
                    ("close.keep_open", CloseChoice::KeepOpen),
                ] {
                    if ui.button(tr(lang, key)).clicked() {
                        choice = Some(c);
                    }
                }
            });
        });
        match choice {
            Some(CloseChoice::SaveAgain) if self.flush().is_saved() => self.quit(ctx),
            Some(CloseChoice::SaveCopy) if !self.dialogs_open() => {
                self.close.copy_folder.get_or_insert_with(String::new);
            }
            Some(CloseChoice::SaveCopy) => {
                if let Some(dir) = rfd::FileDialog::new().pick_folder() {
                    self.save_copies_and_quit(ctx, &dir);
                }
            }
            Some(CloseChoice::SaveCopyTyped) => {
                let typed = self.close.copy_folder.clone().unwrap_or_default();
                if typed.trim().is_empty() {
                    self.close.copy_error = Some(tr(lang, "desktop.path_empty").to_owned());
                } else {
                    self.save_copies_and_quit(ctx, std::path::Path::new(typed.trim()));
                }
            }
            Some(CloseChoice::Quit) => self.quit(ctx),
            Some(CloseChoice::KeepOpen) => self.close.asking = false,
            Some(CloseChoice::SaveAgain) | None => {}
        }
    }

    /// Save copies to `dir` (created if missing) and quit, or say why not and stay.
    fn save_copies_and_quit(&mut self, ctx: &egui::Context, dir: &std::path::Path) {
        let lang = self.lang;
        let made = std::fs::create_dir_all(dir).map_err(|e| crate::store::StoreError::io(dir, e));
        match made.and_then(|()| self.save_copies(dir)) {
            Ok(()) => self.quit(ctx),
            Err(e) => {
                self.close.copy_error = Some(tr_args(
                    lang,
                    "close.copy_failed",
                    &[("reason", &e.message(lang))],
                ));
            }
        }
    }

    /// Write every client as it is in memory to `<dir>/<id>.ron` (a copy outside the data
    /// folder, when that cannot be written).
    pub fn save_copies(&self, dir: &std::path::Path) -> Result<(), crate::store::StoreError> {
        for c in self.clients.iter().filter(|c| !c.demo) {
            crate::store::save_client_file(&dir.join(format!("{}.ron", c.id.0)), c)?;
        }
        Ok(())
    }
}

/// What the user chose in the "changes are not saved" question.
#[derive(Debug, Clone, Copy)]
enum CloseChoice {
    SaveAgain,
    SaveCopy,
    /// The folder typed where no dialog opens.
    SaveCopyTyped,
    Quit,
    KeepOpen,
}

/// The close question and the second versions of clients on show.
#[derive(Debug, Default)]
pub struct CloseState {
    /// The question is showing.
    asking: bool,
    /// The user chose to quit (or everything was saved after asking).
    quit: bool,
    /// Why saving a copy elsewhere failed.
    copy_error: Option<String>,
    /// Where no folder dialog opens: the folder typed for the copies (Some while asked).
    copy_folder: Option<String>,
    /// Copies of client files found at start (see [`crate::store::LoadReport`]).
    pub second_versions: Vec<SecondVersion>,
    /// The second version shown side by side with the client (index into `second_versions`).
    comparing: Option<usize>,
}

impl AppState {
    fn navigation(&self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let lang = self.lang;
        let width = ui::nav_width(ui);
        egui::Panel::left("nav")
            .resizable(false)
            .exact_size(width)
            .show(ui, |ui| {
                ui.add_space(crate::ui::theme::SPACE.m);
                for s in Screen::ALL {
                    let text =
                        RichText::new(tr(lang, s.label_key())).size(crate::ui::theme::TEXT.nav);
                    let button = egui::Button::selectable(self.screen == s, text)
                        .wrap_mode(egui::TextWrapMode::Extend)
                        .min_size(egui::vec2(ui.available_width(), 0.0));
                    if ui.add(button).clicked() {
                        out.push(Command::Nav(s));
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
        let screen = self.screen;
        let totals = self.import_totals();
        let name = match &self.import {
            ImportJob::Reading { path, .. } | ImportJob::Preview { path, .. } => {
                super::import::file_name(path)
            }
            ImportJob::Idle | ImportJob::Failed(_) | ImportJob::Done(_) => String::new(),
        };
        let failed = match &self.import {
            ImportJob::Failed(e) => e.message(lang),
            ImportJob::Idle
            | ImportJob::Reading { .. }
            | ImportJob::Preview { .. }
            | ImportJob::Done(_) => String::new(),
        };
        let now = std::time::Duration::from_secs_f64(ui.input(|i| i.time).max(0.0));
        let read_only = self.read_only_reason().is_some();
        egui::CentralPanel::default().show(ui, |ui| {
            let settings = ui::SettingsInfo {
                folder: &self.data_dir,
                theme: self.theme,
                formats: self.settings.formats,
                open_after_export: self.settings.open_report_after_export,
                backups: self.backups.as_ref().map_or(&[], |(_, l)| l.as_slice()),
                read_only,
            };
            let view = match (self.clients.get(self.current), self.cache.as_ref()) {
                (Some(client), Some(cache)) => Some(ViewCtx {
                    lang,
                    region: self.region(),
                    today: self.today,
                    client,
                    clients: &self.clients,
                    current: self.current,
                    summaries: &self.summaries.list,
                    loading_more: self.loading_more(),
                    estimate: &cache.now,
                    last_week: &cache.week,
                    knobs: &cache.knobs,
                    plan: &cache.plan,
                    history: &cache.history,
                    settings: &settings,
                }),
                _ => None,
            };
            let import = match &self.import {
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
            let ctx = ui::ScreenCtx {
                lang,
                locale: self.locale(),
                drops: self.drops_work,
                now,
                view,
                import,
            };
            let state = ui::ScreenMut {
                screens: &mut self.screens,
                workshop: &mut self.workshop,
                import_target: &mut self.import_target,
            };
            if matches!(screen, Screen::Messages | Screen::Workshop) {
                // these scroll their own parts (the log's table, the workshop's panes)
                ui::show_screen(ui, screen, &ctx, state, out);
            } else {
                // each screen scrolls on its own, and opens at its top (the estimate is never
                // scrolled away by what was done on another screen)
                let mut area = egui::ScrollArea::vertical()
                    .id_salt(("screen", screen.label_key()))
                    .auto_shrink([false, false]);
                if std::mem::take(&mut state.screens.scroll_to_top) {
                    area = area.vertical_scroll_offset(0.0);
                }
                area.show(ui, |ui| {
                    ui::show_screen(ui, screen, &ctx, state, out);
                });
            }
        });
    }
}
