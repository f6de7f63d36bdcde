//! The scoring engine: pure functions of the model and an injected "today".
//!
//! Flow: [`inputs`] turns a client into the engine's normalised [`Inputs`] (weekly rates over a
//! decaying rolling window, profile state, network); [`score`] turns inputs into an
//! [`Estimate`] with every factor's contribution; [`knobs`] perturbs inputs lever by lever
//! and ranks the gains per minute; [`forecast`] rolls the clock forward; [`calibrate`] fits
//! per-pillar corrections to real readings. The what-if simulator edits [`Inputs`] directly.
//!
//! Every weight is in `weights.rs` and documented in `docs/scoring-model.md` with its source
//! or the word "assumption".

mod estimate;
mod forecast;
mod levers;
mod personas;
mod types;
pub mod weights;

pub use estimate::{all_star, estimate, inputs, profile_factor, score};
pub use forecast::{PLAN_MINUTES_PER_WEEK, calibrate, forecast};
pub use levers::{
    all_levers, knobs, label_key, lever_key, lever_pillar, lever_unit, lever_value,
    needs_sales_navigator, per_minute, set_lever, weekly_plan,
};
pub use personas::{Persona, persona};
pub use types::{
    Band, Calibration, Contribution, Estimate, Inputs, Knob, Scenario, TARGET_TOTAL, Unit,
};
