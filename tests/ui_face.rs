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

/// Every node with a name and a rectangle: (role, name, rect). A control is named by its label,
/// a text by its value (egui gives plain text the `Label` role and its words as the value).
fn labelled(h: &Harness<'static, AppState>) -> Vec<(Role, String, egui::Rect)> {
    let name = |node: &egui_kittest::kittest::AccessKitNode<'_>| {
        node.label()
            .or_else(|| (node.role() == Role::Label).then(|| node.value()).flatten())
            .filter(|l| !l.trim().is_empty())
    };
    h.query_all_by(|n| name(n).is_some())
        .filter_map(|n| {
            let node = n.accesskit_node();
            let label = name(&node)?;
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
        Screen::Messages,
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

/// On a projector the what-if works only if the total, the four pillars and every slider
/// are on screen together: at 1024x768, 1280x800 and 1920x1080, in each language.
#[test]
fn the_presenter_view_shows_total_pillars_and_every_slider_at_once() {
    for size in SIZES {
        for lang in Language::ALL {
            let dir = tempfile::tempdir().unwrap();
            let mut h = harness(dir.path(), lang, size);
            h.run();
            show(&mut h, Screen::Workshop);
            h.get_by_label(tr(lang, "workshop.ui.presenter_on")).click();
            h.run();
            h.run();
            assert!(
                h.state().workshop.presenter(),
                "{lang:?}: presenter view is on"
            );
            let inside = |r: egui::Rect| {
                r.left() >= -0.5
                    && r.top() >= -0.5
                    && r.right() <= size.0 + 0.5
                    && r.bottom() <= size.1 + 0.5
            };
            let sliders: Vec<egui::Rect> = h
                .query_all_by_role(Role::Slider)
                .map(|n| n.rect())
                .collect();
            assert!(sliders.len() >= 10, "{lang:?}: {} sliders", sliders.len());
            for r in &sliders {
                assert!(
                    inside(*r),
                    "{lang:?} {size:?}: a slider at {r:?} is off the screen"
                );
            }
            let total = tr(lang, "workshop.ui.sim.total_value");
            let total = total.split('{').next().unwrap();
            let t = h.get_by_label_contains(total).rect();
            assert!(
                inside(t),
                "{lang:?} {size:?}: the total at {t:?} is off the screen"
            );
            let bars: Vec<egui::Rect> = h
                .query_all_by_role(Role::ProgressIndicator)
                .map(|n| n.rect())
                .collect();
            assert_eq!(bars.len(), 4, "{lang:?}: four pillar bars");
            for r in bars {
                assert!(
                    inside(r),
                    "{lang:?} {size:?}: a pillar bar at {r:?} is off the screen"
                );
            }
            // the slider labels are whole: every slider has its full lever name
            for n in h.query_all_by_role(Role::Slider) {
                let label = n.accesskit_node().label().unwrap_or_default();
                assert!(!label.is_empty(), "{lang:?}: a slider without its name");
            }
            // no trainer control and no client data on the projected screen
            for key in [
                "workshop.ui.cohort.import_files",
                "workshop.ui.cohort.export",
                "common.undo",
            ] {
                assert!(
                    h.query_by_label(tr(lang, key)).is_none(),
                    "{lang:?}: '{}' is on the projector",
                    tr(lang, key)
                );
            }
        }
    }
}

fn own_profile(dir: &std::path::Path, lang: Language) -> Harness<'static, AppState> {
    let mut h = harness(dir, lang, SIZES[1]);
    h.run();
    h.state_mut()
        .apply(Command::Clients(ClientsCommand::StartOwn("Sam".into())));
    h.run();
    h
}

/// A profile started today leads with first steps, not a bare 0 and "+0.0 since last week".
#[test]
fn a_new_profile_gets_first_steps_instead_of_a_bare_zero() {
    for lang in Language::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut h = own_profile(dir.path(), lang);
        assert!(
            h.query_by_label(tr(lang, "dashboard.first_title"))
                .is_some()
        );
        let since = tr(lang, "dashboard.change_week").split('{').nth(1).unwrap();
        let since = since.split('}').nth(1).unwrap().trim();
        assert!(
            h.query_by_label_contains(since).is_none(),
            "{lang:?}: a change since last week on a profile started today"
        );
        // no chart of invented zero days either
        show(&mut h, Screen::Readings);
        assert!(h.query_by_label(tr(lang, "readings.chart_empty")).is_some());
        // the three ways in work
        show(&mut h, Screen::Dashboard);
        h.get_by_label(tr(lang, "dashboard.first_import")).click();
        h.run();
        assert_eq!(h.state().screen, Screen::Import);
        show(&mut h, Screen::Dashboard);
        h.get_by_label(tr(lang, "dashboard.first_profile")).click();
        h.run();
        assert_eq!(h.state().screen, Screen::Profile);
        show(&mut h, Screen::Dashboard);
        h.get_by_label(tr(lang, "dashboard.first_demo")).click();
        h.run();
        assert!(h.state().client().unwrap().demo, "{lang:?}: the demo opens");
        // once something is done, the first steps make room for the estimate
        let own = h.state().clients.iter().position(|c| !c.demo).unwrap();
        h.state_mut()
            .apply(Command::Clients(ClientsCommand::SwitchClient(own)));
        h.state_mut()
            .apply(Command::Edit(ssi_coach::ui::ClientEdit::SetProfileItem(
                ssi_coach::model::ProfileItem::Photo,
                true,
            )));
        show(&mut h, Screen::Dashboard);
        assert!(
            h.query_by_label(tr(lang, "dashboard.first_title"))
                .is_none()
        );
    }
}

