//! Reusable widgets.

use egui::{Color32, Response, RichText, Sense, Ui, Vec2};

use super::{ClientEdit, Command, ViewCtx, theme};
use crate::engine::{self, Band};
use crate::i18n::{Language, Locale, format_date, format_points, tr, tr_args};
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
        painter.rect_filled(rect, 4.0, theme::track(ui));
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

/// A card: a framed block of related things (the dashboard's score row, first steps).
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(theme::SPACE.l as i8))
        .show(ui, |ui| ui.vertical(add).inner)
        .inner
}

/// The one main action of a place: filled with the accent colour.
pub fn primary_button(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    let t = theme::tokens_of(ui);
    let (fill, ink) = if ui.visuals().dark_mode {
        (t.selected, t.strong)
    } else {
        (t.accent, crate::tokens::SCREEN.on_colour)
    };
    ui.add(
        egui::Button::new(text.into().color(theme::color(ink)).strong()).fill(theme::color(fill)),
    )
}

/// A button that deletes something: drawn in the error colour, so it is never pressed by
/// mistake for an ordinary one.
pub fn destructive_button(ui: &mut Ui, text: &str) -> Response {
    let red = theme::error(ui);
    ui.add(egui::Button::new(RichText::new(text).color(red)).stroke(egui::Stroke::new(1.0, red)))
}

/// Two columns side by side, each filled top to bottom with its text ragged on the right
/// (egui's own columns stretch every wrapped line to the full width, which reads badly).
pub fn two_columns(ui: &mut Ui, left: impl FnOnce(&mut Ui), right: impl FnOnce(&mut Ui)) {
    ui.columns(2, |cols| {
        let [l, r] = cols else {
            return;
        };
        let layout = egui::Layout::top_down(egui::Align::Min);
        l.with_layout(layout, left);
        r.with_layout(layout, right);
    });
}

/// The total on a half-circle gauge (0-100) in `color`, with a tick at the 70 target, and
/// `value_text` and `caption` ("of 100") in its middle. Screen readers get "value caption".
pub fn gauge(ui: &mut Ui, total: f64, value_text: &str, caption: &str, color: Color32) -> Response {
    let size = Vec2::new(200.0, 128.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let label = format!("{value_text} {caption}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter_at(rect.expand(16.0));
    let width = 16.0;
    let radius = 84.0;
    let center = egui::pos2(rect.center().x, rect.bottom() - 12.0);
    let point = |share: f32| {
        let angle = std::f32::consts::PI * (1.0 + share);
        center + radius * Vec2::new(angle.cos(), angle.sin())
    };
    let arc = |to: f32| -> Vec<egui::Pos2> {
        let steps = (to * 60.0).ceil().max(1.0) as usize;
        (0..=steps)
            .map(|i| point(to * i as f32 / steps as f32))
            .collect()
    };
    painter.add(egui::Shape::line(
        arc(1.0),
        egui::Stroke::new(width, theme::track(ui)),
    ));
    let share = (total / 100.0).clamp(0.0, 1.0) as f32;
    if share > 0.0 {
        painter.add(egui::Shape::line(
            arc(share),
            egui::Stroke::new(width, color),
        ));
    }
    // the 70 target: a tick across the arc
    let target = (crate::engine::TARGET_TOTAL / 100.0) as f32;
    let angle = std::f32::consts::PI * (1.0 + target);
    let dir = Vec2::new(angle.cos(), angle.sin());
    painter.line_segment(
        [
            center + (radius - width) * dir,
            center + (radius + width) * dir,
        ],
        egui::Stroke::new(2.0, ui.visuals().strong_text_color()),
    );
    painter.text(
        center + (radius + width / 2.0 + 10.0) * dir,
        egui::Align2::CENTER_CENTER,
        "70",
        egui::FontId::proportional(theme::TEXT.small),
        ui.visuals().weak_text_color(),
    );
    painter.text(
        center - Vec2::new(0.0, 34.0),
        egui::Align2::CENTER_CENTER,
        value_text,
        egui::FontId::proportional(theme::TEXT.app_total),
        ui.visuals().strong_text_color(),
    );
    painter.text(
        center - Vec2::new(0.0, 2.0),
        egui::Align2::CENTER_CENTER,
        caption,
        egui::FontId::proportional(theme::TEXT.small),
        ui.visuals().weak_text_color(),
    );
    response
}

/// A small line of `values` (oldest first) with a dot on the latest: a trend, not a chart.
pub fn sparkline(ui: &mut Ui, values: &[f64], label: &str, color: Color32) -> Response {
    let size = Vec2::new(ui.available_width().clamp(140.0, 240.0), 40.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    if values.len() < 2 || !ui.is_rect_visible(rect) {
        return response;
    }
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // a flat line sits in the middle; small moves are not blown up to the full height
    let span = (hi - lo).max(5.0);
    let mid = (hi + lo) / 2.0;
    let rect = rect.shrink(4.0);
    let points: Vec<egui::Pos2> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = rect.left() + rect.width() * i as f32 / (values.len() - 1) as f32;
            let y = rect.center().y - rect.height() * ((v - mid) / span) as f32;
            egui::pos2(x, y)
        })
        .collect();
    let painter = ui.painter();
    painter.add(egui::Shape::line(
        points.clone(),
        egui::Stroke::new(2.0, color),
    ));
    if let Some(last) = points.last() {
        painter.circle_filled(*last, 3.5, color);
    }
    response
}

/// A number as egui's sliders and drag values show it, with the region's decimal sign
/// ("2,5" in Dutch and Danish) and no grouping, so what is shown can be typed back.
fn plain_number(loc: Locale, value: f64, decimals: std::ops::RangeInclusive<usize>) -> String {
    let comma = crate::i18n::format_number(loc, 0.5, 1).contains(',');
    let mut text = format!("{value:.*}", *decimals.end());
    // trailing zeros go, down to the fewest decimals asked for
    if let Some(dot) = text.find('.') {
        let keep = dot + 1 + *decimals.start();
        while text.len() > keep && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if comma { text.replace('.', ",") } else { text }
}

/// A slider that shows and reads numbers in the region's way.
pub fn local_slider<'a>(slider: egui::Slider<'a>, loc: Locale) -> egui::Slider<'a> {
    slider
        .custom_formatter(move |v, d| plain_number(loc, v, d))
        .custom_parser(crate::i18n::parse_number)
}

