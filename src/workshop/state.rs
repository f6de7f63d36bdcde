//! What the workshop screens remember, without egui: the simulator's inputs, the exercises
//! with their timer and the participant's draft and file, the trainer's cohort. The screens
//! (`ui::workshop`) draw this state and return [`WorkshopCommand`]s; the app performs them
//! (file dialogs, loading and saving through the methods here, the cohort page written
//! atomically through the store).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::engine::{self, Inputs, Persona};
use crate::i18n::{Language, tr, tr_args};
use crate::model::{Date, Lever, PillarScores, ProfileItem, Reading};

use super::exercises::ids;
use super::{
    Cohort, CohortStats, Exercise, ExerciseFileError, ExerciseKind, ExerciseResult,
    ParticipantError, ParticipantFile, Skipped, Timer, all_exercises,
};

/// How long the end banner flashes after the countdown runs out.
const FLASH: Duration = Duration::from_secs(10);

/// The participant's own file in the data folder (kept between runs of the app).
pub fn own_file(data_dir: &Path) -> PathBuf {
    data_dir.join("workshop").join("participant.ssip")
}

/// What the workshop screens ask the app to do (files and dialogs). Applied by
/// `app::AppState::apply_workshop`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkshopCommand {
    /// Read the exercises and the participant's own file from the data folder (once; the
    /// exercises section asks on its first frame): [`WorkshopState::load`].
    Load,
    /// Save the open exercise's result into the participant's own file in the data folder:
    /// [`WorkshopState::save_result`].
    SaveResult,
    /// Ask where (a file dialog) and export the participant's file there:
    /// [`WorkshopState::export_participant_to`].
    ExportParticipant,
    /// Import these participant files and folders into the cohort (dropped on the window):
    /// [`CohortState::import`].
    ImportPaths(Vec<PathBuf>),
    /// Ask for participant files (a file dialog) and import them.
    PickFiles,
    /// Ask for a folder (a dialog) and import its participant files.
    PickFolder,
    /// Ask where (a file dialog) and write the cohort's summary page there
    /// ([`CohortState::html`], written atomically by the store).
    ExportCohort,
}

/// The sections of the workshop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// The what-if simulator.
    #[default]
    Simulator,
    /// Exercises with a timer and the participant's result.
    Exercises,
    /// The trainer's cohort statistics.
    Cohort,
}

impl Tab {
    /// The sections in the order of their tabs.
    pub const ALL: [Self; 3] = [Self::Simulator, Self::Exercises, Self::Cohort];

    /// The i18n key of the section's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Simulator => "workshop.ui.tab.simulator",
            Self::Exercises => "workshop.ui.tab.exercises",
            Self::Cohort => "workshop.ui.tab.cohort",
        }
    }
}

/// Everything the workshop screens remember. Owns its own participant and cohort data.
#[derive(Debug, Default)]
pub struct WorkshopState {
    pub(crate) presenter: bool,
    pub(crate) tab: Tab,
    /// The what-if simulator.
    pub sim: SimState,
    /// Exercises, their timer and the participant's own file.
    pub ex: ExState,
    /// The trainer's cohort.
    pub cohort: CohortState,
}

impl WorkshopState {
    /// Whether the presenter view is on (the app then hides its navigation and side panels).
    pub fn presenter(&self) -> bool {
        self.presenter
    }

    /// Turn the presenter view on or off (without touching the window; the screen does
    /// that when the key is pressed or the button clicked).
    pub fn set_presenter(&mut self, on: bool) {
        self.presenter = on;
    }

    /// The section shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// Show another section.
    pub fn set_tab(&mut self, tab: Tab) {
        self.tab = tab;
    }

    /// The participant's file as it stands (loaded on the first frame of the exercises).
    pub fn participant(&self) -> Option<&ParticipantFile> {
        self.ex.participant()
    }

    /// Perform what `cmd` asks that needs no dialog (reading and saving in `data_dir`,
    /// importing dropped files). A command that needs the user to choose a file or folder
    /// first is given back: the app asks, then calls [`Self::export_participant_with_notice`],
    /// [`CohortState::import`] or [`CohortState::export_html_with_notice`].
    pub fn perform(
        &mut self,
        cmd: WorkshopCommand,
        lang: Language,
        today: Date,
        data_dir: &Path,
    ) -> Option<WorkshopCommand> {
        match cmd {
            WorkshopCommand::Load => self.load(lang, today, data_dir),
            WorkshopCommand::SaveResult => self.save_result(lang, today, data_dir),
            WorkshopCommand::ImportPaths(paths) => self.import_dropped(&paths),
            WorkshopCommand::ExportParticipant
            | WorkshopCommand::PickFiles
            | WorkshopCommand::PickFolder
            | WorkshopCommand::ExportCohort => return Some(cmd),
        }
        None
    }

