//! The participant file: one small, versioned file a workshop participant exports and the
//! trainer imports into a cohort.
//!
//! RON with an envelope like the client files, plus a `format` marker so a client file or any
//! other RON is recognised as "not a participant file" rather than "damaged":
//!
//! ```ron
//! (
//!   format: "ssi-coach-participant",
//!   schema: 1,
//!   app_version: "0.1.0",
//!   participant: ( id: "3f9c0a7e52d1b846", name: None, date: "2026-11-23", ... ),
//! )
//! ```
//!
//! The extension is `.ssip` ([`PARTICIPANT_EXTENSION`]); see `docs/workshop.md`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::engine::{self, Inputs};
use crate::model::{
    Date, Language, PillarScores, ProfileChecklist, ProfileItem, Reading, WeeklyGoals,
};

/// The marker in the envelope's `format` field.
pub const PARTICIPANT_FORMAT: &str = "ssi-coach-participant";
/// The schema version of participant files this app writes.
pub const PARTICIPANT_SCHEMA: u32 = 1;
/// The file extension (without the dot) of participant files; folder imports read only these.
pub const PARTICIPANT_EXTENSION: &str = "ssip";
/// Participant files larger than this are refused before parsing (1 MB; a real one is ~3 kB).
pub const MAX_PARTICIPANT_BYTES: u64 = 1024 * 1024;
/// How deep the RON may nest before the parser gives up.
const RECURSION_LIMIT: usize = 64;
/// The most characters an exercise answer or a name may have.
pub const MAX_TEXT_CHARS: usize = 20_000;

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Why a participant file could not be read or written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParticipantError {
    /// The file could not be read or written.
    #[error("cannot read or write the file: {0}")]
    Io(String),
    /// The file is larger than [`MAX_PARTICIPANT_BYTES`].
    #[error("the file is too large for a participant file ({size} bytes)")]
    TooLarge {
        /// Its size in bytes.
        size: u64,
    },
    /// The file is something else (a client file, a photo, a text).
    #[error("not a participant file")]
    NotParticipantFile,
    /// The file says it is a participant file but cannot be read.
    #[error("the participant file is damaged: {0}")]
    Damaged(String),
    /// A newer version of SSI Coach wrote the file.
    #[error("the participant file was written by a newer version of SSI Coach (format {schema})")]
    NewerVersion {
        /// The file's schema.
        schema: u32,
    },
    /// The participant could not be turned into text (should not happen).
    #[error("cannot write the participant file: {0}")]
    Serialize(String),
}

impl ParticipantError {
    /// A stable key for scripts and the i18n key suffix (`workshop.error.<key>`).
    pub fn key(&self) -> &'static str {
        match self {
            Self::Io(_) => "unreadable",
            Self::TooLarge { .. } => "too_large",
            Self::NotParticipantFile => "not_participant_file",
            Self::Damaged(_) => "damaged",
            Self::NewerVersion { .. } => "newer_version",
            Self::Serialize(_) => "serialize",
        }
    }

    /// The message in `lang`, with the technical detail (in English) where there is one.
    pub fn message(&self, lang: Language) -> String {
        use crate::i18n::{tr, tr_args};
        match self {
            Self::Io(d) => tr_args(lang, "workshop.error.unreadable", &[("detail", d)]),
            Self::TooLarge { size } => tr_args(
                lang,
                "workshop.error.too_large",
                &[("size", &format!("{}", size / 1024))],
            ),
            Self::NotParticipantFile => tr(lang, "workshop.error.not_participant_file").to_owned(),
            Self::Damaged(d) => tr_args(lang, "workshop.error.damaged", &[("detail", d)]),
            Self::NewerVersion { .. } => tr(lang, "workshop.error.newer_version").to_owned(),
            Self::Serialize(d) => tr_args(lang, "workshop.error.serialize", &[("detail", d)]),
        }
    }
}

/// A participant's random, stable id: recognises the same participant's file imported twice.
/// 16 lowercase hex digits when made by [`ParticipantId::random`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParticipantId(pub String);