/// A drag value that shows and reads numbers in the region's way.
pub fn local_drag<'a>(drag: egui::DragValue<'a>, loc: Locale) -> egui::DragValue<'a> {
    drag.custom_formatter(move |v, d| plain_number(loc, v, d))
        .custom_parser(crate::i18n::parse_number)
}

/// A column heading that sorts: its text, and a small triangle when the table is sorted by
/// it (up: ascending). Never wraps. The triangle is drawn, so it needs no glyph in the font.
pub fn sort_header(ui: &mut Ui, text: &str, sorted: Option<bool>) -> Response {
    let arrow = 10.0;
    let label = RichText::new(text).strong();
    let button = egui::Button::new(label)
        .wrap_mode(egui::TextWrapMode::Extend)
        .right_text(RichText::new("   "));
    let response = ui.add(button);
    if let Some(ascending) = sorted {
        let r = response.rect;
        let c = egui::pos2(
            r.right() - ui.spacing().button_padding.x - arrow / 2.0,
            r.center().y,
        );
        let h = arrow * 0.45;
        let points = if ascending {
            vec![
                c + Vec2::new(-h, h * 0.6),
                c + Vec2::new(h, h * 0.6),
                c + Vec2::new(0.0, -h * 0.8),
            ]
        } else {
            vec![
                c + Vec2::new(-h, -h * 0.6),
                c + Vec2::new(h, -h * 0.6),
                c + Vec2::new(0.0, h * 0.8),
            ]
        };
        ui.painter().add(egui::Shape::convex_polygon(
            points,
            ui.visuals().strong_text_color(),
            egui::Stroke::NONE,
        ));
    }
    response
}

