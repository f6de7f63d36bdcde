//! Errors of the store, each with an i18n key so the UI can say what happened.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::i18n::{Language, tr_args};

use super::{MAX_FILE_BYTES, SCHEMA_VERSION};

/// What can go wrong reading or writing the data folder.
///
/// Cheap to clone (the OS error is shared), so a failed save can be shown in a status bar and
/// kept in [`super::SaveStatus`].
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// A file or folder could not be read or written (disk full, permission denied, ...).
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The OS error.
        source: Arc<io::Error>,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error(
        "{path}: the file is {size} bytes, larger than a client file can be ({MAX_FILE_BYTES} bytes)"
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
    },
    /// The file is not a client file or is damaged.
    #[error("{path}: not a valid SSI Coach file ({message})")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// The parser's message.
        message: String,
    },
    /// The file reads as a client file but its content no longer matches the checksum it was
    /// saved with: changed outside SSI Coach (edited by hand, or damaged on disk in a way that
    /// still parses). Moved aside like damage; the user can keep it as it is or restore a
    /// backup.
    #[error("{path}: changed outside SSI Coach after it was saved (the checksum does not match)")]
    ChangedOutside {
        /// The file.
        path: PathBuf,
    },
    /// The file holds a value no SSI Coach writes (edited by hand): a number that is not a
    /// number (`NaN`, infinity), a date outside 1900-9999.
    #[error("{path}: {message}")]
    BadValue {
        /// The file.
        path: PathBuf,
        /// What is wrong, and where.
        message: String,
    },
    /// The file was written by a newer version of the app: it is read, if at all, read-only and
    /// never overwritten.
    #[error(
        "{path}: written by a newer SSI Coach (file schema {schema}, this app reads up to {SCHEMA_VERSION}); update the app"
    )]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The file's schema.
        schema: u32,
    },
    /// The file has a schema number no SSI Coach ever wrote.
    #[error("{path}: unknown file schema {schema}")]
    UnknownSchema {
        /// The file.
        path: PathBuf,
        /// The file's schema.
        schema: u32,
    },
    /// The data could not be turned into file text.
    #[error("cannot write the data: {0}")]
    Serialize(String),
    /// Another copy of SSI Coach has the data folder open; this one is read-only.
    #[error("{dir}: another copy of SSI Coach is using this data folder; opened read-only")]
    Locked {
        /// The data folder.
        dir: PathBuf,
    },
    /// The client id cannot be used as a file name.
    #[error("invalid client id '{id}'")]
    InvalidId {
        /// The id.
        id: String,
    },
}

impl StoreError {
    pub(crate) fn io(path: &Path, source: io::Error) -> Self {
        Self::Io {
            path: path.to_owned(),
            source: Arc::new(source),
        }
    }

