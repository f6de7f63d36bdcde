//! The data folder: the only way user data reaches the disk.
//!
//! ```text
//! <data folder>/
//!   ssi-coach.lock          one writer at a time (a second copy opens read-only)
//!   settings.ron            app settings
//!   clients/<id>.ron        one file per client
//!   backups/<id>/<time>.ron last 10 saved versions + one per day for 30 days
//!   quarantine/             damaged files, moved aside, never deleted
//!   trash/                  deleted clients
//! ```
//!
//! Files are RON with a versioned envelope (see [`format`] and `docs/file-format.md`),
//! written atomically (temporary file in the same folder, fsync, rename, fsync of the folder),
//! readable by the user only on Unix. What the store promises and how each promise is tested
//! is in `docs/data-safety.md`.

mod autosave;
mod backup;
mod error;
mod folder;
pub mod format;
mod lines;
pub mod merge;
mod ops;

pub use autosave::{Autosaver, DEBOUNCE, MAX_DELAY, SaveStatus};
pub use backup::{BackupInfo, BackupKind, KEEP_DAYS, KEEP_LAST, to_prune};
pub use error::StoreError;
pub use folder::{
    ClientLookup, Clock, LOCK_FILE, LoadEvent, LoadProblem, LoadReport, SETTINGS_FILE,
    SecondVersion, Store, SyncNotice, content_hash, copy_of, find_client, read_clients,
};
pub use format::{
    MAX_FILE_BYTES, RECURSION_LIMIT, SCHEMA_VERSION, check_loader, client_to_ron,
    compact_json_size, load_client_file, parse_client,
};

use std::path::Path;

/// The file operations the store runs, as a trait: the seam through which tests make one step
/// of a save fail ([`seam::FaultyOps`]). Writing goes through [`write_file`] or the [`Store`].
pub mod seam {
    pub use super::ops::{FaultyOps, FileOps, PendingWrite, RealOps, Step};
}

use crate::model::Client;

/// Write `bytes` to `path` atomically: a temporary file in the same folder, synced, then
/// renamed over the old file, so a crash leaves the old file or the new one, never half of
/// one. For exports and pages written where the user chose (report, CSV, cohort page,
/// participant file).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    ops::write_atomic(&ops::RealOps, path, bytes)
}

/// Write a client file at any path atomically (for exports and tools; the app saves through
/// [`Store::save_client`], which also keeps backups).
pub fn save_client_file(path: &Path, client: &Client) -> Result<(), StoreError> {
    let text = client_to_ron(client)?;
    ops::write_atomic(&ops::RealOps, path, text.as_bytes())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{ActivityKind, ClientId, MessageEntry, ProfileItem};

    fn sample() -> Client {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut c = Client::new(ClientId::new("Dana Whitfield", 7), "Dana Whitfield", d);
        c.profile.set(ProfileItem::Photo, true);
        c.activity.add(d, ActivityKind::Comment, 3);
        c.messages
            .push(MessageEntry::new(1, d, "Sam \"Ortega\" <æøå>"));
        c
    }

    #[test]
    fn round_trip_through_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.ron");
        let c = sample();
        save_client_file(&path, &c).unwrap();
        assert_eq!(load_client_file(&path).unwrap(), c);
    }

    /// `text` with its checksum computed again (as the newer app that wrote it would).
    fn resummed(text: &str) -> String {
        let start = text.find("\"fnv1a64:").unwrap() + 1;
        let end = start + text[start..].find('"').unwrap();
        let zeroed = format!("{}fnv1a64:0000000000000000{}", &text[..start], &text[end..]);
        let sum = format::text_checksum(&zeroed);
        format!("{}{sum}{}", &text[..start], &text[end..])
    }

    #[test]
    fn newer_schema_is_refused_not_misread() {
        let text = client_to_ron(&sample())
            .unwrap()
            .replacen("schema: 2", "schema: 99", 1);
        let e = parse_client(&resummed(&text), Path::new("x.ron")).unwrap_err();
        assert!(
            matches!(e, StoreError::NewerSchema { schema: 99, .. }),
            "{e}"
        );
        // the same schema in a file whose checksum fails: damage, not a newer app
        let e = parse_client(&text, Path::new("x.ron")).unwrap_err();
        assert!(e.is_damage(), "{e}");
    }

    #[test]
    fn damaged_and_foreign_files_give_a_clear_error() {
        let text = client_to_ron(&sample()).unwrap();
        let deep = "(".repeat(RECURSION_LIMIT * 4);
        for bad in [&text[..text.len() / 2], "", "{\"json\": true}", &deep] {
            let e = parse_client(bad, Path::new("x.ron")).unwrap_err();
            assert!(matches!(e, StoreError::Damaged { .. }), "{e}");
            assert!(e.to_string().starts_with("x.ron: "));
        }
    }

    #[test]
    fn unknown_old_schema_is_not_guessed() {
        let text = client_to_ron(&sample())
            .unwrap()
            .replacen("schema: 2", "schema: 0", 1);
        let e = parse_client(&text, Path::new("x.ron")).unwrap_err();
        assert!(
            matches!(e, StoreError::UnknownSchema { schema: 0, .. }),
            "{e}"
        );
        assert!(e.is_damage());
    }
}
