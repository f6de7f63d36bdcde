//! Readings and history: type in a real SSI reading; chart of readings and estimates.

use crate::ui::{ClientEdit, ImportCommand};
use chrono::Duration;
use egui::RichText;
use egui_plot::{HLine, Line, Plot, PlotPoint, PlotPoints, Points, Polygon, Text};

use super::{Command, ViewCtx, theme, widgets};
use crate::engine;
use crate::i18n::{count, format_date, format_points, parse_number, tr, tr_args};
use crate::model::{Annotation, Date, Pillar, PillarScores, Reading, ReadingField, ReadingProblem};

/// The reading form as typed.
#[derive(Debug, Clone, Default)]
pub struct ReadingForm {
    /// Date, total, brand, find, engage, relationships, industry rank, network rank,
    /// industry average, network average.
    pub fields: [String; 10],
}

const LABELS: [&str; 10] = [
    "readings.date",
    "readings.total",
    "pillar.brand.short",
    "pillar.find.short",
    "pillar.engage.short",
    "pillar.relationships.short",
    "readings.industry_rank",
    "readings.network_rank",
    "readings.industry_average",
    "readings.network_average",
];

/// Check the form; Ok(reading) or the first problem in the user's language.
pub fn validate(
    form: &ReadingForm,
    today: Date,
    loc: impl Into<crate::i18n::Locale>,
) -> Result<Reading, String> {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    let f = &form.fields;
    let date = widgets::parse_day(&f[0], today, false, loc).map_err(str::to_owned)?;
    // each value is checked as soon as it is read, so the first wrong field is named first
    let num = |i: usize, field: ReadingField| -> Result<f64, String> {
        let v = parse_number(&f[i]).ok_or_else(|| {
            tr_args(
                lang,
                "readings.error.number",
                &[("field", tr(lang, LABELS[i]))],
            )
        })?;
        if !v.is_finite() {
            return Err(crate::i18n::reading_problem(
                lang,
                &ReadingProblem::NotFinite(field),
            ));
        }
        if !(0.0..=field.max()).contains(&v) {
            return Err(crate::i18n::reading_problem(
                lang,
                &ReadingProblem::OutOfRange(field, v),
            ));
        }
        Ok(v)
    };
    let opt = |i: usize, field: ReadingField| -> Result<Option<f64>, String> {
        if f[i].trim().is_empty() {
            Ok(None)
        } else {
            num(i, field).map(Some)
        }
    };
    let reading = Reading {
        date,
        total: num(1, ReadingField::Total)?,
        pillars: PillarScores {
            brand: num(2, ReadingField::Pillar(Pillar::Brand))?,
            find: num(3, ReadingField::Pillar(Pillar::Find))?,
            engage: num(4, ReadingField::Pillar(Pillar::Engage))?,
            relationships: num(5, ReadingField::Pillar(Pillar::Relationships))?,
        },
        industry_rank_pct: opt(6, ReadingField::IndustryRank)?,
        network_rank_pct: opt(7, ReadingField::NetworkRank)?,
        industry_average: opt(8, ReadingField::IndustryAverage)?,
        network_average: opt(9, ReadingField::NetworkAverage)?,
    };
    reading
        .check(today)
        .map_err(|p| crate::i18n::reading_problem(lang, &p))?;
    Ok(reading)
}

/// Draw the readings screen.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut super::ReadingsState,
    out: &mut Vec<Command>,
) {
    form(ui, ctx, &mut state.form, state.import.as_ref(), out);
    annotations(ui, ctx, &mut state.annotation, out);
}

