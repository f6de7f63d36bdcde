//! The cohort summary as one self-contained HTML page for the follow-up mail.
//!
//! Like the session report: no scripts, no external files, inline CSS and inline SVG bars, a
//! Content-Security-Policy that forbids everything else, and well-formed XML markup. Every
//! text a trainer typed (the title) goes through [`escape`].

use std::fmt::Write;

use crate::engine;
use crate::i18n::{Language, format_date, format_number, tr, tr_args};
use crate::model::{Date, Lever, Pillar};
use crate::report::html::escape;
use crate::tokens::{self, PALETTE, Rgb};

use super::{CohortStats, Spread};

/// How many knobs the page lists.
const TOP_KNOBS: usize = 8;

const STYLE: &str = r#"
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; padding: 24px 28px 32px; max-width: 780px; background: var(--paper); color: var(--ink);
  font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
  font-size: var(--fs-body); line-height: 1.45; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 8px; margin-bottom: 10px; }
header .kicker { color: var(--accent); font-weight: 600; font-size: var(--fs-meta); letter-spacing: 0.03em; text-transform: uppercase; }
h1 { font-size: 24px; line-height: 1.2; margin: 2px 0 4px; overflow-wrap: anywhere; }
header .meta { color: var(--muted); font-size: var(--fs-meta); }
h2 { font-size: var(--fs-heading); margin: 20px 0 6px; padding-bottom: 2px; border-bottom: 1px solid var(--rule); }
p { margin: 4px 0; }
.muted { color: var(--muted); }
.small { font-size: var(--fs-small); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4px 0 6px; }
th, td { text-align: left; vertical-align: middle; padding: 4px 6px; border-bottom: 1px solid var(--rule-light); overflow-wrap: anywhere; }
th { font-size: var(--fs-small); color: var(--heading); font-weight: 600; border-bottom: 1px solid var(--rule-strong); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.total td { font-weight: 700; border-top: 1px solid var(--rule-strong); }
td.bar svg { display: block; width: 100%; height: 14px; }
footer { margin-top: 24px; padding-top: 6px; border-top: 1px solid var(--rule); color: var(--muted); font-size: var(--fs-small); }
"#;

fn num(lang: Language, x: f64) -> String {
    format_number(lang, x, 1)
}

/// A bar from `min` to `max` on a scale of 0-`scale`, with a mark at the mean.
fn range_svg(s: &Spread, scale: f64) -> String {
    let x = |v: f64| (v / scale * 200.0).clamp(0.0, 200.0);
    let (lo, hi, mean) = (x(s.min), x(s.max), x(s.mean));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
         <rect style=\"fill:var(--track)\" x=\"0\" y=\"4\" width=\"200\" height=\"6\" />\
         <rect style=\"fill:var(--accent-soft)\" x=\"{lo:.1}\" y=\"3\" width=\"{w:.1}\" height=\"8\" />\
         <rect style=\"fill:var(--accent)\" x=\"{m:.1}\" y=\"0\" width=\"2\" height=\"14\" /></svg>",
        w = (hi - lo).max(1.0),
        m = (mean - 1.0).clamp(0.0, 198.0),
    )
}

/// A bar of `value` out of `scale` in `colour` (a design token's colour).
fn bar_svg(value: f64, scale: f64, colour: Rgb) -> String {
    let w = if scale > 0.0 {
        (value / scale * 200.0).clamp(0.0, 200.0)
    } else {
        0.0
    };
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\">\
         <rect style=\"fill:var(--track)\" x=\"0\" y=\"2\" width=\"200\" height=\"10\" />\
         <rect x=\"0\" y=\"2\" width=\"{w:.1}\" height=\"10\" fill=\"{}\" /></svg>",
        colour.hex()
    )
}

/// The cohort summary page in `lang`.
pub fn cohort_html(stats: &CohortStats, lang: Language) -> String {
    cohort_html_titled(stats, lang, None, None)
}

