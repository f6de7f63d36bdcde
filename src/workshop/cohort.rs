//! A cohort: many participant files imported at once, and their statistics.
//!
//! Paths may be files (any extension) or folders: a folder contributes every `*.ssip` file
//! directly in it (not in subfolders; other files are ignored). Bad files are skipped with the
//! reason; the rest import. A participant counts once: the same file imported twice (same id,
//! same content) is a duplicate; two different exports of the same participant (same id) keep
//! the one with the later date (on the same date the one imported first).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::engine::{self, Band};
use crate::model::{Language, Lever, Pillar, ProfileItem};

use super::participant::{PARTICIPANT_EXTENSION, ParticipantError, ParticipantFile};

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SkipReason {
    /// It could not be read as a participant file.
    #[error("{0}")]
    Bad(ParticipantError),
    /// The folder could not be listed.
    #[error("cannot read the folder: {0}")]
    Folder(String),
    /// The same file (same participant, same content) was already imported.
    #[error("duplicate of {}", .0.display())]
    Duplicate(PathBuf),
    /// Another export of the same participant was kept (the later one).
    #[error("another export of the same participant is used: {}", .0.display())]
    Superseded(PathBuf),
}

impl SkipReason {
    /// A stable key for scripts: `unreadable`, `too_large`, `not_participant_file`,
    /// `damaged`, `newer_version`, `folder`, `duplicate`, `superseded`.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Bad(e) => e.key(),
            Self::Folder(_) => "folder",
            Self::Duplicate(_) => "duplicate",
            Self::Superseded(_) => "superseded",
        }
    }

    /// The reason in `lang`.
    pub fn message(&self, lang: Language) -> String {
        use crate::i18n::tr_args;
        let file = |p: &Path| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        match self {
            Self::Bad(e) => e.message(lang),
            Self::Folder(d) => tr_args(lang, "workshop.skip.folder", &[("detail", d)]),
            Self::Duplicate(p) => tr_args(lang, "workshop.skip.duplicate", &[("file", &file(p))]),
            Self::Superseded(p) => tr_args(lang, "workshop.skip.superseded", &[("file", &file(p))]),
        }
    }
}

/// A file that was not imported, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// The file (or folder) as given or found.
    pub file: PathBuf,
    /// Why.
    pub reason: SkipReason,
}

/// An imported participant and the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The file.
    pub file: PathBuf,
    /// Its content.
    pub participant: ParticipantFile,
}

/// The result of one import: what came in and what was skipped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CohortImport {
    /// Participants imported, in the order found (folders sorted by file name).
    pub participants: Vec<Imported>,
    /// Files skipped, with the reason, in the order found.
    pub skipped: Vec<Skipped>,
}

impl CohortImport {
    /// The imported participants as a cohort.
    pub fn into_cohort(self) -> Cohort {
        Cohort {
            participants: self.participants,
        }
    }

    /// The statistics of the imported participants (`None` if none came in).
    pub fn stats(&self) -> Option<CohortStats> {
        CohortStats::of(self.participants.iter().map(|i| &i.participant))
    }
}

/// The participants of one workshop.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cohort {
    /// Everyone imported so far, one entry per participant id.
    pub participants: Vec<Imported>,
}

/// Whether `path` has the participant extension (case-insensitive).
pub fn is_participant_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(PARTICIPANT_EXTENSION))
}

/// The files to read for `paths`: files as given, folders expanded to their `*.ssip` files
/// (sorted by name). Folders that cannot be listed become skips.
fn expand(paths: &[PathBuf], skipped: &mut Vec<Skipped>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        if !p.is_dir() {
            files.push(p.clone());
            continue;
        }
        match std::fs::read_dir(p) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|f| is_participant_path(f) && !f.is_dir())
                    .collect();
                found.sort();
                files.extend(found);
            }
            Err(e) => skipped.push(Skipped {
                file: p.clone(),
                reason: SkipReason::Folder(e.to_string()),
            }),
        }
    }
    files
}

