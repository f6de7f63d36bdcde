//! The desktop app driven like a user: click by label, type, check what shows.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use ssi_coach::app::AppState;
use ssi_coach::i18n::Language;
use ssi_coach::model::{ActivityKind, Pillar, ProfileItem};
use ssi_coach::ui::Screen;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

fn harness(dir: &std::path::Path, lang: Language) -> Harness<'static, AppState> {
    let state = AppState::new(dir.to_owned(), today(), lang);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state)
}

/// Start from the welcome page with the demo client.
fn demo(dir: &std::path::Path) -> Harness<'static, AppState> {
    let mut h = harness(dir, Language::En);
    h.run();
    h.get_by_label("Explore a demo client").click();
    h.run();
    h
}

/// The files in a folder of the data folder.
fn files_in(dir: &std::path::Path, folder: &str) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir.join(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

fn type_into(h: &mut Harness<'static, AppState>, label: &str, text: &str) {
    let role = if h
        .query_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .is_some()
    {
        egui::accesskit::Role::TextInput
    } else {
        egui::accesskit::Role::MultilineTextInput
    };
    h.get_by_role_and_label(role, label).focus();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

fn pillar(h: &mut Harness<'static, AppState>, p: Pillar) -> f64 {
    h.state_mut().estimate().unwrap().pillars.get(p)
}

#[test]
fn first_run_shows_welcome_and_the_demo_client_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    assert!(h.query_by_label("Welcome to SSI Coach").is_some());
    assert!(h.query_by_label("Start with my own profile").is_some());
    h.get_by_label("Explore a demo client").click();
    h.run();
    // (up to three: a plan may have fewer steps, so the heading names no number)
    assert!(h.query_by_label("Your knobs for this week").is_some());
    assert!(
        h.query_by_label("Estimate").is_some(),
        "the word estimate is visible"
    );
    let status = h.state().flush();
    assert!(status.is_saved(), "{status:?}");
    let files = files_in(dir.path(), "clients");
    assert_eq!(files.len(), 1, "the demo client is saved in its own file");
    // a restart opens it again, without the welcome
    let mut again = harness(dir.path(), Language::En);
    again.run();
    assert!(again.query_by_label("Welcome to SSI Coach").is_none());
    assert!(again.state().client().unwrap().demo);
}

#[test]
fn own_profile_starts_empty_with_the_typed_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    type_into(&mut h, "Your name", "Dana Whitfield");
    h.run();
    h.get_by_label("Start with my own profile").click();
    h.run();
    let c = h.state().client().unwrap();
    assert_eq!(c.name, "Dana Whitfield");
    assert!(c.messages.is_empty() && c.activity.0.is_empty() && !c.demo);
    assert_eq!(h.state().title(), "SSI Coach — Dana Whitfield");
}

#[test]
fn ticking_background_banner_raises_brand_on_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    let before = pillar(&mut h, Pillar::Brand);
    h.get_by_label("Profile checklist").click();
    h.run();
    h.get_by_label("Background banner").click();
    h.run();
    assert!(
        h.state()
            .client()
            .unwrap()
            .profile
            .is_done(ProfileItem::Banner)
    );
    let after = pillar(&mut h, Pillar::Brand);
    assert!((after - before - 1.5).abs() < 1e-9, "{before} -> {after}");
    h.get_by_label("Dashboard").click();
    h.run();
    let shown = format!("{after:.1} / 25");
    assert!(
        h.query_all_by_label_contains(&shown).next().is_some(),
        "dashboard shows {shown}"
    );
    // and Ctrl+Z takes it back
    h.get_by_label("Undo").click();
    h.run();
    assert!(
        !h.state()
            .client()
            .unwrap()
            .profile
            .is_done(ProfileItem::Banner)
    );
}