impl ParticipantId {
    /// A new random id (from the standard library's randomly seeded hasher, the clock and a
    /// counter; unique enough for a room of participants, not a secret).
    pub fn random() -> Self {
        use std::hash::{BuildHasher, Hasher};
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        h.write_u128(nanos);
        h.write_u32(std::process::id());
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        Self(format!("{:016x}", h.finish()))
    }

    /// Whether the id is 8-64 characters of `a-z`, `0-9` and `-`.
    pub fn is_valid(&self) -> bool {
        (8..=64).contains(&self.0.len())
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }
}

impl std::fmt::Display for ParticipantId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a participant did in one exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseResult {
    /// Written answers, one per field (headline and about; three invitation notes; ...).
    pub texts: Vec<String>,
    /// Ticked or chosen items as stable keys: profile item keys (`photo`, ...) for the audit,
    /// lever keys (`comments`, ...) for the week plan.
    pub ticked: Vec<String>,
    /// When the participant finished it (local time, injected by the caller).
    pub finished_at: Option<chrono::NaiveDateTime>,
}

/// The engine inputs as stored in a participant file: the rates and counts of
/// [`engine::Inputs`] without calibration. A copy so that the file format does not change
/// when the engine's internal type does; unknown fields of newer apps are ignored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[allow(missing_docs)] // the fields mirror `engine::Inputs` one to one
pub struct ParticipantInputs {
    pub profile: std::collections::BTreeSet<ProfileItem>,
    pub skills: u32,
    pub recommendations: u32,
    pub sales_navigator: bool,
    pub connections: f64,
    pub decision_makers: f64,
    pub articles_per_month: f64,
    pub posts_per_week: f64,
    pub comments_per_week: f64,
    pub likes_per_week: f64,
    pub shares_per_week: f64,
    pub group_posts_per_week: f64,
    pub searches_per_week: f64,
    pub saved_searches: f64,
    pub leads_saved_per_week: f64,
    pub profile_view_follow_ups_per_week: f64,
    pub invitations_with_note_per_week: f64,
    pub invitations_without_note_per_week: f64,
    pub acceptances_per_week: f64,
    pub messages_per_week: f64,
    pub decision_maker_messages_per_week: f64,
    pub inmails_per_week: f64,
    pub reply_rate: Option<f64>,
    pub active_days_28: f64,
}

impl From<&Inputs> for ParticipantInputs {
    fn from(i: &Inputs) -> Self {
        Self {
            profile: i.profile.clone(),
            skills: i.skills,
            recommendations: i.recommendations,
            sales_navigator: i.sales_navigator,
            connections: i.connections,
            decision_makers: i.decision_makers,
            articles_per_month: i.articles_per_month,
            posts_per_week: i.posts_per_week,
            comments_per_week: i.comments_per_week,
            likes_per_week: i.likes_per_week,
            shares_per_week: i.shares_per_week,
            group_posts_per_week: i.group_posts_per_week,
            searches_per_week: i.searches_per_week,
            saved_searches: i.saved_searches,
            leads_saved_per_week: i.leads_saved_per_week,
            profile_view_follow_ups_per_week: i.profile_view_follow_ups_per_week,
            invitations_with_note_per_week: i.invitations_with_note_per_week,
            invitations_without_note_per_week: i.invitations_without_note_per_week,
            acceptances_per_week: i.acceptances_per_week,
            messages_per_week: i.messages_per_week,
            decision_maker_messages_per_week: i.decision_maker_messages_per_week,
            inmails_per_week: i.inmails_per_week,
            reply_rate: i.reply_rate,
            active_days_28: i.active_days_28,
        }
    }
}

