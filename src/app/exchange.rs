//! The coaching files (issue #20): dialogs, reads and atomic writes the screens ask for with
//! [`ExchangeCommand`]s. A client file or plan file is read and previewed first; applying it
//! is one undo step (the client before and after, as a LinkedIn import). The calendar and
//! the printable report are written through the store's atomic write.

use std::path::Path;
use std::sync::Arc;

use super::AppState;
use crate::exchange::{self, Kind, Opened};
use crate::i18n::{tr, tr_args};
use crate::ui::exchange::{ExchangeCommand, Preview};

/// The file choices of the coaching files (a dialog, or the path field where none opens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeDialog {
    /// Where to save the client file.
    SaveClientFile {
        /// Whether message texts and names go in.
        with_texts: bool,
    },
    /// Which client file or plan file to read.
    Open,
    /// Where to save the plan file of this session.
    SavePlan(u64),
    /// Where to save the calendar.
    Calendar,
}

impl ExchangeDialog {
    /// Whether the choice is where to save (not what to read).
    pub fn saves(self) -> bool {
        !matches!(self, Self::Open)
    }

    /// The i18n key of the dialog's title.
    pub fn title_key(self) -> &'static str {
        match self {
            Self::SaveClientFile { .. } => "exchange.dialog.save_client",
            Self::Open => "exchange.dialog.open",
            Self::SavePlan(_) => "exchange.dialog.save_plan",
            Self::Calendar => "exchange.dialog.calendar",
        }
    }
}

/// The "due today" rows and what they were made for (the generation of the clients' due
/// items, today, language).
pub(super) type DueCache = Option<(
    (u64, crate::model::Date, crate::i18n::Language),
    Arc<crate::ui::due::Due>,
)>;

/// A fresh nonce for the print script of one page (only the page's own script may run).
fn nonce() -> String {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let seed = format!("{}-{}", t.as_nanos(), std::process::id());
    format!("{:016x}", crate::store::content_hash(seed.as_bytes()))
}

impl AppState {
    /// Apply one coaching-file command.
    pub(super) fn apply_exchange(&mut self, cmd: ExchangeCommand) {
        match cmd {
            ExchangeCommand::SendToCoach => {
                if self.client().is_some() {
                    self.exchange.send = Some(true);
                }
            }
            ExchangeCommand::SaveClientFile { with_texts } => {
                self.exchange.send = None;
                let Some(c) = self.client() else {
                    return;
                };
                let name = exchange::export_client(c, self.today, with_texts).file_name();
                self.save_dialog(
                    super::exchange::ExchangeDialog::SaveClientFile { with_texts },
                    &name,
                    Kind::Client.extension(),
                );
            }
            ExchangeCommand::SaveClientFileTo { with_texts, path } => {
                self.exchange.send = None;
                self.save_client_file(with_texts, &path);
            }
            ExchangeCommand::Pick => {
                if !self.dialogs_open() {
                    self.ask_path(super::portal::PathPurpose::Exchange(ExchangeDialog::Open));
                    return;
                }
                let picked = rfd::FileDialog::new()
                    .set_title(tr(self.lang, "exchange.dialog.open"))
                    .add_filter(
                        tr(self.lang, "exchange.filter"),
                        &[Kind::Client.extension(), Kind::Plan.extension()],
                    )
                    .pick_file();
                if let Some(path) = picked {
                    self.open_exchange_file(&path);
                }
            }
            ExchangeCommand::Open(path) => self.open_exchange_file(&path),
            ExchangeCommand::SetTarget(i) => self.set_exchange_target(i),
            ExchangeCommand::Apply => self.apply_exchange_file(),
            ExchangeCommand::Close => {
                self.exchange.send = None;
                self.exchange.preview = None;
                self.exchange.error = None;
                self.exchange.done = None;
            }
            ExchangeCommand::SavePlan(session) => {
                let Some(c) = self.client() else {
                    return;
                };
                let Some(plan) = exchange::export_plan(c, session, self.today, c.language) else {
                    return;
                };
                self.save_dialog(
                    ExchangeDialog::SavePlan(session),
                    &plan.file_name(),
                    Kind::Plan.extension(),
                );
            }
            ExchangeCommand::SavePlanTo(session, path) => self.save_plan(session, &path),
            ExchangeCommand::Calendar => {
                self.save_dialog(
                    ExchangeDialog::Calendar,
                    &format!("ssi-coach-{}.ics", self.today.format("%Y-%m-%d")),
                    "ics",
                );
            }
            ExchangeCommand::CalendarTo(path) => self.save_calendar(&path),
            ExchangeCommand::Print => self.print_report(),
            ExchangeCommand::DismissDue => self.exchange.due_dismissed = true,
        }
    }