#[test]
fn an_inmail_to_a_decision_maker_raises_relationships() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    let before = pillar(&mut h, Pillar::Relationships);
    let count = h.state().client().unwrap().messages.len();
    h.get_by_label("Messaging log").click();
    h.run();
    type_into(&mut h, "Person", "Maria Jansen");
    type_into(&mut h, "Job title", "CEO");
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Channel")
        .click();
    h.run();
    h.get_by_label("InMail").click();
    h.run();
    h.get_by_label("Decision maker (C-level, owner, director…)")
        .click();
    h.run();
    h.get_by_label("Add message").click();
    h.run();
    let c = h.state().client().unwrap();
    assert_eq!(c.messages.len(), count + 1);
    let m = c
        .messages
        .iter()
        .find(|m| m.person == "Maria Jansen")
        .unwrap();
    assert!(m.decision_maker && m.channel == ssi_coach::model::Channel::InMail);
    let after = pillar(&mut h, Pillar::Relationships);
    assert!(after > before, "{before} -> {after}");
}

#[test]
fn deleting_a_message_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.get_by_label("Messaging log").click();
    h.run();
    let count = h.state().client().unwrap().messages.len();
    // in a window too narrow for the delete column, it is in the opened message's form
    if h.query_by_label("Delete Sam Ortega").is_none() {
        h.get_by_label("Sam Ortega").click();
        h.run();
    }
    h.get_by_label("Delete Sam Ortega").click();
    h.run();
    assert_eq!(h.state().client().unwrap().messages.len(), count - 1);
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(h.state().client().unwrap().messages.len(), count);
    assert!(h.query_by_label("Sam Ortega").is_some());
}

#[test]
fn search_filters_the_messaging_log() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.get_by_label("Messaging log").click();
    h.run();
    type_into(&mut h, "Search", "nordlys");
    h.run();
    assert!(h.query_by_label("Mads Jensen").is_some());
    assert!(h.query_by_label("Sam Ortega").is_none());
}

/// A client already at 70 or above is told the target is reached, not shown the target as if
/// it were still ahead; one below it sees how far there is to go.
#[test]
fn the_dashboard_says_when_the_target_of_70_is_reached() {
    for lang in Language::ALL {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(dir.path(), lang);
        h.state_mut()
            .clients
            .push(std::sync::Arc::new(ssi_coach::model::heavy_client(
                today(),
                200,
            )));
        h.run();
        let total = h.state_mut().estimate().unwrap().total();
        assert!(
            total >= 70.0,
            "the heavy client is above the target: {total}"
        );
        let reached = ssi_coach::i18n::tr(lang, "common.target_reached");
        assert!(h.query_by_label(reached).is_some(), "{lang:?}: {reached}");
        let target = ssi_coach::i18n::tr(lang, "common.target_70");
        assert!(
            h.query_by_label(target).is_none(),
            "{lang:?}: no '{target}'"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    let total = h.state_mut().estimate().unwrap().total();
    assert!(total < 70.0, "the demo client is below the target: {total}");
    assert!(
        h.query_by_label_contains("points to the 70 target")
            .is_some()
    );
    assert!(h.query_by_label("70 or higher: target reached").is_none());
}

#[test]
fn plus_one_logs_todays_activity() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.get_by_label("Engagement").click();
    h.run();
    let before = h
        .state()
        .client()
        .unwrap()
        .activity
        .get(today(), ActivityKind::Comment);
    h.get_by_label("+1 Comments").click();
    h.run();
    assert_eq!(
        h.state()
            .client()
            .unwrap()
            .activity
            .get(today(), ActivityKind::Comment),
        before + 1
    );
}

#[test]
fn a_future_date_and_pillars_over_25_get_clear_messages() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.get_by_label("Readings and history").click();
    h.run();
    let readings = h.state().client().unwrap().readings.len();
    type_into(&mut h, "Total", "60");
    type_into(&mut h, "Brand", "30");
    h.run();
    assert!(
        h.query_by_label_contains("must be between 0 and 25")
            .is_some()
    );
    // the pillars don't add up to the total
    h.state_mut().screens.readings.form.fields[2] = "15".into();
    h.state_mut().screens.readings.form.fields[3] = "15".into();
    h.state_mut().screens.readings.form.fields[4] = "15".into();
    h.state_mut().screens.readings.form.fields[5] = "5".into();
    h.run();
    assert!(h.query_by_label_contains("add up to").is_some());
    h.state_mut().screens.readings.form.fields[5] = "15".into();
    h.state_mut().screens.readings.form.fields[0] = "2030-01-01".into();
    h.run();
    assert!(h.query_by_label_contains("in the future").is_some());
    assert_eq!(
        h.state().client().unwrap().readings.len(),
        readings,
        "nothing saved"
    );
    // typed values are kept while the message shows
    assert_eq!(h.state().screens.readings.form.fields[1], "60");
    h.state_mut().screens.readings.form.fields[0] = "2026-11-19".into();
    h.run();
    h.get_by_label("Add reading").click();
    h.run();
    assert_eq!(h.state().client().unwrap().readings.len(), readings + 1);
}

