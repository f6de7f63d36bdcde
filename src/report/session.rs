//! The session report: one self-contained HTML page to hand over after a coaching session.
//!
//! No scripts, no external files, no network: inline CSS, inline SVG, and a
//! Content-Security-Policy that forbids everything else. Every text a user typed (names,
//! notes, labels, descriptions) goes through [`escape`]. The markup is also well-formed XML
//! (void elements self-closed, only the five XML entities), which the tests rely on.

use std::fmt::Write;

use super::chart;
use super::html::escape;
use crate::engine::{self, Band, Knob};
use crate::i18n::{
    Language, format_date, format_lever, format_lever_change, format_number, format_points,
    format_signed as signed, tr, tr_args,
};
use crate::model::{ActionItem, Client, Date, Lever, Pillar, PillarScores, Reading};

/// The page's Content-Security-Policy: nothing may load, nothing may run; only the inline
/// style sheet (and data: images, of which there are none) is allowed.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// How many knobs the report lists.
const TOP_KNOBS: usize = 5;

const STYLE: &str = r#"
@page { margin: 14mm 13mm 15mm 13mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; padding: 24px 28px 32px; max-width: 780px; background: var(--paper); color: var(--ink);
  font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: var(--fs-body); line-height: 1.45; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 8px; margin-bottom: 10px; }
header .kicker { color: var(--accent); font-weight: 600; font-size: var(--fs-meta); letter-spacing: 0.03em; text-transform: uppercase; }
h1 { font-size: 24px; line-height: 1.2; margin: 2px 0 4px; overflow-wrap: anywhere; }
header .meta { color: var(--muted); font-size: var(--fs-meta); }
h2 { font-size: var(--fs-heading); margin: 20px 0 6px; padding-bottom: 2px; border-bottom: 1px solid var(--rule);
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: var(--fs-body); margin: 12px 0 4px; break-after: avoid; page-break-after: avoid; }
p { margin: 4px 0; }
p.intro { break-after: avoid; page-break-after: avoid; }
thead { display: table-header-group; }
.muted { color: var(--muted); }
.small { font-size: var(--fs-small); }
.score { display: flex; flex-wrap: wrap; gap: 6px 24px; align-items: center; margin: 4px 0 8px;
  break-inside: avoid; page-break-inside: avoid; }
.score .big { font-size: var(--fs-total); font-weight: 700; color: var(--accent); line-height: 1; }
.score .big span { font-size: var(--fs-heading); font-weight: 400; color: var(--muted); }
.score .band { font-weight: 600; }
.ok { color: var(--good); }
.gap { color: var(--caution-ink); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4px 0 6px; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rule-light);
  overflow-wrap: anywhere; }