    /// Read the exercises (built in and the trainer's `exercises.ron` in `data_dir`) and the
    /// participant's own file, once.
    pub fn load(&mut self, lang: Language, today: Date, data_dir: &Path) {
        self.ex.load(lang, today, data_dir);
    }

    /// Save the open exercise's result into the participant's file and that file in the data
    /// folder; the outcome is the notice under the buttons.
    pub fn save_result(&mut self, lang: Language, today: Date, data_dir: &Path) {
        self.ex.save_result(&self.sim.inputs, today, data_dir, lang);
    }

    /// Export the participant's file to `path` (what the export button does after its
    /// dialog).
    pub fn export_participant_to(&mut self, path: &Path) -> Result<(), ParticipantError> {
        self.ex.export_to(&self.sim.inputs, path)
    }

    /// Export the participant's file to `path` and say how it went in the notice.
    pub fn export_participant_with_notice(&mut self, lang: Language, path: &Path) {
        let result = self.export_participant_to(path);
        self.ex.notice = Some(match result {
            Ok(()) => Notice::Ok(tr_args(
                lang,
                "workshop.ui.exported",
                &[("path", &path.display().to_string())],
            )),
            Err(e) => Notice::Problem(tr_args(
                lang,
                "workshop.ui.export_failed",
                &[("reason", &e.message(lang))],
            )),
        });
    }

    /// The participant file's suggested name (for the export dialog), with the name and
    /// estimate brought up to date.
    pub fn participant_file_name(&mut self) -> String {
        self.ex.refresh_participant(&self.sim.inputs);
        self.ex
            .participant
            .as_ref()
            .map(ParticipantFile::suggested_file_name)
            .unwrap_or_default()
    }

    /// Import dropped participant files and folders into the cohort and show it.
    pub fn import_dropped(&mut self, paths: &[PathBuf]) {
        if paths.is_empty() {
            return;
        }
        self.cohort.import(paths);
        self.tab = Tab::Cohort;
    }
}

/// What the simulator remembers between frames.
#[derive(Debug, Clone)]
pub struct SimState {
    /// The persona it started from (what "reset" goes back to).
    pub persona: Persona,
    /// The current what-if inputs.
    pub inputs: Inputs,
}

impl Default for SimState {
    fn default() -> Self {
        Self {
            persona: Persona::Average,
            inputs: engine::persona(Persona::Average),
        }
    }
}

impl SimState {
    /// Start again from `p`.
    pub fn start_from(&mut self, p: Persona) {
        self.persona = p;
        self.inputs = engine::persona(p);
    }
}

/// What the participant is typing or ticking for the open exercise.
#[derive(Debug, Clone, Default)]
pub(crate) struct Draft {
    pub(crate) texts: Vec<String>,
    pub(crate) ticked: BTreeSet<ProfileItem>,
    pub(crate) knobs: Vec<(Option<Lever>, u32)>,
    pub(crate) reading: PillarScores,
}

/// The open exercise.
#[derive(Debug, Clone)]
pub(crate) struct Open {
    pub(crate) index: usize,
    pub(crate) draft: Draft,
}

/// A message under the buttons: good news or a problem.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Notice {
    Ok(String),
    Problem(String),
}

/// Exercises, the timer and the participant's file.
#[derive(Debug, Default)]
pub struct ExState {
    pub(crate) loaded: bool,
    pub(crate) exercises: Vec<Exercise>,
    pub(crate) file_error: Option<ExerciseFileError>,
    pub(crate) open: Option<Open>,
    /// The countdown of the open (or last) exercise.
    pub(crate) timer: Option<Timer>,
    pub(crate) flash_until: Option<Duration>,
    pub(crate) participant: Option<ParticipantFile>,
    pub(crate) name: String,
    pub(crate) notice: Option<Notice>,
    pub(crate) pending: Option<(usize, bool)>,
}