    /// Ask where to save with a dialog (or the path field where none opens), then save.
    fn save_dialog(&mut self, dialog: ExchangeDialog, file_name: &str, extension: &str) {
        if !self.dialogs_open() {
            self.ask_path(super::portal::PathPurpose::Exchange(dialog));
            return;
        }
        let picked = rfd::FileDialog::new()
            .set_title(tr(self.lang, dialog.title_key()))
            .set_file_name(file_name)
            .add_filter(extension, &[extension])
            .save_file();
        if let Some(path) = picked {
            self.exchange_path(dialog, &path);
        }
    }

    /// The answer of a dialog or the path field.
    pub(super) fn exchange_path(&mut self, dialog: ExchangeDialog, path: &Path) {
        match dialog {
            ExchangeDialog::SaveClientFile { with_texts } => {
                self.save_client_file(with_texts, path);
            }
            ExchangeDialog::Open => self.open_exchange_file(path),
            ExchangeDialog::SavePlan(session) => self.save_plan(session, path),
            ExchangeDialog::Calendar => self.save_calendar(path),
        }
    }

    /// Write `bytes` to `path` (chosen by the user) and say where it went, or why not.
    fn write_export(&mut self, path: &Path, bytes: Result<Vec<u8>, String>) {
        match bytes
            .and_then(|b| crate::store::write_file(path, &b).map_err(|e| e.message(self.lang)))
        {
            Ok(()) => {
                self.notice = None;
                self.exported = Some(path.to_path_buf());
            }
            Err(reason) => {
                self.notice = Some(tr_args(
                    self.lang,
                    "export.failed",
                    &[("reason", &reason), ("path", &path.display().to_string())],
                ));
            }
        }
    }

    /// Save the current client's client file at `path`.
    pub fn save_client_file(&mut self, with_texts: bool, path: &Path) {
        let Some(c) = self.client() else {
            return;
        };
        let text = exchange::export_client(c, self.today, with_texts)
            .to_text()
            .map(String::into_bytes)
            .map_err(|e| e.message(self.lang));
        self.write_export(path, text);
    }

    /// Save the plan file of the current client's session `session` at `path`.
    pub fn save_plan(&mut self, session: u64, path: &Path) {
        let Some(c) = self.client() else {
            return;
        };
        let text = match exchange::export_plan(c, session, self.today, c.language) {
            Some(plan) => plan
                .to_text()
                .map(String::into_bytes)
                .map_err(|e| e.message(self.lang)),
            None => Err(tr(self.lang, "exchange.no_session").to_owned()),
        };
        self.write_export(path, text);
    }

    /// Save the due items of every client (not the demo) as a calendar at `path`.
    pub fn save_calendar(&mut self, path: &Path) {
        let clients: Vec<&crate::model::Client> = self
            .clients
            .iter()
            .filter(|c| !c.demo)
            .map(|c| &**c)
            .collect();
        let stamp = chrono::Utc::now().naive_utc();
        let ics = crate::report::ics::calendar(&clients, self.lang, stamp);
        self.write_export(path, Ok(ics.into_bytes()));
    }

