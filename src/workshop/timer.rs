//! The exercise timer, driven by an injected clock so it can be tested without waiting.
//!
//! "Now" is a [`Duration`] since any fixed origin the caller chooses (the GUI passes egui's
//! `input.time`, tests pass made-up values). The timer never reads a clock itself.

use std::time::Duration;

/// Where the timer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Not started yet.
    Idle,
    /// Counting down since `since`, with `before` already used up before that.
    Running { since: Duration, before: Duration },
    /// Paused with `used` used up.
    Paused { used: Duration },
}

/// A countdown for one exercise: start, pause, resume, reset, and a one-time end signal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    duration: Duration,
    state: State,
    signalled: bool,
}

impl Timer {
    /// A timer of `duration`, not started.
    pub fn new(duration: Duration) -> Self {
        Self {
            duration,
            state: State::Idle,
            signalled: false,
        }
    }

    /// The full length of the countdown.
    pub fn duration(&self) -> Duration {
        self.duration
    }

    /// Start (or restart from the full duration) at `now`.
    pub fn start(&mut self, now: Duration) {
        self.state = State::Running {
            since: now,
            before: Duration::ZERO,
        };
        self.signalled = false;
    }

    /// Pause at `now` (no effect unless running).
    pub fn pause(&mut self, now: Duration) {
        if let State::Running { .. } = self.state {
            self.state = State::Paused {
                used: self.elapsed(now),
            };
        }
    }

    /// Resume at `now` after a pause (no effect unless paused).
    pub fn resume(&mut self, now: Duration) {
        if let State::Paused { used } = self.state {
            self.state = State::Running {
                since: now,
                before: used,
            };
        }
    }

    /// Back to the full duration, not started.
    pub fn reset(&mut self) {
        self.state = State::Idle;
        self.signalled = false;
    }

    /// Add time (the trainer gives the room two more minutes), also after the end.
    pub fn extend(&mut self, extra: Duration) {
        self.duration = self.duration.saturating_add(extra);
        self.signalled = false;
    }

    /// Time used up at `now`, at most the duration. A `now` before the start counts as the start.
    pub fn elapsed(&self, now: Duration) -> Duration {
        let used = match self.state {
            State::Idle => Duration::ZERO,
            State::Running { since, before } => before.saturating_add(now.saturating_sub(since)),
            State::Paused { used } => used,
        };
        used.min(self.duration)
    }

    /// Time left at `now`.
    pub fn remaining(&self, now: Duration) -> Duration {
        self.duration.saturating_sub(self.elapsed(now))
    }

    /// Whether the countdown has run out at `now`.
    pub fn is_finished(&self, now: Duration) -> bool {
        !matches!(self.state, State::Idle) && self.remaining(now).is_zero()
    }

    /// Whether it is counting down (started, not paused; may have run out).
    pub fn is_running(&self) -> bool {
        matches!(self.state, State::Running { .. })
    }

    /// Whether it is paused.
    pub fn is_paused(&self) -> bool {
        matches!(self.state, State::Paused { .. })
    }

    /// Whether it has been started (running, paused or finished).
    pub fn is_started(&self) -> bool {
        !matches!(self.state, State::Idle)
    }

    /// Share of the duration used up at `now`, 0.0-1.0 (1.0 for a zero duration once started).
    pub fn fraction_done(&self, now: Duration) -> f32 {
        if self.duration.is_zero() {
            return if self.is_started() { 1.0 } else { 0.0 };
        }
        (self.elapsed(now).as_secs_f64() / self.duration.as_secs_f64()).clamp(0.0, 1.0) as f32
    }

    /// `true` exactly once: the first call at or after the end (the end signal: sound, flash).
    pub fn take_end_signal(&mut self, now: Duration) -> bool {
        if !self.signalled && self.is_finished(now) {
            self.signalled = true;
            true
        } else {
            false
        }
    }

    /// Time left at `now` as `m:ss` (`h:mm:ss` from an hour), rounded up to the next second
    /// so the display shows `0:00` only when it has really run out.
    pub fn remaining_text(&self, now: Duration) -> String {
        format_countdown(self.remaining(now))
    }
}

/// A countdown as `m:ss` (or `h:mm:ss`), whole seconds rounded up.
pub fn format_countdown(d: Duration) -> String {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: fn(u64) -> Duration = Duration::from_secs;

    #[test]
    fn counts_down_pauses_and_signals_once() {
        let mut t = Timer::new(S(600));
        assert_eq!(t.remaining(S(50)), S(600));
        assert!(!t.is_finished(S(10_000)));
        t.start(S(100));
        assert_eq!(t.remaining(S(160)), S(540));
        t.pause(S(160));
        assert_eq!(t.remaining(S(500)), S(540));
        t.resume(S(500));
        assert_eq!(t.remaining(S(530)), S(510));
        assert!(!t.take_end_signal(S(1000)));
        assert!(t.is_finished(S(1040)));
        assert!(t.take_end_signal(S(1040)));
        assert!(!t.take_end_signal(S(1100)));
        assert_eq!(t.remaining_text(S(1100)), "0:00");
    }

    #[test]
    fn countdown_text_rounds_up() {
        assert_eq!(format_countdown(Duration::from_millis(59_001)), "1:00");
        assert_eq!(format_countdown(S(600)), "10:00");
        assert_eq!(format_countdown(S(3725)), "1:02:05");
    }
}
