//! Versioned client files.
//!
//! A client file is RON with an envelope: `(schema: 1, app_version: "0.1.0", client: (...))`.
//! Files are size-checked before parsing, parsed with ron's recursion limit, and a file
//! written by a newer app (higher schema) is refused rather than misread. Saves are atomic:
//! a temporary file in the same folder is written, synced and renamed over the old one.
//!
//! This is the file layer only; the data folder (lock, backups, quarantine, autosave) builds
//! on it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Client;

/// The schema version this app writes.
pub const SCHEMA_VERSION: u32 = 1;
/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What can go wrong reading or writing a client file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
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
    #[error("{path}: not a valid SSI Coach client file ({message})")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// The parser's message.
        message: String,
    },
    /// The file was written by a newer version of the app.
    #[error(
        "{path}: written by a newer SSI Coach (file schema {schema}, this app reads up to {SCHEMA_VERSION}); update the app"
    )]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The file's schema.
        schema: u32,
    },
    /// The client could not be serialised.
    #[error("cannot write the client: {0}")]
    Serialize(String),
}

impl StoreError {
    /// The i18n key of the user-facing message.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Io { .. } => "store.error.io",
            Self::TooLarge { .. } => "store.error.too_large",
            Self::Damaged { .. } => "store.error.damaged",
            Self::NewerSchema { .. } => "store.error.newer",
            Self::Serialize(_) => "store.error.serialize",
        }
    }
}

/// The envelope around a client in its file.
#[derive(Debug, Serialize, Deserialize)]
struct ClientFile {
    schema: u32,
    app_version: String,
    client: Client,
}

/// Only the version fields, read first so a newer file is never misread.
#[derive(Debug, Deserialize)]
struct Header {
    schema: u32,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Parse the text of a client file (`path` is only used in messages).
pub fn parse_client(text: &str, path: &Path) -> Result<Client, StoreError> {
    let damaged = |e: ron::error::SpannedError| StoreError::Damaged {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let header: Header = ron::from_str(text).map_err(damaged)?;
    if header.schema > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            schema: header.schema,
        });
    }
    let file: ClientFile = ron::from_str(text).map_err(damaged)?;
    if !file.client.id.is_valid() {
        return Err(StoreError::Damaged {
            path: path.to_owned(),
            message: format!("invalid client id '{}'", file.client.id.0),
        });
    }
    let mut client = file.client;
    client.sort_messages();
    Ok(client)
}

/// Read a client file without changing anything on disk.
pub fn load_client_file(path: &Path) -> Result<Client, StoreError> {
    let size = std::fs::metadata(path).map_err(io(path))?.len();
    if size > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let bytes = std::fs::read(path).map_err(io(path))?;
    let text = String::from_utf8(bytes).map_err(|e| StoreError::Damaged {
        path: path.to_owned(),
        message: format!("not UTF-8 text at byte {}", e.utf8_error().valid_up_to()),
    })?;
    parse_client(&text, path)
}

/// The file text of a client (pretty-printed RON, so files can be diffed).
pub fn client_to_ron(client: &Client) -> Result<String, StoreError> {
    let file = ClientFile {
        schema: SCHEMA_VERSION,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        client: client.clone(),
    };
    let config = ron::ser::PrettyConfig::new().indentor("  ".to_owned());
    ron::ser::to_string_pretty(&file, config).map_err(|e| StoreError::Serialize(e.to_string()))
}

/// Write a client file atomically: the old file stays intact until the new one is complete
/// and synced.
pub fn save_client_file(path: &Path, client: &Client) -> Result<(), StoreError> {
    use std::io::Write;
    let text = client_to_ron(client)?;
    let mut file = atomic_write_file::AtomicWriteFile::options()
        .open(path)
        .map_err(io(path))?;
    file.write_all(text.as_bytes()).map_err(io(path))?;
    file.commit().map_err(io(path))?;
    Ok(())
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

    #[test]
    fn newer_schema_is_refused_not_misread() {
        let text = client_to_ron(&sample())
            .unwrap()
            .replacen("schema: 1", "schema: 99", 1);
        let e = parse_client(&text, Path::new("x.ron")).unwrap_err();
        assert!(
            matches!(e, StoreError::NewerSchema { schema: 99, .. }),
            "{e}"
        );
    }

    #[test]
    fn damaged_and_foreign_files_give_a_clear_error() {
        let text = client_to_ron(&sample()).unwrap();
        for bad in [
            &text[..text.len() / 2],
            "",
            "{\"json\": true}",
            "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
        ] {
            let e = parse_client(bad, Path::new("x.ron")).unwrap_err();
            assert!(matches!(e, StoreError::Damaged { .. }), "{e}");
            assert!(e.to_string().starts_with("x.ron: "));
        }
    }
}
