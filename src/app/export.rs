//! Exports of the current client: the session report (HTML) and the logs (CSV), written
//! atomically where the user chose, the report optionally opened in the system's program for
//! HTML files (see `desktop::open_target`).

use std::path::Path;

use super::AppState;
use crate::i18n::{tr, tr_args};
use crate::model::Client;
use crate::report;
use crate::ui::Export;

/// Why an export failed (the message is in the user's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportError(pub String);

impl Export {
    /// The file name offered in the save dialog.
    pub fn file_name(self, client: &Client, today: crate::model::Date) -> String {
        let slug = &client.id.0;
        let day = today.format("%Y-%m-%d");
        match self {
            Self::Report => format!("ssi-report-{slug}-{day}.html"),
            Self::MessagesCsv => format!("messages-{slug}-{day}.csv"),
            Self::ActivityCsv => format!("activity-{slug}-{day}.csv"),
            Self::ReadingsCsv => format!("readings-{slug}-{day}.csv"),
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Self::Report => "html",
            Self::MessagesCsv | Self::ActivityCsv | Self::ReadingsCsv => "csv",
        }
    }
}

impl AppState {
    /// Write `kind` for the current client to `path`. The report is in the client's own
    /// language; the CSV headers in the UI language, the separator the region's.
    pub fn export_to(&self, kind: Export, path: &Path) -> Result<(), ExportError> {
        let Some(c) = self.client() else {
            return Err(ExportError(tr(self.lang, "export.no_client").to_owned()));
        };
        let bytes = match kind {
            Export::Report => report::session_report(c, self.today, c.language).into_bytes(),
            Export::MessagesCsv => report::messages_csv(c, self.locale()),
            Export::ActivityCsv => report::activity_csv(c, self.locale()),
            Export::ReadingsCsv => crate::import::readings::readings_csv(&c.readings).into_bytes(),
        };
        crate::store::write_file(path, &bytes).map_err(|e| ExportError(e.message(self.lang)))
    }

    /// Read spreadsheets of readings (chosen in the file dialog) into the readings preview:
    /// per file what was read and every row that was not, and how many are new for the
    /// current client. Nothing changes until the user adds them.
    pub fn preview_readings(&mut self, paths: &[std::path::PathBuf]) {
        let files = paths
            .iter()
            .map(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let read = std::fs::read(p)
                    .map_err(|e| crate::import::readings::ReadingsError::Io(e.to_string()))
                    .and_then(|bytes| crate::import::readings::read_readings(&bytes, self.today));
                (name, read)
            })
            .collect();
        let existing: Vec<_> = self
            .client()
            .map(|c| c.readings.iter().map(|r| r.date).collect())
            .unwrap_or_default();
        self.screens.readings.import = Some(crate::ui::ReadingsPreview::new(files, &existing));
    }

    /// Ask where to save (native dialog), export, and open the report if the user wants that.
    pub(super) fn export_with_dialog(&mut self, kind: Export) {
        let Some(c) = self.client() else {
            return;
        };
        let dialog = rfd::FileDialog::new()
            .set_title(tr(self.lang, "export.dialog_title"))
            .set_file_name(kind.file_name(c, self.today))
            .add_filter(kind.extension(), &[kind.extension()]);
        let Some(path) = dialog.save_file() else {
            return;
        };
        self.export_and_open(kind, &path);
    }

    /// Export `kind` to `path` (chosen in the save dialog), say where it went, and open the
    /// report if the user wants that; a failure is a notice.
    pub fn export_and_open(&mut self, kind: Export, path: &Path) {
        match self.export_to(kind, path) {
            Ok(()) => {
                self.notice = None;
                self.exported = Some(path.to_path_buf());
                if kind == Export::Report && self.settings.open_report_after_export {
                    // the system's program for .html files (the default browser), given the
                    // path itself: a `#` or `?` in a folder name cannot cut it short
                    self.open_in_system(path);
                }
            }
            Err(ExportError(e)) => {
                self.notice = Some(tr_args(
                    self.lang,
                    "export.failed",
                    &[("reason", &e), ("path", &path.display().to_string())],
                ));
            }
        }
    }
}
