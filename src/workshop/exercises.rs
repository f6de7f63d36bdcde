//! Workshop exercises: the built-in set and the trainer's own, from a small file in the data
//! folder (`<data dir>/exercises.ron`, format in `docs/workshop.md`).

use std::path::Path;

use serde::Deserialize;

use crate::i18n::tr;
use crate::model::Language;

/// The name of the trainer's exercise file in the data folder.
pub const EXERCISES_FILE: &str = "exercises.ron";
/// The schema version of the exercise file this app reads.
pub const EXERCISES_SCHEMA: u32 = 1;
/// Exercise files larger than this are refused (256 kB).
pub const MAX_EXERCISES_BYTES: u64 = 256 * 1024;
/// The longest exercise, in minutes.
pub const MAX_MINUTES: u32 = 240;
/// The most text fields an exercise may ask for.
pub const MAX_FIELDS: u8 = 10;

/// Ids of the built-in exercises.
pub mod ids {
    /// Tick the checklist against your own profile.
    pub const PROFILE_AUDIT: &str = "profile_audit";
    /// Rewrite headline and about for the customer.
    pub const HEADLINE_ABOUT: &str = "headline_about";
    /// Choose three knobs and set weekly goals.
    pub const PLAN_WEEK: &str = "plan_week";
    /// Write three personal invitation notes.
    pub const INVITATION_NOTES: &str = "invitation_notes";
    /// Read your real SSI on LinkedIn and enter it.
    pub const REAL_SSI: &str = "real_ssi";
}

/// What the participant does and what lands in the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
pub enum ExerciseKind {
    /// Tick the profile checklist (result: ticked item keys).
    Checklist,
    /// Write text (result: one text per field).
    FreeText,
    /// Choose knobs and set weekly goals (result: chosen lever keys, goals in the file).
    KnobChoice,
    /// Enter a real SSI reading (result: the reading in the file).
    Reading,
}

impl ExerciseKind {
    /// A stable key (`checklist`, `free_text`, `knob_choice`, `reading`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Checklist => "checklist",
            Self::FreeText => "free_text",
            Self::KnobChoice => "knob_choice",
            Self::Reading => "reading",
        }
    }

    /// The i18n key of the kind's label.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Checklist => "workshop.kind.checklist",
            Self::FreeText => "workshop.kind.free_text",
            Self::KnobChoice => "workshop.kind.knob_choice",
            Self::Reading => "workshop.kind.reading",
        }
    }
}

/// A text in the three languages as a trainer wrote it; a missing language falls back to
/// English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct TrainerText {
    /// English (required).
    pub en: String,
    /// Dutch (empty: English is shown).
    pub nl: String,
    /// Danish (empty: English is shown).
    pub da: String,
}

impl TrainerText {
    /// The text in `lang`, else English.
    pub fn get(&self, lang: Language) -> &str {
        let t = match lang {
            Language::En => &self.en,
            Language::Nl => &self.nl,
            Language::Da => &self.da,
        };
        if t.trim().is_empty() { &self.en } else { t }
    }
}

/// Where an exercise's texts come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExerciseText {
    /// A built-in exercise: an i18n key.
    Key(&'static str),
    /// A trainer's exercise: the text as written.
    Trainer(TrainerText),
}

impl ExerciseText {
    /// The text in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        match self {
            Self::Key(k) => tr(lang, k),
            Self::Trainer(t) => t.get(lang),
        }
    }
}

/// One exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    /// Stable id: the key of its result in the participant file.
    pub id: String,
    /// The title.
    pub title: ExerciseText,
    /// What to do.
    pub instructions: ExerciseText,
    /// How long the timer runs, in minutes.
    pub minutes: u32,
    /// What kind of answer it asks for.
    pub kind: ExerciseKind,
    /// How many text boxes a [`ExerciseKind::FreeText`] exercise shows (and how many knobs a
    /// [`ExerciseKind::KnobChoice`] asks for); 1 for the others.
    pub fields: u8,
    /// Built in (false: from the trainer's file).
    pub builtin: bool,
}

impl Exercise {
    /// The title in `lang`.
    pub fn title(&self, lang: Language) -> &str {
        self.title.get(lang)
    }

