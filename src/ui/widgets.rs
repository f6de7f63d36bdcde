//! Reusable widgets.

use egui::{Color32, Response, RichText, Sense, Ui, Vec2};

use super::{ClientEdit, Command, ViewCtx, theme};
use crate::engine::{self, Band};
use crate::i18n::{Language, format_date, format_points, tr, tr_args};
use crate::model::{ActionItem, Pillar};

/// Undo the last change: Ctrl+Z, ⌘Z on macOS.
pub const UNDO: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Z);

/// Jump to the search field: Ctrl+F, ⌘F on macOS.
pub const FIND: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::F);

/// How `shortcut` is written on this computer, for hints: "Ctrl+Z", or "⌘Z" on macOS (egui's
/// own formatting, so the hint and the key that works cannot disagree).
pub fn shortcut_text(ui: &Ui, shortcut: &egui::KeyboardShortcut) -> String {
    ui.ctx().format_shortcut(shortcut)
}

/// A horizontal bar for a value out of `max`, clickable, with a screen-reader label.
pub fn value_bar(ui: &mut Ui, label: &str, value: f64, max: f64, color: Color32) -> Response {
    let width = ui.available_width().clamp(120.0, 520.0);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, 16.0), Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter_at(rect);
        let bg = ui.visuals().extreme_bg_color;
        painter.rect_filled(rect, 4.0, bg);
        let share = (value / max).clamp(0.0, 1.0) as f32;
        let mut fill = rect;
        fill.set_width(rect.width() * share);
        painter.rect_filled(fill, 4.0, color);
        if response.hovered() {
            painter.rect_stroke(
                rect,
                4.0,
                (1.0, ui.visuals().strong_text_color()),
                egui::StrokeKind::Inside,
            );
        }
    }
    response
}

/// A coloured badge with the band's name.
pub fn band_badge(ui: &mut Ui, lang: Language, band: Band) -> Response {
    let text = RichText::new(tr(lang, band.label_key()))
        .color(theme::color(crate::tokens::SCREEN.on_colour))
        .strong();
    egui::Frame::new()
        .fill(theme::band_color(band))
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(8, 3))
        .show(ui, |ui| ui.label(text))
        .inner
}

/// A validation or error message in place.
pub fn error_label(ui: &mut Ui, text: &str) -> Response {
    ui.label(RichText::new(format!("! {text}")).color(theme::ERROR))
}

/// A section heading with space above.
pub fn section(ui: &mut Ui, text: &str) {
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(text).heading().strong());
    ui.add_space(theme::SPACE.xs);
}

// Pieces more than one screen shows (moved here so screens do not import each other).

/// "44 min a week and 95 min once: +29.1 in 6 weeks (from 0.0 to 29.1)": the plan's cost and
/// its joint gain by the engine's forecast, the same words on the dashboard and here.
pub fn plan_summary(lang: crate::i18n::Language, plan: &crate::engine::Plan) -> String {
    tr_args(
        lang,
        "plan.summary",
        &[
            ("per_week", &format!("{:.0}", plan.minutes_per_week())),
            ("once", &format!("{:.0}", plan.minutes_once())),
            ("gain", &format!("+{}", format_points(lang, plan.gain()))),
            ("from", &format_points(lang, plan.estimate)),
            ("to", &format_points(lang, plan.forecast.total())),
        ],
    )
}

/// A step said as a coach says it: "Reply to the 3 people who viewed your profile this week
/// (15 min)", "Add a profile photo (10 min, once)".
pub fn step_text(lang: crate::i18n::Language, step: &engine::Step) -> String {
    let lever = engine::lever_key(step.lever);
    let key = format!("step.{lever}");
    let n = step.to.round();
    let minutes = format!("{:.0}", step.minutes);
    if crate::i18n::has_key(&format!("{key}.other")) {
        // a count of something a week: "Comment on 1 post" never appears
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let count = n.max(0.0) as u64;
        return crate::i18n::tr_n(lang, &key, count, &[("minutes", &minutes)]);
    }
    if crate::i18n::has_key(&key) {
        return tr_args(
            lang,
            &key,
            &[
                ("n", &crate::i18n::format_number(lang, n, 0)),
                ("minutes", &minutes),
            ],
        );
    }
    format!(
        "{}: {}",
        tr(lang, engine::label_key(step.lever)),
        crate::i18n::format_number(lang, n, 0)
    )
}

