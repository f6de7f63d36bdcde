//! Forecast and calibration.

use chrono::Duration;

use super::types::{Calibration, Scenario};
use super::{inputs, knobs, score, set_lever, weekly_plan, weights as w};
use crate::model::{Client, Date, Pillar, PillarScores};

/// Minutes per week the plan in a `KeepPlan` forecast may take (assumption: two hours).
pub const PLAN_MINUTES_PER_WEEK: f64 = 120.0;

/// The estimate for each day from `today` to `today + days` (inclusive), uncalibrated
/// offsets included when the client chose calibration.
///
/// - `Stop`: nothing new is done; the rolling window empties day by day.
/// - `KeepPace`: the current weekly rates continue.
/// - `KeepPlan`: the weekly plan's knobs move to their targets; new rates fill the
///   rolling window with the same decay the engine uses, so they phase in over weeks.
pub fn forecast(
    client: &Client,
    today: Date,
    days: u32,
    scenario: Scenario,
) -> Vec<(Date, PillarScores)> {
    let offsets = if client.calibrate {
        super::calibrate(client, today)
            .map(|c| c.offsets)
            .unwrap_or_default()
    } else {
        PillarScores::default()
    };
    let now = inputs(client, today);
    let plan = match scenario {
        Scenario::KeepPlan => weekly_plan(&knobs(&now), PLAN_MINUTES_PER_WEEK),
        _ => Vec::new(),
    };
    let window_weight = 1.0 - (-(w::WINDOW_DAYS as f64) / w::DECAY_DAYS).exp();
    (0..=days)
        .map(|d| {
            let day = today + Duration::days(i64::from(d));
            let mut i = match scenario {
                Scenario::Stop => inputs(client, day),
                Scenario::KeepPace | Scenario::KeepPlan => now.clone(),
            };
            // share of the window's weight that days after today carry
            let fill = ((1.0 - (-(f64::from(d)) / w::DECAY_DAYS).exp()) / window_weight).min(1.0);
            for k in &plan {
                let value = if k.unit == super::Unit::Toggle || k.unit == super::Unit::Count {
                    if d == 0 { k.current } else { k.target }
                } else {
                    k.current + (k.target - k.current) * fill
                };
                set_lever(&mut i, k.lever, value);
            }
            i.calibration = offsets;
            (day, score(&i).pillars)
        })
        .collect()
}

/// Fit per-pillar offsets so the estimate follows the client's own readings of the last
/// 180 days. The offset is the mean difference (reading - estimate on the reading's day),
/// shrunk towards zero with few readings (`n / (n + 1)`). None without readings.
pub fn calibrate(client: &Client, today: Date) -> Option<Calibration> {
    let from = today - Duration::days(w::CALIBRATION_DAYS);
    let used: Vec<_> = client
        .readings
        .iter()
        .filter(|r| r.date <= today && r.date >= from)
        .map(|r| (r, score(&inputs(client, r.date)).pillars))
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
    Some(Calibration {
        offsets,
        error_before,
        error_after,
        readings_used: used.len(),
        as_of: used.iter().map(|(r, _)| r.date).max(),
    })
}
