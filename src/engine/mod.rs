//! The scoring engine: pure functions of the model and an injected "today".
//!
//! Flow: [`inputs`] turns a client into the engine's normalised [`Inputs`] (weekly rates over a
//! decaying rolling window, profile state, network); [`score`] turns inputs into an
//! [`Estimate`] with every factor's contribution; [`knobs`] perturbs inputs lever by lever
//! and ranks the gains per minute; [`forecast`] rolls the clock forward; [`calibrate`] fits
//! per-pillar corrections to real readings. The what-if simulator edits [`Inputs`] directly.
//!
//! Every weight is documented in `docs/scoring-model.md` with its source or "assumption".

mod types;

pub use types::{Band, Calibration, Contribution, Estimate, Inputs, Knob, Scenario, Unit};