#[test]
fn switching_to_dutch_and_danish_changes_the_labels() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.get_by_label("NL").click();
    h.run();
    assert!(h.query_by_label("Profielchecklist").is_some());
    assert!(h.query_by_label("Schatting").is_some());
    h.get_by_label("DA").click();
    h.run();
    assert!(h.query_by_label("Profiltjekliste").is_some());
    assert_eq!(h.state().lang, Language::Da);
}

#[test]
fn every_screen_draws_in_every_language_at_the_smallest_size() {
    for lang in Language::ALL {
        // the language is a saved setting: each language gets a fresh folder
        let dir = tempfile::tempdir().unwrap();
        let mut h = Harness::builder()
            .with_size(egui::vec2(1024.0, 640.0))
            .build_ui_state(
                |ui, state: &mut AppState| state.show(ui),
                AppState::new(dir.path().to_owned(), today(), lang),
            );
        h.run();
        h.state_mut().apply(ssi_coach::ui::Command::Clients(
            ssi_coach::ui::ClientsCommand::StartDemo,
        ));
        for s in Screen::ALL {
            h.state_mut().apply(ssi_coach::ui::Command::Nav(s));
            h.run();
            let name = ssi_coach::i18n::tr(lang, s.label_key());
            assert!(
                !h.query_all_by_label(name).collect::<Vec<_>>().is_empty(),
                "{lang:?} {s:?}"
            );
        }
    }
}

#[test]
fn dynamic_text_keys_exist() {
    for s in Screen::ALL {
        assert!(ssi_coach::i18n::has_key(s.label_key()));
    }
    for k in ActivityKind::ALL {
        assert!(
            ssi_coach::i18n::has_key(&format!("activity.{}", k.key())),
            "{k:?}"
        );
    }
    for i in ProfileItem::ALL {
        assert!(
            ssi_coach::i18n::has_key(&format!("profile.well.{}", i.key())),
            "{i:?}"
        );
    }
}

/// The real eframe app (as `main` starts it) opens on the welcome page in an empty folder and
/// puts the client in the window title once one is chosen.
#[test]
fn whole_app_starts_through_eframe() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 640.0))
        .build_eframe(move |cc| ssi_coach::app::SsiApp::new(cc, path));
    h.run();
    // the clients are read on a background thread; the window is up before they are in
    for _ in 0..500 {
        if !h.state().is_loading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h.run();
    assert!(!h.state().is_loading());
    let welcome = [
        "Welcome to SSI Coach",
        "Welkom bij SSI Coach",
        "Velkommen til SSI Coach",
    ];
    assert!(welcome.iter().any(|w| h.query_by_label(w).is_some()));
    let demo = [
        "Explore a demo client",
        "Bekijk een demoklant",
        "Udforsk en demoklient",
    ];
    let label = demo.iter().find(|d| h.query_by_label(d).is_some()).unwrap();
    h.get_by_label(label).click();
    h.run();
    assert_eq!(h.state().title(), "SSI Coach — Demo: Alex Morgan");
    assert!(h.state().flush().is_saved());
    assert_eq!(files_in(dir.path(), "clients").len(), 1);
}

