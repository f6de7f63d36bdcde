//! The app as a good citizen of the desktop: folders and files open in the system's own
//! programs (never a `file://` URL in the browser), whatever characters their paths hold.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use ssi_coach::ui::{ClientEdit, ClientsCommand, SettingsCommand};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use ssi_coach::app::{AppState, open_target};
use ssi_coach::i18n::Language;
use ssi_coach::ui::{Command, Export, ImportCommand, Screen};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// An opener that records what it was given and answers with `result`.
fn fake_opener(
    result: fn() -> std::io::Result<()>,
) -> (ssi_coach::app::Opener, Arc<Mutex<Vec<PathBuf>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let opener: ssi_coach::app::Opener = Arc::new(move |p: &Path| {
        log.lock().unwrap().push(p.to_owned());
        result()
    });
    (opener, seen)
}

/// The demo client, in `lang`, with the fake opener.
fn app(dir: &Path, lang: Language, opener: ssi_coach::app::Opener) -> Harness<'static, AppState> {
    let mut state = AppState::new(dir.to_owned(), today(), lang);
    state.set_opener(opener);
    state.apply(Command::Clients(ClientsCommand::StartDemo));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    h.run();
    h
}

#[test]
fn what_is_opened_is_the_path_itself_even_with_hash_and_question_mark() {
    let odd = Path::new("/home/dana/Coaching #2/Q3? reports/ssi-report 100%.html");
    let target = open_target(odd);
    assert_eq!(target, odd, "an absolute path is handed over unchanged");
    let text = target.to_str().unwrap();
    assert!(!text.starts_with("file:"), "{text}");
    assert!(
        text.contains("#2/Q3? reports/ssi-report 100%.html"),
        "{text}"
    );
    // a relative data folder (--data-dir 'data #1') is made absolute, characters kept
    let rel = open_target(Path::new("data #1/x?.html"));
    assert!(rel.is_absolute(), "{}", rel.display());
    assert_eq!(
        rel,
        std::env::current_dir().unwrap().join("data #1/x?.html")
    );
}

#[test]
fn open_folder_hands_the_data_folder_to_the_system_opener() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("coach #1?");
    let (opener, seen) = fake_opener(|| Ok(()));
    let mut h = app(&dir, Language::En, opener);
    h.state_mut().apply(Command::Nav(Screen::Settings));
    h.run();
    h.get_by_label("Open folder").click();
    h.run();
    assert_eq!(*seen.lock().unwrap(), vec![dir.clone()]);
    assert_eq!(h.state().notice, None);
}

#[test]
fn a_folder_that_cannot_be_opened_says_so_in_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let (opener, seen) = fake_opener(|| Err(std::io::ErrorKind::NotFound.into()));
    let mut h = app(&dir, Language::Nl, opener);
    h.state_mut().apply(Command::Nav(Screen::Settings));
    h.run();
    h.get_by_label("Map openen").click();
    h.run();
    assert_eq!(seen.lock().unwrap().len(), 1);
    let notice = h.state().notice.clone().expect("a notice");
    assert_eq!(
        notice,
        format!(
            "Kon {} niet openen: op deze computer is geen programma gevonden dat het opent",
            dir.display()
        )
    );
    assert!(
        h.query_by_label(&format!("! {notice}")).is_some(),
        "the notice is shown"
    );

    // any other failure names the system's reason, in Danish here
    drop(h);
    let dir = tmp.path().join("andre data");
    let (opener, _) = fake_opener(|| Err(std::io::Error::other("xdg-open exited with 4")));
    let mut h = app(&dir, Language::Da, opener);
    h.state_mut().apply(Command::Nav(Screen::Settings));
    h.run();
    h.get_by_label("Åbn mappe").click();
    h.run();
    assert_eq!(
        h.state().notice.as_deref(),
        Some(format!("Kunne ikke åbne {}: xdg-open exited with 4", dir.display()).as_str())
    );
}

