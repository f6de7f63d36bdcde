//! What moved between two moments: the one answer the sessions screen and the session report
//! both show. Which two moments are compared, every lever's value on a day, which levers
//! count as moved and in what order, and the estimate history the charts draw are computed
//! here once, so coach and client never see two different lists.

use chrono::Duration;

use super::{Memo, all_levers, estimate, estimate_with, inputs, lever_unit, lever_value};
use crate::engine::Unit;
use crate::model::{Client, Date, Lever, Session, Snapshot};

/// Every lever with its value at one moment.
pub type LeverValues = Vec<(Lever, f64)>;

/// How many moved levers the screen and the report list; the rest are counted ("and 3 more").
pub const MOVED_SHOWN: usize = 8;

/// Every lever's value for `client` on `day`.
pub fn levers_on(client: &Client, day: Date) -> Vec<(Lever, f64)> {
    let inputs = inputs(client, day);
    all_levers()
        .into_iter()
        .map(|l| (l, lever_value(&inputs, l)))
        .collect()
}

/// The estimate, newest reading and every lever's value of `client` on `day`: what a session
/// records, and the "now" side of a comparison.
pub fn snapshot(client: &Client, day: Date) -> Snapshot {
    Snapshot {
        estimate: estimate(client, day).pillars,
        reading: client.latest_reading(day).cloned(),
        levers: levers_on(client, day),
    }
}

/// The decimals a lever's value is shown with: none for yes/no and counts, one for rates.
pub fn lever_decimals(lever: Lever) -> usize {
    match lever_unit(lever) {
        Unit::Toggle | Unit::Count => 0,
        Unit::PerWeek | Unit::PerMonth => 1,
    }
}

/// A lever whose shown value differs between two moments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MovedLever {
    /// Which lever.
    pub lever: Lever,
    /// Its value at the earlier moment.
    pub before: f64,
    /// Its value at the later moment.
    pub after: f64,
}

/// The levers whose value, as shown (rounded to [`lever_decimals`]), differs between `before`
/// and `after`, largest relative change first (ties in lever order). A lever missing from
/// `before` (a file from before it existed) is left out: its old value is not known.
pub fn moved_levers(before: &[(Lever, f64)], after: &[(Lever, f64)]) -> Vec<MovedLever> {
    let shown = |l: Lever, v: f64| {
        let scale = 10f64.powi(lever_decimals(l) as i32);
        if lever_unit(l) == Unit::Toggle {
            f64::from(u8::from(v >= 0.5))
        } else {
            (v * scale).round() / scale
        }
    };
    let mut moved: Vec<MovedLever> = after
        .iter()
        .filter_map(|&(lever, after)| {
            let (_, before) = before.iter().find(|(k, _)| *k == lever)?;
            (shown(lever, *before) != shown(lever, after)).then_some(MovedLever {
                lever,
                before: *before,
                after,
            })
        })
        .collect();
    let rel =
        |m: &MovedLever| (m.after - m.before).abs() / m.before.abs().max(m.after.abs()).max(1.0);
    moved.sort_by(|p, q| rel(q).total_cmp(&rel(p)).then(p.lever.cmp(&q.lever)));
    moved
}

/// Which two moments "what moved" compares for a client today.
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison<'a> {
    /// No session on or before today: nothing to compare.
    NoSessions,
    /// The only session is today: the next one will have something to compare.
    FirstSessionToday,
    /// Two sessions, the later one today: what moved between them.
    BetweenSessions {
        /// The session before today's.
        from: &'a Session,
        /// Today's session.
        to: &'a Session,
    },
    /// The last session was before today: what moved since.
    SinceSession {
        /// The last session.
        from: &'a Session,
        /// The client today.
        now: Snapshot,
    },
}

impl Comparison<'_> {
    /// The two sides' lever values (`None` for nothing to compare).
    pub fn levers(&self, client: &Client) -> Option<(LeverValues, LeverValues)> {
        match self {
            Self::NoSessions | Self::FirstSessionToday => None,
            Self::BetweenSessions { from, to } => {
                Some((session_levers(client, from), session_levers(client, to)))
            }
            Self::SinceSession { from, now } => {
                Some((session_levers(client, from), now.levers.clone()))
            }
        }
    }

    /// The levers that moved between the two sides ([`moved_levers`]), empty for nothing to
    /// compare.
    pub fn moved(&self, client: &Client) -> Vec<MovedLever> {
        self.levers(client)
            .map(|(a, b)| moved_levers(&a, &b))
            .unwrap_or_default()
    }

    /// The earlier session, whose agreed action items the comparison follows up.
    pub fn from_session(&self) -> Option<&Session> {
        match self {
            Self::NoSessions | Self::FirstSessionToday => None,
            Self::BetweenSessions { from, .. } | Self::SinceSession { from, .. } => Some(from),
        }
    }
}

/// The sessions of `client` on or before `today`, oldest first.
pub fn sessions_until(client: &Client, today: Date) -> Vec<&Session> {
    let mut v: Vec<&Session> = client.sessions.iter().filter(|s| s.date <= today).collect();
    v.sort_by_key(|s| (s.date, s.id));
    v
}