th { font-size: var(--fs-small); color: var(--heading); font-weight: 600; border-bottom: 1px solid var(--rule-strong); }
th.group { text-align: center; border-bottom: 1px solid var(--rule); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { white-space: normal; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.total td { font-weight: 700; border-top: 1px solid var(--rule-strong); }
td.bar { vertical-align: middle; }
td.bar svg { display: block; width: 100%; height: 12px; }
.up { color: var(--good); }
.down { color: var(--bad); }
figure { margin: 4px 0 0; break-inside: avoid; page-break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: 2px 18px; font-size: var(--fs-small); color: var(--heading); margin: 4px 0; }
.legend svg { vertical-align: middle; margin-right: 4px; }
ul { margin: 4px 0; padding-left: 20px; }
ul.periods { list-style: none; padding-left: 0; }
ul.periods svg { vertical-align: middle; margin-right: 6px; }
li { margin: 2px 0; break-inside: avoid; page-break-inside: avoid; }
.notes { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--paper-tint); border-left: 3px solid var(--rule);
  padding: 6px 10px; margin: 4px 0; }
.status-done { color: var(--good); }
.status-overdue { color: var(--bad); font-weight: 600; }
.status-open { color: var(--ink); }
.cautions { background: var(--caution-bg); border: 1px solid var(--caution-border); padding: 6px 10px 6px 8px; break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 24px; padding-top: 6px; border-top: 1px solid var(--rule); font-size: var(--fs-fine); color: var(--muted); }
col.c-pillar { width: 34%; } col.c-bar { width: 36%; } col.c-num { width: 15%; }
col.c-label { width: 28%; } col.c-six { width: 12%; }
col.c-status { width: 30%; } col.c-what { width: 54%; } col.c-target { width: 16%; }
col.c-knob { width: 25%; } col.c-nt { width: 16%; } col.c-gain { width: 10%; } col.c-effort { width: 15%; } col.c-why { width: 34%; }
col.c-moved { width: 52%; } col.c-three { width: 16%; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h1 { font-size: 18pt; }
  h2 { font-size: 12.5pt; margin-top: 14pt; }
  .score .big { font-size: 30pt; }
  th { font-size: 9pt; }
  .legend, .small { font-size: 9pt; }
  footer { font-size: 8.5pt; }
}
"#;

/// The session report for `client` on `today` in `lang`, as one self-contained HTML page.
///
/// It holds the client's name, the date, the estimated total and pillars with the band and
/// the target of 70, a chart over time (estimates, real readings, sessions, marked periods),
/// what changed since the last session, the notes of the latest session, the action items,
/// the top knobs with their reasons and the cautions.
pub fn session_report(client: &Client, today: Date, lang: Language) -> String {
    let t = |key: &str| escape(tr(lang, key));
    let estimate = engine::estimate(client, today);
    let sessions = engine::sessions_until(client, today);
    // Head: the CSP comes first, then the charset (still within the first 1024 bytes).
    let title = format!("{}: {}", tr(lang, "report.title"), client.name);
    let mut h = super::html::page_start(lang, &escape(&title), STYLE);
    h.reserve(48 * 1024);

    // Header.
    let last_session = match sessions.last() {
        Some(s) => escape(&tr_args(
            lang,
            "report.last_session",
            &[("date", &format_date(lang, s.date))],
        )),
        None => t("report.no_sessions"),
    };
    let _ = write!(
        h,
        "<header>\n<div class=\"kicker\">{} · {}</div>\n<h1>{}</h1>\n<div class=\"meta\">{} · {}</div>\n</header>\n",
        t("common.app_name"),
        t("report.title"),
        escape(&client.name),
        escape(&tr_args(
            lang,
            "report.prepared_on",
            &[("date", &format_date(lang, today))]
        )),
        last_session,
    );

    score_section(&mut h, client, today, lang, &estimate.pillars);
    chart_section(&mut h, client, today, lang);
    changes_section(&mut h, client, today, lang);
    if let Some(s) = sessions.last()
        && !s.notes.trim().is_empty()
    {
        let _ = write!(
            h,
            "<section id=\"notes\">\n<h2>{}</h2>\n<div class=\"notes\">{}</div>\n</section>\n",
            escape(&tr_args(
                lang,
                "report.notes.title",
                &[("date", &format_date(lang, s.date))]
            )),
            escape(s.notes.trim_end()),
        );
    }
    actions_section(&mut h, client, today, lang);
    knobs_section(&mut h, client, today, lang);

    // Cautions.
    let _ = write!(
        h,
        "<section id=\"cautions\">\n<h2>{}</h2>\n<div class=\"cautions\"><ul>\n",
        t("report.cautions.title")
    );
    for key in [
        "caution.score_not_goal",
        "caution.quality_invitations",
        "caution.inform_not_sell",
        "caution.estimate_not_linkedin",
    ] {
        let _ = writeln!(h, "<li>{}</li>", t(key));
    }
    h.push_str("</ul></div>\n</section>\n");

    let _ = write!(
        h,
        "<footer>{} {}</footer>\n</body>\n</html>\n",
        escape(&tr_args(
            lang,
            "report.footer",
            &[("date", &format_date(lang, today))]
        )),
        t("caution.estimate_not_linkedin"),
    );
    h
}

/// The CSS class of a change: up, down or none.
fn trend(v: f64) -> &'static str {
    if v >= 0.05 {
        "num up"
    } else if v <= -0.05 {
        "num down"
    } else {
        "num"
    }
}