/// The language is a setting in the data folder, and the chosen client comes back too.
#[test]
fn language_and_current_client_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = demo(dir.path());
        h.state_mut().apply(ssi_coach::ui::Command::Clients(
            ssi_coach::ui::ClientsCommand::AddClient("Dana Whitfield".into()),
        ));
        h.run();
        h.get_by_label("NL").click();
        h.run();
        assert!(h.state().flush().is_saved());
    }
    let mut h = harness(dir.path(), Language::En);
    h.run();
    assert_eq!(h.state().lang, Language::Nl);
    assert_eq!(h.state().client().unwrap().name, "Dana Whitfield");
    assert!(h.query_by_label("Overzicht").is_some());
}

/// A second copy of the app on the same folder says so and writes nothing.
#[test]
fn a_second_copy_opens_read_only_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = demo(dir.path());
    assert!(first.state().flush().is_saved());
    let file = files_in(dir.path(), "clients").remove(0);
    let before = std::fs::read(&file).unwrap();
    let mut second = harness(dir.path(), Language::En);
    second.run();
    assert!(second.query_by_label_contains("Read-only").is_some());
    second.state_mut().apply(ssi_coach::ui::Command::Edit(
        ssi_coach::ui::ClientEdit::SetProfileItem(ProfileItem::Banner, true),
    ));
    second.run();
    assert!(!second.state().flush().is_saved());
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the file is untouched"
    );
    first.run();
    assert!(first.query_by_label_contains("Read-only").is_none());
}

/// A damaged client file is moved aside, a banner says so, and the backup is one click away.
#[test]
fn a_damaged_file_is_quarantined_and_its_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = demo(dir.path());
        h.state_mut().apply(ssi_coach::ui::Command::Edit(
            ssi_coach::ui::ClientEdit::SetProfileItem(ProfileItem::Banner, true),
        ));
        assert!(h.state().flush().is_saved());
    }
    let file = files_in(dir.path(), "clients").remove(0);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, &text[..text.len() / 3]).unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    assert!(h.state().clients.is_empty(), "no silent half-loaded client");
    assert!(h.query_by_label_contains("moved aside").is_some());
    assert_eq!(files_in(dir.path(), "quarantine").len(), 1);
    h.get_by_label_contains("Restore the backup of").click();
    h.run();
    let c = h.state().client().unwrap();
    assert!(c.profile.is_done(ProfileItem::Banner));
    assert!(h.query_by_label_contains("moved aside").is_none());
}

/// A client file edited by hand (its checksum no longer matches) is reported as changed
/// outside SSI Coach, not as damage, and the edit can be kept with one click.
#[test]
fn a_file_edited_by_hand_can_be_kept_from_the_banner() {
    let dir = tempfile::tempdir().unwrap();
    {
        let h = demo(dir.path());
        assert!(h.state().flush().is_saved());
    }
    let file = files_in(dir.path(), "clients").remove(0);
    let text = std::fs::read_to_string(&file).unwrap();
    let at = text.find("connections: ").expect("connections in the file");
    let end = at + text[at..].find(',').unwrap();
    let edited = format!("{}connections: 4321{}", &text[..at], &text[end..]);
    std::fs::write(&file, edited).unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    assert!(h.state().clients.is_empty());
    // one sentence after the other, with the period between them
    h.get_by_label_contains("changed outside SSI Coach after it was saved (edited by hand, or damaged on disk). The file was moved aside");
    h.get_by_label("Keep the changed file").click();
    h.run();
    assert_eq!(h.state().client().unwrap().network.connections, 4321);
    assert!(h.query_by_label_contains("changed outside").is_none());
    assert!(h.state().flush().is_saved());
    // the next start finds the file in order
    drop(h);
    let mut h = harness(dir.path(), Language::En);
    h.run();
    assert_eq!(h.state().client().unwrap().network.connections, 4321);
    assert!(h.query_by_label_contains("changed outside").is_none());
}

