//! Backups: `backups/<client id>/<UTC time>.ron`, the last [`KEEP_LAST`] saved versions plus
//! the newest of each of the last [`KEEP_DAYS`] days. Copies taken before a migration
//! (`<UTC time>-schema<N>.ron`) are never pruned.

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
    /// When it was taken (UTC).
    pub taken: NaiveDateTime,
    /// Why it was taken.
    pub kind: BackupKind,
    /// Its size in bytes.
    pub size: u64,
}

/// The file name of a backup taken at `taken`.
pub(crate) fn backup_name(taken: NaiveDateTime, kind: BackupKind) -> String {
    let time = taken.format(TIME_FORMAT);
    match kind {
        BackupKind::Saved => format!("{time}.ron"),
        BackupKind::BeforeMigration(schema) => format!("{time}-schema{schema}.ron"),
    }
}

/// Parse a backup file name; `None` for anything else (temporary files, strangers).
pub(crate) fn parse_name(name: &str) -> Option<(NaiveDateTime, BackupKind)> {
    let stem = name.strip_suffix(".ron")?;
    let (time, kind) = match stem.split_once("-schema") {
        Some((time, schema)) => (time, BackupKind::BeforeMigration(schema.parse().ok()?)),
        None => (stem, BackupKind::Saved),
    };
    let taken = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?;
    Some((taken, kind))
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
            let (taken, kind) = parse_name(name.to_str()?)?;
            let meta = e.metadata().ok().filter(|m| m.is_file())?;
            Some(BackupInfo {
                path: e.path(),
                taken,
                kind,
                size: meta.len(),
            })
        })
        .collect();
    list.sort_by(|a, b| b.taken.cmp(&a.taken).then(b.path.cmp(&a.path)));
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
    sorted.sort_by_key(|b| std::cmp::Reverse(b.taken));
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

    fn info(taken: NaiveDateTime, kind: BackupKind) -> BackupInfo {
        BackupInfo {
            path: PathBuf::from(backup_name(taken, kind)),
            taken,
            kind,
            size: 1,
        }
    }

    #[test]
    fn names_round_trip() {
        let t = at(4, 13, 7) + chrono::Duration::milliseconds(42);
        for kind in [BackupKind::Saved, BackupKind::BeforeMigration(3)] {
            assert_eq!(parse_name(&backup_name(t, kind)), Some((t, kind)));
        }
        assert_eq!(parse_name(".20260304T130700.042Z.ron.abcdef"), None);
        assert_eq!(parse_name("notes.ron"), None);
    }

    #[test]
    fn keeps_last_ten_and_one_per_day_for_thirty_days() {
        // 40 days, 5 saves a day, plus a migration copy on day 1
        let mut list = Vec::new();
        for day in 0..40i64 {
            for h in 0..5 {
                let t = at(1, 8 + h, 0) + chrono::Duration::days(day);
                list.push(info(t, BackupKind::Saved));
            }
        }
        list.push(info(at(1, 7, 0), BackupKind::BeforeMigration(0)));
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
}