/// The cohort summary page with the workshop's own title and date in the header.
pub fn cohort_html_titled(
    stats: &CohortStats,
    lang: Language,
    title: Option<&str>,
    date: Option<Date>,
) -> String {
    let t = |k: &str| escape(tr(lang, k));
    let n = stats.participants;
    let count_of = |c: usize| {
        escape(&tr_args(
            lang,
            "workshop.cohort.count_of",
            &[("count", &c.to_string()), ("total", &n.to_string())],
        ))
    };
    let heading = title
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map_or_else(|| t("workshop.cohort.title"), escape);
    let mut h = crate::report::html::page_start(lang, &heading, STYLE);
    let _ = write!(
        h,
        "<header>\n<div class=\"kicker\">{}</div>\n<h1>{heading}</h1>\n<p class=\"meta\">",
        t("workshop.cohort.kicker")
    );
    if let Some(d) = date {
        let _ = write!(h, "{} · ", escape(&format_date(lang, d)));
    }
    let _ = write!(
        h,
        "{}",
        escape(&tr_args(
            lang,
            "workshop.cohort.participants",
            &[("count", &n.to_string())]
        ))
    );
    if stats.with_reading > 0 {
        let _ = write!(
            h,
            " · {}",
            escape(&tr_args(
                lang,
                "workshop.cohort.with_reading",
                &[("count", &stats.with_reading.to_string())]
            ))
        );
    }
    let _ = writeln!(
        h,
        "</p>\n</header>\n<p class=\"muted small\">{}</p>",
        t("caution.estimate_not_linkedin")
    );

    // pillars and total
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<table>\n<thead><tr><th style=\"width:36%\">{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>",
        t("workshop.cohort.pillars"),
        t("workshop.cohort.col_pillar"),
        t("workshop.cohort.col_mean"),
        t("workshop.cohort.col_min"),
        t("workshop.cohort.col_max"),
        t("workshop.cohort.col_spread"),
        t("workshop.cohort.col_range"),
    );
    let mut row = |label: String, s: &Spread, scale: f64, class: &str| {
        let _ = writeln!(
            h,
            "<tr{class}><td>{label}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"bar\">{}</td></tr>",
            num(lang, s.mean),
            num(lang, s.min),
            num(lang, s.max),
            num(lang, s.std_dev),
            range_svg(s, scale),
        );
    };
    for p in Pillar::ALL {
        row(
            format!(
                "{} <span class=\"muted small\">/ 25</span>",
                t(&format!("pillar.{}", p.key()))
            ),
            stats.pillar(p),
            25.0,
            "",
        );
    }
    row(
        format!(
            "{} <span class=\"muted small\">/ 100</span>",
            t("workshop.cohort.total")
        ),
        &stats.total,
        100.0,
        " class=\"total\"",
    );
    h.push_str("</tbody>\n</table>\n");

    // bands
    let most = stats.bands.iter().map(|(_, c)| *c).max().unwrap_or(0) as f64;
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<table>\n<thead><tr><th style=\"width:34%\">{}</th><th class=\"num\" style=\"width:16%\">{}</th><th></th></tr></thead>\n<tbody>",
        t("workshop.cohort.bands"),
        t("workshop.cohort.col_band"),
        t("workshop.cohort.col_people"),
    );
    for (b, c) in stats.bands.iter().rev() {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"num\">{c}</td><td class=\"bar\">{}</td></tr>",
            t(b.label_key()),
            bar_svg(*c as f64, most, tokens::band(*b)),
        );
    }
    h.push_str("</tbody>\n</table>\n");

    // missing checklist items
    let _ = writeln!(h, "<h2>{}</h2>", t("workshop.cohort.missing"));
    if stats.missing_items.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", t("workshop.cohort.no_missing"));
    } else {
        let _ = writeln!(
            h,
            "<table>\n<thead><tr><th style=\"width:44%\">{}</th><th class=\"num\" style=\"width:20%\">{}</th><th></th></tr></thead>\n<tbody>",
            t("workshop.cohort.col_item"),
            t("workshop.cohort.col_missing"),
        );
        for m in &stats.missing_items {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"bar\">{}</td></tr>",
                t(engine::label_key(Lever::Profile(m.item))),
                count_of(m.missing),
                bar_svg(m.missing as f64, n as f64, PALETTE.caution_line),
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }

    // knobs with points on offer
    let _ = writeln!(h, "<h2>{}</h2>", t("workshop.cohort.knobs"));
    if stats.knobs.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", t("workshop.cohort.no_knobs"));
    } else {
        let best = stats.knobs.first().map_or(0.0, |k| k.mean_points);
        let _ = writeln!(
            h,
            "<p class=\"muted small\">{}</p>\n<table>\n<thead><tr><th style=\"width:44%\">{}</th>\
             <th class=\"num\" style=\"width:18%\">{}</th><th class=\"num\" style=\"width:14%\">{}</th><th></th></tr></thead>\n<tbody>",
            t("workshop.cohort.knobs_intro"),
            t("workshop.cohort.col_knob"),
            t("workshop.cohort.col_points"),
            t("workshop.cohort.col_who"),
        );
        for k in stats.knobs.iter().take(TOP_KNOBS) {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td class=\"num\">+{}</td><td class=\"num\">{}</td><td class=\"bar\">{}</td></tr>",
                t(engine::label_key(k.lever)),
                num(lang, k.mean_points),
                count_of(k.participants),
                bar_svg(k.mean_points, best, PALETTE.accent),
            );
        }
        h.push_str("</tbody>\n</table>\n");
    }
    let _ = writeln!(
        h,
        "<footer>{}</footer>\n</body>\n</html>",
        t("workshop.cohort.footer")
    );
    h
}
