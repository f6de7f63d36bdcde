//! `ssi-coach import ZIP --json` (read only) and `ssi-coach import ZIP --client NAME` (merge
//! into a saved client).

use std::io::Write;
use std::path::Path;

use super::{Args, CliError};
use crate::i18n::Language;
use crate::store::Store;

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
    let found = super::report::find_client(&dir, wanted)?;
    let store = Store::open(dir).map_err(|e| CliError::Input(e.message(Language::En)))?;
    if let Some(e) = store.read_only_reason() {
        return Err(CliError::Input(e.message(Language::En)));
    }
    let mut client = found;
    let summary = crate::import::merge(&mut client, &import, today);
    if !summary.is_empty() || !summary.already_imported {
        store
            .save_client(&client)
            .map_err(|e| CliError::Input(e.message(Language::En)))?;
    }
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