impl Cohort {
    /// An empty cohort.
    pub fn new() -> Self {
        Self::default()
    }

    /// Import files and folders into a new cohort (see the module docs for the rules).
    pub fn import(paths: &[PathBuf]) -> CohortImport {
        let mut cohort = Self::new();
        let skipped = cohort.add_paths(paths);
        CohortImport {
            participants: cohort.participants,
            skipped,
        }
    }

    /// Import more files and folders into this cohort (drag and drop, a second folder);
    /// duplicates of participants already in the cohort are recognised. Returns what was
    /// skipped.
    pub fn add_paths(&mut self, paths: &[PathBuf]) -> Vec<Skipped> {
        let mut skipped = Vec::new();
        for file in expand(paths, &mut skipped) {
            let result = ParticipantFile::load(&file)
                .map_err(SkipReason::Bad)
                .and_then(|p| self.add(file.clone(), p));
            if let Err(reason) = result {
                skipped.push(Skipped { file, reason });
            }
        }
        skipped
    }

    /// Add one participant read from `file`. If the cohort already has this participant,
    /// the same content is a duplicate; otherwise the later date wins (on the same date the
    /// one already here), and the other one's file is the reason returned.
    /// `Ok` when `participant` is now in the cohort (it may have replaced an older export;
    /// see [`Self::add_reporting`] to learn which).
    pub fn add(&mut self, file: PathBuf, participant: ParticipantFile) -> Result<(), SkipReason> {
        self.add_reporting(file, participant).map(|_| ())
    }

    /// Like [`Self::add`], and on success the export it replaced, if any.
    pub fn add_reporting(
        &mut self,
        file: PathBuf,
        participant: ParticipantFile,
    ) -> Result<Option<Imported>, SkipReason> {
        let Some(pos) = self
            .participants
            .iter()
            .position(|i| i.participant.id == participant.id)
        else {
            self.participants.push(Imported { file, participant });
            return Ok(None);
        };
        let here = &self.participants[pos];
        if here.participant == participant {
            return Err(SkipReason::Duplicate(here.file.clone()));
        }
        if participant.date > here.participant.date {
            let old =
                std::mem::replace(&mut self.participants[pos], Imported { file, participant });
            Ok(Some(old))
        } else {
            Err(SkipReason::Superseded(here.file.clone()))
        }
    }

    /// Remove a participant by id; whether one was removed.
    pub fn remove(&mut self, id: &super::ParticipantId) -> bool {
        let before = self.participants.len();
        self.participants.retain(|i| &i.participant.id != id);
        self.participants.len() != before
    }

    /// The number of participants.
    pub fn len(&self) -> usize {
        self.participants.len()
    }

    /// Whether the cohort has no participants.
    pub fn is_empty(&self) -> bool {
        self.participants.is_empty()
    }

    /// The statistics (`None` for an empty cohort).
    pub fn stats(&self) -> Option<CohortStats> {
        CohortStats::of(self.participants.iter().map(|i| &i.participant))
    }
}

/// Mean, range and spread of one number over the cohort.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The mean.
    pub mean: f64,
    /// The lowest value.
    pub min: f64,
    /// The highest value.
    pub max: f64,
    /// The population standard deviation (0 for one participant).
    pub std_dev: f64,
}

impl Spread {
    /// The spread of `values` (`None` if empty).
    pub fn of(values: &[f64]) -> Option<Self> {
        if values.is_empty() {
            return None;
        }
        let n = values.len() as f64;
        let mean = values.iter().sum::<f64>() / n;
        let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
        Some(Self {
            mean,
            min: values.iter().copied().fold(f64::INFINITY, f64::min),
            max: values.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            std_dev: var.sqrt(),
        })
    }
}