/// The demo can be opened from the clients screen after the own profile exists, and it
/// comes with sessions, so the Sessions screen has something to show.
#[test]
fn the_demo_is_there_later_too_with_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = own_profile(dir.path(), Language::En);
    show(&mut h, Screen::Clients);
    h.get_by_label("Open the demo client").click();
    h.run();
    let c = h.state().client().unwrap().clone();
    assert!(c.demo);
    assert_eq!(c.sessions.len(), 2);
    assert_eq!(h.state().clients.len(), 2, "the own profile stays");
    show(&mut h, Screen::Sessions);
    assert!(
        h.query_by_label("What changed since the previous session")
            .is_some()
    );
}

/// Calibrating moves the estimate: the dashboard says so.
#[test]
fn a_calibrated_estimate_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path(), Language::En, SIZES[1]);
    let calibrated = tr(Language::En, "dashboard.calibrated");
    assert!(h.query_by_label(calibrated).is_none());
    h.state_mut()
        .apply(Command::Edit(ssi_coach::ui::ClientEdit::SetCalibrate(true)));
    h.run();
    assert!(h.state_mut().estimate().unwrap().calibrated);
    assert!(h.query_by_label(calibrated).is_some());
}

/// Deleting a message says what went and offers Undo right there.
#[test]
fn a_deleted_message_can_be_brought_back_from_the_notice() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path(), Language::En, SIZES[1]);
    show(&mut h, Screen::Messages);
    let count = h.state().client().unwrap().messages.len();
    // in a window too narrow for the delete column, it is in the opened message's form
    if h.query_by_label("Delete Sam Ortega").is_none() {
        h.get_by_label("Sam Ortega").click();
        h.run();
    }
    h.get_by_label("Delete Sam Ortega").click();
    h.run();
    assert_eq!(h.state().client().unwrap().messages.len(), count - 1);
    assert!(h.query_by_label("Message to Sam Ortega deleted").is_some());
    h.get_by_label("Undo: Message to Sam Ortega deleted")
        .click();
    h.run();
    assert_eq!(h.state().client().unwrap().messages.len(), count);
    assert!(h.query_by_label("Message to Sam Ortega deleted").is_none());
}