#[test]
fn an_exported_report_is_opened_by_its_own_path_only_when_wanted() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("reports #1?");
    std::fs::create_dir_all(&out).unwrap();
    let report = out.join("ssi report?.html");
    let (opener, seen) = fake_opener(|| Ok(()));
    let mut h = app(&tmp.path().join("data"), Language::En, opener);
    h.state_mut()
        .apply(Command::Settings(SettingsCommand::SetOpenAfterExport(
            false,
        )));
    h.state_mut().export_and_open(Export::Report, &report);
    assert!(report.is_file());
    assert!(seen.lock().unwrap().is_empty(), "not wanted: not opened");
    h.state_mut()
        .apply(Command::Settings(SettingsCommand::SetOpenAfterExport(true)));
    h.state_mut().export_and_open(Export::Report, &report);
    assert_eq!(*seen.lock().unwrap(), vec![report.clone()]);
    // a CSV is never opened
    h.state_mut()
        .export_and_open(Export::MessagesCsv, &out.join("m.csv"));
    assert_eq!(seen.lock().unwrap().len(), 1);
    // a failed open after a good export keeps the export and says why it did not open
    let (failing, _) = fake_opener(|| Err(std::io::ErrorKind::NotFound.into()));
    h.state_mut().set_opener(failing);
    h.state_mut().export_and_open(Export::Report, &report);
    assert_eq!(h.state().exported.as_deref(), Some(report.as_path()));
    assert!(
        h.state()
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("no program to open it")),
        "{:?}",
        h.state().notice
    );
}

#[test]
fn a_second_window_on_a_held_data_folder_says_read_only_in_its_title() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let first = AppState::new(dir.clone(), today(), Language::En);
    assert_eq!(first.title(), "SSI Coach");
    for (lang, expected) in [
        (
            Language::En,
            "SSI Coach (read-only: open in another window)",
        ),
        (
            Language::Nl,
            "SSI Coach (alleen-lezen: geopend in een ander venster)",
        ),
        (
            Language::Da,
            "SSI Coach (skrivebeskyttet: åben i et andet vindue)",
        ),
    ] {
        let second = AppState::new(dir.clone(), today(), lang);
        assert_eq!(second.title(), expected, "{lang:?}");
    }
    // with a client open, its name stays in front
    let mut second = AppState::new(dir.clone(), today(), Language::En);
    second.apply(Command::Clients(ClientsCommand::StartDemo));
    let name = second.client().unwrap().name.clone();
    assert_eq!(
        second.title(),
        format!("SSI Coach — {name} (read-only: open in another window)")
    );
    drop(second);
    // the first window is the one that writes: its title stays plain
    assert!(!first.title().contains("read-only"), "{}", first.title());
    // once the first copy is gone, the next window writes and says nothing
    drop(first);
    let next = AppState::new(dir, today(), Language::En);
    assert_eq!(next.title(), "SSI Coach");
}

/// The demo client with an edit to undo, on a computer running `os`.
fn app_on(dir: &Path, os: egui::os::OperatingSystem) -> Harness<'static, AppState> {
    let (opener, _) = fake_opener(|| Ok(()));
    let mut h = app(dir, Language::En, opener);
    h.ctx.set_os(os);
    h.state_mut().apply(Command::Edit(ClientEdit::SetSkills(7)));
    h.run();
    h
}

/// The undo button's hint (its tooltip, which is also its description for screen readers).
fn undo_hint(h: &Harness<'static, AppState>) -> Option<String> {
    assert!(h.state().can_undo());
    h.get_by_label("Undo")
        .accesskit_node()
        .description()
        .map(|d| d.to_string())
}

fn find_hint(h: &mut Harness<'static, AppState>) -> Vec<String> {
    h.state_mut().apply(Command::Nav(Screen::Messages));
    h.run();
    ["Ctrl+F", "⌘F", "Cmd+F"]
        .into_iter()
        .filter(|s| h.query_by(|n| n.placeholder() == Some(*s)).is_some())
        .map(str::to_owned)
        .collect()
}