/// A checklist item and how many participants have not ticked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissingItem {
    /// The item.
    pub item: ProfileItem,
    /// Participants missing it.
    pub missing: usize,
}

/// A lever and the points it has on offer for the group.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KnobOnOffer {
    /// The lever.
    pub lever: Lever,
    /// Its main pillar.
    pub pillar: Pillar,
    /// Points on the total summed over all participants.
    pub total_points: f64,
    /// The same per participant (over the whole cohort).
    pub mean_points: f64,
    /// Participants for whom it adds any points.
    pub participants: usize,
}

/// What the trainer sees of a cohort. Built from each participant's stored estimate (what
/// the participant saw when exporting) and, for the knobs, the stored inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortStats {
    /// Participants counted.
    pub participants: usize,
    /// Per pillar, in [`Pillar::ALL`] order.
    pub pillars: [Spread; 4],
    /// The total (0-100).
    pub total: Spread,
    /// Participants per band, in [`Band::ALL`] order.
    pub bands: [(Band, usize); 5],
    /// Checklist items missed by at least one participant, most missed first (ties in
    /// checklist order).
    pub missing_items: Vec<MissingItem>,
    /// Levers with points on offer, most points for the group first (ties in lever order).
    pub knobs: Vec<KnobOnOffer>,
    /// Participants who entered a real reading.
    pub with_reading: usize,
}

/// Points below this do not count as "on offer".
const MIN_POINTS: f64 = 0.005;