/// A horizontal bar of `value` out of `max` with a tick at `mark`.
fn bar(value: f64, max: f64, mark: f64) -> String {
    let w = (value / max).clamp(0.0, 1.0) * 100.0;
    let m = (mark / max).clamp(0.0, 1.0) * 100.0;
    format!(
        r##"<svg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true"><rect style="fill:var(--track)" x="0" y="2" width="100" height="8"/><rect style="fill:var(--accent)" x="0" y="2" width="{w:.1}" height="8"/><rect style="fill:var(--good)" x="{:.1}" y="0" width="0.8" height="12"/></svg>"##,
        (m - 0.4).max(0.0)
    )
}

fn score_section(
    h: &mut String,
    client: &Client,
    today: Date,
    lang: Language,
    pillars: &PillarScores,
) {
    let t = |key: &str| escape(tr(lang, key));
    let total = pillars.total();
    let band = Band::of(total);
    let shown = total.round().clamp(0.0, 100.0);
    let reading = client.latest_reading(today);
    let _ = write!(
        h,
        "<section id=\"score\">\n<h2>{}</h2>\n<div class=\"score\">\n<div class=\"big\" data-total=\"{:.1}\">{} <span>{}</span></div>\n<div>\n",
        t("report.score.title"),
        total,
        format_number(lang, shown, 0),
        escape(&format!(
            "/ 100 · {}",
            tr(lang, "common.estimate").to_lowercase()
        )),
    );
    let _ = writeln!(
        h,
        "<div class=\"band\" data-band=\"{}\">{}</div>",
        band.key(),
        escape(&tr_args(
            lang,
            "report.score.band",
            &[("band", tr(lang, band.label_key()))]
        )),
    );
    if shown >= engine::TARGET_TOTAL {
        let _ = writeln!(h, "<div class=\"ok\">✓ {}</div>", t("report.score.reached"));
    } else {
        let _ = writeln!(
            h,
            "<div class=\"gap\">{}</div>",
            escape(&tr_args(
                lang,
                "report.score.gap",
                &[(
                    "points",
                    &format_number(lang, engine::TARGET_TOTAL - shown, 0)
                )]
            ))
        );
    }
    match reading {
        Some(r) => {
            let _ = writeln!(
                h,
                "<div class=\"muted small\">{}</div>",
                escape(&tr_args(
                    lang,
                    "report.score.reading",
                    &[
                        ("date", &format_date(lang, r.date)),
                        ("value", &format_number(lang, r.total.round(), 0)),
                        ("band", tr(lang, Band::of(r.total).label_key())),
                    ]
                ))
            );
        }
        None => {
            let _ = writeln!(
                h,
                "<div class=\"muted small\">{}</div>",
                t("report.score.no_reading")
            );
        }
    }
    h.push_str("</div>\n</div>\n");

    // Pillar table.
    let _ = write!(
        h,
        "<table class=\"pillars\">\n<colgroup><col class=\"c-pillar\" /><col class=\"c-bar\" /><col class=\"c-num\" /><col class=\"c-num\" /></colgroup>\n\
         <thead><tr><th>{}</th><th></th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        t("report.col.pillar"),
        t("common.estimate"),
        t("report.col.reading"),
    );
    // Each pillar's share of the target of 70 is 17.5 of 25.
    let pillar_mark = engine::TARGET_TOTAL / 4.0;
    for p in Pillar::ALL {
        let v = pillars.get(p);
        let _ = writeln!(
            h,
            "<tr data-pillar=\"{}\"><td>{}</td><td class=\"bar\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            p.key(),
            t(&format!("pillar.{}", p.key())),
            bar(v, Pillar::MAX, pillar_mark),
            format_points(lang, v),
            reading.map_or_else(|| "–".to_owned(), |r| format_points(lang, r.pillars.get(p))),
        );
    }
    let _ = write!(
        h,
        "<tr class=\"total\"><td>{}</td><td class=\"bar\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n</tbody>\n</table>\n",
        t("report.total"),
        bar(total, 100.0, engine::TARGET_TOTAL),
        format_points(lang, total),
        reading.map_or_else(|| "–".to_owned(), |r| format_points(lang, r.total)),
    );
    let _ = writeln!(
        h,
        "<p class=\"muted small\">{}</p>\n</section>",
        t("report.score.tick")
    );
}

