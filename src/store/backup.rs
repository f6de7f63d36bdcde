//! Backups: `backups/<client id>/<UTC time>-n<sequence>.ron`, the last [`KEEP_LAST`] saved
//! versions plus the newest of each of the last [`KEEP_DAYS`] days. Copies taken before a
//! migration (`<UTC time>-n<sequence>-schema<N>.ron`) are never pruned.
//!
//! Backups are ordered by their sequence number (one more than the highest in the folder),
//! never by the wall-clock time in their names: a copy taken while the clock was ahead must
//! not stay "the newest" once the clock is set right. Names of older versions of the app
//! (`<UTC time>.ron`, no sequence) count as sequence 0 and are ordered by their time among
//! themselves.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

/// How many of the newest saved versions are kept.
pub const KEEP_LAST: usize = 10;
/// For how many days (today included) the newest version of each day is kept.
pub const KEEP_DAYS: i64 = 30;

const TIME_FORMAT: &str = "%Y%m%dT%H%M%S%.3fZ";

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    /// A saved version.
    Saved,
    /// The original file, taken before migrating it from this older schema.
    BeforeMigration(u32),
}

/// One backup of a client file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// The backup file.
    pub path: PathBuf,
    /// When it was taken (UTC, by the clock of the machine that took it).
    pub taken: NaiveDateTime,
    /// Its place in the order of backups of this client (0: named by an older app).
    pub seq: u64,
    /// Why it was taken.
    pub kind: BackupKind,
    /// Its size in bytes.
    pub size: u64,
}

/// The file name of backup number `seq`, taken at `taken`.
pub(crate) fn backup_name(taken: NaiveDateTime, seq: u64, kind: BackupKind) -> String {
    let time = taken.format(TIME_FORMAT);
    match kind {
        BackupKind::Saved => format!("{time}-n{seq:010}.ron"),
        BackupKind::BeforeMigration(schema) => format!("{time}-n{seq:010}-schema{schema}.ron"),
    }
}

/// Parse a backup file name into (time, sequence, kind); `None` for anything else
/// (temporary files, strangers). Names without a sequence (older apps) get sequence 0.
pub(crate) fn parse_name(name: &str) -> Option<(NaiveDateTime, u64, BackupKind)> {
    let stem = name.strip_suffix(".ron")?;
    let (rest, kind) = match stem.split_once("-schema") {
        Some((rest, schema)) => (rest, BackupKind::BeforeMigration(schema.parse().ok()?)),
        None => (stem, BackupKind::Saved),
    };
    let (time, seq) = match rest.split_once("-n") {
        Some((time, seq)) if !seq.is_empty() && seq.bytes().all(|b| b.is_ascii_digit()) => {
            (time, seq.parse().ok()?)
        }
        Some(_) => return None,
        None => (rest, 0),
    };
    let taken = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?;
    Some((taken, seq, kind))
}

/// The sequence number the next backup in `dir` gets: one more than the highest there.
pub(crate) fn next_seq(dir: &Path) -> u64 {
    list(dir).iter().map(|b| b.seq).max().map_or(1, |s| s + 1)
}

/// Newest first: by sequence, then (names of older apps) by time.
fn newest_first(a: &BackupInfo, b: &BackupInfo) -> std::cmp::Ordering {
    b.seq
        .cmp(&a.seq)
        .then(b.taken.cmp(&a.taken))
        .then(b.path.cmp(&a.path))
}

/// The backups in `dir`, newest first.
pub(crate) fn list(dir: &Path) -> Vec<BackupInfo> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut list: Vec<BackupInfo> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name();
            let (taken, seq, kind) = parse_name(name.to_str()?)?;
            let meta = e.metadata().ok().filter(|m| m.is_file())?;
            Some(BackupInfo {
                path: e.path(),
                taken,
                seq,
                kind,
                size: meta.len(),
            })
        })
        .collect();
    list.sort_by(newest_first);
    list
}