/// The reading form, the spreadsheet preview and the history.
fn form(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    form: &mut ReadingForm,
    preview: Option<&ReadingsPreview>,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    ui.heading(tr(lang, "screen.readings"));
    ui.label(RichText::new(tr(lang, "readings.intro")).weak());
    if form.fields[0].is_empty() {
        form.fields[0] = ctx.today.format("%Y-%m-%d").to_string();
    }
    // two fields a row, each label whole (the grid's columns are as wide as the longest)
    egui::Grid::new("reading_form")
        .num_columns(4)
        .spacing([theme::SPACE.m, theme::SPACE.s])
        .show(ui, |ui| {
            for pair in (0..LABELS.len()).collect::<Vec<_>>().chunks(2) {
                for &i in pair {
                    let l = ui.label(tr(lang, LABELS[i]));
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut form.fields[i]).desired_width(100.0),
                        )
                        .labelled_by(l.id);
                        if i == 0 {
                            widgets::date_picker(ui, &mut form.fields[0], ctx.today, false, loc);
                        }
                        ui.add_space(theme::SPACE.l);
                    });
                }
                ui.end_row();
            }
        });
    let typed = form.fields[1..6].iter().any(|f| !f.trim().is_empty());
    let result = validate(form, ctx.today, loc);
    ui.horizontal_wrapped(|ui| {
        let add = ui.add_enabled(result.is_ok(), egui::Button::new(tr(lang, "readings.add")));
        if add.clicked()
            && let Ok(r) = &result
        {
            out.push(Command::Edit(ClientEdit::AddReading(r.clone())));
            let date = form.fields[0].clone();
            *form = ReadingForm::default();
            form.fields[0] = date;
        }
        if let Err(e) = &result
            && typed
        {
            widgets::error_label(ui, e);
        }
    });

    ui.horizontal_wrapped(|ui| {
        if ui.button(tr(lang, "readings.import.button")).clicked() {
            out.push(Command::Import(ImportCommand::ReadingsPick));
        }
        if ui
            .add_enabled(
                !c.readings.is_empty(),
                egui::Button::new(tr(lang, "readings.export.button")),
            )
            .clicked()
        {
            out.push(Command::Export(super::Export::ReadingsCsv));
        }
    });
    // right under the button that opened it, not below the chart and the list
    import_preview(ui, ctx, preview, out);

    widgets::section(ui, tr(lang, "readings.history"));
    let mut calibrate = c.calibrate;
    if ui
        .checkbox(&mut calibrate, tr(lang, "readings.calibrate"))
        .changed()
    {
        out.push(Command::Edit(ClientEdit::SetCalibrate(calibrate)));
    }
    match engine::calibrate(c, ctx.today) {
        Some(cal) => {
            ui.label(tr_args(
                lang,
                "readings.calibration_error",
                &[
                    ("before", &format_points(loc, cal.error_before)),
                    ("after", &format_points(loc, cal.error_after)),
                    (
                        "readings",
                        &count(loc, "common.count.readings", cal.readings_used),
                    ),
                ],
            ));
        }
        None => {
            ui.label(RichText::new(tr(lang, "readings.no_readings")).weak());
        }
    }
    chart(ui, ctx);

    if !c.readings.is_empty() {
        widgets::section(ui, tr(lang, "readings.list"));
        readings_table(ui, ctx, out);
    }
}

/// Every reading, newest first, with everything typed in: total, pillars, ranks, averages.
fn readings_table(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let optional = |v: Option<f64>| {
        v.map_or_else(
            || "\u{2013}".to_owned(),
            |v| crate::i18n::format_number(loc, v, 0),
        )
    };
    // "25% · 27": the rank and the average of one group in one column
    let rank_and_average = |rank: Option<f64>, average: Option<f64>| {
        let rank = rank.map_or_else(
            || "\u{2013}".to_owned(),
            |v| format!("{}%", optional(Some(v))),
        );
        format!("{rank} \u{b7} {}", optional(average))
    };
    egui::ScrollArea::horizontal()
        .id_salt("readings_table")
        .show(ui, |ui| {
            egui::Grid::new("readings")
                .striped(true)
                .spacing([theme::SPACE.m, theme::SPACE.s])
                .show(ui, |ui| {
                    let head = |ui: &mut egui::Ui, key: &str| {
                        ui.add(
                            egui::Label::new(RichText::new(tr(lang, key)).strong())
                                .wrap_mode(egui::TextWrapMode::Extend),
                        );
                    };
                    head(ui, "readings.date");
                    head(ui, "readings.total");
                    for p in Pillar::ALL {
                        head(ui, &format!("{}.short", widgets::pillar_key(p)));
                    }
                    head(ui, "readings.col.industry");
                    head(ui, "readings.col.network");
                    ui.label("");
                    ui.end_row();
                    for r in ctx.client.readings.iter().rev() {
                        ui.label(format_date(loc, r.date));
                        ui.label(RichText::new(format_points(loc, r.total)).strong());
                        for p in Pillar::ALL {
                            ui.label(format_points(loc, r.pillars.get(p)));
                        }
                        ui.label(rank_and_average(r.industry_rank_pct, r.industry_average));
                        ui.label(rank_and_average(r.network_rank_pct, r.network_average));
                        let del = widgets::destructive_button(ui, tr(lang, "common.delete"));
                        let name =
                            format!("{} {}", tr(lang, "common.delete"), format_date(loc, r.date));
                        del.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                        });
                        if del.clicked() {
                            out.push(Command::Edit(ClientEdit::DeleteReading(r.date)));
                        }
                        ui.end_row();
                    }
                });
        });
}

