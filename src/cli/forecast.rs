//! `ssi-coach forecast FILE`: the estimate after some weeks, with levers changed or stopped.

use std::io::Write;

use serde::Serialize;

use super::{Args, CliError};
use crate::engine::{self, Unit};
use crate::model::{Lever, Pillar};

/// The most weeks a forecast looks ahead.
const MAX_WEEKS: u32 = 104;

#[derive(Serialize)]
struct ForecastJson {
    estimate: f64,
    weeks: u32,
    total: f64,
    brand: f64,
    find: f64,
    engage: f64,
    relationships: f64,
}

/// `forecast FILE [--json] [--today YYYY-MM-DD] [--weeks N] [--set LEVER=VALUE]... [--stop]`.
pub fn forecast(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["json", "today", "weeks", "set", "stop", "data-dir"])?;
    let weeks = match args.value("weeks") {
        None => engine::PLAN_WEEKS,
        Some(s) => match s.trim().parse::<u32>() {
            Ok(n) if n <= MAX_WEEKS => n,
            _ => {
                return Err(CliError::Usage(format!(
                    "--weeks '{s}' is not a whole number of weeks from 0 to {MAX_WEEKS}"
                )));
            }
        },
    };
    let sets: Vec<(Lever, f64)> = args
        .options
        .iter()
        .filter(|(n, _)| n == "set")
        .map(|(_, v)| parse_set(v.as_deref().unwrap_or("")))
        .collect::<Result<_, _>>()?;
    let stop = args.flag("stop");
    if stop && !sets.is_empty() {
        return Err(CliError::Usage(
            "--stop and --set cannot be combined: stopping changes every lever".to_owned(),
        ));
    }
    let today = args.today()?;
    let client = super::estimate::load_file(args)?;
    let now = engine::calibrated_inputs(&client, today);
    let mut steps: Vec<engine::Step> = Vec::new();
    for (lever, value) in sets {
        // the last --set of a lever wins
        steps.retain(|s| s.lever != lever);
        steps.push(engine::step_to(&now, lever, value));
    }
    let estimate = engine::score(&now).total();
    let p = engine::forecast_with(&client, today, weeks * 7, &steps, stop);
    let r = engine::round2;
    if args.flag("json") {
        let json = ForecastJson {
            estimate: r(estimate),
            weeks,
            total: r(p.total()),
            brand: r(p.brand),
            find: r(p.find),
            engage: r(p.engage),
            relationships: r(p.relationships),
        };
        let text = serde_json::to_string(&json)
            .map_err(|e| CliError::Input(format!("cannot write output: {e}")))?;
        writeln!(out, "{text}").map_err(CliError::io)?;
        return Ok(());
    }
    let mut text = format!(
        "{} — forecast for {weeks} weeks from {today} (an estimate, not LinkedIn's own score)\n\nestimate today {estimate:>6.2}\nafter {weeks:>2} weeks  {:>6.2}\n",
        client.name,
        p.total()
    );
    for pillar in Pillar::ALL {
        text.push_str(&format!(
            "  {:<14} {:>5.2} / 25\n",
            pillar.key(),
            p.get(pillar)
        ));
    }
    write!(out, "{text}").map_err(CliError::io)
}

/// `LEVER=VALUE`: a lever of `knobs --json` and a number (yes/no levers: also yes/no/true/false).
fn parse_set(s: &str) -> Result<(Lever, f64), CliError> {
    let Some((name, value)) = s.split_once('=') else {
        return Err(CliError::Usage(format!(
            "--set '{s}' is not of the form LEVER=VALUE"
        )));
    };
    let name = name.trim();
    let Some(lever) = engine::all_levers()
        .into_iter()
        .find(|l| engine::lever_key(*l) == name)
    else {
        return Err(CliError::Usage(format!(
            "--set: unknown lever '{name}' (the levers are those of ssi-coach knobs --json)"
        )));
    };
    let v = value.trim();
    let toggle = engine::lever_unit(lever) == Unit::Toggle;
    let parsed = match v.to_ascii_lowercase().as_str() {
        "yes" | "true" if toggle => Some(1.0),
        "no" | "false" if toggle => Some(0.0),
        _ => v.parse::<f64>().ok(),
    };
    let ok = match parsed {
        Some(x) if !x.is_finite() || x < 0.0 => None,
        Some(x) if toggle => (x == 0.0 || x == 1.0).then_some(x),
        Some(x) if engine::lever_unit(lever) == Unit::Count => {
            (x.fract() == 0.0 && x <= 1_000_000.0).then_some(x)
        }
        Some(x) => (x <= 10_000.0).then_some(x),
        None => None,
    };
    let Some(x) = ok else {
        let wanted = match engine::lever_unit(lever) {
            Unit::Toggle => "yes, no, true, false, 1 or 0",
            Unit::Count => "a whole number from 0",
            Unit::PerWeek | Unit::PerMonth => "a number from 0 to 10000",
        };
        return Err(CliError::Usage(format!(
            "--set {name}: '{value}' is not a valid value ({wanted})"
        )));
    };
    Ok((lever, x))
}