#[test]
fn keyboard_hints_are_written_the_way_the_computer_writes_them() {
    let tmp = tempfile::tempdir().unwrap();
    let mut mac = app_on(&tmp.path().join("mac"), egui::os::OperatingSystem::Mac);
    // egui writes ⌘ where the font has the symbol, else "Cmd" (the built-in fonts: "Cmd")
    let cmd = if mac.ctx.format_shortcut(&ssi_coach::ui::widgets::UNDO) == "⌘Z" {
        "⌘"
    } else {
        "Cmd+"
    };
    assert_eq!(undo_hint(&mac), Some(format!("{cmd}Z")));
    assert_eq!(find_hint(&mut mac), vec![format!("{cmd}F")]);
    // the key itself: ⌘Z undoes on a Mac
    let skills = mac.state().client().unwrap().profile.skills;
    assert_eq!(skills, 7);
    mac.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    mac.run();
    assert_ne!(mac.state().client().unwrap().profile.skills, 7, "undone");

    let mut linux = app_on(&tmp.path().join("linux"), egui::os::OperatingSystem::Nix);
    assert_eq!(undo_hint(&linux).as_deref(), Some("Ctrl+Z"));
    assert_eq!(find_hint(&mut linux), vec!["Ctrl+F".to_owned()]);
    let windows = app_on(&tmp.path().join("win"), egui::os::OperatingSystem::Windows);
    assert_eq!(undo_hint(&windows).as_deref(), Some("Ctrl+Z"));
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn typed_dates_are_read_in_each_regions_order() {
    use ssi_coach::ui::widgets::{DateOrder, parse_day_in};
    let today = date(2026, 12, 20);
    let dec15 = date(2026, 12, 15);
    for locale in ["en-GB", "en-DK", "nl-NL", "da-DK", "nl_NL.UTF-8", "da"] {
        let order = DateOrder::of_locale(locale);
        assert_eq!(order, DateOrder::DayMonthYear, "{locale}");
        for typed in [
            "15-12-2026",
            "15.12.2026",
            "15/12/2026",
            " 2026-12-15 ",
            "15-12-2026",
        ] {
            assert_eq!(
                parse_day_in(typed, today, false, Language::Nl, order),
                Ok(dec15),
                "{locale}: {typed}"
            );
        }
        // single digits too; the month-first reading is not taken
        assert_eq!(
            parse_day_in("3.2.2026", today, false, Language::Da, order),
            Ok(date(2026, 2, 3))
        );
        assert!(parse_day_in("12/15/2026", today, false, Language::En, order).is_err());
    }
    for locale in ["en-US", "en_US.UTF-8", "en-Latn-US"] {
        let order = DateOrder::of_locale(locale);
        assert_eq!(order, DateOrder::MonthDayYear, "{locale}");
        assert_eq!(
            parse_day_in("12/15/2026", today, false, Language::En, order),
            Ok(dec15)
        );
        assert_eq!(
            parse_day_in("2026-12-15", today, false, Language::En, order),
            Ok(dec15)
        );
        // a day-first date is not guessed at in the US: 03-02 could be either
        assert!(parse_day_in("15-12-2026", today, false, Language::En, order).is_err());
        assert!(parse_day_in("03.02.2026", today, false, Language::En, order).is_err());
    }
    // US English is month first, English elsewhere and other languages in the US are not
    assert_eq!(DateOrder::of_locale("es-US"), DateOrder::DayMonthYear);
}

#[test]
fn a_date_that_cannot_be_read_says_which_forms_work_in_the_users_language() {
    use ssi_coach::ui::widgets::{DateOrder, parse_day_in};
    let today = date(2026, 12, 20);
    let dmy = DateOrder::DayMonthYear;
    let mdy = DateOrder::MonthDayYear;
    for bad in [
        "",
        "15-12-26",
        "31-02-2026",
        "2026-13-01",
        "15-12.2026",
        "1512 2026",
        "x",
    ] {
        assert_eq!(
            parse_day_in(bad, today, false, Language::Nl, dmy),
            Err("Vul een datum in als DD-MM-JJJJ (ook DD.MM.JJJJ, DD/MM/JJJJ) of JJJJ-MM-DD"),
            "{bad:?}"
        );
    }
    assert_eq!(
        parse_day_in("2026-02-30", today, false, Language::Da, dmy),
        Err("Indtast en dato som DD-MM-ÅÅÅÅ (også DD.MM.ÅÅÅÅ, DD/MM/ÅÅÅÅ) eller ÅÅÅÅ-MM-DD")
    );
    assert_eq!(
        parse_day_in("13/13/2026", today, false, Language::En, mdy),
        Err("Enter a date as MM/DD/YYYY or YYYY-MM-DD")
    );
    // a readable day after today is refused where the past is asked for, in any order
    assert_eq!(
        parse_day_in("21-12-2026", today, false, Language::En, dmy),
        Err("The date is in the future")
    );
    assert_eq!(
        parse_day_in("12/21/2026", today, true, Language::En, mdy),
        Ok(date(2026, 12, 21))
    );
    assert_eq!(dmy.hint(Language::Nl), "DD-MM-JJJJ");
    assert_eq!(mdy.hint(Language::Da), "MM/DD/ÅÅÅÅ");
}

#[test]
fn previous_and_next_day_buttons_step_the_typed_day_and_stop_at_today() {
    let tmp = tempfile::tempdir().unwrap();
    let (opener, _) = fake_opener(|| Ok(()));
    let mut h = app(&tmp.path().join("data"), Language::En, opener);
    h.state_mut().apply(Command::Nav(Screen::Engagement));
    h.run();
    let day_value = |h: &Harness<'static, AppState>| {
        h.query_by_role_and_label(egui::accesskit::Role::TextInput, "Day")
            .and_then(|n| n.value())
    };
    assert_eq!(day_value(&h).as_deref(), Some("2026-11-20"));
    h.get_by_label("‹").click();
    h.run();
    h.get_by_label("‹").click();
    h.run();
    assert_eq!(day_value(&h).as_deref(), Some("2026-11-18"));
    h.get_by_label("›").click();
    h.run();
    assert_eq!(day_value(&h).as_deref(), Some("2026-11-19"));
    h.get_by_label("›").click();
    h.run();
    assert_eq!(day_value(&h).as_deref(), Some("2026-11-20"));
    // today is the last day that can be logged: "next" is off and changes nothing
    assert!(h.get_by_label("›").accesskit_node().is_disabled());
    h.get_by_label("›").click();
    h.run();
    assert_eq!(day_value(&h).as_deref(), Some("2026-11-20"));
    // the day stepped to is the one shown for editing
    h.get_by_label("‹").click();
    h.run();
    let shown = ssi_coach::i18n::format_date(Language::En, date(2026, 11, 19));
    assert!(h.query_by_label(&shown).is_some(), "{shown}");
}