    /// The i18n key of the user-facing message (see `src/i18n/store.rs`).
    pub fn key(&self) -> &'static str {
        match self {
            Self::Io { source, .. } => match source.kind() {
                io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
                    "store.error.disk_full"
                }
                io::ErrorKind::ReadOnlyFilesystem => "store.error.read_only_fs",
                io::ErrorKind::PermissionDenied => "store.error.permission",
                io::ErrorKind::NotFound => "store.error.not_found",
                _ => "store.error.io",
            },
            Self::TooLarge { .. } => "store.error.too_large",
            Self::Damaged { .. } => "store.error.damaged",
            Self::ChangedOutside { .. } => "store.error.changed_outside",
            Self::BadValue { .. } => "store.error.bad_value",
            Self::NewerSchema { .. } => "store.error.newer",
            Self::UnknownSchema { .. } => "store.error.unknown_schema",
            Self::Serialize(_) => "store.error.serialize",
            Self::Locked { .. } => "store.error.locked",
            Self::InvalidId { .. } => "store.error.invalid_id",
        }
    }

    /// The file or folder concerned, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Io { path, .. }
            | Self::TooLarge { path, .. }
            | Self::Damaged { path, .. }
            | Self::ChangedOutside { path }
            | Self::BadValue { path, .. }
            | Self::NewerSchema { path, .. }
            | Self::UnknownSchema { path, .. } => Some(path),
            Self::Locked { dir } => Some(dir),
            Self::Serialize(_) | Self::InvalidId { .. } => None,
        }
    }

    /// Whether the file itself is unreadable as data (damaged, too large, unknown schema):
    /// such a file is moved to `quarantine/`. Read errors and newer files are left in place.
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            Self::Damaged { .. }
                | Self::ChangedOutside { .. }
                | Self::BadValue { .. }
                | Self::TooLarge { .. }
                | Self::UnknownSchema { .. }
        )
    }

    /// The message for the user, in `lang`: the translated text of [`Self::key`] with the
    /// file, size, schema or OS reason filled in.
    pub fn message(&self, lang: Language) -> String {
        let path = self
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let reason = match self {
            Self::Io { source, .. } => source.to_string(),
            Self::Damaged { message, .. }
            | Self::BadValue { message, .. }
            | Self::Serialize(message) => message.clone(),
            Self::InvalidId { id } => id.clone(),
            _ => String::new(),
        };
        let size = match self {
            Self::TooLarge { size, .. } => (size / (1024 * 1024)).to_string(),
            _ => String::new(),
        };
        let schema = match self {
            Self::NewerSchema { schema, .. } | Self::UnknownSchema { schema, .. } => {
                schema.to_string()
            }
            _ => String::new(),
        };
        tr_args(
            lang,
            self.key(),
            &[
                ("path", &path),
                ("reason", &reason),
                ("size", &size),
                ("schema", &schema),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_errors() -> Vec<StoreError> {
        let p = Path::new("clients/x.ron");
        let mut v: Vec<StoreError> = [
            io::ErrorKind::StorageFull,
            io::ErrorKind::QuotaExceeded,
            io::ErrorKind::ReadOnlyFilesystem,
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::NotFound,
            io::ErrorKind::Other,
        ]
        .into_iter()
        .map(|k| StoreError::io(p, io::Error::new(k, "os says no")))
        .collect();
        v.extend([
            StoreError::TooLarge {
                path: p.to_owned(),
                size: 100 << 20,
            },
            StoreError::Damaged {
                path: p.to_owned(),
                message: "bad".to_owned(),
            },
            StoreError::BadValue {
                path: p.to_owned(),
                message: "reading of 2026-01-05: total is not a number".to_owned(),
            },
            StoreError::ChangedOutside { path: p.to_owned() },
            StoreError::NewerSchema {
                path: p.to_owned(),
                schema: 7,
            },
            StoreError::UnknownSchema {
                path: p.to_owned(),
                schema: 0,
            },
            StoreError::Serialize("x".to_owned()),
            StoreError::Locked { dir: p.to_owned() },
            StoreError::InvalidId {
                id: "../x".to_owned(),
            },
        ]);
        v
    }

    #[test]
    fn every_error_has_a_translated_message_in_every_language() {
        for e in all_errors() {
            assert!(crate::i18n::has_key(e.key()), "{} has no text", e.key());
            let texts: Vec<String> = Language::ALL.into_iter().map(|l| e.message(l)).collect();
            for t in &texts {
                assert!(!t.contains('{'), "{}: unfilled placeholder in {t}", e.key());
            }
            assert_ne!(texts[0], texts[1], "{}: Dutch is English", e.key());
            assert_ne!(texts[0], texts[2], "{}: Danish is English", e.key());
        }
    }

    #[test]
    fn kinds_of_io_error_get_their_own_message() {
        let keys: Vec<&str> = all_errors().iter().take(6).map(StoreError::key).collect();
        assert_eq!(
            keys,
            [
                "store.error.disk_full",
                "store.error.disk_full",
                "store.error.read_only_fs",
                "store.error.permission",
                "store.error.not_found",
                "store.error.io",
            ]
        );
    }
}