/// A new action item starts on the plan's top step and its target.
pub fn top_step_draft(ctx: &ViewCtx<'_>) -> super::ItemDraft {
    let mut d = super::ItemDraft::default();
    if let Some(item) = ctx.plan.items.first() {
        d.lever = item.step.lever;
        d.description = step_text(ctx.lang, &item.step);
        if item.step.kind == engine::StepKind::Weekly {
            d.target = crate::i18n::format_number(ctx.lang, item.step.to.round(), 0);
        }
    }
    d
}

/// The i18n key of a pillar's full name.
pub fn pillar_key(p: Pillar) -> &'static str {
    match p {
        Pillar::Brand => "pillar.brand",
        Pillar::Find => "pillar.find",
        Pillar::Engage => "pillar.engage",
        Pillar::Relationships => "pillar.relationships",
    }
}

/// The client's action items with a tick box each; `all` also lists the done ones.
pub fn action_items(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, all: bool, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let c = ctx.client;
    let items: Vec<&ActionItem> = c
        .action_items
        .iter()
        .filter(|a| all || a.done.is_none())
        .collect();
    if items.is_empty() && !all {
        return;
    }
    section(ui, tr(lang, "sessions.action_items"));
    if items.is_empty() {
        ui.label(RichText::new(tr(lang, "sessions.no_items")).weak());
        return;
    }
    for a in items {
        ui.horizontal_wrapped(|ui| {
            let mut done = a.done.is_some();
            let mut text = tr(lang, engine::label_key(a.lever)).to_owned();
            if let Some(t) = a.target {
                text.push_str(": ");
                text.push_str(&crate::i18n::format_lever(lang, a.lever, t));
            }
            if !a.description.is_empty() {
                text.push_str(" - ");
                text.push_str(&a.description);
            }
            if ui.checkbox(&mut done, text).changed() {
                out.push(Command::Edit(ClientEdit::SetActionDone(a.id, done)));
            }
            match (a.done, a.due) {
                (Some(d), _) => {
                    ui.label(
                        RichText::new(tr_args(
                            lang,
                            "sessions.done_on",
                            &[("date", &format_date(lang, d))],
                        ))
                        .color(theme::GOOD),
                    );
                }
                (None, Some(due)) if due < ctx.today => {
                    ui.label(
                        RichText::new(tr_args(
                            lang,
                            "sessions.overdue",
                            &[("date", &format_date(lang, due))],
                        ))
                        .color(theme::ERROR),
                    );
                }
                (None, Some(due)) => {
                    ui.label(tr_args(
                        lang,
                        "sessions.due",
                        &[("date", &format_date(lang, due))],
                    ));
                }
                (None, None) => {}
            }
            if all
                && ui
                    .small_button(tr(lang, "common.delete"))
                    .on_hover_text(tr(lang, "sessions.delete_item"))
                    .clicked()
            {
                out.push(Command::Edit(ClientEdit::DeleteActionItem(a.id)));
            }
        });
    }
}

/// The order a region writes a day in. `YYYY-MM-DD` is understood everywhere besides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// `DD-MM-YYYY`, `DD.MM.YYYY` or `DD/MM/YYYY` (nl, da, en-GB and most regions).
    DayMonthYear,
    /// `MM/DD/YYYY` (the United States).
    MonthDayYear,
}

impl DateOrder {
    /// The order of a locale as the system names it (`en-US`, `en_US.UTF-8`, `nl-NL`): month
    /// first only for English in the United States, day first for every other region.
    pub fn of_locale(locale: &str) -> Self {
        let tag = locale.split(['.', '@']).next().unwrap_or_default();
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or_default();
        let us = parts.any(|p| p.eq_ignore_ascii_case("US"));
        if language.eq_ignore_ascii_case("en") && us {
            Self::MonthDayYear
        } else {
            Self::DayMonthYear
        }
    }