/// The calendar next to the engagement day: opens on the day in the field, picks a day with a
/// click (written back as `YYYY-MM-DD`), cannot pick a day after today, and starts its weeks
/// on Monday except in the United States.
#[test]
fn the_calendar_picks_a_day_and_starts_the_week_by_region() {
    use ssi_coach::i18n::{Locale, Region, format_date};
    let tmp = tempfile::tempdir().unwrap();
    for (locale, monday_first) in [("en-US", false), ("en-GB", true), ("da-DK", true)] {
        let (opener, _) = fake_opener(|| Ok(()));
        let mut h = app(&tmp.path().join(locale), Language::En, opener);
        let region = Region::of_locale(locale);
        h.state_mut().set_system_region(region);
        h.state_mut().apply(Command::Nav(Screen::Engagement));
        h.run();
        assert!(
            h.query_by_label("November 2026").is_none(),
            "it starts closed"
        );
        h.get_by_label("Calendar").click();
        h.run();
        assert!(h.query_by_label("November 2026").is_some(), "{locale}");
        let x = |h: &Harness<'static, AppState>, name: &str| {
            h.get_by_label(name)
                .accesskit_node()
                .raw_bounds()
                .unwrap()
                .x0
        };
        assert_eq!(x(&h, "Mo") < x(&h, "Su"), monday_first, "{locale}");
        let name = |d: u32| format_date(Locale::new(Language::En, region), date(2026, 11, d));
        // tomorrow cannot be picked; a click on it changes nothing
        assert!(h.get_by_label(&name(21)).accesskit_node().is_disabled());
        h.get_by_label(&name(15)).click();
        h.run();
        assert_eq!(h.state().screens.engagement.day, "2026-11-15", "{locale}");
        assert!(
            h.query_by_label("November 2026").is_none(),
            "{locale}: a pick closes the calendar"
        );
        // the next opening shows the picked day's month, and another month can be browsed
        h.get_by_label("Calendar").click();
        h.run();
        h.get_by_label("Previous month").click();
        h.run();
        assert!(h.query_by_label("October 2026").is_some(), "{locale}");
        h.get_by_label(&name(15).replace("Nov", "Oct")).click();
        h.run();
        assert_eq!(h.state().screens.engagement.day, "2026-10-15", "{locale}");
    }
}