/// Grid marks on the first day of every month (or every second, third... month, so that
/// there are at most six) within the plot's range.
#[allow(clippy::needless_pass_by_value)] // egui_plot's spacer signature
fn month_marks(input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    use chrono::Datelike;
    let day = |v: f64| Date::default() + Duration::days(v.floor() as i64);
    let (first, last) = (day(input.bounds.0), day(input.bounds.1));
    let months = (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32;
    let every = (months / 6 + 1).max(1) as u32;
    let mut marks = Vec::new();
    let mut m = Date::from_ymd_opt(first.year(), first.month(), 1).unwrap_or(first);
    while m <= last {
        if m >= first && (m.month() - 1).is_multiple_of(every) {
            marks.push(egui_plot::GridMark {
                value: x(m),
                step_size: 30.0 * f64::from(every),
            });
        }
        m = m
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(last + Duration::days(1));
    }
    marks
}

/// Days since 1970 as the x axis.
fn x(d: Date) -> f64 {
    (d - Date::default()).num_days() as f64
}

fn chart(ui: &mut egui::Ui, ctx: &ViewCtx<'_>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    if ctx.history.len() < 2 && c.readings.is_empty() {
        // a client started today: no weeks of invented zeros, say when the chart appears
        ui.label(RichText::new(tr(lang, "readings.chart_empty")).weak());
        return;
    }
    let estimates: Vec<[f64; 2]> = ctx.history.iter().map(|(d, t)| [x(*d), *t]).collect();
    let readings: Vec<[f64; 2]> = c.readings.iter().map(|r| [x(r.date), r.total]).collect();
    let t = theme::tokens_of(ui);
    let (estimate_colour, reading_colour) = (theme::color(t.accent), theme::color(t.strong));
    let bands = theme::color(t.outline);
    let target = theme::good(ui);
    let fmt_lang = loc;
    Plot::new("history")
        .height(260.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_scroll(false)
        // room at both ends, so the first and last dates on the axis are never cut
        .set_margin_fraction(egui::vec2(0.06, 0.04))
        .x_axis_formatter(move |mark, _| {
            let d = Date::default() + Duration::days(mark.value as i64);
            format_date(fmt_lang, d)
        })
        // a date on the first of a month, at most about six of them: labels never collide
        .x_grid_spacer(month_marks)
        .show(ui, |plot| {
            for band in [50.0, 60.0, 80.0] {
                plot.hline(
                    HLine::new(tr(lang, "readings.band_lines"), band)
                        .color(bands)
                        .width(0.5),
                );
            }
            plot.hline(
                HLine::new(tr(lang, "readings.target"), 70.0)
                    .color(target)
                    .width(1.5),
            );
            plot.line(
                Line::new(tr(lang, "common.estimate"), PlotPoints::from(estimates))
                    .color(estimate_colour)
                    .width(2.0),
            );
            plot.points(
                Points::new(tr(lang, "readings.readings"), PlotPoints::from(readings))
                    .color(reading_colour)
                    .radius(5.0),
            );
            let period = crate::tokens::SCREEN.period;
            let shade = egui::Color32::from_rgba_unmultiplied(period.0, period.1, period.2, 40);
            for a in &c.annotations {
                let (x0, x1) = (x(a.start) - 0.5, x(a.end) + 0.5);
                plot.polygon(
                    // unnamed: the marks stay out of the legend; their label is drawn on top
                    Polygon::new(
                        "",
                        PlotPoints::from(vec![[x0, 0.0], [x1, 0.0], [x1, 100.0], [x0, 100.0]]),
                    )
                    .fill_color(shade)
                    .stroke(egui::Stroke::NONE),
                );
                plot.text(Text::new(
                    "",
                    PlotPoint::new((x0 + x1) / 2.0, 96.0),
                    a.label.as_str(),
                ));
            }
        });
    // the legend below the chart, in a fixed order, covering nothing
    ui.horizontal_wrapped(|ui| {
        let swatch = |ui: &mut egui::Ui, colour: egui::Color32, dot: bool| {
            let (r, _) = ui.allocate_exact_size(egui::vec2(18.0, 12.0), egui::Sense::hover());
            if dot {
                ui.painter().circle_filled(r.center(), 4.5, colour);
            } else {
                ui.painter().line_segment(
                    [r.left_center(), r.right_center()],
                    egui::Stroke::new(2.5, colour),
                );
            }
        };
        for (colour, dot, key) in [
            (estimate_colour, false, "common.estimate"),
            (reading_colour, true, "readings.readings"),
            (target, false, "readings.target"),
            (bands, false, "readings.band_lines"),
        ] {
            swatch(ui, colour, dot);
            ui.label(RichText::new(tr(lang, key)).small());
            ui.add_space(theme::SPACE.m);
        }
    });
}

/// The annotation form as typed: first day, last day, label.
#[derive(Debug, Clone, Default)]
pub struct AnnotationForm {
    /// First day, last day (may be empty: one day), label.
    pub fields: [String; 3],
}

/// Check the annotation form; the annotation or the problem in `lang`.
pub fn validate_annotation(
    form: &AnnotationForm,
    today: Date,
    loc: impl Into<crate::i18n::Locale>,
) -> Result<Annotation, String> {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    let start = widgets::parse_day(&form.fields[0], today, false, loc).map_err(str::to_owned)?;
    let end = if form.fields[1].trim().is_empty() {
        start
    } else {
        widgets::parse_day(&form.fields[1], today, true, loc).map_err(str::to_owned)?
    };
    if end < start {
        return Err(tr(lang, "annotations.error.order").to_owned());
    }
    let label = form.fields[2].trim();
    if label.is_empty() {
        return Err(tr(lang, "annotations.error.label").to_owned());
    }
    Ok(Annotation {
        start,
        end,
        label: label.to_owned(),
    })
}

/// Marked days and ranges on the chart: a form to add one, the list with delete.
fn annotations(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    form: &mut AnnotationForm,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    widgets::section(ui, tr(lang, "annotations.title"));
    ui.label(RichText::new(tr(lang, "annotations.intro")).weak());
    ui.horizontal_wrapped(|ui| {
        for (i, key) in ["annotations.start", "annotations.end", "annotations.label"]
            .into_iter()
            .enumerate()
        {
            let l = ui.label(tr(lang, key));
            let width = if i == 2 { 220.0 } else { 100.0 };
            ui.add(egui::TextEdit::singleline(&mut form.fields[i]).desired_width(width))
                .labelled_by(l.id);
        }
    });
    let typed = form.fields.iter().any(|f| !f.trim().is_empty());
    let result = validate_annotation(form, ctx.today, loc);
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                result.is_ok(),
                egui::Button::new(tr(lang, "annotations.add")),
            )
            .clicked()
            && let Ok(a) = &result
        {
            out.push(Command::Edit(ClientEdit::AddAnnotation(a.clone())));
            *form = AnnotationForm::default();
        }
        if let Err(e) = &result
            && typed
        {
            widgets::error_label(ui, e);
        }
    });
    for (i, a) in ctx.client.annotations.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let when = if a.start == a.end {
                format_date(loc, a.start)
            } else {
                format!(
                    "{} - {}",
                    format_date(loc, a.start),
                    format_date(loc, a.end)
                )
            };
            ui.label(RichText::new(when).strong());
            ui.label(a.label.as_str());
            if super::widgets::destructive_button(ui, tr(lang, "common.delete"))
                .on_hover_text(tr(lang, "annotations.delete"))
                .clicked()
            {
                out.push(Command::Edit(ClientEdit::DeleteAnnotation(i)));
            }
        });
    }
}

