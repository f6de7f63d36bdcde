//! `ssi-coach readings import FILE... --client NAME [--json]` (spreadsheets of SSI readings,
//! wide or the long scraper layout, merged without duplicates) and
//! `ssi-coach readings export --client NAME --out FILE.csv`.

use std::io::Write;

use super::{Args, CliError};
use crate::i18n::Language;
use crate::import::readings::{merge_readings, read_readings, readings_csv};
use crate::store::Store;

/// How long `readings import` waits for the app's or another run's lock on the data folder.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

/// Run `readings import` or `readings export`.
pub fn readings(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    match args.positional.first().map(String::as_str) {
        Some("import") => import(args, out),
        Some("export") => export(args, out),
        _ => Err(CliError::Usage(
            "readings needs import FILE... --client NAME or export --client NAME --out FILE.csv (see ssi-coach --help)"
                .to_owned(),
        )),
    }
}

fn client_name(args: &Args) -> Result<&str, CliError> {
    args.value("client")
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| CliError::Usage("readings needs --client NAME".to_owned()))
}

fn data_dir(args: &Args) -> Result<std::path::PathBuf, CliError> {
    args.data_dir().or_else(Store::default_dir).ok_or_else(|| {
        CliError::Input("no data folder found: give one with --data-dir DIR".to_owned())
    })
}

fn import(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["json", "client", "today", "data-dir"])?;
    let files = &args.positional[1..];
    if files.is_empty() {
        return Err(CliError::Usage(
            "readings import needs at least one FILE (see ssi-coach --help)".to_owned(),
        ));
    }
    let wanted = client_name(args)?;
    let today = args.today()?;
    let lang = Language::En;
    let mut readings = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let bytes =
            std::fs::read(file).map_err(|e| CliError::Input(format!("cannot read {file}: {e}")))?;
        let read = read_readings(&bytes, today)
            .map_err(|e| CliError::Input(format!("{file}: {}", e.message(lang))))?;
        readings.extend(read.readings);
        problems.extend(
            read.problems
                .iter()
                .map(|p| format!("{file}: {}", p.message(lang))),
        );
    }
    if readings.is_empty() {
        let why = problems.first().cloned().unwrap_or_default();
        return Err(CliError::Input(format!("no usable readings found. {why}")));
    }
    let dir = data_dir(args)?;
    // the lock first, then read, merge and write under it (as `import --client` does)
    let store =
        Store::open_waiting(&dir, LOCK_WAIT).map_err(|e| CliError::Input(e.message(lang)))?;
    if let Some(e) = store.read_only_reason() {
        return Err(CliError::Input(e.message(lang)));
    }
    let id = super::report::find_client(&dir, wanted)?.id;
    let mut added = 0;
    let client = store
        .update_client(&id, |client| {
            added = merge_readings(client, &readings);
            added > 0
        })
        .map_err(|e| {
            CliError::Input(format!(
                "no readings were added: {} could not be updated ({e}); the file is unchanged",
                store.client_path(&id).display()
            ))
        })?;
    let duplicates = readings.len() - added;
    if args.flag("json") {
        let json = serde_json::json!({
            "client": client.name,
            "read": readings.len(),
            "added": added,
            "duplicates": duplicates,
            "problems": problems,
        });
        return writeln!(out, "{json}").map_err(CliError::io);
    }
    writeln!(
        out,
        "{}: {added} readings added, {duplicates} already there, {} rows not usable",
        client.name,
        problems.len()
    )
    .map_err(CliError::io)?;
    for p in &problems {
        writeln!(out, "  {p}").map_err(CliError::io)?;
    }
    Ok(())
}

fn export(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["client", "out", "data-dir"])?;
    if args.positional.len() > 1 {
        return Err(CliError::Usage(
            "readings export takes no FILE: use --out FILE.csv".to_owned(),
        ));
    }
    let wanted = client_name(args)?;
    let out_path = args.out_path("readings export needs --out FILE.csv")?;
    let client = super::report::find_client(&data_dir(args)?, wanted)?;
    let csv = readings_csv(&client.readings);
    crate::store::write_file(out_path, csv.as_bytes())
        .map_err(|e| CliError::Input(format!("cannot write {e}")))?;
    writeln!(
        out,
        "{} readings of {} written to {}",
        client.readings.len(),
        client.name,
        out_path.display()
    )
    .map_err(CliError::io)
}
