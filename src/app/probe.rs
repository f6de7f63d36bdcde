//! A start-up probe for the benchmarks (`docs/performance.md`): with `SSI_COACH_TRACE_START`
//! set, the steps between the process start and the current client's dashboard are written to
//! standard error, each with the milliseconds since [`started`] was called (the first line of
//! `main`), so the time between the first frame and the data on screen can be split without a
//! profiler. Without the variable nothing is measured or written.

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Option<Instant>> = OnceLock::new();

/// Note the process start (call first thing in `main`); reads the variable once.
pub fn started() {
    START.get_or_init(|| std::env::var_os("SSI_COACH_TRACE_START").map(|_| Instant::now()));
}

/// Whether the probe is on.
pub(crate) fn on() -> bool {
    matches!(START.get(), Some(Some(_)))
}

/// Write `what` with the time since the start, when the probe is on.
pub(crate) fn mark(what: impl FnOnce() -> String) {
    if let Some(Some(start)) = START.get() {
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        eprintln!("ssi-coach start: {ms:8.1} ms  {}", what());
    }
}