/// "System" follows the desktop's colour scheme as the settings portal reports it: a reply of
/// 1 (dark), then a `SettingChanged` to 2 (light), switch the window's theme; without any
/// reply (no portal) it is light on Linux, and a chosen theme wins over the desktop's.
#[cfg(target_os = "linux")]
#[test]
fn the_system_theme_follows_the_portal() {
    use ssi_coach::app::portal::{KEY, NAMESPACE, Value, scheme_of_setting, scheme_of_value};
    use ssi_coach::model::Theme;
    let tmp = tempfile::tempdir().unwrap();
    let mut state = AppState::new(tmp.path().to_owned(), today(), Language::En);
    let (tx, rx) = std::sync::mpsc::channel();
    state.set_desktop_schemes(rx);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(
            |ui, state: &mut AppState| {
                let theme = state.theme_preference();
                ui.ctx().set_theme(theme);
                state.show(ui);
            },
            state,
        );
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light, "no reply yet: light");
    tx.send(scheme_of_value(&Value::U32(1)).unwrap()).unwrap();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark, "the portal says dark");
    // another setting changing says nothing about the scheme
    assert_eq!(
        scheme_of_setting(NAMESPACE, "accent-color", &Value::U32(2)),
        None
    );
    tx.send(scheme_of_setting(NAMESPACE, KEY, &Value::U32(2)).unwrap())
        .unwrap();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light, "changed to light");
    tx.send(scheme_of_value(&Value::U32(1)).unwrap()).unwrap();
    h.state_mut()
        .apply(Command::Settings(SettingsCommand::SetTheme(Theme::Light)));
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light, "a chosen theme wins");
    h.state_mut()
        .apply(Command::Settings(SettingsCommand::SetTheme(Theme::System)));
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark, "back to the desktop's");
}

/// Type `text` into the text field labelled `label`.
fn type_into(h: &mut Harness<'static, AppState>, label: &str, text: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .focus();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .type_text(text);
    h.run();
}