/// A checkbox-like mark that is not a control: something another field decides (the skills
/// count ticks the Skills item). Screen readers get `label` and the state.
pub fn done_mark(ui: &mut Ui, done: bool, label: &str) -> Response {
    let side = ui.spacing().icon_width;
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, false, done, label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals();
        let stroke = egui::Stroke::new(1.5, visuals.weak_text_color());
        let rect = rect.shrink(2.0);
        ui.painter()
            .rect_stroke(rect, 2.0, stroke, egui::StrokeKind::Inside);
        if done {
            let ink = egui::Stroke::new(2.0, visuals.strong_text_color());
            ui.painter().add(egui::Shape::line(
                vec![
                    egui::pos2(rect.left() + rect.width() * 0.2, rect.center().y),
                    egui::pos2(
                        rect.left() + rect.width() * 0.42,
                        rect.bottom() - rect.height() * 0.22,
                    ),
                    egui::pos2(
                        rect.right() - rect.width() * 0.15,
                        rect.top() + rect.height() * 0.2,
                    ),
                ],
                ink,
            ));
        }
    }
    response
}

/// A coloured badge with the band's name, as wide as its text (also in a centred column).
pub fn band_badge(ui: &mut Ui, lang: Language, band: Band) -> Response {
    let text = tr(lang, band.label_key());
    let padding = Vec2::new(theme::SPACE.m, theme::SPACE.xs);
    // a long band name wraps inside the room there is, it never widens its card
    let galley = ui.painter().layout(
        text.to_owned(),
        egui::TextStyle::Body.resolve(ui.style()),
        theme::color(crate::tokens::SCREEN.on_colour),
        (ui.available_width() - 2.0 * padding.x).max(60.0),
    );
    let (rect, response) = ui.allocate_exact_size(galley.size() + 2.0 * padding, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, 6.0, theme::band_color(band));
        ui.painter()
            .galley(rect.min + padding, galley, Color32::WHITE);
    }
    response
}