impl CohortStats {
    /// The statistics of `participants` (`None` if there are none).
    pub fn of<'a>(participants: impl IntoIterator<Item = &'a ParticipantFile>) -> Option<Self> {
        let list: Vec<&ParticipantFile> = participants.into_iter().collect();
        let per_pillar = |p: Pillar| -> Option<Spread> {
            let v: Vec<f64> = list.iter().map(|x| x.estimate.get(p)).collect();
            Spread::of(&v)
        };
        let pillars = [
            per_pillar(Pillar::Brand)?,
            per_pillar(Pillar::Find)?,
            per_pillar(Pillar::Engage)?,
            per_pillar(Pillar::Relationships)?,
        ];
        let totals: Vec<f64> = list.iter().map(|x| x.total()).collect();
        let total = Spread::of(&totals)?;
        let bands = Band::ALL.map(|b| (b, totals.iter().filter(|t| Band::of(**t) == b).count()));
        let mut missing_items: Vec<MissingItem> = ProfileItem::ALL
            .into_iter()
            .map(|item| MissingItem {
                item,
                missing: list.iter().filter(|x| !x.profile.is_done(item)).count(),
            })
            .filter(|m| m.missing > 0)
            .collect();
        // stable sort keeps checklist order among equals
        missing_items.sort_by_key(|m| std::cmp::Reverse(m.missing));

        let mut sums: BTreeMap<Lever, (f64, usize)> = BTreeMap::new();
        for p in &list {
            for k in engine::knobs(&p.engine_inputs()) {
                // a lever already at its target has nothing on offer, even if the engine
                // counts side effects of "reaching" it
                if k.points > MIN_POINTS && k.target > k.current {
                    let e = sums.entry(k.lever).or_insert((0.0, 0));
                    e.0 += k.points;
                    e.1 += 1;
                }
            }
        }
        let n = list.len() as f64;
        let order = engine::all_levers();
        let mut knobs: Vec<KnobOnOffer> = sums
            .into_iter()
            .map(|(lever, (sum, count))| KnobOnOffer {
                lever,
                pillar: engine::lever_pillar(lever),
                total_points: sum,
                mean_points: sum / n,
                participants: count,
            })
            .collect();
        let rank = |l: Lever| order.iter().position(|x| *x == l).unwrap_or(usize::MAX);
        knobs.sort_by(|a, b| {
            b.total_points
                .total_cmp(&a.total_points)
                .then(rank(a.lever).cmp(&rank(b.lever)))
        });
        Some(Self {
            participants: list.len(),
            pillars,
            total,
            bands,
            missing_items,
            knobs,
            with_reading: list.iter().filter(|x| x.reading.is_some()).count(),
        })
    }

    /// The spread of one pillar.
    pub fn pillar(&self, p: Pillar) -> &Spread {
        match p {
            Pillar::Brand => &self.pillars[0],
            Pillar::Find => &self.pillars[1],
            Pillar::Engage => &self.pillars[2],
            Pillar::Relationships => &self.pillars[3],
        }
    }

    /// The number of participants in `band`.
    pub fn band_count(&self, band: Band) -> usize {
        self.bands
            .iter()
            .find(|(b, _)| *b == band)
            .map_or(0, |(_, n)| *n)
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A spread as printed: one decimal, `null` without participants.
#[derive(serde::Serialize)]
struct SpreadOut {
    mean: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
}

impl SpreadOut {
    fn of(s: Option<&Spread>) -> Self {
        Self {
            mean: s.map(|s| round1(s.mean)),
            min: s.map(|s| round1(s.min)),
            max: s.map(|s| round1(s.max)),
        }
    }
}

#[derive(serde::Serialize)]
struct SkippedOut {
    file: String,
    reason: String,
}

#[derive(serde::Serialize)]
struct PillarsOut {
    brand: SpreadOut,
    find: SpreadOut,
    engage: SpreadOut,
    relationships: SpreadOut,
}

#[derive(serde::Serialize)]
struct BandsOut {
    below_50: usize,
    #[serde(rename = "50_60")]
    from_50: usize,
    #[serde(rename = "60_70")]
    from_60: usize,
    #[serde(rename = "70_80")]
    from_70: usize,
    #[serde(rename = "80_plus")]
    from_80: usize,
}

/// The document of `cohort --json`; fields in the documented order.
#[derive(serde::Serialize)]
struct CohortOut {
    participants: usize,
    skipped: Vec<SkippedOut>,
    pillars: PillarsOut,
    total: SpreadOut,
    bands: BandsOut,
    missing_items: Vec<&'static str>,
}

/// The JSON of `ssi-coach cohort PATH... --json`, keys in this order:
/// `{"participants","skipped":[{"file","reason"}],"pillars":{"brand":{"mean","min","max"},
/// "find","engage","relationships"},"total":{..},"bands":{"below_50":N,"50_60","60_70",
/// "70_80","80_plus"},"missing_items":[..]}`; numbers rounded to one decimal. With no
/// participants, means, minimums and maximums are `null` and every band is 0.
pub fn cohort_json(import: &CohortImport) -> String {
    let stats = import.stats();
    let st = stats.as_ref();
    let spread = |p: Pillar| SpreadOut::of(st.map(|s| s.pillar(p)));
    let band = |b: Band| st.map_or(0, |s| s.band_count(b));
    let out = CohortOut {
        participants: import.participants.len(),
        skipped: import
            .skipped
            .iter()
            .map(|s| SkippedOut {
                file: s.file.display().to_string(),
                reason: s.reason.to_string(),
            })
            .collect(),
        pillars: PillarsOut {
            brand: spread(Pillar::Brand),
            find: spread(Pillar::Find),
            engage: spread(Pillar::Engage),
            relationships: spread(Pillar::Relationships),
        },
        total: SpreadOut::of(st.map(|s| &s.total)),
        bands: BandsOut {
            below_50: band(Band::Below50),
            from_50: band(Band::From50To60),
            from_60: band(Band::From60To70),
            from_70: band(Band::From70To80),
            from_80: band(Band::From80),
        },
        missing_items: st
            .map(|s| s.missing_items.iter().map(|m| m.item.key()).collect())
            .unwrap_or_default(),
    };
    // plain data of strings, numbers and options: serialising cannot fail
    serde_json::to_string(&out).unwrap_or_else(|_| String::from("{}"))
}
