//! `ssi-coach calendar --out FILE.ics [--client NAME] [--lang en|nl|da]`: open action items and
//! follow-ups that have a due date, as all-day events (RFC 5545), for one client or all.
//!
//! The client files are only read (no lock), so the app may be running meanwhile. Events keep
//! their identity across exports: importing a newer file updates a calendar's events.

use std::io::Write;

use super::report::{find_client, parse_language};
use super::{Args, CliError};
use crate::model::{Client, Language};
use crate::store::Store;

/// Run `calendar`.
pub fn calendar(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["out", "client", "lang", "data-dir"])?;
    if let Some(extra) = args.positional.first() {
        return Err(CliError::Usage(format!(
            "calendar takes no '{extra}': use --client NAME for one client (see ssi-coach --help)"
        )));
    }
    let out_path = args.out_path("calendar needs --out FILE.ics (see ssi-coach --help)")?;
    let lang = match args.value("lang") {
        Some(code) => Some(parse_language(code)?),
        None => None,
    };
    let dir = args.data_dir().or_else(Store::default_dir).ok_or_else(|| {
        CliError::Input("no data folder found: give one with --data-dir DIR".to_owned())
    })?;
    let (clients, unreadable): (Vec<Client>, usize) = match args.value("client") {
        Some(name) => (vec![find_client(&dir, name)?], 0),
        None => crate::store::read_clients(&dir),
    };
    if clients.is_empty() {
        return Err(CliError::Input(format!(
            "no clients in {}{}",
            dir.join("clients").display(),
            if unreadable > 0 {
                format!(" ({unreadable} client file(s) could not be read)")
            } else {
                String::new()
            }
        )));
    }
    let lang = lang.unwrap_or(match clients.as_slice() {
        [one] => one.language,
        _ => Language::En,
    });
    let refs: Vec<&Client> = clients.iter().collect();
    let stamp = chrono::Utc::now().naive_utc();
    let ics = crate::report::ics::calendar(&refs, lang, stamp);
    crate::store::write_file(out_path, ics.as_bytes())
        .map_err(|e| CliError::Input(format!("cannot write {e}")))?;
    let events = crate::report::ics::event_count(&refs, lang);
    writeln!(
        out,
        "{events} event(s) for {} client(s) written to {}{}",
        clients.len(),
        out_path.display(),
        if unreadable > 0 {
            format!("; {unreadable} client file(s) could not be read")
        } else {
            String::new()
        }
    )
    .map_err(CliError::io)
}
