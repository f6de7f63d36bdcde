//! `ssi-coach report CLIENT --out FILE.html [--lang en|nl|da] [--today YYYY-MM-DD]`.
//!
//! CLIENT is a saved client's name (case-insensitive) or id in the data folder
//! (`--data-dir DIR`, `SSI_COACH_DATA_DIR`, else the default folder). The client files are
//! only read (no lock, no migration written back), so the app may be running meanwhile.

use std::io::Write;
use std::path::Path;

use super::{Args, CliError};
use crate::model::{Client, Language};
use crate::store::{Store, load_client_file};

/// Run `report`: write the session report of one client to `--out`.
pub fn report(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["out", "lang", "today", "data-dir"])?;
    let [wanted] = args.positional.as_slice() else {
        return Err(CliError::Usage(
            "report needs exactly one CLIENT, a name or id (see ssi-coach --help)".to_owned(),
        ));
    };
    let out_path = match args.value("out") {
        Some(p) if !p.trim().is_empty() => Path::new(p),
        _ => {
            return Err(CliError::Usage(
                "report needs --out FILE.html (see ssi-coach --help)".to_owned(),
            ));
        }
    };
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
    crate::store::ops::write_atomic(&crate::store::ops::RealOps, out_path, html.as_bytes())
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
fn parse_language(code: &str) -> Result<Language, CliError> {
    Language::from_code(code).ok_or_else(|| {
        CliError::Usage(format!(
            "--lang '{code}' is not a supported language (use en, nl or da)"
        ))
    })
}

/// The client in `<dir>/clients/` whose id is `wanted`, or whose name is `wanted` ignoring
/// case and surrounding spaces.
pub(super) fn find_client(dir: &Path, wanted: &str) -> Result<Client, CliError> {
    let clients_dir = dir.join("clients");
    let mut files: Vec<_> = std::fs::read_dir(&clients_dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let wanted_name = wanted.trim().to_lowercase();
    let mut by_name = Vec::new();
    let mut unreadable = 0;
    for path in files {
        let Ok(client) = load_client_file(&path) else {
            unreadable += 1;
            continue;
        };
        if client.id.0 == wanted {
            return Ok(client);
        }
        if client.name.trim().to_lowercase() == wanted_name {
            by_name.push(client);
        }
    }
    match by_name.len() {
        1 => Ok(by_name.remove(0)),
        0 => {
            let note = if unreadable > 0 {
                format!(" ({unreadable} client file(s) could not be read)")
            } else {
                String::new()
            };
            Err(CliError::Input(format!(
                "no client named '{wanted}' in {}{note}",
                clients_dir.display()
            )))
        }
        _ => {
            let ids: Vec<&str> = by_name.iter().map(|c| c.id.0.as_str()).collect();
            Err(CliError::Input(format!(
                "several clients are named '{wanted}': give the id instead ({})",
                ids.join(", ")
            )))
        }
    }
}