fn show(h: &mut Harness<'static, AppState>, screen: Screen) {
    h.state_mut().apply(ssi_coach::ui::Command::Nav(screen));
    h.run();
}

/// A coach adds a client by name; it becomes current and gets its own file.
#[test]
fn adding_a_client_makes_it_current_and_saves_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    show(&mut h, Screen::Clients);
    type_into(&mut h, "Name", "Dana Whitfield");
    h.get_by_label("Add client").click();
    h.run();
    assert_eq!(h.state().client().unwrap().name, "Dana Whitfield");
    assert_eq!(h.state().title(), "SSI Coach — Dana Whitfield");
    assert!(h.query_by_label("Current client: Dana Whitfield").is_some());
    // search narrows the list to matching names
    type_into(&mut h, "Search clients", "dana");
    assert!(h.query_by_label("Demo: Alex Morgan").is_none());
    assert!(h.state().flush().is_saved());
    assert_eq!(files_in(dir.path(), "clients").len(), 2);
}

/// Deleting asks first, moves the file to the trash, and Undo brings the client back.
#[test]
fn deleting_a_client_asks_first_and_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    assert!(h.state().flush().is_saved());
    show(&mut h, Screen::Clients);
    h.get_by_label("Delete Demo: Alex Morgan…").click();
    h.run();
    assert_eq!(
        h.state().clients.len(),
        1,
        "nothing happens before confirming"
    );
    h.get_by_label("Delete").click();
    h.run();
    assert!(h.state().clients.is_empty());
    assert_eq!(files_in(dir.path(), "trash").len(), 1);
    assert!(h.query_by_label("Welcome to SSI Coach").is_some());
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(h.state().client().unwrap().name, "Demo: Alex Morgan");
    assert!(h.state().flush().is_saved());
    assert_eq!(files_in(dir.path(), "clients").len(), 1);
}

