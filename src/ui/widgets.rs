//! Reusable widgets.

use egui::{Color32, Response, RichText, Sense, Ui, Vec2};

use super::theme;
use crate::engine::Band;
use crate::i18n::{Language, tr};

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
        .color(Color32::WHITE)
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
    ui.add_space(4.0);
}

/// Parse a typed day (`YYYY-MM-DD`). Days after `today` are refused unless `future` is true.
/// The error is a message in `lang`.
pub fn parse_day(
    text: &str,
    today: crate::model::Date,
    future: bool,
    lang: Language,
) -> Result<crate::model::Date, &'static str> {
    let day = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| tr(lang, "validation.date"))?;
    if !future && day > today {
        return Err(tr(lang, "validation.future_date"));
    }
    Ok(day)
}