/// A screen opens at its top: what was scrolled on another screen does not carry over.
#[test]
fn a_screen_opens_at_its_top() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path(), Language::En, (1024.0, 640.0));
    let top = h.get_by_label("Estimate").rect().top();
    for _ in 0..20 {
        h.get_by_label("Why 44?").scroll_down();
        h.run();
    }
    let scrolled = h.get_by_label("Estimate").rect().top();
    assert!(
        scrolled < top - 20.0,
        "the dashboard scrolled: {top} -> {scrolled}"
    );
    show(&mut h, Screen::Profile);
    show(&mut h, Screen::Dashboard);
    let back = h.get_by_label("Estimate").rect().top();
    assert!((back - top).abs() < 1.0, "back at the top: {top} -> {back}");
}

/// Tab walks every control of the dashboard, top to bottom, each once per round.
#[test]
fn tab_reaches_every_control_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path(), Language::En, SIZES[2]);
    for screen in [
        Screen::Dashboard,
        Screen::Profile,
        Screen::Engagement,
        Screen::Messages,
        Screen::Readings,
        Screen::Sessions,
        Screen::Clients,
    ] {
        show(&mut h, screen);
        tab_round(&mut h, screen);
    }
}

/// Tab through the screen once: every enabled control is reached, in reading order.
fn tab_round(h: &mut Harness<'static, AppState>, screen: Screen) {
    let controls = [
        Role::Button,
        Role::CheckBox,
        Role::ComboBox,
        Role::SpinButton,
        Role::TextInput,
    ];
    // disabled controls (Undo with nothing to undo) are skipped by Tab, as they should be
    let all: Vec<String> = h
        .query_all_by(|n| controls.contains(&n.role()) && !n.is_disabled())
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(all.len() > 12, "{screen:?}: {} controls", all.len());
    let mut seen: Vec<(String, egui::Rect)> = Vec::new();
    for _ in 0..all.len() * 2 + 5 {
        h.key_press(egui::Key::Tab);
        h.run();
        if let Some(n) = h.query_all_by(|n| n.is_focused()).next() {
            let label = n
                .accesskit_node()
                .label()
                .unwrap_or_else(|| format!("{:?}", n.accesskit_node().role()));
            if seen.first().is_some_and(|(l, _)| *l == label) {
                break; // round trip
            }
            seen.push((label, n.rect()));
        }
    }
    let labels: Vec<&str> = seen.iter().map(|(l, _)| l.as_str()).collect();
    for name in &all {
        assert!(
            labels.contains(&name.as_str()),
            "{screen:?}: Tab never reaches '{name}': {labels:?}"
        );
    }
    // in the page (right of the navigation, below the top bar), each step goes down or right,
    // never back up
    let content: Vec<&(String, egui::Rect)> = seen
        .iter()
        .filter(|(_, r)| r.left() > 230.0 && r.top() > 50.0)
        .collect();
    for w in content.windows(2) {
        let (a, b) = (w[0].1, w[1].1);
        assert!(
            b.top() >= a.top() - 2.0 || b.left() > a.left(),
            "{screen:?}: Tab jumps back up from '{}' to '{}' at {b:?}",
            w[0].0,
            w[1].0
        );
    }
}

/// A decimal written with `sep` ("0,2" or "0.2"), not a thousands group ("1,234").
fn has_decimal(text: &str, sep: char) -> bool {
    let c: Vec<char> = text.chars().collect();
    (1..c.len().saturating_sub(1)).any(|i| {
        c[i] == sep && c[i - 1].is_ascii_digit() && {
            let digits = c[i + 1..].iter().take_while(|d| d.is_ascii_digit()).count();
            (1..=2).contains(&digits)
        }
    })
}

