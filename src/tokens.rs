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

/// Colours of states on screen that do not depend on the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// Text on a coloured badge.
    pub on_colour: Rgb,
    /// Marked periods on the app's chart (drawn at low opacity).
    pub period: Rgb,
}

/// The screen colours.
pub const SCREEN: Screen = Screen {
    on_colour: Rgb(0xff, 0xff, 0xff),
    period: Rgb(0x78, 0x78, 0xc8),
};

/// One theme of the app (light or dark): every text colour is at least 4.5:1 against
/// [`Theme::panel`] and [`Theme::sunken`] (`tests::every_text_colour_reads_on_its_background`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Body text.
    pub text: Rgb,
    /// Headings and values that stand out.
    pub strong: Rgb,
    /// Captions and secondary text.
    pub weak: Rgb,
    /// The background of panels.
    pub panel: Rgb,
    /// Text fields, tracks of bars and other sunken areas.
    pub sunken: Rgb,
    /// Striped table rows.
    pub faint: Rgb,
    /// Buttons at rest.
    pub button: Rgb,
    /// Buttons under the pointer.
    pub button_hover: Rgb,
    /// Outlines of buttons, fields and separators.
    pub outline: Rgb,
    /// The empty part of a bar and of the gauge.
    pub track: Rgb,
    /// Links and the selected item.
    pub accent: Rgb,
    /// The selected item's background (with [`Theme::text`] on it).
    pub selected: Rgb,
    /// Rises, saved, reached.
    pub good: Rgb,
    /// Errors and losses, and nothing else.
    pub error: Rgb,
    /// Cautions: something to know, not something wrong.
    pub caution: Rgb,
}

/// The light theme: dark ink on near-white, with tracks that show on it.
pub const LIGHT: Theme = Theme {
    text: Rgb(0x22, 0x22, 0x26),
    strong: Rgb(0x00, 0x00, 0x00),
    weak: Rgb(0x58, 0x5c, 0x63),
    panel: Rgb(0xf7, 0xf7, 0xf8),
    sunken: Rgb(0xff, 0xff, 0xff),
    faint: Rgb(0xee, 0xef, 0xf2),
    button: Rgb(0xe4, 0xe6, 0xeb),
    button_hover: Rgb(0xd5, 0xd9, 0xe0),
    outline: Rgb(0x8a, 0x90, 0x99),
    track: Rgb(0xd2, 0xd7, 0xdf),
    accent: Rgb(0x1a, 0x56, 0x9c),
    selected: Rgb(0xc6, 0xda, 0xf2),
    good: Rgb(0x1b, 0x6e, 0x35),
    error: Rgb(0xb3, 0x26, 0x1e),
    caution: Rgb(0x8a, 0x4b, 0x00),
};

/// The dark theme: light ink on near-black.
pub const DARK: Theme = Theme {
    text: Rgb(0xdc, 0xdc, 0xe0),
    strong: Rgb(0xff, 0xff, 0xff),
    weak: Rgb(0xa3, 0xa7, 0xae),
    panel: Rgb(0x1e, 0x1f, 0x22),
    sunken: Rgb(0x12, 0x13, 0x15),
    faint: Rgb(0x27, 0x28, 0x2c),
    button: Rgb(0x33, 0x35, 0x3a),
    button_hover: Rgb(0x44, 0x47, 0x4e),
    outline: Rgb(0x6e, 0x73, 0x7c),
    track: Rgb(0x3a, 0x3d, 0x44),
    accent: Rgb(0x7c, 0xb4, 0xf5),
    selected: Rgb(0x23, 0x4a, 0x78),
    good: Rgb(0x5c, 0xc9, 0x84),
    error: Rgb(0xff, 0x7b, 0x6e),
    caution: Rgb(0xf0, 0xb4, 0x5a),
};

/// The relative luminance of a colour (WCAG 2).
pub fn luminance(c: Rgb) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// The contrast ratio of two colours (WCAG 2): 1 (none) to 21 (black on white).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

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
    /// The widest a column of running text is drawn (welcome page, long explanations).
    pub readable_width: f32,
    /// Room kept free at the right of a scrolled page for its scroll bar, so the bar never
    /// covers text or a button.
    pub scroll_gutter: f32,
}

/// The layout sizes.
pub const LAYOUT: Layout = Layout {
    section_gap: 14.0,
    row_height: 22.0,
    nav_width: 190.0,
    presenter_stroke: 2.0,
    readable_width: 640.0,
    scroll_gutter: 12.0,
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

/// The colour of a score band (badges, the cohort page's band bars), on screen and on paper,
/// with [`Screen::on_colour`] text on it.
pub fn band(b: Band) -> Rgb {
    match b {
        // a normal place to start, not an error: slate, never red
        Band::Below50 => Rgb(0x55, 0x60, 0x6e),
        Band::From50To60 => Rgb(0x9a, 0x4f, 0x0a),
        Band::From60To70 => Rgb(0x72, 0x63, 0x00),
        Band::From70To80 => Rgb(0x1e, 0x72, 0x45),
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
    fine: 12.0,
    small: 12.0,
    meta: 13.0,
    body: 14.0,
    heading: 17.0,
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

    #[test]
    fn contrast_matches_the_wcag_examples() {
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 0.01);
        assert!((contrast(Rgb(0x77, 0x77, 0x77), Rgb(255, 255, 255)) - 4.48).abs() < 0.01);
        assert!((contrast(Rgb(9, 9, 9), Rgb(9, 9, 9)) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn every_text_colour_reads_on_its_background() {
        for (name, t) in [("light", LIGHT), ("dark", DARK)] {
            let texts = [
                ("text", t.text),
                ("strong", t.strong),
                ("weak", t.weak),
                ("accent", t.accent),
                ("good", t.good),
                ("error", t.error),
                ("caution", t.caution),
            ];
            let backgrounds = [("panel", t.panel), ("sunken", t.sunken), ("faint", t.faint)];
            for (tn, fg) in texts {
                for (bn, bg) in backgrounds {
                    let c = contrast(fg, bg);
                    assert!(c >= 4.5, "{name}: {tn} on {bn} is {c:.2}:1");
                }
            }
            for (bn, bg) in [
                ("button", t.button),
                ("button_hover", t.button_hover),
                ("selected", t.selected),
            ] {
                let c = contrast(t.text, bg);
                assert!(c >= 4.5, "{name}: text on {bn} is {c:.2}:1");
            }
            // the empty part of a bar must show against the panel (non-text: 1.3:1 and up)
            assert!(contrast(t.track, t.panel) >= 1.3, "{name}: track on panel");
        }
        for b in [
            Band::Below50,
            Band::From50To60,
            Band::From60To70,
            Band::From70To80,
            Band::From80,
        ] {
            let c = contrast(SCREEN.on_colour, band(b));
            assert!(c >= 4.5, "badge text on {b:?} is {c:.2}:1");
        }
        for (n, fg) in [
            ("ink", PALETTE.ink),
            ("muted", PALETTE.muted),
            ("accent", PALETTE.accent),
        ] {
            let c = contrast(fg, PALETTE.paper);
            assert!(c >= 4.5, "page {n} is {c:.2}:1");
        }
        let c = contrast(PRESENTER.ink, PRESENTER.button);
        assert!(c >= 4.5, "presenter buttons {c:.2}:1");
    }

    #[test]
    fn red_is_kept_for_errors() {
        // a normal starting point (below 50) must not look like an error
        let below = band(Band::Below50);
        assert!(below.0 <= below.2, "Below 50 is reddish: {}", below.hex());
    }
}
