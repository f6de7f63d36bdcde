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

/// Text colour for warnings and validation messages.
pub const ERROR: Color32 = color(tokens::SCREEN.error);
/// Text colour for good news (rises, saved).
pub const GOOD: Color32 = color(tokens::SCREEN.good);
/// Gap between sections.
pub const SECTION_GAP: f32 = tokens::LAYOUT.section_gap;
/// Height of one table row.
pub const ROW_HEIGHT: f32 = tokens::LAYOUT.row_height;
/// Width of the navigation panel.
pub const NAV_WIDTH: f32 = tokens::LAYOUT.nav_width;
/// Size of the big total on the dashboard.
pub const TOTAL_TEXT: f32 = tokens::TEXT.app_total;
/// Text sizes (`tokens::TEXT`).
pub use crate::tokens::{SPACE, TEXT};