// the crate-only helpers are used by the GUI's workshop screen only
#[cfg_attr(not(feature = "gui"), allow(dead_code))]
impl ExState {
    /// Whether the exercises and the participant's file have been read.
    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    /// Load the exercises and the participant's own file once.
    fn load(&mut self, lang: Language, today: Date, data_dir: &Path) {
        if self.loaded {
            return;
        }
        self.loaded = true;
        let (all, err) = all_exercises(data_dir);
        self.exercises = all;
        self.file_error = err;
        let path = own_file(data_dir);
        self.participant = Some(if path.exists() {
            match ParticipantFile::load(&path) {
                Ok(p) => p,
                Err(e) => {
                    self.notice = Some(Notice::Problem(e.message(lang)));
                    ParticipantFile::new(today)
                }
            }
        } else {
            ParticipantFile::new(today)
        });
        if let Some(p) = &self.participant {
            self.name = p.name.clone().unwrap_or_default();
        }
    }

    /// Open the exercise at `index` of the list on the next frame (what its button does),
    /// and start its timer if `start`.
    pub fn request_open(&mut self, index: usize, start: bool) {
        self.pending = Some((index, start));
    }

    /// Open the exercise asked for with [`Self::request_open`], starting its timer at `now`
    /// if asked (the screen calls this every frame; nothing happens before the exercises are
    /// loaded).
    pub(crate) fn open_pending(&mut self, now: Duration, sim: &Inputs) {
        // the request waits until the exercises have been read
        if !self.loaded {
            return;
        }
        if let Some((index, start)) = self.pending.take() {
            self.open_exercise(index, sim);
            if start && let Some(t) = &mut self.timer {
                t.start(now);
            }
        }
    }

    pub(crate) fn open_exercise(&mut self, index: usize, sim: &Inputs) {
        if let Some(ex) = self.exercises.get(index) {
            let draft = self.draft_for(ex, sim);
            self.timer = Some(Timer::new(ex.duration()));
            self.flash_until = None;
            self.notice = None;
            self.open = Some(Open { index, draft });
        }
    }

    /// Close the open exercise and its countdown.
    pub(crate) fn close(&mut self) {
        self.open = None;
        self.timer = None;
        self.flash_until = None;
    }

    /// The participant's file as it stands (after the first frame).
    pub fn participant(&self) -> Option<&ParticipantFile> {
        self.participant.as_ref()
    }

    /// The countdown's end signal: call every frame. True while the banner should flash.
    pub fn tick(&mut self, now: Duration) -> bool {
        if let Some(t) = &mut self.timer
            && t.take_end_signal(now)
        {
            self.flash_until = Some(now + FLASH);
        }
        if let Some(t) = &self.timer
            && t.is_running()
            && !t.is_finished(now)
        {
            return false;
        }
        self.flash_until.is_some_and(|f| now < f)
    }

    /// The time left while the countdown runs (for the header on the other sections).
    pub fn running_text(&self, now: Duration) -> Option<String> {
        self.timer
            .as_ref()
            .filter(|t| t.is_running() && !t.is_finished(now))
            .map(|t| t.remaining_text(now))
    }

    /// Whether the countdown has run out.
    pub fn time_is_up(&self, now: Duration) -> bool {
        self.timer.as_ref().is_some_and(|t| t.is_finished(now))
    }

    /// Whether the countdown needs the screen redrawn soon.
    pub fn needs_repaint(&self, now: Duration) -> bool {
        self.timer
            .as_ref()
            .is_some_and(|t| t.is_running() && !t.is_finished(now))
            || self.flash_until.is_some_and(|f| now < f)
    }

    /// Put the name and the estimate into the participant's file. The estimate comes from
    /// the simulator's knobs, with the participant's own checklist once it is audited.
    fn refresh_participant(&mut self, sim: &Inputs) {
        let Some(p) = &mut self.participant else {
            return;
        };
        let name = self.name.trim();
        p.name = (!name.is_empty()).then(|| name.to_owned());
        let mut inputs = sim.clone();
        if p.exercises.contains_key(ids::PROFILE_AUDIT) {
            inputs.profile = p.profile.done.clone();
        }
        p.set_inputs(&inputs);
    }

