//! `ssi-coach report CLIENT --out FILE.html [--lang en|nl|da] [--today YYYY-MM-DD]`.
//!
//! CLIENT is a saved client's name (case-insensitive) or id in the data folder
//! (`--data-dir DIR`, `SSI_COACH_DATA_DIR`, else the default folder). The client files are
//! only read (no lock, no migration written back), so the app may be running meanwhile.

use std::io::Write;
use std::path::Path;

use super::{Args, CliError};
use crate::model::{Client, Language};
use crate::store::{ClientLookup, Store};

/// Run `report`: write the session report of one client to `--out`.
pub fn report(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["out", "lang", "today", "data-dir"])?;
    let [wanted] = args.positional.as_slice() else {
        return Err(CliError::Usage(
            "report needs exactly one CLIENT, a name or id (see ssi-coach --help)".to_owned(),
        ));
    };
    let out_path = args.out_path("report needs --out FILE.html (see ssi-coach --help)")?;
    let lang = match args.value("lang") {
        Some(code) => Some(parse_language(code)?),
        None => None,
    };
    let today = args.today()?;
    let dir = args.data_dir().or_else(Store::default_dir).ok_or_else(|| {
        CliError::Input("no data folder found: give one with --data-dir DIR".to_owned())
    })?;
    let client = find_client(&dir, wanted)?;
    let lang = lang.unwrap_or(client.language);
    let html = crate::report::session_report(&client, today, lang);
    crate::store::write_file(out_path, html.as_bytes())
        .map_err(|e| CliError::Input(format!("cannot write {e}")))?;
    writeln!(
        out,
        "report for {} written to {}",
        client.name,
        out_path.display()
    )
    .map_err(CliError::io)
}

/// `en`, `nl` or `da` (a locale such as `nl-BE` also works).
pub(super) fn parse_language(code: &str) -> Result<Language, CliError> {
    Language::from_code(code).ok_or_else(|| {
        CliError::Usage(format!(
            "--lang '{code}' is not a supported language (use en, nl or da)"
        ))
    })
}

/// The client in `<dir>/clients/` whose id (its file's name) is `wanted`, or whose name is
/// `wanted` ignoring case and surrounding spaces (see [`crate::store::find_client`]: the id
/// returned is always the file's name; copies of a client's file are never taken for it).
pub(super) fn find_client(dir: &Path, wanted: &str) -> Result<Client, CliError> {
    let clients_dir = dir.join("clients");
    match crate::store::find_client(dir, wanted) {
        ClientLookup::Found(client) => Ok(*client),
        ClientLookup::NotFound { unreadable, copies } => {
            let mut note = String::new();
            if unreadable > 0 {
                note.push_str(&format!(" ({unreadable} client file(s) could not be read)"));
            }
            if !copies.is_empty() {
                let names: Vec<String> = copies
                    .iter()
                    .filter_map(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned())
                    .collect();
                note.push_str(&format!(
                    " (copies of client files are not used: {})",
                    names.join(", ")
                ));
            }
            Err(CliError::Input(format!(
                "no client named '{wanted}' in {}{note}",
                clients_dir.display()
            )))
        }
        ClientLookup::Several(ids) => {
            let ids: Vec<&str> = ids.iter().map(|c| c.0.as_str()).collect();
            Err(CliError::Input(format!(
                "several clients are named '{wanted}': give the id instead ({})",
                ids.join(", ")
            )))
        }
    }
}