/// Spreadsheets of readings read and waiting for "Add": what each file gave, every row that
/// did not give a reading and why, and which readings are new for the client.
#[derive(Debug, Clone, Default)]
pub struct ReadingsPreview {
    /// Per file: its name and what it held (or why it held nothing usable).
    pub files: Vec<(
        String,
        Result<crate::import::readings::ReadingsFile, crate::import::readings::ReadingsError>,
    )>,
    /// The readings of every file for days the client has no reading of yet (one per day).
    pub new: Vec<Reading>,
    /// Readings for days the client (or an earlier file) already has.
    pub duplicates: usize,
}

impl ReadingsPreview {
    /// The preview of `files` for a client with readings on `existing` days.
    pub fn new(
        files: Vec<(
            String,
            Result<crate::import::readings::ReadingsFile, crate::import::readings::ReadingsError>,
        )>,
        existing: &[Date],
    ) -> Self {
        let mut seen: std::collections::BTreeSet<Date> = existing.iter().copied().collect();
        let mut new = Vec::new();
        let mut duplicates = 0;
        for r in files
            .iter()
            .filter_map(|(_, f)| f.as_ref().ok())
            .flat_map(|f| f.readings.iter())
        {
            if seen.insert(r.date) {
                new.push(r.clone());
            } else {
                duplicates += 1;
            }
        }
        new.sort_by_key(|r| r.date);
        Self {
            files,
            new,
            duplicates,
        }
    }
}

