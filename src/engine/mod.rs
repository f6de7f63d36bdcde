//! The scoring engine: pure functions of the model and an injected "today".
//!
//! Flow: [`inputs`] turns a client into the engine's normalised [`Inputs`] (weekly rates over a
//! decaying rolling window, profile state, network); [`score`] turns inputs into an
//! [`Estimate`] with every factor's contribution; [`project`] rolls inputs forward with a set
//! of steps, the one model behind [`knobs`] (each lever alone), [`plan`] (the best steps for a
//! weekly budget) and [`forecast`]; [`calibrate`] fits
//! per-pillar corrections to real readings. The what-if simulator edits [`Inputs`] directly.
//!
//! Every weight is in `weights.rs` and documented in `docs/scoring-model.md` with its source
//! or the word "assumption".

mod compare;
mod estimate;
mod forecast;
mod levers;
mod personas;
mod plan;
mod types;
pub mod weights;

pub use compare::{
    Comparison, HISTORY_MAX_DAYS, HISTORY_MAX_POINTS, LeverValues, MOVED_SHOWN, MovedLever,
    comparison, comparison_with, history, history_between, history_between_with, history_range,
    history_step, history_with, lever_decimals, levers_on, moved_levers, session_levers,
    sessions_until, snapshot,
};
pub use estimate::{Memo, all_star, estimate, estimate_with, inputs, profile_factor, score};
pub use forecast::{
    calibrate, calibrate_with, calibrated_inputs, calibrated_inputs_with, forecast, forecast_with,
};
pub use levers::{
    all_levers, knobs, label_key, lever_key, lever_pillar, lever_unit, lever_value,
    needs_sales_navigator, per_minute, set_lever,
};
pub use personas::{Persona, persona};
pub use plan::{
    ACCEPT_WITH_NOTE, ACCEPT_WITHOUT_NOTE, DECISION_MAKER_SHARE, DEFAULT_BUDGET_MINUTES,
    MAX_BUDGET_MINUTES, PLAN_WEEKS, Plan, PlanItem, STABILITY_MARGIN, Step, StepKind,
    goal_activity, lever_activity, plan, plan_from, plan_goals, plan_options, plannable,
    profile_minutes, project, round2, sales_navigator_gain, steady_steps, step_gain, step_kind,
    step_to, total_after,
};
pub use types::{
    Band, Calibration, Contribution, Estimate, FactorInput, Inputs, Knob, Scenario, TARGET_TOTAL,
    Unit,
};
