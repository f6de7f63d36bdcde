//! The history chart as inline SVG: weekly estimates, real readings, the band lines, the
//! target of 70, sessions and the client's marked periods.

use std::fmt::Write;

use chrono::Duration;

use super::html::escape;
use crate::engine;
use crate::i18n::{Language, format_date, tr, tr_args};
use crate::model::{Client, Date};

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 712.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 272.0;

/// Cut `s` to at most `max` characters, adding `…` when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The chart as an `<svg>` element (scales to the width of its container).
pub fn svg(client: &Client, today: Date, lang: Language) -> String {
    let (first, last) = engine::history_range(client, today);
    let span = ((last - first).num_days().max(1)) as f64;
    let x = |d: Date| LEFT + (d - first).num_days() as f64 / span * (RIGHT - LEFT);
    let y = |v: f64| BOTTOM - v.clamp(0.0, 100.0) / 100.0 * (BOTTOM - TOP);
    let description = tr_args(
        lang,
        "report.chart.description",
        &[
            ("from", &format_date(lang, first)),
            ("to", &format_date(lang, last)),
        ],
    );
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img" aria-label="{}" font-size="11">"#,
        escape(&description)
    );
    let _ = write!(s, "<title>{}</title>", escape(&description));

    // Marked periods first, so the lines draw over them.
    let mut row = 0;
    for a in &client.annotations {
        if a.end < first || a.start > last {
            continue;
        }
        let (start, end) = (a.start.max(first), a.end.min(last).max(a.start.max(first)));
        let x0 = x(start);
        let x1 = (x(end + Duration::days(1))).min(RIGHT).max(x0 + 3.0);
        let _ = write!(
            s,
            r##"<rect style="fill:var(--caution-fill);stroke:var(--caution-line)" class="period" x="{x0:.1}" y="{TOP}" width="{:.1}" height="{:.1}" fill-opacity="0.18" stroke-opacity="0.5" stroke-width="0.8"/>"##,
            x1 - x0,
            BOTTOM - TOP
        );
        let label_y = 12.0 + f64::from(row % 2) * 13.0;
        let (lx, anchor) = if x0 > RIGHT - 170.0 {
            (x1, "end")
        } else {
            (x0, "start")
        };
        let _ = write!(
            s,
            r##"<text style="fill:var(--caution-ink)" class="period-label" x="{lx:.1}" y="{label_y:.1}" text-anchor="{anchor}">{}</text>"##,
            escape(&shorten(&a.label, 28))
        );
        let _ = write!(
            s,
            r##"<line style="stroke:var(--caution-line)" x1="{x0:.1}" y1="{:.1}" x2="{x0:.1}" y2="{TOP}" stroke-width="0.8"/>"##,
            label_y + 2.0
        );
        row += 1;
    }

    // Band lines and the y axis labels.
    for v in [0.0, 50.0, 60.0, 70.0, 80.0, 100.0] {
        let yy = y(v);
        let (stroke, width, dash) = if v == engine::TARGET_TOTAL {
            ("good", 1.6, r#" stroke-dasharray="6 3""#)
        } else if v == 0.0 || v == 100.0 {
            ("rule-strong", 0.8, "")
        } else {
            ("rule", 0.8, r#" stroke-dasharray="3 3""#)
        };
        let _ = write!(
            s,
            r#"<line style="stroke:var(--{stroke})" x1="{LEFT}" y1="{yy:.1}" x2="{RIGHT}" y2="{yy:.1}" stroke-width="{width}"{dash}/>"#
        );
        let _ = write!(
            s,
            r##"<text style="fill:var(--muted)" x="{:.1}" y="{:.1}" text-anchor="end">{v}</text>"##,
            LEFT - 4.0,
            yy + 4.0
        );
    }
    let _ = write!(
        s,
        r##"<text style="fill:var(--good)" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
        RIGHT - 2.0,
        y(engine::TARGET_TOTAL) - 4.0,
        escape(tr(lang, "common.target_70"))
    );

    // Date ticks: five evenly spaced days.
    for i in 0..5i64 {
        let d = first + Duration::days(((last - first).num_days() * i) / 4);
        let anchor = match i {
            0 => "start",
            4 => "end",
            _ => "middle",
        };
        let xx = x(d);
        let _ = write!(
            s,
            r##"<line style="stroke:var(--rule-strong)" x1="{xx:.1}" y1="{BOTTOM}" x2="{xx:.1}" y2="{:.1}" stroke-width="0.8"/><text style="fill:var(--muted)" x="{xx:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"##,
            BOTTOM + 4.0,
            BOTTOM + 17.0,
            escape(&format_date(lang, d))
        );
    }

    // Sessions: dotted vertical lines with a marker at the bottom.
    for session in client
        .sessions
        .iter()
        .filter(|x| x.date >= first && x.date <= last)
    {
        let xx = x(session.date);
        let _ = write!(
            s,
            r##"<line style="stroke:var(--session)" class="session" x1="{xx:.1}" y1="{TOP}" x2="{xx:.1}" y2="{BOTTOM}" stroke-width="1" stroke-dasharray="1 2"/><path style="fill:var(--session)" d="M{:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1} Z"/>"##,
            xx - 4.0,
            BOTTOM,
            xx + 4.0,
            BOTTOM,
            xx,
            BOTTOM - 7.0
        );
    }

    // The estimate: a solid line.
    let series = engine::history_between(client, first, last);
    let points: Vec<String> = series
        .iter()
        .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
        .collect();
    let _ = write!(
        s,
        r##"<polyline style="stroke:var(--accent)" class="estimate" points="{}" fill="none" stroke-width="2.2" stroke-linejoin="round"/>"##,
        points.join(" ")
    );
    if let Some((d, v)) = series.last() {
        let _ = write!(
            s,
            r##"<circle style="fill:var(--accent)" cx="{:.1}" cy="{:.1}" r="3.5"/>"##,
            x(*d),
            y(*v)
        );
    }

    // Real readings: a dashed line with dots.
    let mut readings: Vec<(Date, f64)> = client
        .readings
        .iter()
        .filter(|r| r.date >= first && r.date <= last)
        .map(|r| (r.date, r.total))
        .collect();
    readings.sort_by_key(|r| r.0);
    if readings.len() > 1 {
        let points: Vec<String> = readings
            .iter()
            .map(|(d, v)| format!("{:.1},{:.1}", x(*d), y(*v)))
            .collect();
        let _ = write!(
            s,
            r##"<polyline style="stroke:var(--bad)" points="{}" fill="none" stroke-width="1.4" stroke-dasharray="5 3"/>"##,
            points.join(" ")
        );
    }
    for (d, v) in &readings {
        let _ = write!(
            s,
            r##"<circle style="fill:var(--paper);stroke:var(--bad)" class="reading" cx="{:.1}" cy="{:.1}" r="3.5" stroke-width="1.8"/>"##,
            x(*d),
            y(*v)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{Annotation, ClientId};

    fn day(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn series_is_weekly_ends_today_and_stays_small() {
        let today = day("2026-06-30");
        let mut c = Client::new(ClientId("c".into()), "C", day("2020-01-01"));
        // no data at all: no invented weeks of zeros, only today
        assert_eq!(engine::history_range(&c, today), (today, today));
        assert_eq!(engine::history(&c, today).len(), 1);
        c.activity
            .0
            .insert(day("2026-03-25"), crate::model::DayActivity::default());
        let (first, last) = engine::history_range(&c, today);
        assert_eq!(last, today);
        // from the first day with data, rounded up to whole weeks so the line spans the chart
        assert_eq!((last - first).num_days(), 98);
        let s = engine::history_between(&c, first, last);
        assert_eq!(s.first().unwrap().0, first);
        assert_eq!(s.last().unwrap().0, today);
        assert!(s.windows(2).all(|w| (w[1].0 - w[0].0).num_days() == 7));

        c.annotations.push(Annotation {
            start: day("2021-01-01"),
            end: day("2021-01-05"),
            label: "old".into(),
        });
        let (first, last) = engine::history_range(&c, today);
        let days = (last - first).num_days();
        let step = engine::history_step(days);
        assert!(
            (engine::HISTORY_MAX_DAYS..engine::HISTORY_MAX_DAYS + step).contains(&days),
            "{days} days"
        );
        let s = engine::history_between(&c, first, last);
        assert!(
            s.len() as i64 <= engine::HISTORY_MAX_POINTS + 1,
            "{} points",
            s.len()
        );
        assert_eq!(s.first().unwrap().0, first);
        assert!(s.windows(2).all(|w| (w[1].0 - w[0].0).num_days() == step));
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("abcdefgh", 5), "abcd…");
    }
}
