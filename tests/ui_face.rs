//! The app's face (issue #17): what a client sees on a laptop and a room on a projector. Every
//! check reads what the user would see: widget rectangles from the accessibility tree, the
//! labels screen readers get, the text sizes and colours in use.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ssi_coach::app::AppState;
use ssi_coach::i18n::{Language, tr};
use ssi_coach::model::Theme;
use ssi_coach::ui::{ClientsCommand, Command, Screen, SettingsCommand};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// The sizes the issue names: a small laptop, a common laptop, a full-HD projector.
const SIZES: [(f32, f32); 3] = [(1024.0, 768.0), (1280.0, 800.0), (1920.0, 1080.0)];

fn harness(dir: &std::path::Path, lang: Language, size: (f32, f32)) -> Harness<'static, AppState> {
    let state = AppState::new(dir.to_owned(), today(), lang);
    Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state)
}

fn demo(dir: &std::path::Path, lang: Language, size: (f32, f32)) -> Harness<'static, AppState> {
    let mut h = harness(dir, lang, size);
    h.run();
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::StartDemo));
    h.run();
    h
}

fn show(h: &mut Harness<'static, AppState>, screen: Screen) {
    h.state_mut().apply(Command::Nav(screen));
    h.run();
}

/// Every node with a label and a rectangle: (role, label, rect).
fn labelled(h: &Harness<'static, AppState>) -> Vec<(Role, String, egui::Rect)> {
    h.query_all_by(|n| n.label().is_some_and(|l| !l.trim().is_empty()))
        .filter_map(|n| {
            let node = n.accesskit_node();
            let label = node.label()?;
            node.bounding_box()?;
            Some((node.role(), label, n.rect()))
        })
        .collect()
}

#[test]
fn the_navigation_keeps_one_width_and_no_label_breaks() {
    for size in SIZES {
        let mut rights = Vec::new();
        for lang in Language::ALL {
            let dir = tempfile::tempdir().unwrap();
            let mut h = demo(dir.path(), lang, size);
            h.run();
            let mut right: f32 = 0.0;
            for s in Screen::ALL {
                let name = tr(lang, s.label_key());
                let node = h
                    .query_all_by_label(name)
                    .find(|n| n.accesskit_node().role() == Role::Button)
                    .unwrap_or_else(|| panic!("{lang:?}: no nav button {name}"));
                let r = node.rect();
                // one line: a nav label is never wrapped (15 pt text)
                assert!(
                    r.height() < 32.0,
                    "{lang:?} {size:?}: '{name}' wraps: {r:?}"
                );
                right = right.max(r.right());
            }
            // the central panel starts right of the widest label
            rights.push(right);
        }
        let (lo, hi) = rights
            .iter()
            .fold((f32::MAX, f32::MIN), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
        assert!(
            hi - lo < 0.5,
            "{size:?}: the navigation changes width with the language: {rights:?}"
        );
    }
}

/// The client screens a coach shows a client, in every language, theme and size: no label
/// sticks out of the window, nothing is drawn left of it.
#[test]
fn every_screen_fits_the_window_in_every_language_and_theme() {
    let screens = [
        Screen::Dashboard,
        Screen::Profile,
        Screen::Engagement,
        Screen::Readings,
        Screen::Knobs,
        Screen::Sessions,
        Screen::Clients,
        Screen::Settings,
    ];
    for size in SIZES {
        for lang in Language::ALL {
            let dir = tempfile::tempdir().unwrap();
            let mut h = demo(dir.path(), lang, size);
            for theme in [Theme::Light, Theme::Dark] {
                h.state_mut()
                    .apply(Command::Settings(SettingsCommand::SetTheme(theme)));
                h.run();
                let nav: Vec<&str> = Screen::ALL
                    .iter()
                    .map(|s| tr(lang, s.label_key()))
                    .collect();
                for screen in screens {
                    show(&mut h, screen);
                    let all = labelled(&h);
                    let nav_right = all
                        .iter()
                        .filter(|(role, l, _)| *role == Role::Button && nav.contains(&l.as_str()))
                        .map(|(_, _, r)| r.right())
                        .fold(0.0, f32::max);
                    // the top bar ends above the first nav button
                    let top = all
                        .iter()
                        .filter(|(_, l, _)| nav.contains(&l.as_str()))
                        .map(|(_, _, r)| r.top())
                        .fold(f32::MAX, f32::min);
                    for (role, label, r) in all {
                        if r.top() >= top && !nav.contains(&label.as_str()) {
                            assert!(
                                // the panel's margin and the screen's margin lie between
                                r.left() >= nav_right + 12.0,
                                "{lang:?} {theme:?} {size:?} {screen:?}: {role:?} '{label}' at \
                                 {r:?} is under the navigation (ends at {nav_right})"
                            );
                        }
                        if r.bottom() < 0.0 || r.top() > size.1 {
                            continue; // scrolled out of view: not on screen now
                        }
                        assert!(
                            r.left() >= -0.5 && r.right() <= size.0 + 0.5,
                            "{lang:?} {theme:?} {size:?} {screen:?}: {role:?} '{label}' at \
                             {r:?} is outside the window"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn captions_are_12_points_and_body_text_14() {
    let dir = tempfile::tempdir().unwrap();
    let h = demo(dir.path(), Language::En, SIZES[0]);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let style = h.ctx.style_of(theme);
        let size = |s: egui::TextStyle| style.text_styles[&s].size;
        assert!(size(egui::TextStyle::Small) >= 12.0, "{theme:?}");
        for s in [
            egui::TextStyle::Body,
            egui::TextStyle::Button,
            egui::TextStyle::Monospace,
        ] {
            assert!(size(s.clone()) >= 14.0, "{theme:?} {s:?}");
        }
    }
}

/// Every control a user can reach has a name a screen reader says (and kittest finds).
#[test]
fn every_control_has_a_label() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path(), Language::En, SIZES[2]);
    let controls = [
        Role::Button,
        Role::CheckBox,
        Role::Slider,
        Role::SpinButton,
        Role::TextInput,
        Role::ComboBox,
    ];
    for screen in Screen::ALL {
        if screen == Screen::Workshop {
            continue;
        }
        show(&mut h, screen);
        let unnamed: Vec<String> = h
            .query_all_by(|n| controls.contains(&n.role()))
            .filter(|n| {
                n.accesskit_node()
                    .label()
                    .is_none_or(|l| l.trim().is_empty())
            })
            .map(|n| format!("{:?} at {:?}", n.accesskit_node().role(), n.rect()))
            .collect();
        assert!(
            unnamed.is_empty(),
            "{screen:?}: unnamed controls {unnamed:?}"
        );
    }
}