    /// The instructions in `lang`.
    pub fn instructions(&self, lang: Language) -> &str {
        self.instructions.get(lang)
    }

    /// The timer's length.
    pub fn duration(&self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::from(self.minutes) * 60)
    }
}

fn builtin(
    id: &'static str,
    title: &'static str,
    instructions: &'static str,
    minutes: u32,
    kind: ExerciseKind,
    fields: u8,
) -> Exercise {
    Exercise {
        id: id.to_owned(),
        title: ExerciseText::Key(title),
        instructions: ExerciseText::Key(instructions),
        minutes,
        kind,
        fields,
        builtin: true,
    }
}

/// The built-in exercises, in workshop order.
pub fn builtin_exercises() -> Vec<Exercise> {
    use ExerciseKind as K;
    vec![
        builtin(
            ids::PROFILE_AUDIT,
            "workshop.ex.profile_audit.title",
            "workshop.ex.profile_audit.instructions",
            10,
            K::Checklist,
            1,
        ),
        builtin(
            ids::HEADLINE_ABOUT,
            "workshop.ex.headline_about.title",
            "workshop.ex.headline_about.instructions",
            15,
            K::FreeText,
            2,
        ),
        builtin(
            ids::PLAN_WEEK,
            "workshop.ex.plan_week.title",
            "workshop.ex.plan_week.instructions",
            10,
            K::KnobChoice,
            3,
        ),
        builtin(
            ids::INVITATION_NOTES,
            "workshop.ex.invitation_notes.title",
            "workshop.ex.invitation_notes.instructions",
            15,
            K::FreeText,
            3,
        ),
        builtin(
            ids::REAL_SSI,
            "workshop.ex.real_ssi.title",
            "workshop.ex.real_ssi.instructions",
            5,
            K::Reading,
            1,
        ),
    ]
}

/// The i18n keys of the labels of a built-in exercise's text fields, if it has its own.
pub fn field_label_key(exercise_id: &str, field: usize) -> Option<&'static str> {
    match (exercise_id, field) {
        (ids::HEADLINE_ABOUT, 0) => Some("workshop.ex.headline_about.field_headline"),
        (ids::HEADLINE_ABOUT, 1) => Some("workshop.ex.headline_about.field_about"),
        (ids::INVITATION_NOTES, _) => Some("workshop.ex.invitation_notes.field"),
        _ => None,
    }
}

/// Why the trainer's exercise file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExerciseFileError {
    /// It could not be read.
    #[error("cannot read the exercise file: {0}")]
    Io(String),
    /// It is larger than [`MAX_EXERCISES_BYTES`].
    #[error("the exercise file is too large ({size} bytes)")]
    TooLarge {
        /// Its size in bytes.
        size: u64,
    },
    /// It is not valid RON of the documented shape.
    #[error("the exercise file cannot be read at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser says.
        message: String,
    },
    /// A newer app wrote it.
    #[error("the exercise file has format {schema}, newer than this version of SSI Coach reads")]
    NewerVersion {
        /// Its schema.
        schema: u32,
    },
    /// One exercise breaks a rule.
    #[error("exercise {number} ('{id}'): {problem}")]
    Invalid {
        /// 1-based position in the file.
        number: usize,
        /// Its id as written.
        id: String,
        /// What is wrong (English, technical).
        problem: String,
    },
}

impl ExerciseFileError {
    /// The message in `lang` (the technical detail stays English).
    pub fn message(&self, lang: Language) -> String {
        crate::i18n::tr_args(
            lang,
            "workshop.error.exercises_file",
            &[("detail", &self.to_string())],
        )
    }
}

#[derive(Deserialize)]
struct ExerciseFileIn {
    #[serde(default = "one")]
    schema: u32,
    #[serde(default)]
    exercises: Vec<TrainerExerciseIn>,
}