/// A small legend swatch: a line (solid or dashed), a dot, a triangle or a box.
fn swatch(kind: &str) -> &'static str {
    match kind {
        "estimate" => {
            r##"<svg width="22" height="10" aria-hidden="true"><line style="stroke:var(--accent)" x1="0" y1="5" x2="22" y2="5" stroke-width="2.2"/></svg>"##
        }
        "reading" => {
            r##"<svg width="22" height="10" aria-hidden="true"><line style="stroke:var(--bad)" x1="0" y1="5" x2="22" y2="5" stroke-width="1.4" stroke-dasharray="5 3"/><circle style="fill:var(--paper);stroke:var(--bad)" cx="11" cy="5" r="3.2" stroke-width="1.6"/></svg>"##
        }
        "target" => {
            r##"<svg width="22" height="10" aria-hidden="true"><line style="stroke:var(--good)" x1="0" y1="5" x2="22" y2="5" stroke-width="1.6" stroke-dasharray="6 3"/></svg>"##
        }
        "session" => {
            r##"<svg width="12" height="10" aria-hidden="true"><path style="fill:var(--session)" d="M2 10 L10 10 L6 3 Z"/></svg>"##
        }
        _ => {
            r##"<svg width="16" height="10" aria-hidden="true"><rect style="fill:var(--caution-fill);stroke:var(--caution-line)" x="0.5" y="0.5" width="15" height="9" fill-opacity="0.25" stroke-width="0.8"/></svg>"##
        }
    }
}