    /// The order of this computer's region (read once).
    pub fn system() -> Self {
        static ORDER: std::sync::OnceLock<DateOrder> = std::sync::OnceLock::new();
        *ORDER.get_or_init(|| {
            sys_locale::get_locale().map_or(Self::DayMonthYear, |l| Self::of_locale(&l))
        })
    }

    /// The format to show as a field's hint, in `lang` ("DD-MM-YYYY", "DD-MM-JJJJ", ...).
    pub fn hint(self, lang: Language) -> &'static str {
        match self {
            Self::DayMonthYear => tr(lang, "desktop.date_format.dmy"),
            Self::MonthDayYear => tr(lang, "desktop.date_format.mdy"),
        }
    }

    /// What to say when a typed date cannot be read, in `lang`: the forms that work.
    fn invalid(self, lang: Language) -> &'static str {
        match self {
            Self::DayMonthYear => tr(lang, "desktop.date_invalid.dmy"),
            Self::MonthDayYear => tr(lang, "desktop.date_invalid.mdy"),
        }
    }
}

/// A typed day with previous/next-day buttons and the format hint: `‹ [day] › DD-MM-YYYY`.
/// The buttons step from the day in the field (today if it holds none) and write it as
/// `YYYY-MM-DD`; "next" stops at `today` unless `future` is true. `label` names the field.
pub fn day_field(
    ui: &mut Ui,
    label: egui::Id,
    text: &mut String,
    today: crate::model::Date,
    future: bool,
    lang: Language,
) {
    let order = DateOrder::system();
    let current = read_day(text.trim(), order);
    let base = current.unwrap_or(today);
    let step = |ui: &mut Ui, glyph: &str, key: &str, day: Option<crate::model::Date>| {
        let enabled = day.is_some_and(|d| future || d <= today);
        let clicked = ui
            .add_enabled(enabled, egui::Button::new(glyph).small())
            .on_hover_text(tr(lang, key))
            .clicked();
        day.filter(|_| clicked)
    };
    let mut moved = step(ui, "‹", "desktop.previous_day", base.pred_opt());
    ui.add(egui::TextEdit::singleline(text).desired_width(110.0))
        .labelled_by(label);
    moved = moved.or(step(ui, "›", "desktop.next_day", base.succ_opt()));
    if let Some(day) = moved {
        *text = day.format("%Y-%m-%d").to_string();
    }
    ui.label(RichText::new(order.hint(lang)).weak());
}

/// Parse a typed day in this computer's order ([`DateOrder::system`]) or as `YYYY-MM-DD`.
/// Days after `today` are refused unless `future` is true. The error is a message in `lang`.
pub fn parse_day(
    text: &str,
    today: crate::model::Date,
    future: bool,
    lang: Language,
) -> Result<crate::model::Date, &'static str> {
    parse_day_in(text, today, future, lang, DateOrder::system())
}

/// [`parse_day`] in a given region's `order`: `YYYY-MM-DD` always; day first with `-`, `.` or
/// `/` (`15-12-2026`, `15.12.2026`, `15/12/2026`); month first only as `12/15/2026`. The error
/// names the formats understood, in `lang`.
pub fn parse_day_in(
    text: &str,
    today: crate::model::Date,
    future: bool,
    lang: Language,
    order: DateOrder,
) -> Result<crate::model::Date, &'static str> {
    let day = read_day(text.trim(), order).ok_or_else(|| order.invalid(lang))?;
    if !future && day > today {
        return Err(tr(lang, "validation.future_date"));
    }
    Ok(day)
}

/// A day in `YYYY-MM-DD` or the region's order, with a four-digit year and one separator kind.
fn read_day(text: &str, order: DateOrder) -> Option<crate::model::Date> {
    let sep = text.chars().find(|c| !c.is_ascii_digit())?;
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = if sep == '-' && a.len() == 4 {
        (number(a, 4..=4)?, number(b, 1..=2)?, number(c, 1..=2)?)
    } else {
        let year = number(c, 4..=4)?;
        match (order, sep) {
            (DateOrder::DayMonthYear, '-' | '.' | '/') => {
                (year, number(b, 1..=2)?, number(a, 1..=2)?)
            }
            (DateOrder::MonthDayYear, '/') => (year, number(a, 1..=2)?, number(b, 1..=2)?),
            _ => return None,
        }
    };
    chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}
