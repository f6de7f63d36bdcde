//! The design tokens (`crate::tokens`) as egui values.

use egui::Color32;

use crate::engine::Band;
use crate::model::Pillar;
use crate::tokens;

/// An egui colour from a design token.
pub const fn color(c: crate::tokens::Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The colour of a pillar (bars, chart lines, legend): the same as on the report.
pub fn pillar_color(p: Pillar) -> Color32 {
    color(tokens::pillar(p))
}

/// The colour of a score band (badge background): the same as on the cohort page.
pub fn band_color(b: Band) -> Color32 {
    color(tokens::band(b))
}

/// The theme tokens of the theme `ui` is drawn in.
pub fn tokens_of(ui: &egui::Ui) -> tokens::Theme {
    if ui.visuals().dark_mode {
        tokens::DARK
    } else {
        tokens::LIGHT
    }
}

/// Text colour for errors and losses (and only those).
pub fn error(ui: &egui::Ui) -> Color32 {
    color(tokens_of(ui).error)
}

/// Text colour for good news (rises, saved, reached).
pub fn good(ui: &egui::Ui) -> Color32 {
    color(tokens_of(ui).good)
}

/// Text colour for cautions: something to know, not something wrong.
pub fn caution(ui: &egui::Ui) -> Color32 {
    color(tokens_of(ui).caution)
}

/// Links, the selected item and lines that are neither good nor bad (a trend).
pub fn accent(ui: &egui::Ui) -> Color32 {
    color(tokens_of(ui).accent)
}

/// The empty part of a bar or gauge.
pub fn track(ui: &egui::Ui) -> Color32 {
    color(tokens_of(ui).track)
}

/// The app's text sizes: body text 14 points, captions ("small") 12, buttons as body text.
pub fn text_styles() -> std::collections::BTreeMap<egui::TextStyle, egui::FontId> {
    use egui::{FontFamily, FontId, TextStyle};
    [
        (
            TextStyle::Small,
            FontId::new(TEXT.small, FontFamily::Proportional),
        ),
        (
            TextStyle::Body,
            FontId::new(TEXT.body, FontFamily::Proportional),
        ),
        (
            TextStyle::Button,
            FontId::new(TEXT.body, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(TEXT.body, FontFamily::Monospace),
        ),
        (
            TextStyle::Heading,
            FontId::new(TEXT.title, FontFamily::Proportional),
        ),
    ]
    .into()
}

/// egui's visuals for a theme, from its tokens.
pub fn visuals(t: &tokens::Theme, dark: bool) -> egui::Visuals {
    let mut v = if dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    v.override_text_color = None;
    v.weak_text_color = Some(color(t.weak));
    v.hyperlink_color = color(t.accent);
    v.panel_fill = color(t.panel);
    v.window_fill = color(t.panel);
    v.extreme_bg_color = color(t.sunken);
    v.text_edit_bg_color = Some(color(t.sunken));
    v.faint_bg_color = color(t.faint);
    v.error_fg_color = color(t.error);
    v.warn_fg_color = color(t.caution);
    v.selection.bg_fill = color(t.selected);
    v.selection.stroke = egui::Stroke::new(1.0, color(t.strong));
    let outline = egui::Stroke::new(1.0, color(t.outline));
    v.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.0, color(t.text));
    v.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, color(t.track));
    v.widgets.inactive.fg_stroke = egui::Stroke::new(1.0, color(t.text));
    v.widgets.inactive.bg_fill = color(t.button);
    v.widgets.inactive.weak_bg_fill = color(t.button);
    v.widgets.inactive.bg_stroke = outline;
    v.widgets.hovered.fg_stroke = egui::Stroke::new(1.5, color(t.strong));
    v.widgets.hovered.bg_fill = color(t.button_hover);
    v.widgets.hovered.weak_bg_fill = color(t.button_hover);
    v.widgets.active.fg_stroke = egui::Stroke::new(2.0, color(t.strong));
    v.widgets.open.fg_stroke = egui::Stroke::new(1.0, color(t.strong));
    v
}

/// Set the app's text sizes and both themes' colours on `ctx` (cheap when nothing changes).
pub fn apply(ctx: &egui::Context) {
    let styles = text_styles();
    // floating scroll bars are drawn over this margin instead of over the page's right edge
    let scroll_margin = egui::Margin {
        right: tokens::LAYOUT.scroll_gutter as i8,
        ..egui::Margin::ZERO
    };
    let done = ctx.style_of(egui::Theme::Light).text_styles == styles
        && ctx
            .style_of(egui::Theme::Light)
            .spacing
            .scroll
            .content_margin
            == scroll_margin
        && ctx.style_of(egui::Theme::Light).visuals.panel_fill == color(tokens::LIGHT.panel)
        && ctx.style_of(egui::Theme::Dark).visuals.panel_fill == color(tokens::DARK.panel);
    if done {
        return;
    }
    ctx.style_mut_of(egui::Theme::Light, |s| {
        s.text_styles = styles.clone();
        s.spacing.scroll.content_margin = scroll_margin;
        s.visuals = visuals(&tokens::LIGHT, false);
    });
    ctx.style_mut_of(egui::Theme::Dark, |s| {
        s.text_styles = styles.clone();
        s.spacing.scroll.content_margin = scroll_margin;
        s.visuals = visuals(&tokens::DARK, true);
    });
}
/// Gap between sections.
pub const SECTION_GAP: f32 = tokens::LAYOUT.section_gap;
/// Height of one table row.
pub const ROW_HEIGHT: f32 = tokens::LAYOUT.row_height;
/// Width of the navigation panel.
pub const NAV_WIDTH: f32 = tokens::LAYOUT.nav_width;
/// Size of the big total on the dashboard.
pub const TOTAL_TEXT: f32 = tokens::TEXT.app_total;
/// The widest a column of running text is drawn (about 75 characters a line).
pub const LAYOUT_READABLE: f32 = tokens::LAYOUT.readable_width;
/// Text sizes (`tokens::TEXT`).
pub use crate::tokens::{SPACE, TEXT};