    /// Write the participant's file to `path` (the export; also used by tests). The file is
    /// written atomically ([`ParticipantFile::save`]), its folder created if needed.
    pub fn export_to(&mut self, sim: &Inputs, path: &Path) -> Result<(), ParticipantError> {
        self.refresh_participant(sim);
        let Some(p) = &self.participant else {
            return Err(ParticipantError::Io("no participant".to_owned()));
        };
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir).map_err(|e| ParticipantError::Io(e.to_string()))?;
        }
        p.save(path)
    }

    fn draft_for(&self, ex: &Exercise, sim: &Inputs) -> Draft {
        let previous = self
            .participant
            .as_ref()
            .and_then(|p| p.exercises.get(&ex.id));
        let fields = usize::from(ex.fields.max(1));
        let mut d = Draft::default();
        match ex.kind {
            ExerciseKind::FreeText => {
                d.texts = previous.map(|r| r.texts.clone()).unwrap_or_default();
                d.texts.resize(fields, String::new());
            }
            ExerciseKind::Checklist => {
                d.ticked = match (previous, &self.participant) {
                    (Some(_), Some(p)) => p.profile.done.clone(),
                    _ => sim.profile.clone(),
                };
            }
            ExerciseKind::KnobChoice => {
                let goals = self.participant.as_ref().map(|p| p.goals.clone());
                d.knobs = previous
                    .map(|r| {
                        r.ticked
                            .iter()
                            .filter_map(|k| {
                                engine::all_levers()
                                    .into_iter()
                                    .find(|l| engine::lever_key(*l) == k)
                            })
                            .map(|l| {
                                let g = engine::lever_activity(l)
                                    .zip(goals.as_ref())
                                    .map_or(0, |(kind, g)| g.get(kind));
                                (Some(l), g)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                d.knobs.resize(fields, (None, 0));
            }
            ExerciseKind::Reading => {
                if let Some(r) = self.participant.as_ref().and_then(|p| p.reading.as_ref()) {
                    d.reading = r.pillars;
                }
            }
        }
        d
    }

    /// Save the open exercise's draft into the participant's file and that file in the
    /// data folder.
    fn save_result(&mut self, sim: &Inputs, today: Date, data_dir: &Path, lang: Language) {
        let Some(open) = &self.open else {
            return;
        };
        let Some(ex) = self.exercises.get(open.index) else {
            return;
        };
        let Some(p) = &mut self.participant else {
            return;
        };
        let d = &open.draft;
        let mut result = ExerciseResult::default();
        match ex.kind {
            ExerciseKind::FreeText => result.texts = d.texts.clone(),
            ExerciseKind::Checklist => {
                for item in ProfileItem::ALL {
                    p.profile.set(item, d.ticked.contains(&item));
                }
                result.ticked = d.ticked.iter().map(|i| i.key().to_owned()).collect();
            }
            ExerciseKind::KnobChoice => {
                for (lever, goal) in &d.knobs {
                    let Some(lever) = lever else {
                        continue;
                    };
                    result.ticked.push(engine::lever_key(*lever).to_owned());
                    if let Some(kind) = engine::lever_activity(*lever) {
                        p.goals.set(kind, *goal);
                    }
                }
            }
            ExerciseKind::Reading => {
                p.reading = Some(Reading {
                    date: today,
                    total: d.reading.total(),
                    pillars: d.reading,
                    industry_rank_pct: None,
                    network_rank_pct: None,
                    industry_average: None,
                    network_average: None,
                });
            }
        }
        p.exercises.insert(ex.id.clone(), result);
        let path = own_file(data_dir);
        self.notice = Some(match self.export_to(sim, &path) {
            Ok(()) => Notice::Ok(tr(lang, "workshop.ui.result.saved").to_owned()),
            Err(e) => Notice::Problem(tr_args(
                lang,
                "workshop.ui.export_failed",
                &[("reason", &e.message(lang))],
            )),
        });
    }
}

/// The cohort screen's state: the participants imported so far and the last import's skips.
#[derive(Debug, Default)]
pub struct CohortState {
    cohort: Cohort,
    pub(crate) skipped: Vec<Skipped>,
    pub(crate) stats: Option<CohortStats>,
    pub(crate) notice: Option<Result<String, String>>,
}

impl CohortState {
    /// Import files and folders (folders: their `.ssip` files); duplicates are recognised,
    /// bad files listed with the reason. Replaces the list of skipped files.
    pub fn import(&mut self, paths: &[PathBuf]) {
        if paths.is_empty() {
            return;
        }
        self.skipped = self.cohort.add_paths(paths);
        self.stats = self.cohort.stats();
        self.notice = None;
    }

    /// The participants in the cohort.
    pub fn len(&self) -> usize {
        self.cohort.len()
    }

    /// Whether nobody has been imported yet.
    pub fn is_empty(&self) -> bool {
        self.cohort.is_empty()
    }

    /// The files the last import skipped, with the reasons.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// Start again with nobody.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// The summary page in `lang`, or why there is none (a message in `lang`).
    pub fn html(&self, lang: Language) -> Result<String, String> {
        match &self.stats {
            Some(stats) => Ok(super::cohort_html(stats, lang)),
            None => Err(tr(lang, "workshop.ui.cohort.empty").to_owned()),
        }
    }

    /// Write the summary page to `path` atomically (through the store, as the CLI does).
    /// The error is a message in `lang`.
    pub fn export_html(&self, path: &Path, lang: Language) -> Result<(), String> {
        let html = self.html(lang)?;
        crate::store::write_file(path, html.as_bytes()).map_err(|e| {
            tr_args(
                lang,
                "workshop.ui.export_failed",
                &[("reason", &e.message(lang))],
            )
        })
    }

    /// Write the summary page to `path` and say under the buttons how it went.
    pub fn export_html_with_notice(&mut self, path: &Path, lang: Language) {
        self.notice = Some(self.export_html(path, lang).map(|()| {
            tr_args(
                lang,
                "workshop.ui.exported",
                &[("path", &path.display().to_string())],
            )
        }));
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn today() -> Date {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    /// An exercise asked for before the exercises are read (a first frame) opens once they are,
    /// with its timer running, instead of being forgotten.
    #[test]
    fn an_exercise_asked_for_before_loading_opens_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = WorkshopState::default();
        let now = Duration::from_secs(5);
        ws.ex.request_open(1, true);
        ws.ex.open_pending(now, &ws.sim.inputs);
        assert!(ws.ex.open.is_none(), "nothing to open yet");
        ws.perform(WorkshopCommand::Load, Language::En, today(), dir.path());
        ws.ex.open_pending(now, &ws.sim.inputs);
        assert_eq!(ws.ex.open.as_ref().map(|o| o.index), Some(1));
        assert!(ws.ex.timer.as_ref().is_some_and(|t| t.is_running()));
    }

    #[test]
    fn load_then_save_result_writes_the_own_file_without_egui() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = WorkshopState::default();
        assert!(!ws.ex.is_loaded());
        let given = ws.perform(WorkshopCommand::Load, Language::En, today(), dir.path());
        assert_eq!(given, None);
        assert!(ws.ex.is_loaded());
        assert!(!ws.ex.exercises.is_empty());
        let reading = ws
            .ex
            .exercises
            .iter()
            .position(|e| e.kind == ExerciseKind::Reading)
            .unwrap();
        ws.ex.open_exercise(reading, &ws.sim.inputs);
        if let Some(open) = &mut ws.ex.open {
            open.draft.reading.brand = 12.5;
        }
        ws.perform(
            WorkshopCommand::SaveResult,
            Language::En,
            today(),
            dir.path(),
        );
        let saved = ParticipantFile::load(&own_file(dir.path())).unwrap();
        assert_eq!(saved.reading.map(|r| r.pillars.brand), Some(12.5));
        assert!(matches!(ws.ex.notice, Some(Notice::Ok(_))));
    }

    #[test]
    fn dialog_commands_are_given_back_and_drops_show_the_cohort() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = WorkshopState::default();
        for cmd in [
            WorkshopCommand::ExportParticipant,
            WorkshopCommand::PickFiles,
            WorkshopCommand::PickFolder,
            WorkshopCommand::ExportCohort,
        ] {
            let given = ws.perform(cmd.clone(), Language::En, today(), dir.path());
            assert_eq!(given, Some(cmd));
        }
        let junk = dir.path().join("junk.ssip");
        std::fs::write(&junk, "not a participant").unwrap();
        ws.perform(
            WorkshopCommand::ImportPaths(vec![junk]),
            Language::En,
            today(),
            dir.path(),
        );
        assert_eq!(ws.tab(), Tab::Cohort);
        assert_eq!(ws.cohort.skipped().len(), 1);
    }

    #[test]
    fn an_empty_cohort_has_no_page_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let mut cohort = CohortState::default();
        let path = dir.path().join("cohort.html");
        let err = cohort.export_html(&path, Language::Nl).unwrap_err();
        assert_eq!(err, tr(Language::Nl, "workshop.ui.cohort.empty"));
        assert!(!path.exists());
        cohort.export_html_with_notice(&path, Language::Nl);
        assert!(matches!(cohort.notice, Some(Err(_))));
    }
}