fn chart_section(h: &mut String, client: &Client, today: Date, lang: Language) {
    let t = |key: &str| escape(tr(lang, key));
    let _ = write!(
        h,
        "<section id=\"chart\">\n<h2>{}</h2>\n<figure>\n{}\n<figcaption class=\"legend\">",
        t("report.chart.title"),
        chart::svg(client, today, lang)
    );
    let _ = write!(
        h,
        "<span>{}{}</span><span>{}{}</span><span>{}{}</span><span>{}{}</span><span>{}{}</span>",
        swatch("estimate"),
        t("report.chart.estimate"),
        swatch("reading"),
        t("report.col.reading"),
        swatch("target"),
        t("common.target_70"),
        swatch("session"),
        t("report.chart.session"),
        swatch("period"),
        t("report.chart.marked"),
    );
    h.push_str("</figcaption>\n</figure>\n");
    let (first, last) = engine::history_range(client, today);
    let mut marked: Vec<_> = client
        .annotations
        .iter()
        .filter(|a| a.end >= first && a.start <= last)
        .collect();
    marked.sort_by_key(|a| (a.start, a.end));
    if !marked.is_empty() {
        h.push_str("<ul class=\"periods small\">\n");
        for a in marked {
            let when = if a.end > a.start {
                format!(
                    "{} – {}",
                    format_date(lang, a.start),
                    format_date(lang, a.end)
                )
            } else {
                format_date(lang, a.start)
            };
            let _ = writeln!(
                h,
                "<li class=\"period\">{}{}: {}</li>",
                swatch("period"),
                escape(&when),
                escape(&a.label)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");
}

fn changes_section(h: &mut String, client: &Client, today: Date, lang: Language) {
    let t = |key: &str| escape(tr(lang, key));
    let _ = write!(
        h,
        "<section id=\"changes\">\n<h2>{}</h2>\n",
        t("report.changes.title")
    );
    let comparison = engine::comparison(client, today);
    let (from, to, heading) = match &comparison {
        engine::Comparison::NoSessions => {
            let _ = write!(
                h,
                "<p class=\"muted\">{}</p>\n</section>\n",
                t("report.changes.none")
            );
            return;
        }
        engine::Comparison::FirstSessionToday => {
            let _ = write!(
                h,
                "<p class=\"muted\">{}</p>\n</section>\n",
                t("report.changes.first")
            );
            return;
        }
        engine::Comparison::BetweenSessions { from, to } => (
            &from.snapshot,
            &to.snapshot,
            tr_args(
                lang,
                "report.changes.between_sessions",
                &[
                    ("from", &format_date(lang, from.date)),
                    ("to", &format_date(lang, to.date)),
                ],
            ),
        ),
        engine::Comparison::SinceSession { from, now } => (
            &from.snapshot,
            now,
            tr_args(
                lang,
                "report.changes.since_session",
                &[
                    ("from", &format_date(lang, from.date)),
                    ("to", &format_date(lang, today)),
                ],
            ),
        ),
    };
    let _ = writeln!(h, "<p class=\"muted intro\">{}</p>", escape(&heading));
    let _ = write!(
        h,
        "<table class=\"changes\">\n<colgroup><col class=\"c-label\" /><col class=\"c-six\" /><col class=\"c-six\" /><col class=\"c-six\" /><col class=\"c-six\" /><col class=\"c-six\" /><col class=\"c-six\" /></colgroup>\n\
         <thead><tr><th></th><th class=\"group\" colspan=\"3\">{}</th><th class=\"group\" colspan=\"3\">{}</th></tr>\n\
         <tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        t("common.estimate"),
        t("report.col.reading"),
        t("report.col.pillar"),
        t("report.col.then"),
        t("report.col.now"),
        t("report.col.change"),
        t("report.col.then"),
        t("report.col.now"),
        t("report.col.change"),
    );
    let rows: Vec<(String, &str, Option<Pillar>)> = Pillar::ALL
        .into_iter()
        .map(|p| {
            (
                tr(lang, &format!("pillar.{}.short", p.key())).to_owned(),
                p.key(),
                Some(p),
            )
        })
        .chain(std::iter::once((
            tr(lang, "report.total").to_owned(),
            "total",
            None,
        )))
        .collect();
    for (label, key, pillar) in rows {
        let value = |s: &PillarScores| pillar.map_or_else(|| s.total(), |p| s.get(p));
        let reading_value = |r: &Reading| pillar.map_or(r.total, |p| r.pillars.get(p));
        let (e0, e1) = (value(&from.estimate), value(&to.estimate));
        let r0 = from.reading.as_ref().map(reading_value);
        let r1 = to.reading.as_ref().map(reading_value);
        let dash = || "–".to_owned();
        let reading_change = match (r0, r1) {
            (Some(a), Some(b)) => format!(
                "<td class=\"{}\">{}</td>",
                trend(b - a),
                signed(lang, b - a)
            ),
            _ => "<td class=\"num\">–</td>".to_owned(),
        };
        let _ = writeln!(
            h,
            "<tr class=\"{}\" data-row=\"{key}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"{}\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>{reading_change}</tr>",
            if pillar.is_none() { "total" } else { "pillar" },
            escape(&label),
            format_points(lang, e0),
            format_points(lang, e1),
            trend(e1 - e0),
            signed(lang, e1 - e0),
            r0.map_or_else(dash, |v| format_points(lang, v)),
            r1.map_or_else(dash, |v| format_points(lang, v)),
        );
    }
    h.push_str("</tbody>\n</table>\n");
    moved_levers(h, lang, &comparison.moved(client));
    h.push_str("</section>\n");
}

/// The levers (activity rates, profile items, network) that moved between the two moments:
/// the same list, in the same order, as the sessions screen.
fn moved_levers(h: &mut String, lang: Language, moved: &[engine::MovedLever]) {
    let t = |key: &str| escape(tr(lang, key));
    let _ = writeln!(h, "<h3>{}</h3>", t("report.changes.moved"));
    if moved.is_empty() {
        let _ = writeln!(
            h,
            "<p class=\"muted\">{}</p>",
            t("report.changes.nothing_moved")
        );
        return;
    }
    let _ = write!(
        h,
        "<table class=\"moved\">\n<colgroup><col class=\"c-moved\" /><col class=\"c-three\" /><col class=\"c-three\" /><col class=\"c-three\" /></colgroup>\n\
         <thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        t("report.col.knob"),
        t("report.col.then"),
        t("report.col.now"),
        t("report.col.change"),
    );
    for &engine::MovedLever {
        lever,
        before: x,
        after: y,
    } in moved.iter().take(engine::MOVED_SHOWN)
    {
        let change = format_lever_change(lang, lever, x, y);
        let _ = writeln!(
            h,
            "<tr data-moved=\"{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"{}\">{}</td></tr>",
            engine::lever_key(lever),
            t(engine::label_key(lever)),
            escape(&format_lever(lang, lever, x)),
            escape(&format_lever(lang, lever, y)),
            trend(y - x),
            escape(&change),
        );
    }
    h.push_str("</tbody>\n</table>\n");
    if moved.len() > engine::MOVED_SHOWN {
        let _ = writeln!(
            h,
            "<p class=\"muted\">{}</p>",
            escape(&tr_args(
                lang,
                "report.changes.more_moved",
                &[("n", &(moved.len() - engine::MOVED_SHOWN).to_string())],
            ))
        );
    }
}

/// Done, open or overdue on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Overdue,
    Open,
    Done,
}

fn status(item: &ActionItem, today: Date) -> Status {
    if item.done.is_some() {
        Status::Done
    } else if item.due.is_some_and(|d| d < today) {
        Status::Overdue
    } else {
        Status::Open
    }
}

fn actions_section(h: &mut String, client: &Client, today: Date, lang: Language) {
    let t = |key: &str| escape(tr(lang, key));
    let _ = write!(
        h,
        "<section id=\"actions\">\n<h2>{}</h2>\n",
        t("report.actions.title")
    );
    if client.action_items.is_empty() {
        let _ = write!(
            h,
            "<p class=\"muted\">{}</p>\n</section>\n",
            t("report.actions.none")
        );
        return;
    }
    let mut items: Vec<(Status, &ActionItem)> = client
        .action_items
        .iter()
        .map(|a| (status(a, today), a))
        .collect();
    let count = |s: Status| items.iter().filter(|(x, _)| *x == s).count().to_string();
    let summary = tr_args(
        lang,
        "report.actions.summary",
        &[
            ("done", &count(Status::Done)),
            ("open", &count(Status::Open)),
            ("overdue", &count(Status::Overdue)),
        ],
    );
    items.sort_by(|(sa, a), (sb, b)| {
        sa.cmp(sb)
            .then_with(|| match sa {
                Status::Done => b.done.cmp(&a.done),
                _ => a
                    .due
                    .is_none()
                    .cmp(&b.due.is_none())
                    .then(a.due.cmp(&b.due)),
            })
            .then(a.id.cmp(&b.id))
    });
    let _ = write!(
        h,
        "<p class=\"muted intro\">{}</p>\n<table class=\"actions\">\n<colgroup><col class=\"c-status\" /><col class=\"c-what\" /><col class=\"c-target\" /></colgroup>\n\
         <thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        escape(&summary),
        t("report.col.status"),
        t("report.col.what"),
        t("report.col.target"),
    );
    for (st, item) in items {
        let (class, text) = match (st, item.done, item.due) {
            (Status::Done, Some(d), _) => (
                "done",
                tr_args(
                    lang,
                    "report.actions.done",
                    &[("date", &format_date(lang, d))],
                ),
            ),
            (Status::Overdue, _, Some(d)) => (
                "overdue",
                tr_args(
                    lang,
                    "report.actions.overdue",
                    &[("date", &format_date(lang, d))],
                ),
            ),
            (_, _, Some(d)) => (
                "open",
                tr_args(
                    lang,
                    "report.actions.open_due",
                    &[("date", &format_date(lang, d))],
                ),
            ),
            _ => ("open", tr(lang, "report.actions.open").to_owned()),
        };
        let lever = tr(lang, engine::label_key(item.lever));
        let what = if item.description.trim().is_empty() {
            escape(lever)
        } else {
            format!(
                "{}<br /><span class=\"muted small\">{}</span>",
                escape(item.description.trim()),
                escape(lever)
            )
        };
        let target = item.target.map_or_else(
            || "–".to_owned(),
            |v| format_number(lang, v, if v.fract() == 0.0 { 0 } else { 1 }),
        );
        let _ = writeln!(
            h,
            "<tr class=\"action {class}\"><td class=\"status-{class}\">{}</td><td>{what}</td><td class=\"num\">{}</td></tr>",
            escape(&text),
            escape(&target),
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// The knobs the report lists: ranked best first, only those that add something.
fn top_knobs(client: &Client, today: Date) -> Vec<Knob> {
    let mut inputs = engine::inputs(client, today);
    if client.calibrate
        && let Some(c) = engine::calibrate(client, today)
    {
        inputs.calibration = c.offsets;
    }
    engine::knobs(&inputs)
        .into_iter()
        .filter(|k| k.points >= 0.05)
        .take(TOP_KNOBS)
        .collect()
}

fn knobs_section(h: &mut String, client: &Client, today: Date, lang: Language) {
    let t = |key: &str| escape(tr(lang, key));
    let knobs = top_knobs(client, today);
    let _ = write!(
        h,
        "<section id=\"knobs\">\n<h2>{}</h2>\n",
        t("report.knobs.title")
    );
    if knobs.is_empty() {
        let _ = write!(
            h,
            "<p class=\"muted\">{}</p>\n</section>\n",
            t("report.knobs.none")
        );
        return;
    }
    let _ = write!(
        h,
        "<p class=\"muted intro\">{}</p>\n<table class=\"knobs\">\n<colgroup><col class=\"c-knob\" /><col class=\"c-nt\" /><col class=\"c-gain\" /><col class=\"c-effort\" /><col class=\"c-why\" /></colgroup>\n\
         <thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        t("report.knobs.intro"),
        t("report.col.knob"),
        t("report.col.now_target"),
        t("report.col.gain"),
        t("report.col.effort"),
        t("report.col.why"),
    );
    for k in knobs {
        let sn = if k.needs_sales_navigator && k.lever != Lever::SalesNavigator {
            format!(
                "<br /><span class=\"muted small\">{}</span>",
                t("report.knobs.sales_navigator")
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            h,
            "<tr data-knob=\"{}\"><td>{}{sn}</td><td class=\"num\">{} → {}</td><td class=\"num up\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            engine::lever_key(k.lever),
            t(engine::label_key(k.lever)),
            escape(&format_lever(lang, k.lever, k.current)),
            escape(&format_lever(lang, k.lever, k.target)),
            escape(&signed(lang, k.points)),
            escape(&tr_args(
                lang,
                "common.minutes_per_week",
                &[("minutes", &format_number(lang, k.minutes_per_week, 0))]
            )),
            t(k.reason_key),
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}