/// Record a session with an action item, tick it on the dashboard, change something, record
/// the next session: the comparison shows the change, the item done and the knob that moved.
#[test]
fn two_sessions_with_an_action_item_compare() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    // the demo comes with two sessions of its own (issue 17): start this client without any
    let c = h.state().client().unwrap().clone();
    for s in &c.sessions {
        h.state_mut().apply(ssi_coach::ui::Command::Edit(
            ssi_coach::ui::ClientEdit::DeleteSession(s.id),
        ));
    }
    for i in &c.action_items {
        h.state_mut().apply(ssi_coach::ui::Command::Edit(
            ssi_coach::ui::ClientEdit::DeleteActionItem(i.id),
        ));
    }
    h.state_mut().apply(ssi_coach::ui::Command::Edit(
        ssi_coach::ui::ClientEdit::SetProfileItem(ProfileItem::Banner, false),
    ));
    show(&mut h, Screen::Sessions);
    type_into(&mut h, "Notes", "Agreed: banner this week");
    // a new action item starts on the plan's top step (issue 14)
    let top = {
        let c = h.state().client().unwrap().clone();
        let now = ssi_coach::engine::calibrated_inputs(&c, today());
        ssi_coach::engine::plan(&now, ssi_coach::engine::DEFAULT_BUDGET_MINUTES).items[0]
            .step
            .clone()
    };
    h.get_by_label("Add an action item").click();
    h.run();
    h.get_by_label("Save session").click();
    h.run();
    let c = h.state().client().unwrap();
    assert_eq!(c.sessions.len(), 1);
    assert_eq!(c.sessions[0].notes, "Agreed: banner this week");
    assert_eq!(c.action_items.len(), 1);
    assert_eq!(c.action_items[0].session_id, Some(c.sessions[0].id));
    assert_eq!(c.action_items[0].lever, top.lever);
    let expected_target =
        (top.kind == ssi_coach::engine::StepKind::Weekly).then_some(top.to.round());
    assert_eq!(c.action_items[0].target, expected_target);
    let description = c.action_items[0].description.clone();
    assert!(!description.is_empty());

    // the open item shows on the dashboard; tick it there
    show(&mut h, Screen::Dashboard);
    assert!(h.query_by_label("Action items").is_some());
    let mut label =
        ssi_coach::i18n::tr(Language::En, ssi_coach::engine::label_key(top.lever)).to_owned();
    if let Some(t) = expected_target {
        label.push_str(&format!(": {t}"));
    }
    h.get_by_label(&format!("{label} - {description}")).click();
    h.run();
    assert_eq!(
        h.state().client().unwrap().action_items[0].done,
        Some(today())
    );

    h.state_mut().apply(ssi_coach::ui::Command::Edit(
        ssi_coach::ui::ClientEdit::SetProfileItem(ProfileItem::Banner, true),
    ));
    show(&mut h, Screen::Sessions);
    h.get_by_label("Save session").click();
    h.run();
    let c = h.state().client().unwrap();
    assert_eq!(c.sessions.len(), 2);
    let rise = c.sessions[1].snapshot.estimate.brand - c.sessions[0].snapshot.estimate.brand;
    assert!(rise > 0.0, "the banner raised brand between the sessions");
    assert!(
        h.query_by_label("What changed since the previous session")
            .is_some()
    );
    assert!(h.query_by_label("Action items done: 1 of 1").is_some());
    // what moved: the banner, from No to Yes, in the table the report also has
    assert!(h.query_by_label("What moved in the activity").is_some());
    let row = h.get_by_label("Background banner").rect();
    let then = h
        .get_all_by_label("No")
        .any(|n| (n.rect().center().y - row.center().y).abs() < 2.0);
    let now = h
        .get_all_by_label("Yes")
        .any(|n| (n.rect().center().y - row.center().y).abs() < 2.0);
    assert!(then && now, "the banner's row says No then Yes");
}

/// A marked range appears in the list (and on the chart) and can be deleted.
#[test]
fn an_annotation_is_added_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    show(&mut h, Screen::Readings);
    type_into(&mut h, "From", "2026-08-01");
    type_into(&mut h, "To (optional)", "2026-07-01");
    assert!(
        h.query_by_label_contains("The last day is before the first day")
            .is_some()
    );
    assert!(h.state().client().unwrap().annotations.is_empty());
    // the typed text is kept; correct the last day
    assert_eq!(
        h.state().screens.readings.annotation.fields[0],
        "2026-08-01"
    );
    h.state_mut().screens.readings.annotation.fields[1] = "2026-08-14".into();
    type_into(&mut h, "What happened", "Summer holiday");
    h.get_by_label("Add mark").click();
    h.run();
    let a = &h.state().client().unwrap().annotations;
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].label, "Summer holiday");
    assert!(h.query_by_label("Summer holiday").is_some());
}

/// Once everything is saved and drawn, no screen asks for another frame: the app sleeps
/// until the user does something.
#[test]
fn an_idle_app_does_not_repaint() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    assert!(h.state().flush().is_saved());
    for s in Screen::ALL {
        show(&mut h, s);
        h.run();
        h.step();
        assert!(!h.ctx.has_requested_repaint(), "{s:?} repaints while idle");
    }
}

/// With the OS scale factor at 1.5 and 2, every screen still draws and the labels are there.
#[test]
fn every_screen_draws_at_os_scale_factors() {
    for ppp in [1.5, 2.0] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = Harness::builder()
            .with_size(egui::vec2(1024.0, 640.0))
            .with_pixels_per_point(ppp)
            .build_ui_state(
                |ui, state: &mut AppState| state.show(ui),
                AppState::new(dir.path().to_owned(), today(), Language::Da),
            );
        h.run();
        h.get_by_label("Udforsk en demoklient").click();
        h.run();
        for s in Screen::ALL {
            show(&mut h, s);
            let name = ssi_coach::i18n::tr(Language::Da, s.label_key());
            assert!(h.query_all_by_label(name).next().is_some(), "{ppp} {s:?}");
        }
    }
}

