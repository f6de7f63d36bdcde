//! The import of a LinkedIn export: read on a background thread, previewed, merged into a
//! client through the same command path as every other edit (undo, autosave).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use super::AppState;
use crate::i18n::{count, tr_args};
use crate::import::{Import, ImportError, read_zip_file};

/// Where an import stands.
#[derive(Debug, Default)]
pub enum ImportJob {
    /// Nothing going on.
    #[default]
    Idle,
    /// Being read.
    Reading {
        /// The file.
        path: PathBuf,
        /// The reader thread's answer.
        rx: Receiver<Result<Import, ImportError>>,
    },
    /// Read, waiting for the user.
    Preview {
        /// The file.
        path: PathBuf,
        /// What it holds.
        import: Box<Import>,
    },
    /// Could not be read.
    Failed(ImportError),
    /// Merged; the summary in the user's language.
    Done(String),
}

/// The client "Import into: a new client" makes: named from the export's Profile.csv.
fn new_client_for(app: &AppState, _index: usize) -> crate::model::Client {
    let name = match &app.import {
        ImportJob::Preview { import, .. } => import.profile_name.clone(),
        _ => None,
    }
    .unwrap_or_else(|| crate::i18n::tr(app.lang, "import.new_client_name").to_owned());
    crate::model::Client::new(app.new_client_id(&name), name, app.today)
}

pub(super) fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl AppState {
    /// Start reading `path` on a background thread (the screen shows a progress bar).
    pub fn start_import(&mut self, path: PathBuf) {
        let (tx, rx) = std::sync::mpsc::channel();
        let p = path.clone();
        let spawned = std::thread::Builder::new()
            .name("ssi-coach-import".to_owned())
            .spawn(move || {
                let _ = tx.send(read_zip_file(&p));
            });
        self.import = match spawned {
            Ok(_) => ImportJob::Reading { path, rx },
            Err(e) => ImportJob::Failed(ImportError::Io {
                path: path.display().to_string(),
                source: e,
            }),
        };
        self.import_target = self.current;
        self.import_totals = None;
        self.screen = crate::ui::Screen::Import;
    }

    /// Wait for a running import to finish (tests; the app polls each frame instead).
    pub fn wait_for_import(&mut self) {
        if let ImportJob::Reading { path, rx } = std::mem::take(&mut self.import) {
            self.import = match rx.recv() {
                Ok(Ok(import)) => ImportJob::Preview {
                    path,
                    import: Box::new(import),
                },
                Ok(Err(e)) => ImportJob::Failed(e),
                Err(_) => ImportJob::Idle,
            };
        }
    }

    /// Take the reader thread's answer if it is there. True while still reading.
    pub(super) fn poll_import(&mut self) -> bool {
        let ImportJob::Reading { rx, .. } = &self.import else {
            return false;
        };
        let answer = match rx.try_recv() {
            Ok(a) => Some(a),
            Err(TryRecvError::Empty) => return true,
            Err(TryRecvError::Disconnected) => None,
        };
        let ImportJob::Reading { path, .. } = std::mem::take(&mut self.import) else {
            return false;
        };
        self.import = match answer {
            Some(Ok(import)) => ImportJob::Preview {
                path,
                import: Box::new(import),
            },
            Some(Err(e)) => ImportJob::Failed(e),
            None => ImportJob::Idle,
        };
        false
    }

    /// The chosen client's estimated total today before and after merging the previewed
    /// import: computed once per client choice and change, not per frame.
    pub(super) fn import_totals(&mut self) -> (f64, f64) {
        let key = (self.import_target, self.revision);
        if let Some((k, totals)) = self.import_totals
            && k == key
        {
            return totals;
        }
        let fresh;
        let client = match self.clients.get(self.import_target) {
            Some(c) => c,
            None => {
                fresh = new_client_for(self, self.import_target);
                &fresh
            }
        };
        let totals = match (&self.import, client) {
            (ImportJob::Preview { import, .. }, c) => {
                let mut merged = c.clone();
                crate::import::merge(&mut merged, import, self.today);
                (
                    crate::engine::estimate(c, self.today).total(),
                    crate::engine::estimate(&merged, self.today).total(),
                )
            }
            _ => (0.0, 0.0),
        };
        self.import_totals = Some((key, totals));
        totals
    }

    /// The user chose the date of an export that did not say when it was made.
    pub(super) fn set_import_date(&mut self, day: crate::model::Date) {
        if let ImportJob::Preview { import, .. } = &mut self.import {
            import.set_as_of(day, self.today);
            self.import_totals = None;
        }
    }

    /// Merge the previewed import into the client at `index` (undo brings it back); one past
    /// the last client makes a new client, named from the export's Profile.csv.
    pub(super) fn accept_import(&mut self, index: usize) {
        let ImportJob::Preview { .. } = &self.import else {
            return;
        };
        let index = if index >= self.clients.len() {
            let client = new_client_for(self, index);
            let id = client.id.clone();
            self.add_client(client);
            self.clients
                .iter()
                .position(|c| c.id == id)
                .unwrap_or_default()
        } else {
            index
        };
        let ImportJob::Preview { import, .. } = &self.import else {
            return;
        };
        let import = import.clone();
        let Some(id) = self.clients.get(index).map(|c| c.id.clone()) else {
            return;
        };
        let today = self.today;
        let mut merged = None;
        // an import changes too much to list: its undo step keeps the client before and after
        self.edit_in_place(&id, |c| {
            let before = c.clone();
            let summary = crate::import::merge(c, &import, today);
            let step = (*c != before).then(|| {
                crate::edit::Step::whole(before, c, crate::edit::Label::new("undo.import"))
            });
            let changed = step.is_some();
            merged = Some((summary, c.name.clone(), step));
            changed
        });
        let Some((summary, name, step)) = merged else {
            return;
        };
        let index = self
            .clients
            .iter()
            .position(|c| c.id == id)
            .unwrap_or(index);
        if let Some(step) = step {
            self.undo_notice = None;
            self.record_edit(id, step);
        }
        let lang = self.lang;
        let text = if summary.is_empty() {
            tr_args(lang, "import.nothing_new", &[("name", &name)])
        } else {
            tr_args(
                lang,
                "import.merged",
                &[
                    ("name", &name),
                    (
                        "messages",
                        &count(lang, "common.count.messages", summary.messages_added),
                    ),
                    (
                        "days",
                        &count(
                            lang,
                            "common.count.activity_days",
                            summary.activity_days_changed,
                        ),
                    ),
                    (
                        "items",
                        &count(
                            lang,
                            "common.count.profile_items",
                            summary.profile_items_ticked,
                        ),
                    ),
                ],
            )
        };
        self.import = ImportJob::Done(text);
        if index != self.current {
            self.select(index);
        }
        self.changed();
        self.save_current();
    }
}