    /// Write the current client's report with a print dialog on loading to
    /// `<data folder>/reports/` and open it in the system's program for HTML files.
    pub fn print_report(&mut self) {
        let Some(c) = self.client() else {
            return;
        };
        let html = crate::report::session_report(c, self.today, c.language);
        let page = exchange::printable(&html, &nonce());
        let dir = self.data_dir.join("reports");
        let path = dir.join(format!(
            "report-{}-{}.html",
            c.id.0,
            self.today.format("%Y-%m-%d")
        ));
        let written = std::fs::create_dir_all(&dir)
            .map_err(|e| crate::store::StoreError::io(&dir, e))
            .and_then(|()| crate::store::write_file(&path, page.as_bytes()));
        match written {
            Ok(()) => {
                self.notice = None;
                self.exchange.done = Some(tr_args(
                    self.lang,
                    "exchange.print.done",
                    &[("path", &path.display().to_string())],
                ));
                self.open_in_system(&path);
            }
            Err(e) => {
                self.notice = Some(tr_args(
                    self.lang,
                    "export.failed",
                    &[
                        ("reason", &e.message(self.lang)),
                        ("path", &path.display().to_string()),
                    ],
                ));
            }
        }
    }

    /// Open a file handed to the app ("Open with", a second launch, `--import`): a client file
    /// or plan file is previewed, anything else is read as a LinkedIn export.
    pub fn open_file(&mut self, path: std::path::PathBuf) {
        if self.loading_anything() {
            // a file handed over at start waits for every client: matched against a list
            // still filling in it could be previewed as a new client with wrong counts
            self.pending_open.push(path);
            return;
        }
        if Kind::of_path(&path).is_some() {
            self.open_exchange_file(&path);
        } else {
            self.start_import(path);
        }
    }

    /// Open the files handed over while the clients were still being read.
    pub(super) fn open_pending(&mut self) {
        if self.loading_anything() || self.pending_open.is_empty() {
            return;
        }
        for path in std::mem::take(&mut self.pending_open) {
            self.open_file(path);
        }
    }

    /// Read a client file or plan file and preview it; a file that cannot be taken in says
    /// why (nothing changes).
    pub fn open_exchange_file(&mut self, path: &Path) {
        self.exchange.send = None;
        self.exchange.done = None;
        match exchange::read(path) {
            Ok(Opened::Client(file, checksum)) => {
                let target = exchange::find_match(self.clients.iter().map(|c| &**c), &file)
                    .unwrap_or(self.clients.len());
                self.exchange.error = None;
                self.exchange.preview = Some(Preview::Client {
                    file,
                    checksum,
                    target,
                    summary: exchange::MergeSummary::default(),
                });
                self.set_exchange_target(target);
            }
            Ok(Opened::Plan(plan)) => {
                let Some(c) = self.client() else {
                    self.exchange.error = Some(tr(self.lang, "export.no_client").to_owned());
                    return;
                };
                let mut after = c.clone();
                let summary = exchange::apply_plan(&mut after, &plan, self.today);
                self.exchange.error = None;
                self.exchange.preview = Some(Preview::Plan { plan, summary });
            }
            Err(e) => {
                self.exchange.preview = None;
                self.exchange.error = Some(e.message(self.lang));
            }
        }
    }

    /// Point the previewed client file at the client `target` and count what would change.
    fn set_exchange_target(&mut self, target: usize) {
        let today = self.today;
        let fresh;
        let Some(Preview::Client {
            file,
            checksum,
            target: t,
            summary,
        }) = self.exchange.preview.as_mut()
        else {
            return;
        };
        let target = target.min(self.clients.len());
        *t = target;
        *summary = match self.clients.get(target) {
            Some(c) => {
                let mut merged = (**c).clone();
                exchange::merge_client_file(&mut merged, file, checksum, today)
            }
            None => {
                fresh = exchange::new_client_from(file, checksum, file.client.id.clone(), today);
                fresh.1
            }
        };
    }