/// Which of `list` (newest first) the retention rule drops at `now`: everything that is not
/// among the [`KEEP_LAST`] newest saved versions, not the newest of one of the last
/// [`KEEP_DAYS`] days, and not a pre-migration copy.
pub fn to_prune(list: &[BackupInfo], now: NaiveDateTime) -> Vec<&BackupInfo> {
    let today = now.date();
    let first_day = today - chrono::Duration::days(KEEP_DAYS - 1);
    let mut days_seen = std::collections::BTreeSet::new();
    let mut kept = 0;
    let mut drop = Vec::new();
    let mut sorted: Vec<&BackupInfo> = list.iter().collect();
    sorted.sort_by(|a, b| newest_first(a, b));
    for b in sorted {
        if b.kind != BackupKind::Saved {
            continue;
        }
        let day = b.taken.date();
        let newest_of_day = day >= first_day && day <= today && days_seen.insert(day);
        if kept < KEEP_LAST || newest_of_day {
            kept += 1;
            continue;
        }
        drop.push(b);
    }
    drop
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 3, d)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    fn info(taken: NaiveDateTime, seq: u64, kind: BackupKind) -> BackupInfo {
        BackupInfo {
            path: PathBuf::from(backup_name(taken, seq, kind)),
            taken,
            seq,
            kind,
            size: 1,
        }
    }

    #[test]
    fn names_round_trip() {
        let t = at(4, 13, 7) + chrono::Duration::milliseconds(42);
        for kind in [BackupKind::Saved, BackupKind::BeforeMigration(3)] {
            assert_eq!(parse_name(&backup_name(t, 42, kind)), Some((t, 42, kind)));
        }
        // names of older apps, without a sequence
        assert_eq!(
            parse_name("20260304T130700.042Z.ron"),
            Some((t, 0, BackupKind::Saved))
        );
        assert_eq!(
            parse_name("20260304T130700.042Z-schema3.ron"),
            Some((t, 0, BackupKind::BeforeMigration(3)))
        );
        assert_eq!(parse_name(".20260304T130700.042Z.ron.abcdef"), None);
        assert_eq!(parse_name("20260304T130700.042Z-nx.ron"), None);
        assert_eq!(parse_name("notes.ron"), None);
    }

    #[test]
    fn keeps_last_ten_and_one_per_day_for_thirty_days() {
        // 40 days, 5 saves a day, plus a migration copy on day 1
        let mut list = Vec::new();
        for day in 0..40i64 {
            for h in 0..5 {
                let t = at(1, 8 + h, 0) + chrono::Duration::days(day);
                let seq = list.len() as u64 + 1;
                list.push(info(t, seq, BackupKind::Saved));
            }
        }
        list.push(info(at(1, 7, 0), 0, BackupKind::BeforeMigration(0)));
        let now = at(1, 23, 0) + chrono::Duration::days(39);
        let dropped = to_prune(&list, now);
        let kept: Vec<&BackupInfo> = list
            .iter()
            .filter(|b| !dropped.iter().any(|d| d.path == b.path))
            .collect();
        // the 10 newest: today's 5 and yesterday's 5
        let newest: Vec<_> = {
            let mut l: Vec<_> = list
                .iter()
                .filter(|b| b.kind == BackupKind::Saved)
                .collect();
            l.sort_by_key(|b| std::cmp::Reverse(b.taken));
            l.into_iter().take(10).collect()
        };
        for b in &newest {
            assert!(kept.contains(b), "{b:?}");
        }
        // one per day for the 28 days before those two
        for day in 0..30i64 {
            let d = now.date() - chrono::Duration::days(day);
            assert!(kept.iter().any(|b| b.taken.date() == d), "{d}");
        }
        // older days are gone, the migration copy stays
        assert!(!kept.iter().any(|b| b.kind == BackupKind::Saved
            && b.taken.date() < now.date() - chrono::Duration::days(29)));
        assert!(
            kept.iter()
                .any(|b| b.kind == BackupKind::BeforeMigration(0))
        );
        assert_eq!(kept.len(), 10 + 28 + 1);
    }

    #[test]
    fn a_backup_taken_while_the_clock_was_ahead_is_not_the_newest() {
        let ahead = info(at(30, 12, 0), 1, BackupKind::Saved);
        let later = info(at(2, 12, 0), 2, BackupKind::Saved);
        let old_app = info(at(31, 12, 0), 0, BackupKind::Saved);
        let mut l = vec![ahead.clone(), old_app.clone(), later.clone()];
        l.sort_by(newest_first);
        assert_eq!(l, vec![later, ahead, old_app]);
    }
}