impl ParticipantInputs {
    /// The engine's inputs (no calibration).
    pub fn to_engine(&self) -> Inputs {
        Inputs {
            profile: self.profile.clone(),
            skills: self.skills,
            recommendations: self.recommendations,
            sales_navigator: self.sales_navigator,
            connections: self.connections,
            decision_makers: self.decision_makers,
            articles_per_month: self.articles_per_month,
            posts_per_week: self.posts_per_week,
            comments_per_week: self.comments_per_week,
            likes_per_week: self.likes_per_week,
            shares_per_week: self.shares_per_week,
            group_posts_per_week: self.group_posts_per_week,
            searches_per_week: self.searches_per_week,
            saved_searches: self.saved_searches,
            leads_saved_per_week: self.leads_saved_per_week,
            profile_view_follow_ups_per_week: self.profile_view_follow_ups_per_week,
            invitations_with_note_per_week: self.invitations_with_note_per_week,
            invitations_without_note_per_week: self.invitations_without_note_per_week,
            acceptances_per_week: self.acceptances_per_week,
            messages_per_week: self.messages_per_week,
            decision_maker_messages_per_week: self.decision_maker_messages_per_week,
            inmails_per_week: self.inmails_per_week,
            reply_rate: self.reply_rate,
            active_days_28: self.active_days_28,
            calibration: PillarScores::default(),
        }
    }

    /// The name of the first value that is negative, not finite or absurdly large.
    fn invalid_field(&self) -> Option<&'static str> {
        let fields: [(&'static str, f64); 19] = [
            ("connections", self.connections),
            ("decision_makers", self.decision_makers),
            ("articles_per_month", self.articles_per_month),
            ("posts_per_week", self.posts_per_week),
            ("comments_per_week", self.comments_per_week),
            ("likes_per_week", self.likes_per_week),
            ("shares_per_week", self.shares_per_week),
            ("group_posts_per_week", self.group_posts_per_week),
            ("searches_per_week", self.searches_per_week),
            ("saved_searches", self.saved_searches),
            ("leads_saved_per_week", self.leads_saved_per_week),
            (
                "profile_view_follow_ups_per_week",
                self.profile_view_follow_ups_per_week,
            ),
            (
                "invitations_with_note_per_week",
                self.invitations_with_note_per_week,
            ),
            (
                "invitations_without_note_per_week",
                self.invitations_without_note_per_week,
            ),
            ("acceptances_per_week", self.acceptances_per_week),
            ("messages_per_week", self.messages_per_week),
            (
                "decision_maker_messages_per_week",
                self.decision_maker_messages_per_week,
            ),
            ("inmails_per_week", self.inmails_per_week),
            ("active_days_28", self.active_days_28),
        ];
        if let Some((name, _)) = fields
            .iter()
            .find(|(_, v)| !v.is_finite() || *v < 0.0 || *v > 1e7)
        {
            return Some(name);
        }
        if self.active_days_28 > 28.0 {
            return Some("active_days_28");
        }
        match self.reply_rate {
            Some(r) if !(0.0..=1.0).contains(&r) => Some("reply_rate"),
            _ => None,
        }
    }
}

/// One participant's workshop result: what the participant file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParticipantFile {
    /// Random, stable id: the same participant exporting twice has the same id.
    pub id: ParticipantId,
    /// A name only if the participant chose to give one (anonymous by default).
    #[serde(default)]
    pub name: Option<String>,
    /// The day of the workshop (injected, never read from the clock here).
    pub date: Date,
    /// The profile checklist.
    #[serde(default)]
    pub profile: ProfileChecklist,
    /// The weekly goals the participant set.
    #[serde(default)]
    pub goals: WeeklyGoals,
    /// The engine inputs the estimate was computed from.
    #[serde(default)]
    pub inputs: ParticipantInputs,
    /// The estimate of the four pillars when the file was written (an estimate, not
    /// LinkedIn's score). The cohort statistics use these numbers.
    pub estimate: PillarScores,
    /// The real SSI the participant read on LinkedIn, if entered.
    #[serde(default)]
    pub reading: Option<Reading>,
    /// Exercise results by exercise id.
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseResult>,
}

/// The envelope as written.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    schema: u32,
    app_version: &'a str,
    participant: &'a ParticipantFile,
}

/// The envelope as read.
#[derive(Deserialize)]
struct FileIn {
    participant: ParticipantFile,
}

/// Only the version fields, read first.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: String,
    /// 0 when missing.
    #[serde(default)]
    schema: u32,
}

impl ParticipantFile {
    /// A new anonymous participant with a random id and an empty result.
    pub fn new(date: Date) -> Self {
        Self {
            id: ParticipantId::random(),
            name: None,
            date,
            profile: ProfileChecklist::default(),
            goals: WeeklyGoals::default(),
            inputs: ParticipantInputs::default(),
            estimate: PillarScores::default(),
            reading: None,
            exercises: BTreeMap::new(),
        }
    }

