//! `ssi-coach client-import FILE [--client NAME] [--today YYYY-MM-DD]`: take in a client file
//! ("Send to my coach", `.ssiclient`). It is merged into the client named with `--client`,
//! else into the client it belongs to (the file's id, or a client a file of that id was
//! merged into before), else it becomes a new client. Importing the same file twice changes
//! nothing. Exit codes as every subcommand: 0 done (also when nothing was new), 2 bad input
//! (a damaged, newer, foreign or huge file, an unknown client) or usage; nothing is written
//! then.

use std::io::Write;
use std::path::Path;

use super::{Args, CliError};
use crate::exchange::{self, MergeSummary};
use crate::i18n::Language;
use crate::model::ClientId;
use crate::store::Store;

/// How long `client-import` waits for another writer of the data folder.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Run `client-import`.
pub fn client_import(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["client", "today", "data-dir"])?;
    let [file] = args.positional.as_slice() else {
        return Err(CliError::Usage(
            "client-import needs exactly one client file (see ssi-coach --help)".to_owned(),
        ));
    };
    let today = args.today()?;
    let (client_file, checksum) = exchange::client_file::read_client_file(Path::new(file))
        .map_err(|e| CliError::Input(format!("{file}: {}", e.message(Language::En))))?;
    let dir = args.data_dir().or_else(Store::default_dir).ok_or_else(|| {
        CliError::Input("no data folder found: give one with --data-dir DIR".to_owned())
    })?;
    // the client named on the command line must exist before anything is locked or written
    let named = match args.value("client") {
        Some(name) => Some(super::report::find_client(&dir, name)?.id),
        None => None,
    };
    let store = Store::open_waiting(&dir, LOCK_WAIT)
        .map_err(|e| CliError::Input(e.message(Language::En)))?;
    if let Some(e) = store.read_only_reason() {
        return Err(CliError::Input(e.message(Language::En)));
    }
    let target = named.or_else(|| {
        let (clients, _) = crate::store::read_clients(&dir);
        exchange::find_match(&clients, &client_file).map(|i| clients[i].id.clone())
    });
    let (name, summary, new) = match target {
        Some(id) => {
            let mut summary = MergeSummary::default();
            let client = store
                .update_client(&id, |c| {
                    let before = c.clone();
                    summary = exchange::merge_client_file(c, &client_file, &checksum, today);
                    *c != before
                })
                .map_err(|e| {
                    CliError::Input(format!(
                        "nothing was imported: {} could not be updated ({e}); the file is unchanged",
                        store.client_path(&id).display()
                    ))
                })?;
            (client.name, summary, false)
        }
        None => {
            let id = free_id(&dir, &client_file.client.id, &client_file.client.name);
            let (client, summary) = exchange::new_client_from(&client_file, &checksum, id, today);
            store.save_client(&client).map_err(|e| {
                CliError::Input(format!("nothing was imported: {}", e.message(Language::En)))
            })?;
            (client.name, summary, true)
        }
    };
    writeln!(
        out,
        "{name}: {} messages added, {} readings added, {} activity days updated, {} action items ticked{}",
        summary.messages_added,
        summary.readings_added,
        summary.days_changed,
        summary.items_ticked,
        if new {
            " (new client)"
        } else if summary.already_imported {
            " (this file was imported before)"
        } else {
            ""
        }
    )
    .map_err(CliError::io)
}

/// The file's id if no client file in `dir` has it, else a new one from the name.
fn free_id(dir: &Path, wanted: &ClientId, name: &str) -> ClientId {
    let taken = |id: &ClientId| dir.join("clients").join(format!("{}.ron", id.0)).exists();
    if wanted.is_valid() && !taken(wanted) {
        return wanted.clone();
    }
    let mut unique = chrono::Local::now().timestamp_millis().unsigned_abs();
    loop {
        let id = ClientId::new(name, unique);
        if !taken(&id) {
            return id;
        }
        unique += 1;
    }
}
