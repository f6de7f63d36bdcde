//! Design tokens: every colour, text size and spacing the app, the presenter view and the HTML
//! pages (session report, cohort page) use, in one place. Plain values without egui, so the
//! report and the workshop pages (no GUI) read the same ones; `ui::theme` turns them into
//! egui colours and the pages into CSS variables ([`css_variables`]).

use crate::engine::Band;
use crate::model::Pillar;

/// A colour, red-green-blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The palette of a printed page and of the app's light theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Body text.
    pub ink: Rgb,
    /// Secondary text (captions, meta lines).
    pub muted: Rgb,
    /// Table headings and legends.
    pub heading: Rgb,
    /// The page.
    pub paper: Rgb,
    /// A tinted block (notes).
    pub paper_tint: Rgb,
    /// Hairlines between rows.
    pub rule_light: Rgb,
    /// Lines under headings and around sections.
    pub rule: Rgb,
    /// Lines that close a table, chart grid lines.
    pub rule_strong: Rgb,
    /// The brand colour: the estimate, headings' accents, links.
    pub accent: Rgb,
    /// A light shade of the accent (ranges behind a marker).
    pub accent_soft: Rgb,
    /// The empty part of a bar.
    pub track: Rgb,
    /// Rises, done, reached.
    pub good: Rgb,
    /// Losses, overdue, errors, real readings on a chart.
    pub bad: Rgb,
    /// Text of a caution or a marked period.
    pub caution_ink: Rgb,
    /// Fill of a marked period.
    pub caution_fill: Rgb,
    /// Outline of a marked period.
    pub caution_line: Rgb,
    /// Background of a caution box.
    pub caution_bg: Rgb,
    /// Border of a caution box.
    pub caution_border: Rgb,
    /// Session markers on a chart.
    pub session: Rgb,
}

/// The one palette for pages and the light theme.
pub const PALETTE: Palette = Palette {
    ink: Rgb(0x1d, 0x1d, 0x1f),
    muted: Rgb(0x55, 0x55, 0x55),
    heading: Rgb(0x44, 0x44, 0x44),
    paper: Rgb(0xff, 0xff, 0xff),
    paper_tint: Rgb(0xf5, 0xf5, 0xf7),
    rule_light: Rgb(0xe2, 0xe2, 0xe2),
    rule: Rgb(0xcc, 0xcc, 0xcc),
    rule_strong: Rgb(0x99, 0x99, 0x99),
    accent: Rgb(0x1f, 0x5f, 0xa8),
    accent_soft: Rgb(0x9d, 0xbb, 0xe0),
    track: Rgb(0xe6, 0xeb, 0xf2),
    good: Rgb(0x1b, 0x7f, 0x3b),
    bad: Rgb(0xb3, 0x26, 0x1e),
    caution_ink: Rgb(0x8a, 0x4b, 0x00),
    caution_fill: Rgb(0xf0, 0xa0, 0x3c),
    caution_line: Rgb(0xd0, 0x80, 0x20),
    caution_bg: Rgb(0xff, 0xf8, 0xe6),
    caution_border: Rgb(0xf0, 0xd9, 0xa0),
    session: Rgb(0x5a, 0x5a, 0x8c),
};

/// Colours of states on screen, light or dark theme (brighter than on paper, to read on both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// Errors, losses.
    pub error: Rgb,
    /// Good news: rises, saved, reached.
    pub good: Rgb,
    /// Text on a coloured badge.
    pub on_colour: Rgb,
    /// Marked periods on the app's chart (drawn at low opacity).
    pub period: Rgb,
}

/// The screen colours.
pub const SCREEN: Screen = Screen {
    error: Rgb(0xd0, 0x3a, 0x2f),
    good: Rgb(0x2e, 0x8b, 0x57),
    on_colour: Rgb(0xff, 0xff, 0xff),
    period: Rgb(0x78, 0x78, 0xc8),
};

/// Fixed sizes of the app's layout, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    /// Gap between sections.
    pub section_gap: f32,
    /// Height of one table row.
    pub row_height: f32,
    /// Width of the navigation panel.
    pub nav_width: f32,
    /// Stroke width of outlines in the presenter view.
    pub presenter_stroke: f32,
}

/// The layout sizes.
pub const LAYOUT: Layout = Layout {
    section_gap: 14.0,
    row_height: 22.0,
    nav_width: 190.0,
    presenter_stroke: 2.0,
};

/// The presenter view: white on black for a projector, with a strong selection colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presenter {
    /// Text and outlines.
    pub ink: Rgb,
    /// The background.
    pub paper: Rgb,
    /// Text fields and other sunken areas.
    pub sunken: Rgb,
    /// Striped rows.
    pub faint: Rgb,
    /// Buttons at rest.
    pub button: Rgb,
    /// Selected text and focus.
    pub selection: Rgb,
    /// The timer in its last minute (with [`Presenter::paper`] text).
    pub warning: Rgb,
}

/// How much larger the presenter view draws text, controls and spacing than the app.
pub const PRESENTER_SCALE: PresenterScale = PresenterScale {
    text: 1.6,
    controls: 1.5,
    spacing: 1.4,
    slider_width: 320.0,
};

/// The presenter view's scale factors.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PresenterScale {
    /// Text, button padding and icons.
    pub text: f32,
    /// Interactive sizes.
    pub controls: f32,
    /// Gaps between items.
    pub spacing: f32,
    /// Sliders, in points.
    pub slider_width: f32,
}