/// What "what moved" compares for `client` on `today`: the two newest sessions when the newest
/// is today, else the newest session against today.
pub fn comparison(client: &Client, today: Date) -> Comparison<'_> {
    comparison_with(client, today, || snapshot(client, today))
}

/// [`comparison`] with today's side from `now` (only asked for when it is needed): the app
/// passes the estimate it already holds instead of computing it again each frame.
pub fn comparison_with(
    client: &Client,
    today: Date,
    now: impl FnOnce() -> Snapshot,
) -> Comparison<'_> {
    match sessions_until(client, today).as_slice() {
        [] => Comparison::NoSessions,
        [.., prev, last] if last.date == today => Comparison::BetweenSessions {
            from: prev,
            to: last,
        },
        [.., last] if last.date == today => Comparison::FirstSessionToday,
        [.., last] => Comparison::SinceSession {
            from: last,
            now: now(),
        },
    }
}

/// A session's lever values: as recorded, or (files from before they were recorded)
/// recomputed from the logs for its day.
pub fn session_levers(client: &Client, s: &Session) -> Vec<(Lever, f64)> {
    if s.snapshot.levers.is_empty() {
        levers_on(client, s.date)
    } else {
        s.snapshot.levers.clone()
    }
}

/// At most this many estimate points in a history (about a year of weeks).
pub const HISTORY_MAX_POINTS: i64 = 52;
/// The longest history shown, in days.
pub const HISTORY_MAX_DAYS: i64 = 730;
/// The range a history covers: from the oldest day with data (activity, a message, a reading,
/// a session or a marked period; at most [`HISTORY_MAX_DAYS`] back) to `today`, starting on a
/// point of [`history`] so that its line spans the whole range. A client without any data
/// before today gets `(today, today)`: no weeks of invented zeros.
pub fn history_range(client: &Client, today: Date) -> (Date, Date) {
    let oldest = client
        .readings
        .iter()
        .map(|r| r.date)
        .chain(client.sessions.iter().map(|s| s.date))
        .chain(client.annotations.iter().map(|a| a.start))
        .chain(client.activity.0.keys().next().copied())
        // the log is sorted by date (`inputs` relies on it too): its first is its oldest
        .chain(client.messages.first().map(|m| m.date))
        .filter(|d| *d <= today)
        .min()
        .unwrap_or(today);
    let first = oldest.max(today - Duration::days(HISTORY_MAX_DAYS));
    let step = history_step((today - first).num_days());
    let days = ((today - first).num_days() + step - 1) / step * step;
    (today - Duration::days(days), today)
}

/// Days between two history points over a range of `days`: a week, or wider so that there are
/// at most [`HISTORY_MAX_POINTS`] steps.
pub fn history_step(days: i64) -> i64 {
    ((days.max(0) + HISTORY_MAX_POINTS - 1) / HISTORY_MAX_POINTS).max(7)
}

/// Estimated totals from `first` to `last`: one point a week (wider steps for long ranges, at
/// most [`HISTORY_MAX_POINTS`] + 1 points), always ending on `last`, oldest first.
pub fn history_between(client: &Client, first: Date, last: Date) -> Vec<(Date, f64)> {
    history_between_with(client, first, last, &mut Memo::default())
}

/// [`history_between`] with the dated part of every day it reads kept in `memo`.
pub fn history_between_with(
    client: &Client,
    first: Date,
    last: Date,
    memo: &mut Memo,
) -> Vec<(Date, f64)> {
    let days = (last - first).num_days().max(0);
    let step = history_step(days);
    let mut points: Vec<(Date, f64)> = (0..=days / step)
        .map(|i| {
            let d = last - Duration::days(i * step);
            (d, estimate_with(client, d, memo).total())
        })
        .collect();
    points.reverse();
    points
}

/// The estimate history the app's chart and the report's chart both draw: [`history_between`]
/// over [`history_range`].
pub fn history(client: &Client, today: Date) -> Vec<(Date, f64)> {
    history_with(client, today, &mut Memo::default())
}

/// [`history`] with the dated part of every day it reads kept in `memo`.
pub fn history_with(client: &Client, today: Date, memo: &mut Memo) -> Vec<(Date, f64)> {
    let (first, last) = history_range(client, today);
    history_between_with(client, first, last, memo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lever_moved_when_its_shown_value_differs() {
        let before = [
            (Lever::Comments, 2.04),
            (Lever::Connections, 500.2),
            (Lever::Profile(crate::model::ProfileItem::Photo), 0.0),
        ];
        let after = [
            (Lever::Comments, 2.06),
            (Lever::Connections, 500.4),
            (Lever::Profile(crate::model::ProfileItem::Photo), 1.0),
        ];
        let moved = moved_levers(&before, &after);
        let levers: Vec<Lever> = moved.iter().map(|m| m.lever).collect();
        // 2.0 -> 2.1 shown: moved; 500 -> 500: not; no -> yes: moved, the larger change first
        assert_eq!(
            levers,
            [
                Lever::Profile(crate::model::ProfileItem::Photo),
                Lever::Comments
            ]
        );
    }

    #[test]
    fn a_lever_unknown_before_is_not_called_moved() {
        let moved = moved_levers(&[], &[(Lever::Comments, 3.0)]);
        assert!(moved.is_empty());
    }
}
