//! Workshop mode's files and dialogs: the screens (`ui::workshop`) ask with a
//! [`WorkshopCommand`], the app performs it here, like an export: the dialog, then the read or
//! the atomic write through `workshop::state` and the store, and the outcome as the screen's
//! notice. Nothing here touches a client.

use super::AppState;
use crate::i18n::tr;
use crate::ui::WorkshopCommand;

impl AppState {
    /// Perform one workshop command.
    pub(super) fn apply_workshop(&mut self, cmd: WorkshopCommand) {
        let (lang, today) = (self.lang, self.today);
        let Some(ask) = self.workshop.perform(cmd, lang, today, &self.data_dir) else {
            return;
        };
        match ask {
            // performed above
            WorkshopCommand::Load
            | WorkshopCommand::SaveResult
            | WorkshopCommand::ImportPaths(_) => {}
            WorkshopCommand::ExportParticipant => {
                let file_name = self.workshop.participant_file_name();
                let picked = rfd::FileDialog::new()
                    .set_title(tr(lang, "workshop.ui.dialog_title"))
                    .set_file_name(file_name)
                    .add_filter("SSI Coach", &[crate::workshop::PARTICIPANT_EXTENSION])
                    .save_file();
                if let Some(path) = picked {
                    self.workshop.export_participant_with_notice(lang, &path);
                }
            }
            WorkshopCommand::PickFiles => {
                if let Some(files) = rfd::FileDialog::new()
                    .add_filter("SSI Coach", &[crate::workshop::PARTICIPANT_EXTENSION])
                    .pick_files()
                {
                    self.workshop.cohort.import(&files);
                }
            }
            WorkshopCommand::PickFolder => {
                if let Some(folder) = rfd::FileDialog::new().pick_folder() {
                    self.workshop.cohort.import(&[folder]);
                }
            }
            WorkshopCommand::ExportCohort => {
                if let Some(path) = rfd::FileDialog::new()
                    .set_title(tr(lang, "workshop.ui.dialog_title"))
                    .set_file_name("cohort.html")
                    .add_filter("HTML", &["html"])
                    .save_file()
                {
                    self.workshop.cohort.export_html_with_notice(&path, lang);
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::app::AppState;
    use crate::i18n::Language;
    use crate::ui::{Command, WorkshopCommand};
    use crate::workshop::{Tab, own_file};

    #[test]
    fn the_app_reads_and_saves_the_workshop_files_in_its_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut app = AppState::new(dir.path().to_owned(), today, Language::En);
        app.apply(Command::Workshop(WorkshopCommand::Load));
        assert!(app.workshop.ex.is_loaded());
        assert!(app.workshop.participant().is_some());
        // the first exercise, opened and saved: the participant's own file is written
        app.workshop.ex.request_open(0, false);
        app.workshop
            .ex
            .open_pending(std::time::Duration::ZERO, &app.workshop.sim.inputs.clone());
        app.apply(Command::Workshop(WorkshopCommand::SaveResult));
        assert!(own_file(dir.path()).exists());
        // dropped files go to the cohort, which is then shown
        let junk = dir.path().join("junk.ssip");
        std::fs::write(&junk, "{").unwrap();
        app.apply(Command::Workshop(WorkshopCommand::ImportPaths(vec![junk])));
        assert_eq!(app.workshop.tab(), Tab::Cohort);
        assert_eq!(app.workshop.cohort.skipped().len(), 1);
    }
}