/// How many problem rows a file lists before "and N more".
const SHOWN_PROBLEMS: usize = 8;

/// The readings preview (after "Import readings from a spreadsheet..."), if one is open.
fn import_preview(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    preview: Option<&ReadingsPreview>,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let Some(p) = preview else {
        return;
    };
    widgets::section(ui, tr(lang, "readings.import.title"));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        for (name, file) in &p.files {
            match file {
                Ok(f) => {
                    ui.label(tr_args(
                        lang,
                        "readings.import.file",
                        &[
                            ("file", name),
                            (
                                "read",
                                &count(lang, "common.count.readings", f.readings.len()),
                            ),
                            (
                                "skipped",
                                &count(lang, "common.count.rows", f.problems.len()),
                            ),
                        ],
                    ));
                    for problem in f.problems.iter().take(SHOWN_PROBLEMS) {
                        widgets::error_label(ui, &problem.message(lang));
                    }
                    if f.problems.len() > SHOWN_PROBLEMS {
                        ui.label(count(
                            lang,
                            "readings.import.more",
                            f.problems.len() - SHOWN_PROBLEMS,
                        ));
                    }
                }
                Err(e) => {
                    widgets::error_label(ui, &format!("{name}: {}", e.message(lang)));
                }
            }
        }
        ui.add_space(theme::SPACE.s);
        if p.new.is_empty() {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "readings.import.none_new",
                    &[("duplicates", &p.duplicates.to_string())],
                ))
                .strong(),
            );
        } else {
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "readings.import.summary",
                    &[
                        ("new", &p.new.len().to_string()),
                        ("duplicates", &p.duplicates.to_string()),
                        ("name", &ctx.client.name),
                    ],
                ))
                .strong(),
            );
        }
        ui.horizontal(|ui| {
            let add = ui.add_enabled(
                !p.new.is_empty(),
                egui::Button::new(count(lang, "readings.import.add", p.new.len())),
            );
            if add.clicked() {
                out.push(Command::Edit(ClientEdit::AddReadings(p.new.clone())));
                out.push(Command::Import(ImportCommand::ReadingsCancel));
            } else if ui.button(tr(lang, "common.cancel")).clicked() {
                out.push(Command::Import(ImportCommand::ReadingsCancel));
            }
        });
    });
}