    /// Set the engine inputs and recompute the stored estimate from them.
    pub fn set_inputs(&mut self, inputs: &Inputs) {
        self.inputs = ParticipantInputs::from(inputs);
        self.refresh_estimate();
    }

    /// Copy the checklist (ticked items, skills, recommendations) into the inputs and
    /// recompute the estimate: after the profile audit.
    pub fn apply_checklist(&mut self) {
        self.inputs.profile = self.profile.done.clone();
        self.inputs.skills = self.profile.skills;
        self.inputs.recommendations = self.profile.recommendations;
        self.refresh_estimate();
    }

    /// Recompute the stored estimate from the stored inputs.
    pub fn refresh_estimate(&mut self) {
        self.estimate = engine::score(&self.inputs.to_engine()).pillars;
    }

    /// Store the result of exercise `id` (replacing an earlier one).
    pub fn record_exercise(&mut self, id: &str, result: ExerciseResult) {
        self.exercises.insert(id.to_owned(), result);
    }

    /// The engine inputs stored in the file.
    pub fn engine_inputs(&self) -> Inputs {
        self.inputs.to_engine()
    }

    /// The total of the stored estimate (0-100).
    pub fn total(&self) -> f64 {
        self.estimate.total()
    }

    /// The profile checklist items not ticked, in checklist order.
    pub fn missing_items(&self) -> Vec<ProfileItem> {
        ProfileItem::ALL
            .into_iter()
            .filter(|i| !self.profile.is_done(*i))
            .collect()
    }

    /// The name to show: the given name, else `None` (anonymous).
    pub fn display_name(&self) -> Option<&str> {
        self.name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
    }

    /// A file name for an export: `participant-<date>-<id>.ssip`.
    pub fn suggested_file_name(&self) -> String {
        format!(
            "participant-{}-{}.{PARTICIPANT_EXTENSION}",
            self.date.format("%Y-%m-%d"),
            self.id
        )
    }