/// Without a portal and without zenity no file dialog can open: "Choose the export ZIP…" and
/// "Export…" show a path field with the reason instead of doing nothing, a path to a missing
/// file is refused there, and a good one does what the dialog would have done.
#[test]
fn without_a_file_dialog_a_path_field_takes_its_place() {
    use ssi_coach::app::ImportJob;
    use ssi_coach::app::portal::FileChooser;
    let tmp = tempfile::tempdir().unwrap();
    let (opener, _) = fake_opener(|| Ok(()));
    let mut h = app(&tmp.path().join("data"), Language::En, opener);
    h.state_mut().set_file_chooser(FileChooser::PathField);
    h.state_mut().apply(Command::Nav(Screen::Import));
    h.run();
    h.get_by_label("Choose the export ZIP…").click();
    h.run();
    assert!(
        h.query_by_label_contains("No file dialog can open on this desktop")
            .is_some()
    );
    let field = "Type the full path of the file to open:";
    let missing = tmp.path().join("nowhere.zip");
    type_into(&mut h, field, missing.to_str().unwrap());
    h.get_by_label("Continue").click();
    h.run();
    assert!(
        h.query_by_label_contains("There is no file at").is_some(),
        "{:?}",
        h.state().path_prompt()
    );
    assert!(h.state().path_prompt().is_some(), "the field stays open");
    assert!(matches!(h.state().import, ImportJob::Idle));

    let zip = tmp.path().join("export.zip");
    std::fs::write(&zip, b"not really a zip").unwrap();
    h.state_mut()
        .apply(Command::Import(ImportCommand::ImportPick));
    h.run();
    type_into(&mut h, field, zip.to_str().unwrap());
    h.get_by_label("Continue").click();
    h.step();
    assert!(h.state().path_prompt().is_none());
    assert!(
        !matches!(h.state().import, ImportJob::Idle),
        "the file is read"
    );
    // let the reader answer (a broken ZIP: a message, nothing merged)
    for _ in 0..200 {
        if !matches!(h.state().import, ImportJob::Reading { .. }) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    assert!(matches!(h.state().import, ImportJob::Failed(_)));
    h.state_mut().import = ImportJob::Idle;
    h.run();

    h.state_mut().apply(Command::Export(Export::MessagesCsv));
    h.run();
    let out = tmp.path().join("messages.csv");
    type_into(
        &mut h,
        "Type the full path to save the file as:",
        out.to_str().unwrap(),
    );
    h.get_by_label("Continue").click();
    h.run();
    assert!(out.is_file(), "exported where typed");
    assert_eq!(h.state().exported.as_deref(), Some(out.as_path()));

    // cancelling does nothing
    h.state_mut()
        .apply(Command::Import(ImportCommand::ReadingsPick));
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().path_prompt().is_none());
}

/// The import screen offers dropping the ZIP only where a drop arrives (not native Wayland).
#[test]
fn the_drop_hint_only_where_drops_work() {
    let tmp = tempfile::tempdir().unwrap();
    let (opener, _) = fake_opener(|| Ok(()));
    let mut h = app(&tmp.path().join("data"), Language::En, opener);
    h.state_mut().apply(Command::Nav(Screen::Import));
    h.run();
    assert!(h.query_by_label("or drop the ZIP on this window").is_some());
    h.state_mut().set_drops_work(false);
    h.run();
    assert!(h.query_by_label("or drop the ZIP on this window").is_none());
}