fn one() -> u32 {
    1
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TrainerExerciseIn {
    id: String,
    title: TrainerText,
    #[serde(default)]
    instructions: TrainerText,
    minutes: u32,
    #[serde(default = "free_text")]
    kind: ExerciseKind,
    #[serde(default = "one_field")]
    fields: u8,
}

fn free_text() -> ExerciseKind {
    ExerciseKind::FreeText
}

fn one_field() -> u8 {
    1
}

#[derive(Deserialize)]
struct SchemaOnly {
    #[serde(default = "one")]
    schema: u32,
}

fn syntax(e: &ron::error::SpannedError) -> ExerciseFileError {
    ExerciseFileError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    }
}

/// Parse the text of a trainer's exercise file (see `docs/workshop.md`).
pub fn parse_exercises(text: &str) -> Result<Vec<Exercise>, ExerciseFileError> {
    // a byte order mark (some editors add one) is not part of the file
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let opts = ron::Options::default().with_recursion_limit(32);
    // the version first, so a newer file gets a clear message rather than a syntax error
    if let Ok(head) = opts.from_str::<SchemaOnly>(text)
        && head.schema > EXERCISES_SCHEMA
    {
        return Err(ExerciseFileError::NewerVersion {
            schema: head.schema,
        });
    }
    let file: ExerciseFileIn = opts.from_str(text).map_err(|e| syntax(&e))?;
    if file.schema > EXERCISES_SCHEMA {
        return Err(ExerciseFileError::NewerVersion {
            schema: file.schema,
        });
    }
    let builtin_ids: Vec<String> = builtin_exercises().into_iter().map(|e| e.id).collect();
    let mut out: Vec<Exercise> = Vec::new();
    for (i, ex) in file.exercises.into_iter().enumerate() {
        let invalid = |problem: &str| ExerciseFileError::Invalid {
            number: i + 1,
            id: ex.id.clone(),
            problem: problem.to_owned(),
        };
        let id_ok = !ex.id.is_empty()
            && ex.id.len() <= 64
            && ex
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !id_ok {
            return Err(invalid(
                "the id must be 1-64 characters of a-z, 0-9, '_' and '-'",
            ));
        }
        if builtin_ids.contains(&ex.id) {
            return Err(invalid("the id is taken by a built-in exercise"));
        }
        if out.iter().any(|e| e.id == ex.id) {
            return Err(invalid("the id is used twice"));
        }
        if ex.title.en.trim().is_empty() {
            return Err(invalid("the English title (title.en) is empty"));
        }
        if ex.minutes == 0 || ex.minutes > MAX_MINUTES {
            return Err(invalid(&format!(
                "minutes must be between 1 and {MAX_MINUTES}"
            )));
        }
        if ex.fields == 0 || ex.fields > MAX_FIELDS {
            return Err(invalid(&format!(
                "fields must be between 1 and {MAX_FIELDS}"
            )));
        }
        out.push(Exercise {
            id: ex.id,
            title: ExerciseText::Trainer(ex.title),
            instructions: ExerciseText::Trainer(ex.instructions),
            minutes: ex.minutes,
            kind: ex.kind,
            fields: ex.fields,
            builtin: false,
        });
    }
    Ok(out)
}

/// Read the trainer's exercise file at `path`. A missing file is no error: no exercises.
pub fn load_exercises(path: &Path) -> Result<Vec<Exercise>, ExerciseFileError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(ExerciseFileError::Io(e.to_string())),
    };
    if meta.len() > MAX_EXERCISES_BYTES {
        return Err(ExerciseFileError::TooLarge { size: meta.len() });
    }
    let bytes = std::fs::read(path).map_err(|e| ExerciseFileError::Io(e.to_string()))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        ExerciseFileError::Io(format!("not UTF-8 text at byte {}", e.valid_up_to()))
    })?;
    parse_exercises(text)
}

/// The built-in exercises followed by the trainer's from `<data_dir>/exercises.ron`. If that
/// file is broken, the built-in ones and the error (to show once).
pub fn all_exercises(data_dir: &Path) -> (Vec<Exercise>, Option<ExerciseFileError>) {
    let mut all = builtin_exercises();
    match load_exercises(&data_dir.join(EXERCISES_FILE)) {
        Ok(mut own) => {
            all.append(&mut own);
            (all, None)
        }
        Err(e) => (all, Some(e)),
    }
}