/// A region that differs from the UI language: Dutch words with United States numbers, English
/// words with Danish numbers. Every number on every data screen follows the region.
#[test]
fn numbers_follow_the_region_not_the_language_on_every_screen() {
    use ssi_coach::i18n::Region;
    let dir = tempfile::tempdir().unwrap();
    for (lang, region, wrong) in [
        (Language::Nl, "en-US", ','),
        (Language::Da, "en-US", ','),
        (Language::En, "da-DK", '.'),
    ] {
        let mut h = demo(&dir.path().join(region).join(lang.code()), lang, SIZES[2]);
        h.state_mut().set_system_region(Region::of_locale(region));
        let mut seen = 0;
        for screen in [
            Screen::Dashboard,
            Screen::Engagement,
            Screen::Messages,
            Screen::Readings,
            Screen::Knobs,
            Screen::Sessions,
            Screen::Clients,
        ] {
            show(&mut h, screen);
            let numbers: Vec<String> = labelled(&h)
                .into_iter()
                .map(|(_, l, _)| l)
                .filter(|l| l.chars().any(|c| c.is_ascii_digit()))
                .collect();
            seen += numbers.len();
            for l in &numbers {
                assert!(
                    !has_decimal(l, wrong),
                    "{lang:?} with {region} on {screen:?}: '{l}' uses '{wrong}'"
                );
            }
        }
        assert!(seen > 40, "{lang:?}: only {seen} labels with numbers");
    }
}

/// The exercises tab tells the trainer where their own exercises go; on the projector that
/// line about the data folder is left out.
#[test]
fn the_projected_exercises_leave_out_the_data_folder() {
    for lang in Language::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(dir.path(), lang, SIZES[0]);
        h.run();
        show(&mut h, Screen::Workshop);
        h.get_by_label(tr(lang, "workshop.ui.tab.exercises"))
            .click();
        h.run();
        let hint = tr(lang, "workshop.ui.ex.own_hint");
        let hint = hint.split('{').next().unwrap();
        let shows_hint = |h: &Harness<'static, AppState>| {
            labelled(h).iter().any(|(_, l, _)| l.starts_with(hint))
        };
        assert!(
            shows_hint(&h),
            "{lang:?}: the trainer sees where exercises go"
        );
        h.get_by_label(tr(lang, "workshop.ui.presenter_on")).click();
        h.run();
        h.run();
        assert!(h.state().workshop.presenter(), "{lang:?}: presenter view");
        assert!(
            h.query_by_label(tr(lang, "workshop.ui.tab.exercises"))
                .is_some(),
            "{lang:?}: still on the exercises"
        );
        assert!(
            !shows_hint(&h),
            "{lang:?}: the data folder is on the projector"
        );
    }
}

/// Each action item is one row on the Sessions screen: its tick box, its status and its Delete
/// side by side, however long the item's text, in every language at the smallest size.
#[test]
fn an_action_item_keeps_its_delete_on_its_own_row() {
    for lang in Language::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut h = demo(dir.path(), lang, SIZES[0]);
        show(&mut h, Screen::Sessions);
        let items: Vec<egui::Rect> = h
            .query_all_by_role(Role::CheckBox)
            .filter(|n| {
                n.accesskit_node()
                    .label()
                    .is_some_and(|l| l.contains(" - "))
            })
            .map(|n| n.rect())
            .collect();
        assert!(items.len() >= 3, "{lang:?}: {} action items", items.len());
        let deletes: Vec<egui::Rect> = h
            .query_all_by(|n| {
                n.role() == Role::Button && n.label().as_deref() == Some(tr(lang, "common.delete"))
            })
            .map(|n| n.rect())
            .collect();
        for item in items {
            let beside = deletes.iter().filter(|d| {
                d.left() > item.right() && d.center().y > item.top() && d.center().y < item.bottom()
            });
            assert_eq!(
                beside.count(),
                1,
                "{lang:?}: the item at {item:?} has no Delete of its own beside it: {deletes:?}"
            );
        }
    }
}
