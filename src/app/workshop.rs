//! Workshop mode's files and dialogs: the screens (`ui::workshop`) ask with a
//! [`WorkshopCommand`], the app performs it here, like an export: the dialog, then the read or
//! the atomic write through `workshop::state` and the store, and the outcome as the screen's
//! notice. Nothing here touches a client.

use std::path::Path;

use super::AppState;
use super::portal::{PathPurpose, WorkshopDialog};
use crate::i18n::tr;
use crate::ui::WorkshopCommand;

impl AppState {
    /// Perform one workshop command.
    pub(super) fn apply_workshop(&mut self, cmd: WorkshopCommand) {
        let (lang, today) = (self.lang, self.today);
        let Some(ask) = self.workshop.perform(cmd, lang, today, &self.data_dir) else {
            return;
        };
        // no dialog can open: a path field instead, answered in `workshop_path`
        let instead = match ask {
            WorkshopCommand::ExportParticipant => Some(WorkshopDialog::ExportParticipant),
            WorkshopCommand::PickFiles | WorkshopCommand::PickFolder => {
                Some(WorkshopDialog::PickFiles)
            }
            WorkshopCommand::ExportCohort => Some(WorkshopDialog::ExportCohort),
            WorkshopCommand::Load
            | WorkshopCommand::SaveResult
            | WorkshopCommand::ImportPaths(_) => None,
        };
        if let Some(dialog) = instead
            && !self.dialogs_open()
        {
            self.ask_path(PathPurpose::Workshop(dialog));
            return;
        }
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

impl AppState {
    /// The answer typed into the path field for a workshop file choice.
    pub(super) fn workshop_path(&mut self, dialog: WorkshopDialog, path: &Path) {
        let lang = self.lang;
        match dialog {
            WorkshopDialog::ExportParticipant => {
                self.workshop.export_participant_with_notice(lang, path);
            }
            WorkshopDialog::PickFiles => self.workshop.cohort.import(&[path.to_owned()]),
            WorkshopDialog::ExportCohort => {
                self.workshop.cohort.export_html_with_notice(path, lang);
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

    #[test]
    fn without_a_file_dialog_the_workshop_asks_for_a_path_and_uses_it() {
        use crate::app::portal::{FileChooser, PathPurpose, WorkshopDialog};
        let dir = tempfile::tempdir().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut app = AppState::new(dir.path().to_owned(), today, Language::En);
        app.set_file_chooser(FileChooser::PathField);
        app.apply(Command::Workshop(WorkshopCommand::Load));

        // participant files: a folder is accepted, a path that is not there keeps the field
        app.apply(Command::Workshop(WorkshopCommand::PickFolder));
        app.path_prompt.as_mut().unwrap().text = dir.path().join("nowhere").display().to_string();
        app.submit_path();
        assert!(
            app.path_prompt().unwrap().error.is_some(),
            "the reason is shown"
        );
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/participants");
        app.path_prompt.as_mut().unwrap().text = folder.display().to_string();
        app.submit_path();
        assert!(app.path_prompt().is_none());
        assert!(
            app.workshop.cohort.html(Language::En).is_ok(),
            "the folder's participants were read"
        );

        // the cohort page: a path field, then the page written where it says
        app.apply(Command::Workshop(WorkshopCommand::ExportCohort));
        let asked = app.path_prompt().map(|p| p.purpose);
        assert_eq!(
            asked,
            Some(PathPurpose::Workshop(WorkshopDialog::ExportCohort))
        );
        let page = dir.path().join("cohort page.html");
        app.path_prompt.as_mut().unwrap().text = page.display().to_string();
        app.submit_path();
        assert!(app.path_prompt().is_none());
        assert!(std::fs::read_to_string(&page).unwrap().contains("<html"));
    }
}
