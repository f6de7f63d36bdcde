//! Workshop mode without the screens: participant files, cohorts and their statistics,
//! exercises, the exercise timer and the cohort summary page. No egui here; the screens are
//! in `ui::workshop`. Format and rules: `docs/workshop.md`.

pub mod cohort;
pub mod exercises;
mod html;
pub mod participant;
pub mod state;
pub mod timer;

pub use cohort::{
    Cohort, CohortImport, CohortStats, Imported, KnobOnOffer, MissingItem, SkipReason, Skipped,
    Spread, cohort_json, is_participant_path,
};
pub use exercises::{
    EXERCISES_FILE, Exercise, ExerciseFileError, ExerciseKind, ExerciseText, TrainerText,
    all_exercises, builtin_exercises, load_exercises, parse_exercises,
};
pub use html::{cohort_html, cohort_html_titled};
pub use participant::{
    ExerciseResult, PARTICIPANT_EXTENSION, PARTICIPANT_FORMAT, PARTICIPANT_SCHEMA,
    ParticipantError, ParticipantFile, ParticipantId, ParticipantInputs,
};
pub use state::{CohortState, ExState, SimState, Tab, WorkshopCommand, WorkshopState, own_file};
pub use timer::{Timer, format_countdown};
