//! `ssi-coach import ZIP --json` (read only) and `ssi-coach import ZIP --client NAME` (merge
//! into a saved client).

use std::io::Write;
use std::path::Path;

use super::{Args, CliError};
use crate::i18n::Language;
use crate::store::{Store, StoreError};

/// How long `import --client` waits for another writer of the data folder.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// What a failed import tells the user: nothing was saved and the file is as it was (a
/// command line keeps nothing in memory).
fn save_failed(path: &Path, e: &StoreError) -> String {
    format!(
        "nothing was imported: {} could not be updated ({e}); the file is unchanged",
        path.display()
    )
}

/// Run `import`.
pub fn import(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["json", "client", "today", "data-dir"])?;
    let [zip] = args.positional.as_slice() else {
        return Err(CliError::Usage(
            "import needs exactly one ZIP file (see ssi-coach --help)".to_owned(),
        ));
    };
    let client = args.value("client");
    if client.is_none() && !args.flag("json") {
        return Err(CliError::Usage(
            "import needs --json (print what the export holds) or --client NAME (merge it)"
                .to_owned(),
        ));
    }
    let import = crate::import::read_zip_file(Path::new(zip))
        .map_err(|e| CliError::Input(e.message(Language::En)))?;
    let Some(wanted) = client else {
        let json = import
            .to_json_string()
            .map_err(|e| CliError::Input(e.to_string()))?;
        return writeln!(out, "{json}").map_err(CliError::io);
    };
    let today = args.today()?;
    let dir = args.data_dir().or_else(Store::default_dir).ok_or_else(|| {
        CliError::Input("no data folder found: give one with --data-dir DIR".to_owned())
    })?;
    // the lock first, then read, merge and write under it: a second run (or the app's last
    // save) waits instead of reading a version that is about to be replaced
    let store = Store::open_waiting(&dir, LOCK_WAIT)
        .map_err(|e| CliError::Input(e.message(Language::En)))?;
    if let Some(e) = store.read_only_reason() {
        return Err(CliError::Input(e.message(Language::En)));
    }
    let id = super::report::find_client(&dir, wanted)?.id;
    let mut summary = None;
    let client = store
        .update_client(&id, |client| {
            let s = crate::import::merge(client, &import, today);
            let save = !s.is_empty() || !s.already_imported;
            summary = Some(s);
            save
        })
        .map_err(|e| CliError::Input(save_failed(&store.client_path(&id), &e)))?;
    let Some(summary) = summary else {
        return Err(CliError::Input(format!("{}: nothing was imported", id.0)));
    };
    if args.flag("json") {
        let json = import
            .to_json_string()
            .map_err(|e| CliError::Input(e.to_string()))?;
        return writeln!(out, "{json}").map_err(CliError::io);
    }
    writeln!(
        out,
        "{}: {} messages added, {} activity days updated, {} profile items ticked{}",
        client.name,
        summary.messages_added,
        summary.activity_days_changed,
        summary.profile_items_ticked,
        if summary.already_imported {
            " (this export was imported before)"
        } else {
            ""
        }
    )
    .map_err(CliError::io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_save_says_nothing_was_saved_not_that_it_stays_in_memory() {
        let e = StoreError::Io {
            path: "clients/x.ron".into(),
            source: std::sync::Arc::new(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no space left on device",
            )),
        };
        let text = save_failed(Path::new("clients/x.ron"), &e);
        assert!(text.contains("nothing was imported"), "{text}");
        assert!(text.contains("unchanged"), "{text}");
        assert!(text.contains("no space left"), "{text}");
        assert!(!text.contains("memory"), "{text}");
    }
}