/// The export buttons' work: the report in the client's language, CSVs with a byte-order mark,
/// and a clear message when the folder is not there.
#[test]
fn exports_write_the_report_and_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    h.state_mut().apply(ssi_coach::ui::Command::Edit(
        ssi_coach::ui::ClientEdit::SetClientLanguage(Language::Nl),
    ));
    h.run();
    let st = h.state();
    let report = out.path().join("r.html");
    st.export_to(ssi_coach::ui::Export::Report, &report)
        .unwrap();
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("Demo: Alex Morgan"));
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("lang=\"nl\""), "the client's language");
    let csv = out.path().join("m.csv");
    st.export_to(ssi_coach::ui::Export::MessagesCsv, &csv)
        .unwrap();
    let bytes = std::fs::read(&csv).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    assert!(bytes.len() > 100);
    let missing = out.path().join("no-such-folder").join("a.csv");
    let e = st
        .export_to(ssi_coach::ui::Export::ActivityCsv, &missing)
        .unwrap_err();
    assert!(!e.0.is_empty());
    assert!(!missing.exists());
}

/// Workshop mode shows no client's name anywhere, not even in the window title, and can be
/// opened from the welcome page without any client.
#[test]
fn workshop_mode_shows_no_client_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    show(&mut h, Screen::Sessions);
    assert!(h.query_by_label_contains("Alex Morgan").is_some());
    show(&mut h, Screen::Workshop);
    assert!(h.query_by_label_contains("Alex Morgan").is_none());
    assert!(!h.state().title().contains("Alex Morgan"));
    assert_eq!(h.state().title(), "SSI Coach — Workshop");

    let empty = tempfile::tempdir().unwrap();
    let mut h = harness(empty.path(), Language::En);
    h.run();
    h.get_by_label("Open workshop mode").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Workshop);
    h.get_by_label("Leave the workshop").click();
    h.run();
    assert!(h.query_by_label("Welcome to SSI Coach").is_some());
}

/// Import a LinkedIn export: the preview shows counts and "unknown" for what a Basic export
/// lacks; accepting merges into the client, and Undo takes it back.
#[test]
fn importing_a_linkedin_export_previews_and_merges() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let zip_path = dir.path().join("Basic_LinkedInDataExport_11-18-2026.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    w.start_file("Connections.csv", opts).unwrap();
    let mut csv =
        String::from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for i in 0..612 {
        let title = if i % 4 == 0 { "CEO" } else { "Engineer" };
        csv.push_str(&format!("P{i},L,https://x/{i},,Co,{title},01 Oct 2026\n"));
    }
    w.write_all(csv.as_bytes()).unwrap();
    w.finish().unwrap();

    let mut h = demo(dir.path());
    h.state_mut().apply(ssi_coach::ui::Command::Import(
        ssi_coach::ui::ImportCommand::ImportFile(zip_path.clone()),
    ));
    h.state_mut().wait_for_import();
    h.run();
    assert!(
        h.query_by_label_contains("the export of Nov 18, 2026")
            .is_some()
    );
    assert!(h.query_by_label("612").is_some());
    assert!(h.query_by_label("153").is_some(), "decision makers");
    assert!(
        !h.query_all_by_label("unknown")
            .collect::<Vec<_>>()
            .is_empty()
    );
    h.get_by_label("Add to Demo: Alex Morgan").click();
    h.run();
    assert_eq!(h.state().client().unwrap().network.connections, 612);
    assert!(
        h.query_by_label_contains("Added to Demo: Alex Morgan")
            .is_some()
    );
    h.get_by_label("Undo").click();
    h.run();
    assert_ne!(h.state().client().unwrap().network.connections, 612);

    // a file that is not a ZIP gets a clear message
    let bad = dir.path().join("photo.zip");
    std::fs::write(&bad, b"not a zip").unwrap();
    h.state_mut().apply(ssi_coach::ui::Command::Import(
        ssi_coach::ui::ImportCommand::ImportFile(bad),
    ));
    h.state_mut().wait_for_import();
    h.run();
    assert!(h.query_by_label_contains("is not a ZIP file").is_some());
}