/// A LinkedIn export with one sent invitation.
#[cfg(unix)]
fn small_export(path: &std::path::Path) {
    use std::io::Write as _;
    let invitations = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nSam Ortega,Kim Lee,\"3/9/25, 8:00 AM\",,OUTGOING,https://www.linkedin.com/in/samortega,https://www.linkedin.com/in/kimlee\n";
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("Invitations.csv", zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(invitations.as_bytes()).unwrap();
    std::fs::write(path, w.finish().unwrap().into_inner()).unwrap();
}

/// The file an import is about: being read or read and waiting in the preview.
#[cfg(unix)]
fn import_path(job: &ssi_coach::app::ImportJob) -> Option<&std::path::PathBuf> {
    use ssi_coach::app::ImportJob;
    match job {
        ImportJob::Reading { path, .. } | ImportJob::Preview { path, .. } => Some(path),
        _ => None,
    }
}

/// A second launch on the same data folder hands its file to the first and exits 0; the first
/// opens the import preview for it and asks for its window to come forward. A second data
/// folder gets its own window, and a socket left by a crashed first copy is taken over.
#[cfg(unix)]
#[test]
fn a_second_launch_forwards_its_file_to_the_first() {
    use ssi_coach::app::ImportJob;
    use ssi_coach::app::instance::{Claim, Request, SOCKET_FILE, claim};
    use std::sync::atomic::{AtomicUsize, Ordering};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(&dir).unwrap();

    // the first launch
    let Claim::First(mut listener) = claim(&dir, &Request::Focus) else {
        panic!("the first launch must become the first instance");
    };
    let woken = Arc::new(AtomicUsize::new(0));
    let w = Arc::clone(&woken);
    let requests = listener.serve(move || {
        w.fetch_add(1, Ordering::SeqCst);
    });
    let mut state = AppState::new(dir.clone(), today(), Language::En);
    state.set_instance_requests(requests);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_ui_state(|ui, state: &mut AppState| state.show(ui), state);
    h.run();
    assert!(matches!(h.state().import, ImportJob::Idle));

    // the second launch, in process: forwarded
    let zip = tmp.path().join("Basic export #2.zip");
    small_export(&zip);
    assert!(matches!(
        claim(&dir, &Request::Open(zip.clone())),
        Claim::Forwarded
    ));
    assert_eq!(woken.load(Ordering::SeqCst), 1, "the first window is woken");
    h.step();
    // being read, or already read: a small file can be read within the frame that opens it
    assert_eq!(
        import_path(&h.state().import),
        Some(&zip),
        "the forwarded file is taken up"
    );
    assert_eq!(h.state().screen, Screen::Import);
    let commands = &h.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Focus),
        "{commands:?}"
    );
    h.state_mut().wait_for_import();

    // a real second process: `ssi-coach --data-dir DIR FILE` exits 0 without a window
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ssi-coach"))
        .arg("--data-dir")
        .arg(&dir)
        .arg(&zip)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(woken.load(Ordering::SeqCst), 2);
    h.step();
    assert_eq!(import_path(&h.state().import), Some(&zip));
    h.state_mut().wait_for_import();
    assert!(matches!(h.state().import, ImportJob::Preview { .. }));

    // another data folder is not this window's
    let other = tmp.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    assert!(matches!(claim(&other, &Request::Focus), Claim::First(_)));

    // a socket nobody listens on (its app crashed) is removed and taken over
    let crashed = tmp.path().join("crashed");
    std::fs::create_dir_all(&crashed).unwrap();
    drop(std::os::unix::net::UnixListener::bind(crashed.join(SOCKET_FILE)).unwrap());
    assert!(crashed.join(SOCKET_FILE).exists());
    let Claim::First(taken) = claim(&crashed, &Request::Focus) else {
        panic!("a stale socket must not block the launch");
    };
    drop(taken);
    assert!(
        !crashed.join(SOCKET_FILE).exists(),
        "removed when the app ends"
    );
    drop(listener);
}

/// Settings > About shows the third-party notices, and they name the versions in Cargo.lock
/// (regenerate with `python3 packaging/third-party-notices.py` after a dependency change).
#[test]
fn the_third_party_notices_are_shown_and_current() {
    let notices = ssi_coach::ui::THIRD_PARTY_NOTICES;
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    for name in [
        "eframe",
        "egui",
        "epaint_default_fonts",
        "zip",
        "ron",
        "chrono",
        "zbus",
    ] {
        let at = lock
            .find(&format!("name = \"{name}\"\nversion = \""))
            .unwrap_or_else(|| panic!("{name} not in Cargo.lock"));
        let version = lock[at..].lines().nth(1).unwrap();
        let version = version
            .trim_start_matches("version = \"")
            .trim_end_matches('"');
        assert!(
            notices.contains(&format!("\n  {name} {version}: ")),
            "{name} {version} missing from the notices"
        );
    }
    assert!(notices.contains("Ubuntu Font Licence") || notices.contains("UBUNTU FONT LICENCE"));
    let tmp = tempfile::tempdir().unwrap();
    let (opener, _) = fake_opener(|| Ok(()));
    let mut h = app(&tmp.path().join("data"), Language::En, opener);
    h.state_mut().apply(Command::Nav(Screen::Settings));
    h.run();
    h.get_by_label("Third-party licences…").click();
    h.run();
    assert!(h.query_by_label("SSI Coach: third-party notices").is_some());
}