/// The presenter palette.
pub const PRESENTER: Presenter = Presenter {
    ink: Rgb(0xff, 0xff, 0xff),
    paper: Rgb(0x00, 0x00, 0x00),
    sunken: Rgb(0x28, 0x28, 0x28),
    faint: Rgb(0x14, 0x14, 0x14),
    button: Rgb(0x1e, 0x1e, 0x1e),
    selection: Rgb(0x00, 0x5f, 0xcc),
    warning: Rgb(0xff, 0xd4, 0x00),
};

/// The colour of a pillar (bars, chart lines, legend), on screen and on paper.
pub fn pillar(p: Pillar) -> Rgb {
    match p {
        Pillar::Brand => Rgb(0x2f, 0x6f, 0xd6),
        Pillar::Find => Rgb(0x1b, 0x9e, 0x77),
        Pillar::Engage => Rgb(0xd9, 0x8c, 0x1f),
        Pillar::Relationships => Rgb(0xb8, 0x3b, 0x8a),
    }
}

/// The colour of a score band (badges, the cohort page's band bars), on screen and on paper.
pub fn band(b: Band) -> Rgb {
    match b {
        Band::Below50 => Rgb(0xc0, 0x39, 0x2b),
        Band::From50To60 => Rgb(0xd3, 0x7a, 0x1a),
        Band::From60To70 => Rgb(0xb8, 0x9c, 0x12),
        Band::From70To80 => Rgb(0x2e, 0x8b, 0x57),
        Band::From80 => Rgb(0x1e, 0x6f, 0xa8),
    }
}

/// Text sizes in points (the app) and CSS pixels (the pages).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextSizes {
    /// Footers and fine print.
    pub fine: f32,
    /// Table headings, legends.
    pub small: f32,
    /// Meta lines, kickers.
    pub meta: f32,
    /// Body text.
    pub body: f32,
    /// Section headings on a page, large buttons in the app.
    pub heading: f32,
    /// Titles in the app's top bar and loading screen.
    pub title: f32,
    /// The words around the big number ("Estimate", "of 100").
    pub lead: f32,
    /// The welcome page's title.
    pub welcome: f32,
    /// The welcome page's lines and big buttons.
    pub welcome_body: f32,
    /// Labels in the navigation panel.
    pub nav: f32,
    /// The big total on a page.
    pub page_total: f32,
    /// The presenter view's timer.
    pub timer: f32,
    /// The big total on the dashboard.
    pub app_total: f32,
}

/// The text sizes.
pub const TEXT: TextSizes = TextSizes {
    fine: 11.0,
    small: 12.0,
    meta: 13.0,
    body: 14.0,
    heading: 16.0,
    title: 18.0,
    lead: 20.0,
    welcome: 30.0,
    welcome_body: 17.0,
    nav: 15.0,
    page_total: 42.0,
    timer: 48.0,
    app_total: 56.0,
};

/// Spacings, smallest to largest.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spacing {
    /// Between a label and its detail.
    pub xs: f32,
    /// Between lines of a group.
    pub s: f32,
    /// Between groups.
    pub m: f32,
    /// Around a block.
    pub l: f32,
    /// Between sections.
    pub xl: f32,
    /// Before a page's first block.
    pub xxl: f32,
}

/// The spacings.
pub const SPACE: Spacing = Spacing {
    xs: 4.0,
    s: 6.0,
    m: 8.0,
    l: 12.0,
    xl: 16.0,
    xxl: 40.0,
};

/// The tokens as CSS custom properties (`:root { --ink: #1d1d1f; ... }`), which the pages'
/// style sheets use instead of literal colours and sizes.
pub fn css_variables() -> String {
    let p = PALETTE;
    let colours = [
        ("ink", p.ink),
        ("muted", p.muted),
        ("heading", p.heading),
        ("paper", p.paper),
        ("paper-tint", p.paper_tint),
        ("rule-light", p.rule_light),
        ("rule", p.rule),
        ("rule-strong", p.rule_strong),
        ("accent", p.accent),
        ("accent-soft", p.accent_soft),
        ("track", p.track),
        ("good", p.good),
        ("bad", p.bad),
        ("caution-ink", p.caution_ink),
        ("caution-fill", p.caution_fill),
        ("caution-line", p.caution_line),
        ("caution-bg", p.caution_bg),
        ("caution-border", p.caution_border),
        ("session", p.session),
    ];
    let sizes = [
        ("fs-fine", TEXT.fine),
        ("fs-small", TEXT.small),
        ("fs-meta", TEXT.meta),
        ("fs-body", TEXT.body),
        ("fs-heading", TEXT.heading),
        ("fs-title", TEXT.title),
        ("fs-total", TEXT.page_total),
    ];
    let mut css = String::from(":root {");
    for (name, c) in colours {
        css.push_str(&format!(" --{name}: {};", c.hex()));
    }
    for (name, px) in sizes {
        css.push_str(&format!(" --{name}: {px}px;"));
    }
    css.push_str(" }\n");
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_css_hex_and_every_variable_is_defined_once() {
        assert_eq!(PALETTE.accent.hex(), "#1f5fa8");
        let css = css_variables();
        let names: Vec<&str> = css
            .split("--")
            .skip(1)
            .filter_map(|s| s.split(':').next())
            .collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{css}");
        assert!(css.contains("--accent: #1f5fa8;"));
        assert!(css.contains("--fs-total: 42px;"));
    }
}