    /// Apply the previewed file: one undo step.
    fn apply_exchange_file(&mut self) {
        let Some(preview) = self.exchange.preview.take() else {
            return;
        };
        let today = self.today;
        let lang = self.lang;
        match preview {
            Preview::Client {
                file,
                checksum,
                target,
                ..
            } => {
                let id = match self.clients.get(target) {
                    Some(c) => c.id.clone(),
                    None => {
                        let id = if file.client.id.is_valid()
                            && !self.clients.iter().any(|c| c.id == file.client.id)
                        {
                            file.client.id.clone()
                        } else {
                            self.new_client_id(&file.client.name)
                        };
                        // an empty client first, then the file as one undo step (as a LinkedIn
                        // import into a new client)
                        let client = exchange::client_file::bare_client_from(&file, id, today);
                        let id = client.id.clone();
                        self.add_client(client);
                        id
                    }
                };
                let changed = self.edit_whole(&id, "exchange.undo.client_file", |c| {
                    exchange::merge_client_file(c, &file, &checksum, today);
                });
                let name = self
                    .clients
                    .iter()
                    .find(|c| c.id == id)
                    .map_or_else(String::new, |c| c.name.clone());
                self.exchange.done = Some(tr_args(
                    lang,
                    if changed {
                        "exchange.done.merged"
                    } else {
                        "exchange.done.nothing"
                    },
                    &[("name", &name)],
                ));
                if let Some(i) = self.clients.iter().position(|c| c.id == id)
                    && i != self.current
                {
                    self.select(i);
                }
            }
            Preview::Plan { plan, .. } => {
                let Some(id) = self.client().map(|c| c.id.clone()) else {
                    return;
                };
                let changed = self.edit_whole(&id, "exchange.undo.plan_file", |c| {
                    exchange::apply_plan(c, &plan, today);
                });
                let mut text = tr(
                    lang,
                    if changed {
                        "exchange.done.plan"
                    } else {
                        "exchange.done.plan_nothing"
                    },
                )
                .to_owned();
                if !plan.report.is_empty() {
                    let dir = self.data_dir.join("reports");
                    let path = dir.join(format!(
                        "plan-{}-{}.html",
                        id.0,
                        plan.session.format("%Y-%m-%d")
                    ));
                    let written = std::fs::create_dir_all(&dir)
                        .map_err(|e| crate::store::StoreError::io(&dir, e))
                        .and_then(|()| crate::store::write_file(&path, plan.report.as_bytes()));
                    match written {
                        Ok(()) => {
                            text.push('\n');
                            text.push_str(&tr_args(
                                lang,
                                "exchange.done.report",
                                &[("path", &path.display().to_string())],
                            ));
                        }
                        Err(e) => self.notice = Some(e.message(lang)),
                    }
                }
                self.exchange.done = Some(text);
            }
        }
    }

    /// Change the client `id` with `change` as one undo step that keeps the whole client
    /// before and after (labelled `label`); whether anything changed.
    fn edit_whole(
        &mut self,
        id: &crate::model::ClientId,
        label: &'static str,
        change: impl FnOnce(&mut crate::model::Client),
    ) -> bool {
        let mut step = None;
        self.edit_in_place(id, |c| {
            let before = c.clone();
            change(c);
            let changed = *c != before;
            if changed {
                step = Some(crate::edit::Step::whole(
                    before,
                    c,
                    crate::edit::Label::new(label),
                ));
            }
            changed
        });
        let Some(step) = step else {
            return false;
        };
        self.undo_notice = None;
        self.record_edit(id.clone(), step);
        self.save_soon();
        true
    }

    /// Draw the coaching files' windows (send, preview, message) over the screen.
    pub(super) fn exchange_ui(&mut self, ctx: &egui::Context, out: &mut Vec<crate::ui::Command>) {
        let loc = self.locale();
        crate::ui::exchange::show(
            ctx,
            loc,
            &self.clients,
            self.current,
            &mut self.exchange,
            out,
        );
    }

    /// The due rows for the card, kept until something changes.
    pub fn due_rows(&mut self) -> Arc<crate::ui::due::Due> {
        // from each client's due items, kept with the clients list's figures
        self.refresh();
        let key = (self.summaries.due_generation, self.today, self.lang);
        if let Some((k, rows)) = &self.due_cache
            && *k == key
        {
            return Arc::clone(rows);
        }
        let items: Vec<&[crate::ui::due::DueItem]> =
            self.summaries.list.iter().map(|s| &*s.due).collect();
        let rows = Arc::new(crate::ui::due::due_rows_of(
            &self.clients,
            &items,
            self.locale(),
        ));
        self.due_cache = Some((key, Arc::clone(&rows)));
        rows
    }
}
