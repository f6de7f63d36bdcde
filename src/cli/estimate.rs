//! `ssi-coach estimate FILE` and `ssi-coach knobs FILE`.

use std::io::Write;
use std::path::Path;

use super::{Args, CliError};
use crate::engine;
use crate::model::Client;

fn load(args: &Args) -> Result<Client, CliError> {
    args.reject_unknown(&["json", "today", "data-dir"])?;
    load_file(args)
}

/// The one client FILE of a subcommand, loaded (options are checked by the caller).
pub fn load_file(args: &Args) -> Result<Client, CliError> {
    let [file] = args.positional.as_slice() else {
        return Err(CliError::Usage(format!(
            "{} needs exactly one client FILE (see ssi-coach --help)",
            args.command.as_deref().unwrap_or("")
        )));
    };
    crate::store::load_client_file(Path::new(file)).map_err(|e| CliError::Input(e.to_string()))
}

/// `estimate FILE [--json] [--today YYYY-MM-DD]`.
pub fn estimate(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    let client = load(args)?;
    let today = args.today()?;
    let e = engine::estimate(&client, today);
    if args.flag("json") {
        writeln!(out, "{}", e.to_json()).map_err(CliError::io)?;
        return Ok(());
    }
    let mut text = format!(
        "{} — estimate on {today} (not LinkedIn's own score)\n\ntotal  {:>5.1}  ({} of 100, band {})\n",
        client.name,
        e.total(),
        e.total_shown(),
        e.band().key()
    );
    for p in crate::model::Pillar::ALL {
        text.push_str(&format!(
            "\n{:<14} {:>5.1} / 25\n",
            p.key(),
            e.pillars.get(p)
        ));
        for c in e.contributions_to(p) {
            if c.points != 0.0 {
                text.push_str(&format!(
                    "  {:<34} {:>+6.2}  ({})\n",
                    c.factor, c.points, c.input
                ));
            }
        }
    }
    write!(out, "{text}").map_err(CliError::io)
}

/// `knobs FILE [--json] [--today YYYY-MM-DD]`.
pub fn knobs(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    let client = load(args)?;
    let today = args.today()?;
    let inputs = engine::calibrated_inputs(&client, today);
    let knobs = engine::knobs(&inputs);
    if args.flag("json") {
        let v: Vec<serde_json::Value> = knobs.iter().map(engine::Knob::to_json).collect();
        writeln!(out, "{}", serde_json::Value::Array(v)).map_err(CliError::io)?;
        return Ok(());
    }
    let mut text = format!(
        "{:<34} {:>9} {:>9} {:>7} {:>8} {:>7}\n",
        "lever", "current", "target", "points", "minutes", "pts/min"
    );
    for k in &knobs {
        text.push_str(&format!(
            "{:<34} {:>9.1} {:>9.0} {:>7.2} {:>8} {:>7.3}{}\n",
            engine::lever_key(k.lever),
            k.current,
            k.target,
            k.points,
            if k.kind == engine::StepKind::Once {
                format!("{:.0} once", k.minutes_once)
            } else {
                format!("{:.0}/wk", k.minutes_per_week)
            },
            engine::per_minute(k).min(999.0),
            if k.needs_sales_navigator {
                "  (Sales Navigator)"
            } else {
                ""
            }
        ));
    }
    write!(out, "{text}").map_err(CliError::io)
}