/// "Make this my week's goals": one click sets the weekly goals of the plan's habits.
#[test]
fn the_plan_becomes_this_weeks_goals_in_one_click() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Language::En);
    h.run();
    type_into(&mut h, "Your name", "Sam");
    h.get_by_label("Start with my own profile").click();
    h.run();
    // the first step shows in the plan (and in the first-steps card of a new profile)
    assert!(
        h.query_all_by_label_contains("Add a profile photo (10 min, once)")
            .next()
            .is_some()
    );
    // the plan's minutes are said once, in the field beside "Your plan:"
    assert!(h.query_by_label("Your plan:").is_some());
    assert!(h.query_by_label("Minutes a week").is_some());
    let c = h.state().client().unwrap().clone();
    let plan = ssi_coach::engine::plan(&ssi_coach::engine::calibrated_inputs(&c, today()), 60);
    let goals = ssi_coach::engine::plan_goals(&plan);
    assert!(!goals.is_empty());
    assert!(goals.iter().all(|(k, _)| c.goals.get(*k) == 0));
    h.get_by_label("Make this my week's goals").click();
    h.run();
    let c = h.state().client().unwrap();
    for (kind, n) in goals {
        assert_eq!(c.goals.get(kind), n, "{kind:?}");
        assert!(n > 0);
    }
    // one undo takes the goals back
    h.state_mut().apply(ssi_coach::ui::Command::Undo);
    h.run();
    let c = h.state().client().unwrap();
    assert!(ActivityKind::ALL.iter().all(|k| c.goals.get(*k) == 0));
}

/// A coach with 300 clients: the clients list lays out only the rows in sight (issue 19), yet
/// scrolls through all of them in order, with the rest of the screen below the last one and
/// no repaints while idle.
#[test]
fn a_long_clients_list_draws_the_rows_in_sight_and_scrolls_to_the_last() {
    use ssi_coach::model::{Client, ClientId};
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo(dir.path());
    for n in 1..=300 {
        let name = format!("Client {n:03}");
        let client = Client::new(ClientId::new(&name, n), name, today());
        h.state_mut().clients.push(std::sync::Arc::new(client));
    }
    show(&mut h, Screen::Clients);
    h.run();
    let named = |h: &Harness<'static, AppState>| h.query_all_by_label_contains("Client ").count();
    assert!(h.query_by_label("Client 001").is_some());
    assert!(
        h.query_by_label("Client 300").is_none(),
        "a row far below is laid out"
    );
    let drawn = named(&h);
    assert!((10..80).contains(&drawn), "{drawn} rows laid out");
    h.step();
    assert!(
        !h.ctx.has_requested_repaint(),
        "the list repaints while idle"
    );

    // the button under the list: scrolled to, the last rows are right above it, in order
    h.get_by_label("Archive").scroll_to_me();
    h.run();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 900.0));
    let last = h.get_by_label("Client 300").rect();
    let before = h.get_by_label("Client 299").rect();
    let archive = h.get_by_label("Archive").rect();
    assert!(window.contains_rect(last), "{last:?}");
    assert!(before.bottom() <= last.top() + 0.5 && last.top() - before.top() < 40.0);
    assert!(last.bottom() <= archive.top(), "{last:?} over {archive:?}");
    assert!(h.query_by_label("Client 001").is_none());
    // one row from the middle, clicked, becomes the current client
    let total = h.state().clients.len();
    h.get_by_label("Client 290").click();
    h.run();
    assert_eq!(h.state().client().unwrap().name, "Client 290");
    assert_eq!(h.state().clients.len(), total);
}
