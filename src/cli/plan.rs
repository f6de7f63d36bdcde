//! `ssi-coach plan FILE`: the plan for a weekly time budget.

use std::io::Write;

use super::{Args, CliError};
use crate::engine;

/// `plan FILE [--json] [--today YYYY-MM-DD] [--minutes N]`.
pub fn plan(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["json", "today", "minutes", "data-dir"])?;
    let minutes = match args.value("minutes") {
        None => engine::DEFAULT_BUDGET_MINUTES,
        Some(s) => parse_minutes(s)?,
    };
    let today = args.today()?;
    let client = super::estimate::load_file(args)?;
    let now = engine::calibrated_inputs(&client, today);
    let plan = engine::plan(&now, minutes);
    if args.flag("json") {
        writeln!(out, "{}", plan.to_json()).map_err(CliError::io)?;
        return Ok(());
    }
    let mut text = format!(
        "{} — plan for {minutes} minutes a week from {today} (an estimate, not LinkedIn's own score)\n\n",
        client.name
    );
    if plan.items.is_empty() {
        text.push_str("no step adds points within this budget\n");
    }
    for (n, i) in plan.items.iter().enumerate() {
        text.push_str(&format!(
            "{:>2}. {:<32} {:<6} {:>6.1} -> {:>4.0}  {:>4.0} min{}  {:>+6.2}\n",
            n + 1,
            engine::lever_key(i.step.lever),
            i.step.kind.key(),
            i.step.from,
            i.step.to,
            i.step.minutes,
            if i.step.kind == engine::StepKind::Weekly {
                "/week"
            } else {
                " once"
            },
            i.gain
        ));
    }
    text.push_str(&format!(
        "\nminutes: {:.0} a week, {:.0} once\nestimate {:.2} + gain {:.2} = {:.2} after {} weeks\n",
        plan.minutes_per_week(),
        plan.minutes_once(),
        plan.estimate,
        plan.gain(),
        plan.forecast.total(),
        engine::PLAN_WEEKS
    ));
    if let Some(g) = plan.sales_navigator {
        text.push_str(&format!(
            "Sales Navigator (a purchase, not a plan step) would add {g:.2}\n"
        ));
    }
    write!(out, "{text}").map_err(CliError::io)
}

fn parse_minutes(s: &str) -> Result<u32, CliError> {
    match s.trim().parse::<u32>() {
        Ok(n) if n <= engine::MAX_BUDGET_MINUTES => Ok(n),
        _ => Err(CliError::Usage(format!(
            "--minutes '{s}' is not a whole number of minutes from 0 to {}",
            engine::MAX_BUDGET_MINUTES
        ))),
    }
}