/// A validation or error message in place.
pub fn error_label(ui: &mut Ui, text: &str) -> Response {
    ui.label(RichText::new(format!("! {text}")).color(theme::error(ui)))
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
pub fn plan_summary(loc: impl Into<Locale>, plan: &crate::engine::Plan) -> String {
    let loc: Locale = loc.into();
    let (per_week, once) = (plan.minutes_per_week(), plan.minutes_once());
    // a part of no minutes is left out ("and 0 min once")
    let key = match (per_week.round() > 0.0, once.round() > 0.0) {
        (true, false) => "plan.summary_weekly",
        (false, true) => "plan.summary_once",
        _ => "plan.summary",
    };
    tr_args(
        loc.lang,
        key,
        &[
            ("per_week", &format!("{per_week:.0}")),
            ("once", &format!("{once:.0}")),
            ("gain", &format!("+{}", format_points(loc, plan.gain()))),
            ("from", &format_points(loc, plan.estimate)),
            ("to", &format_points(loc, plan.forecast.total())),
        ],
    )
}

/// A step said as a coach says it: "Reply to the 3 people who viewed your profile this week
/// (15 min)", "Add a profile photo (10 min, once)".
pub fn step_text(loc: impl Into<Locale>, step: &engine::Step) -> String {
    let loc: Locale = loc.into();
    let lang = loc.lang;
    let lever = engine::lever_key(step.lever);
    let key = format!("step.{lever}");
    let n = step.to.round();
    let minutes = format!("{:.0}", step.minutes);
    if crate::i18n::has_key(&format!("{key}.other")) {
        // a count of something a week: "Comment on 1 post" never appears
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let count = n.max(0.0) as u64;
        return crate::i18n::tr_n(loc, &key, count, &[("minutes", &minutes)]);
    }
    if crate::i18n::has_key(&key) {
        return tr_args(
            lang,
            &key,
            &[
                ("n", &crate::i18n::format_number(loc, n, 0)),
                ("minutes", &minutes),
            ],
        );
    }
    format!(
        "{}: {}",
        tr(lang, engine::label_key(step.lever)),
        crate::i18n::format_number(loc, n, 0)
    )
}

/// A new action item starts on the plan's top step and its target.
pub fn top_step_draft(ctx: &ViewCtx<'_>) -> super::ItemDraft {
    let mut d = super::ItemDraft::default();
    if let Some(item) = ctx.plan.items.first() {
        d.lever = item.step.lever;
        d.description = step_text(ctx.locale(), &item.step);
        if item.step.kind == engine::StepKind::Weekly {
            d.target = crate::i18n::format_number(ctx.locale(), item.step.to.round(), 0);
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
        // one row per item: the item's text wraps in the room left of its status and Delete,
        // which keep their place at the right edge; the tick box comes first for Tab
        let status = action_status(ctx, a, ui);
        let delete = tr(lang, "common.delete");
        let body = egui::TextStyle::Body.resolve(ui.style());
        let width = |text: &str| {
            ui.painter()
                .layout_no_wrap(text.to_owned(), body.clone(), Color32::PLACEHOLDER)
                .size()
                .x
        };
        let gap = ui.spacing().item_spacing.x;
        let mut right = 0.0;
        if let Some((text, _)) = &status {
            right += width(text) + gap;
        }
        if all {
            right += width(delete) + 2.0 * ui.spacing().button_padding.x + gap;
        }
        ui.horizontal_top(|ui| {
            let left = (ui.available_width() - right - gap).max(120.0);
            let height = ui
                .allocate_ui_with_layout(
                    Vec2::new(left, 0.0),
                    egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
                    |ui| {
                        let mut done = a.done.is_some();
                        if ui.checkbox(&mut done, action_text(ctx, a)).changed() {
                            out.push(Command::Edit(ClientEdit::SetActionDone(a.id, done)));
                        }
                    },
                )
                .response
                .rect
                .height();
            let rest = Vec2::new(ui.available_width(), height);
            ui.allocate_ui_with_layout(
                rest,
                egui::Layout::right_to_left(egui::Align::Center),
                |ui| {
                    if all
                        && destructive_button(ui, delete)
                            .on_hover_text(tr(lang, "sessions.delete_item"))
                            .clicked()
                    {
                        out.push(Command::Edit(ClientEdit::DeleteActionItem(a.id)));
                    }
                    if let Some((text, color)) = status {
                        let text = match color {
                            Some(c) => RichText::new(text).color(c),
                            None => RichText::new(text),
                        };
                        ui.label(text);
                    }
                },
            );
        });
    }
}

/// "Comments per week: 5 - on posts by buyers": what an action item asks for.
fn action_text(ctx: &ViewCtx<'_>, a: &ActionItem) -> String {
    let mut text = tr(ctx.lang, engine::label_key(a.lever)).to_owned();
    if let Some(t) = a.target {
        text.push_str(": ");
        text.push_str(&crate::i18n::format_lever(ctx.locale(), a.lever, t));
    }
    if !a.description.is_empty() {
        text.push_str(" - ");
        text.push_str(&a.description);
    }
    text
}

/// "Done on 3 Dec" (good colour), "Overdue since 1 Dec" (error colour) or "Due 9 Dec" for an
/// action item; `None` when it has no date.
fn action_status(ctx: &ViewCtx<'_>, a: &ActionItem, ui: &Ui) -> Option<(String, Option<Color32>)> {
    let (lang, loc) = (ctx.lang, ctx.locale());
    match (a.done, a.due) {
        (Some(d), _) => Some((
            tr_args(lang, "sessions.done_on", &[("date", &format_date(loc, d))]),
            Some(theme::good(ui)),
        )),
        (None, Some(due)) if due < ctx.today => Some((
            tr_args(
                lang,
                "sessions.overdue",
                &[("date", &format_date(loc, due))],
            ),
            Some(theme::error(ui)),
        )),
        (None, Some(due)) => Some((
            tr_args(lang, "sessions.due", &[("date", &format_date(loc, due))]),
            None,
        )),
        (None, None) => None,
    }
}

pub use crate::i18n::DateOrder;

impl super::ViewCtx<'_> {
    /// The UI language with the region's dates and numbers, for [`crate::i18n::format_date`],
    /// [`crate::i18n::format_number`] and [`parse_day`].
    pub fn locale(&self) -> Locale {
        Locale::new(self.lang, self.region)
    }
}

/// A typed day with previous/next-day buttons, a calendar and the format hint:
/// `‹ [day] › Calendar DD-MM-YYYY`.
/// The buttons step from the day in the field (today if it holds none) and write it as
/// `YYYY-MM-DD`; "next" stops at `today` unless `future` is true. `label` names the field.
pub fn day_field(
    ui: &mut Ui,
    label: egui::Id,
    text: &mut String,
    today: crate::model::Date,
    future: bool,
    locale: Locale,
) {
    let Locale { lang, region } = locale;
    let order = region.date_order;
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
    date_picker(ui, text, today, future, locale);
    ui.label(RichText::new(order.hint(lang)).weak());
}

/// A calendar button for a typed day: it opens a month in the locale's language, weeks
/// from Monday (from Sunday in the United States), the day in the field (or today) marked.
/// Clicking a day writes it as `YYYY-MM-DD` and closes the calendar; days after `today` cannot
/// be picked unless `future` is true. Each day is named by its full date for screen readers.
pub fn date_picker(
    ui: &mut Ui,
    text: &mut String,
    today: crate::model::Date,
    future: bool,
    locale: Locale,
) -> Response {
    use chrono::Datelike;
    let Locale { lang, region } = locale;
    let current = read_day(text.trim(), region.date_order);
    let button = ui
        .add(egui::Button::new(tr(lang, "desktop.calendar")).small())
        .on_hover_text(tr(lang, "desktop.pick_date"));
    let month_id = button.id.with("month");
    let first_of = |d: crate::model::Date| d.with_day(1).unwrap_or(d);
    if button.clicked() {
        let shown = first_of(current.unwrap_or(today));
        ui.data_mut(|d| d.insert_temp(month_id, shown));
    }
    egui::Popup::from_toggle_button_response(&button)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let mut month = ui
                .data(|d| d.get_temp::<crate::model::Date>(month_id))
                .unwrap_or_else(|| first_of(current.unwrap_or(today)));
            // the arrows are named for screen readers (and tests) by what they do
            let arrow = |ui: &mut Ui, glyph: &str, key: &str| {
                let name = tr(lang, key);
                let r = ui.small_button(glyph).on_hover_text(name);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
                r.clicked()
            };
            ui.horizontal(|ui| {
                let back = arrow(ui, "‹", "desktop.previous_month");
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        crate::i18n::month_name(lang, month.month0()),
                        month.year()
                    ))
                    .strong(),
                );
                let forward = arrow(ui, "›", "desktop.next_month");
                let step = chrono::Months::new(1);
                if back {
                    month = month.checked_sub_months(step).unwrap_or(month);
                }
                if forward {
                    month = month.checked_add_months(step).unwrap_or(month);
                }
            });
            ui.data_mut(|d| d.insert_temp(month_id, month));
            let week_start = if region.week_starts_monday() {
                chrono::Weekday::Mon
            } else {
                chrono::Weekday::Sun
            };
            let mut picked = None;
            egui::Grid::new(month_id.with("days"))
                .num_columns(7)
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    let mut weekday = week_start;
                    for _ in 0..7 {
                        ui.label(RichText::new(crate::i18n::weekday_short(lang, weekday)).weak());
                        weekday = weekday.succ();
                    }
                    ui.end_row();
                    let lead = month.weekday().days_since(week_start);
                    for _ in 0..lead {
                        ui.label("");
                    }
                    let mut column = lead;
                    let mut day = month;
                    while day.month() == month.month() {
                        let mut number = RichText::new(day.day().to_string());
                        if day == today {
                            number = number.strong();
                        }
                        let response = ui.add_enabled(
                            future || day <= today,
                            egui::Button::selectable(current == Some(day), number),
                        );
                        let name = crate::i18n::format_date(locale, day);
                        response.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::Role::Button,
                                future || day <= today,
                                current == Some(day),
                                &name,
                            )
                        });
                        if response.clicked() {
                            picked = Some(day);
                        }
                        column += 1;
                        if column % 7 == 0 {
                            ui.end_row();
                        }
                        let Some(next) = day.succ_opt() else { break };
                        day = next;
                    }
                });
            if let Some(day) = picked {
                *text = day.format("%Y-%m-%d").to_string();
                ui.close();
            }
        });
    button
}

/// Parse a typed day in the locale's region's order or as `YYYY-MM-DD`. Days after `today`
/// are refused unless `future` is true. The error is a message in the locale's language.
pub fn parse_day(
    text: &str,
    today: crate::model::Date,
    future: bool,
    locale: impl Into<Locale>,
) -> Result<crate::model::Date, &'static str> {
    let Locale { lang, region } = locale.into();
    parse_day_in(text, today, future, lang, region.date_order)
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
