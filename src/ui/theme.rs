//! Design tokens: colours and sizes in one place.

use egui::Color32;

use crate::engine::Band;
use crate::model::Pillar;

/// The colour of a pillar (bars, chart lines, legend).
pub fn pillar_color(p: Pillar) -> Color32 {
    match p {
        Pillar::Brand => Color32::from_rgb(0x2f, 0x6f, 0xd6),
        Pillar::Find => Color32::from_rgb(0x1b, 0x9e, 0x77),
        Pillar::Engage => Color32::from_rgb(0xd9, 0x8c, 0x1f),
        Pillar::Relationships => Color32::from_rgb(0xb8, 0x3b, 0x8a),
    }
}

/// The colour of a score band (badge background).
pub fn band_color(b: Band) -> Color32 {
    match b {
        Band::Below50 => Color32::from_rgb(0xc0, 0x39, 0x2b),
        Band::From50To60 => Color32::from_rgb(0xd3, 0x7a, 0x1a),
        Band::From60To70 => Color32::from_rgb(0xb8, 0x9c, 0x12),
        Band::From70To80 => Color32::from_rgb(0x2e, 0x8b, 0x57),
        Band::From80 => Color32::from_rgb(0x1e, 0x6f, 0xa8),
    }
}

/// Text colour for warnings and validation messages.
pub const ERROR: Color32 = Color32::from_rgb(0xd0, 0x3a, 0x2f);
/// Text colour for good news (rises, saved).
pub const GOOD: Color32 = Color32::from_rgb(0x2e, 0x8b, 0x57);
/// Gap between sections.
pub const SECTION_GAP: f32 = 14.0;
/// Height of one table row.
pub const ROW_HEIGHT: f32 = 22.0;
/// Width of the navigation panel.
pub const NAV_WIDTH: f32 = 190.0;
/// Size of the big total on the dashboard.
pub const TOTAL_TEXT: f32 = 56.0;