    /// The file text: pretty-printed RON in the current schema.
    pub fn to_ron(&self) -> Result<String, ParticipantError> {
        if let Err(e) = self.validate() {
            return Err(ParticipantError::Serialize(e));
        }
        let file = FileOut {
            format: PARTICIPANT_FORMAT,
            schema: PARTICIPANT_SCHEMA,
            app_version: env!("CARGO_PKG_VERSION"),
            participant: self,
        };
        let mut text =
            ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::new().indentor("  "))
                .map_err(|e| ParticipantError::Serialize(e.to_string()))?;
        text.push('\n');
        Ok(text)
    }

    /// Parse the text of a participant file of any known schema. A byte order mark (added
    /// by some editors) is skipped.
    pub fn parse(text: &str) -> Result<Self, ParticipantError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() as u64 > MAX_PARTICIPANT_BYTES {
            return Err(ParticipantError::TooLarge {
                size: text.len() as u64,
            });
        }
        let head: Header = match ron_options().from_str(text) {
            Ok(h) => h,
            // a participant file that broke, or something else entirely
            Err(e) if text.contains(PARTICIPANT_FORMAT) => {
                return Err(ParticipantError::Damaged(e.to_string()));
            }
            Err(_) => return Err(ParticipantError::NotParticipantFile),
        };
        if head.format != PARTICIPANT_FORMAT {
            return Err(ParticipantError::NotParticipantFile);
        }
        // one schema so far; a second one adds a frozen type and a migration here
        match head.schema {
            s if s > PARTICIPANT_SCHEMA => {
                return Err(ParticipantError::NewerVersion { schema: s });
            }
            PARTICIPANT_SCHEMA => {}
            0 => return Err(ParticipantError::Damaged("no format version".to_owned())),
            s => {
                return Err(ParticipantError::Damaged(format!("unknown format {s}")));
            }
        }
        let file: FileIn = ron_options()
            .from_str(text)
            .map_err(|e| ParticipantError::Damaged(e.to_string()))?;
        let p = file.participant;
        p.validate().map_err(ParticipantError::Damaged)?;
        Ok(p)
    }

    /// Check what the types cannot: a valid id, finite numbers in range, texts of sane size.
    fn validate(&self) -> Result<(), String> {
        if !self.id.is_valid() {
            return Err(format!("invalid participant id '{}'", self.id.0));
        }
        if let Some(field) = self.inputs.invalid_field() {
            return Err(format!("value out of range: {field}"));
        }
        let pillar_ok = |s: &PillarScores| {
            crate::model::Pillar::ALL
                .iter()
                .all(|p| s.get(*p).is_finite() && (0.0..=25.0).contains(&s.get(*p)))
        };
        if !pillar_ok(&self.estimate) {
            return Err("estimate out of range (0-25 per pillar)".to_owned());
        }
        if let Some(r) = &self.reading
            && (!pillar_ok(&r.pillars) || !r.total.is_finite() || !(0.0..=100.0).contains(&r.total))
        {
            return Err("reading out of range".to_owned());
        }
        let too_long = |s: &str| s.chars().count() > MAX_TEXT_CHARS;
        if self.name.as_deref().is_some_and(too_long) {
            return Err("name too long".to_owned());
        }
        for (id, r) in &self.exercises {
            if too_long(id) || r.texts.iter().any(|t| too_long(t)) || r.ticked.len() > 1000 {
                return Err(format!("exercise result '{id}' too long"));
            }
        }
        Ok(())
    }

    /// Write the file atomically (temporary file, sync, rename), with the same rules as
    /// client files: a file of a newer app at `path` is never overwritten (`NewerVersion`), a
    /// file that is not a readable participant file (damaged, something else) is moved aside
    /// first, never overwritten (see [`Self::save_keeping`]).
    pub fn save(&self, path: &Path) -> Result<(), ParticipantError> {
        self.save_keeping(path).map(|_| ())
    }

    /// [`Self::save`], returning where a file that did not load was moved
    /// (`<name>.damaged-<UTC time>` next to it), if one was.
    pub fn save_keeping(
        &self,
        path: &Path,
    ) -> Result<Option<std::path::PathBuf>, ParticipantError> {
        let text = self.to_ron()?;
        let set_aside = if path.exists() {
            match Self::load(path) {
                Ok(_) => None,
                Err(e @ (ParticipantError::NewerVersion { .. } | ParticipantError::Io(_))) => {
                    return Err(e);
                }
                Err(_) => {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
                    let mut aside = path.with_file_name(format!("{name}.damaged-{stamp}"));
                    let mut n = 1;
                    while aside.exists() {
                        aside = path.with_file_name(format!("{name}.damaged-{stamp}-{n}"));
                        n += 1;
                    }
                    std::fs::rename(path, &aside)
                        .map_err(|e| ParticipantError::Io(e.to_string()))?;
                    Some(aside)
                }
            }
        } else {
            None
        };
        crate::store::write_file(path, text.as_bytes())
            .map_err(|e| ParticipantError::Io(e.to_string()))?;
        Ok(set_aside)
    }

    /// Read a participant file: size-checked before reading, parsed with a recursion limit.
    pub fn load(path: &Path) -> Result<Self, ParticipantError> {
        use std::io::Read;
        let meta = std::fs::metadata(path).map_err(|e| ParticipantError::Io(e.to_string()))?;
        if meta.is_dir() {
            return Err(ParticipantError::NotParticipantFile);
        }
        if meta.len() > MAX_PARTICIPANT_BYTES {
            return Err(ParticipantError::TooLarge { size: meta.len() });
        }
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .map_err(|e| ParticipantError::Io(e.to_string()))?
            .take(MAX_PARTICIPANT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ParticipantError::Io(e.to_string()))?;
        if bytes.len() as u64 > MAX_PARTICIPANT_BYTES {
            return Err(ParticipantError::TooLarge {
                size: bytes.len() as u64,
            });
        }
        // binary data (a photo, a ZIP) is not a participant file
        let text = std::str::from_utf8(&bytes).map_err(|_| ParticipantError::NotParticipantFile)?;
        Self::parse(text)
    }
}
