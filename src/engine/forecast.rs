//! Forecast and calibration.

use chrono::Duration;

use super::plan::{Step, project};
use super::types::{Calibration, Inputs, Scenario};
use super::{Memo, inputs, score, weights as w};
use crate::model::{Client, Date, Pillar, PillarScores};

/// The engine's inputs for `client` on `today`, with the calibration offsets when the client
/// chose calibration: what the estimate, knobs, plan and forecast all start from.
pub fn calibrated_inputs(client: &Client, today: Date) -> Inputs {
    calibrated_inputs_with(client, today, &mut Memo::default())
}

/// [`calibrated_inputs`] with the dated part of every day it reads kept in `memo`.
pub fn calibrated_inputs_with(client: &Client, today: Date, memo: &mut Memo) -> Inputs {
    let mut i = memo.inputs(client, today);
    if client.calibrate
        && let Some(c) = calibrate_with(client, today, memo)
    {
        i.calibration = c.offsets;
    }
    i
}

/// The estimate for each day from `today` to `today + days` (inclusive), calibration offsets
/// included when the client chose calibration. Day 0 is today's estimate in every scenario.
///
/// - `Stop`: nothing new is done; the rolling window empties day by day.
/// - `KeepPace`: the current weekly rates continue.
/// - `KeepPlan`: the plan for the default weekly budget is kept (see [`super::plan`]).
pub fn forecast(
    client: &Client,
    today: Date,
    days: u32,
    scenario: Scenario,
) -> Vec<(Date, PillarScores)> {
    let now = calibrated_inputs(client, today);
    let steps: Vec<Step> = match scenario {
        Scenario::KeepPlan => super::plan(&now, super::DEFAULT_BUDGET_MINUTES)
            .items
            .into_iter()
            .map(|i| i.step)
            .collect(),
        _ => Vec::new(),
    };
    (0..=days)
        .map(|d| {
            let day = today + Duration::days(i64::from(d));
            let i = match scenario {
                Scenario::Stop => {
                    let mut i = inputs(client, day);
                    i.calibration = now.calibration;
                    i
                }
                Scenario::KeepPace | Scenario::KeepPlan => project(&now, &steps, d),
            };
            (day, score(&i).pillars)
        })
        .collect()
}

/// The pillars after `days` days of keeping the current pace with `steps` (levers changed from
/// today), or of stopping everything (`stop`, when `steps` is empty).
pub fn forecast_with(
    client: &Client,
    today: Date,
    days: u32,
    steps: &[Step],
    stop: bool,
) -> PillarScores {
    let now = calibrated_inputs(client, today);
    if stop {
        let mut i = inputs(client, today + Duration::days(i64::from(days)));
        i.calibration = now.calibration;
        return score(&i).pillars;
    }
    score(&project(&now, steps, days)).pillars
}

/// Fit per-pillar offsets so the estimate follows the client's own readings of the last
/// 180 days. The offset is the mean difference (reading - estimate on the reading's day),
/// shrunk towards zero with few readings (`n / (n + 1)`). None without usable readings.
///
/// Readings that fail [`crate::model::Reading::check`] (a typo, pillars that do not add up,
/// NaN) are skipped, and offsets that would make the fit on the readings worse are not
/// applied (they are all zero then, and `error_after` equals `error_before`).
pub fn calibrate(client: &Client, today: Date) -> Option<Calibration> {
    calibrate_with(client, today, &mut Memo::default())
}

/// [`calibrate`] with the dated part of the readings' days kept in `memo`.
pub fn calibrate_with(client: &Client, today: Date, memo: &mut Memo) -> Option<Calibration> {
    let from = today - Duration::days(w::CALIBRATION_DAYS);
    let used: Vec<_> = client
        .readings
        .iter()
        .filter(|r| r.date <= today && r.date >= from && r.check(today).is_ok())
        .map(|r| (r, score(&memo.inputs(client, r.date)).pillars))
        .collect();
    if used.is_empty() {
        return None;
    }
    let n = used.len() as f64;
    let shrink = n / (n + 1.0);
    let mut offsets = PillarScores::default();
    for p in Pillar::ALL {
        let mean = used
            .iter()
            .map(|(r, e)| r.pillars.get(p) - e.get(p))
            .sum::<f64>()
            / n;
        *offsets.get_mut(p) = mean * shrink;
    }
    let error_before = used
        .iter()
        .map(|(r, e)| (r.total - e.total()).abs())
        .sum::<f64>()
        / n;
    let error_after = used
        .iter()
        .map(|(r, e)| {
            let mut c = PillarScores::default();
            for p in Pillar::ALL {
                *c.get_mut(p) = (e.get(p) + offsets.get(p)).clamp(0.0, Pillar::MAX);
            }
            (r.total - c.total()).abs()
        })
        .sum::<f64>()
        / n;
    let (offsets, error_after) = if error_after.is_finite() && error_after < error_before {
        (offsets, error_after)
    } else {
        (PillarScores::default(), error_before)
    };
    Some(Calibration {
        offsets,
        error_before,
        error_after,
        readings_used: used.len(),
        as_of: used.iter().map(|(r, _)| r.date).max(),
    })
}
