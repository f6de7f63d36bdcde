//! The desktop's colour scheme on Linux, from the XDG settings portal.
//!
//! winit reports no theme on X11 or Wayland, so "System" would always be egui's default
//! (dark). The portal (`org.freedesktop.portal.Settings`, namespace
//! `org.freedesktop.appearance`, key `color-scheme`) says 1 = prefer dark, 2 = prefer light,
//! 0 = no preference (light). It is read once and then followed through its
//! `SettingChanged` signal, over D-Bus with zbus's blocking API on a background thread (the
//! same zbus the accessibility bridge already builds). Without a session bus or a portal the
//! thread ends quietly and "System" is light; nothing is shown to the user.
//!
//! Parsing a reply is a pure function ([`scheme_of_value`], [`scheme_of_setting`]), tested
//! with fake replies; [`AppState::set_desktop_schemes`] takes what the thread found.
//!
//! The file dialogs need the portal too: rfd asks its FileChooser, then falls back to
//! `zenity`; with neither, its dialogs return at once as if cancelled. So before a dialog the
//! app decides ([`file_chooser`]) and, where no dialog can open, shows a path field with a
//! message instead ([`AppState::path_field_instead`]).

use std::sync::mpsc::Receiver;

use std::path::PathBuf;

use super::AppState;
use crate::i18n::{tr, tr_args};
use crate::model::Theme;
use crate::ui::{Command, Export, ImportCommand};

/// A D-Bus value, as the portal replies with (for fake replies in tests).
#[cfg(target_os = "linux")]
pub use zbus::zvariant::Value;

/// The portal's namespace for appearance settings.
pub const NAMESPACE: &str = "org.freedesktop.appearance";
/// The portal's key for the colour scheme.
pub const KEY: &str = "color-scheme";

/// The colour scheme the desktop prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Light (the portal's 2, and 0: no preference).
    Light,
    /// Dark (the portal's 1).
    Dark,
}

impl Scheme {
    /// The portal's number: 1 dark, 2 light, 0 no preference (light). Other numbers: None.
    pub fn of_code(code: u32) -> Option<Self> {
        match code {
            1 => Some(Self::Dark),
            0 | 2 => Some(Self::Light),
            _ => None,
        }
    }
}

/// The scheme in a portal reply: a `u32`, possibly wrapped in variants (`Read` wraps the
/// value once more than `ReadOne`). Anything else: None.
#[cfg(target_os = "linux")]
pub fn scheme_of_value(value: &zbus::zvariant::Value<'_>) -> Option<Scheme> {
    use zbus::zvariant::Value;
    match value {
        Value::U32(code) => Scheme::of_code(*code),
        Value::Value(inner) => scheme_of_value(inner),
        _ => None,
    }
}

/// The scheme in a `SettingChanged` signal, if it is the colour scheme that changed.
#[cfg(target_os = "linux")]
pub fn scheme_of_setting(
    namespace: &str,
    key: &str,
    value: &zbus::zvariant::Value<'_>,
) -> Option<Scheme> {
    (namespace == NAMESPACE && key == KEY)
        .then(|| scheme_of_value(value))
        .flatten()
}

/// Start following the desktop's colour scheme: the schemes found arrive on the receiver, and
/// `wake` is called after each (to repaint the window). Only Linux has the portal; elsewhere
/// the receiver stays empty.
pub fn watch(wake: impl Fn() + Send + 'static) -> Receiver<Scheme> {
    let (tx, rx) = std::sync::mpsc::channel();
    #[cfg(target_os = "linux")]
    {
        let spawned = std::thread::Builder::new()
            .name("ssi-coach-portal".to_owned())
            .spawn(move || {
                // no session bus or no portal: the desktop's scheme stays unknown (light)
                let _ = follow(&tx, &wake);
            });
        drop(spawned);
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (tx, wake);
    }
    rx
}

/// Read the scheme, then follow its changes until the app ends.
#[cfg(target_os = "linux")]
fn follow(tx: &std::sync::mpsc::Sender<Scheme>, wake: &dyn Fn()) -> zbus::Result<()> {
    use zbus::zvariant::OwnedValue;
    let conn = zbus::blocking::Connection::session()?;
    let proxy = zbus::blocking::Proxy::new(
        &conn,
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.Settings",
    )?;
    // listen first, so a change between the read and the subscription is not lost
    let changes = proxy.receive_signal("SettingChanged")?;
    let reply: zbus::Result<OwnedValue> = proxy
        .call("ReadOne", &(NAMESPACE, KEY))
        .or_else(|_| proxy.call("Read", &(NAMESPACE, KEY)));
    let send = |scheme: Scheme| {
        let sent = tx.send(scheme).is_ok();
        wake();
        sent
    };
    if let Some(scheme) = reply.ok().as_deref().and_then(scheme_of_value)
        && !send(scheme)
    {
        return Ok(());
    }
    for message in changes {
        let Ok((namespace, key, value)) =
            message.body().deserialize::<(String, String, OwnedValue)>()
        else {
            continue;
        };
        if let Some(scheme) = scheme_of_setting(&namespace, &key, &value)
            && !send(scheme)
        {
            break;
        }
    }
    Ok(())
}

impl AppState {
    /// Follow the desktop's colour scheme from `schemes` (see [`watch`]; tests send fakes).
    pub fn set_desktop_schemes(&mut self, schemes: Receiver<Scheme>) {
        self.desktop_schemes = Some(schemes);
    }

    /// The desktop's colour scheme as last reported, None until one is.
    pub fn desktop_scheme(&mut self) -> Option<Scheme> {
        if let Some(rx) = &self.desktop_schemes {
            while let Ok(scheme) = rx.try_recv() {
                self.desktop_scheme = Some(scheme);
            }
        }
        self.desktop_scheme
    }

    /// The theme to show: the chosen one, or for "System" the desktop's scheme; without one,
    /// the window system's (Windows, macOS) or light on Linux, where winit reports none.
    pub fn theme_preference(&mut self) -> egui::ThemePreference {
        match (self.theme, self.desktop_scheme()) {
            (Theme::Light, _) | (Theme::System, Some(Scheme::Light)) => {
                egui::ThemePreference::Light
            }
            (Theme::Dark, _) | (Theme::System, Some(Scheme::Dark)) => egui::ThemePreference::Dark,
            (Theme::System, None) if cfg!(target_os = "linux") => egui::ThemePreference::Light,
            (Theme::System, None) => egui::ThemePreference::System,
        }
    }
}

/// How the user chooses a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileChooser {
    /// The system's dialog (rfd: the portal, zenity, Windows, macOS).
    Dialog,
    /// A path field: no dialog can open on this desktop.
    PathField,
}

/// Where a dialog can open: everywhere but Linux; on Linux with the portal on the session bus,
/// or with `zenity` on the `PATH` (rfd's fallback).
pub fn file_chooser(linux: bool, portal_on_bus: bool, zenity_on_path: bool) -> FileChooser {
    if !linux || portal_on_bus || zenity_on_path {
        FileChooser::Dialog
    } else {
        FileChooser::PathField
    }
}

/// This computer's [`file_chooser`], looked up once (a D-Bus call and a `PATH` search).
pub fn system_file_chooser() -> FileChooser {
    static CHOOSER: std::sync::OnceLock<FileChooser> = std::sync::OnceLock::new();
    *CHOOSER.get_or_init(|| {
        let linux = cfg!(target_os = "linux");
        file_chooser(linux, linux && portal_on_bus(), linux && zenity_on_path())
    })
}

/// Whether the portal runs or can be started on the session bus.
#[cfg(target_os = "linux")]
fn portal_on_bus() -> bool {
    let check = || -> zbus::Result<bool> {
        let conn = zbus::blocking::Connection::session()?;
        let bus = zbus::blocking::fdo::DBusProxy::new(&conn)?;
        let name = zbus::names::BusName::try_from("org.freedesktop.portal.Desktop")?;
        if bus.name_has_owner(name.clone())? {
            return Ok(true);
        }
        Ok(bus
            .list_activatable_names()?
            .iter()
            .any(|n| n.as_str() == name.as_str()))
    };
    check().unwrap_or(false)
}

#[cfg(not(target_os = "linux"))]
fn portal_on_bus() -> bool {
    false
}

/// Whether an executable `zenity` is on the `PATH`.
fn zenity_on_path() -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path)
            .any(|dir| std::fs::metadata(dir.join("zenity")).is_ok_and(|m| m.is_file()))
    })
}

/// Whether a file dropped on the window arrives: not on native Wayland, where winit (0.30)
/// has no drag and drop. winit runs on Wayland whenever `WAYLAND_DISPLAY` or `WAYLAND_SOCKET`
/// is set and not empty, else on X11.
pub fn drops_work(linux: bool, wayland: bool) -> bool {
    !linux || !wayland
}

/// [`drops_work`] for this process.
pub fn system_drops_work() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    drops_work(
        cfg!(target_os = "linux"),
        set("WAYLAND_DISPLAY") || set("WAYLAND_SOCKET"),
    )
}

/// What a typed path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// The LinkedIn export ZIP to import.
    Import,
    /// A spreadsheet of SSI readings.
    Readings,
    /// Where to save an export.
    Export(Export),
    /// A workshop file: where to save the participant's file or the cohort page, or the
    /// participant files (a file or a folder) to read into the cohort.
    Workshop(WorkshopDialog),
    /// A coaching file: where to save it, or which to read (`app/exchange.rs`).
    Exchange(super::exchange::ExchangeDialog),
}

/// The workshop's file choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkshopDialog {
    /// Where to save the participant's file.
    ExportParticipant,
    /// Participant files or a folder of them to read into the cohort.
    PickFiles,
    /// Where to save the cohort's summary page.
    ExportCohort,
}

/// The path field shown instead of a dialog that cannot open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: PathPurpose,
    /// The path typed so far.
    pub text: String,
    /// Why the last path was refused, in the user's language.
    pub error: Option<String>,
}

impl AppState {
    /// Choose files with dialogs or with a path field (tests; the desktop looks it up).
    pub fn set_file_chooser(&mut self, chooser: FileChooser) {
        self.file_chooser = Some(chooser);
    }

    /// Whether files dropped on the window arrive (see [`drops_work`]; true until the desktop
    /// shell says otherwise): the import screen offers dropping only then.
    pub fn set_drops_work(&mut self, drops: bool) {
        self.drops_work = drops;
    }

    /// The path field, while one is shown.
    pub fn path_prompt(&self) -> Option<&PathPrompt> {
        self.path_prompt.as_ref()
    }

    /// `cmd` unless it would open a file dialog that cannot open here: then the path field is
    /// shown instead and None returned.
    pub(super) fn path_field_instead(&mut self, cmd: Command) -> Option<Command> {
        let purpose = match &cmd {
            Command::Import(ImportCommand::ImportPick) => PathPurpose::Import,
            Command::Import(ImportCommand::ReadingsPick) => PathPurpose::Readings,
            Command::Export(kind) => PathPurpose::Export(*kind),
            Command::Import(
                ImportCommand::ImportFile(_)
                | ImportCommand::ImportAccept(_)
                | ImportCommand::ImportSetDate(_)
                | ImportCommand::ImportCancel
                | ImportCommand::ReadingsCancel,
            )
            | Command::Nav(_)
            | Command::Settings(_)
            | Command::Clients(_)
            | Command::Edit(_)
            | Command::Workshop(_)
            | Command::Exchange(_)
            | Command::Undo
            | Command::Redo => return Some(cmd),
        };
        if self.dialogs_open() {
            return Some(cmd);
        }
        self.ask_path(purpose);
        None
    }

    /// Whether file dialogs open here (looked up once, at the first file choice).
    pub(super) fn dialogs_open(&mut self) -> bool {
        *self.file_chooser.get_or_insert_with(system_file_chooser) == FileChooser::Dialog
    }

    /// Show the path field for `purpose` instead of a dialog.
    pub(super) fn ask_path(&mut self, purpose: PathPurpose) {
        self.path_prompt = Some(PathPrompt {
            purpose,
            text: String::new(),
            error: None,
        });
    }

    /// Use the typed path as the dialog's answer; a file to read that does not exist keeps the
    /// field open with the reason.
    pub fn submit_path(&mut self) {
        let Some(prompt) = self.path_prompt.as_mut() else {
            return;
        };
        let text = prompt.text.trim();
        if text.is_empty() {
            prompt.error = Some(tr(self.lang, "desktop.path_empty").to_owned());
            return;
        }
        let path = PathBuf::from(text);
        let reads = !matches!(
            prompt.purpose,
            PathPurpose::Export(_)
                | PathPurpose::Workshop(
                    WorkshopDialog::ExportParticipant | WorkshopDialog::ExportCohort
                )
        ) && !matches!(prompt.purpose, PathPurpose::Exchange(d) if d.saves());
        // participant files may also come as a folder of them
        let found = if prompt.purpose == PathPurpose::Workshop(WorkshopDialog::PickFiles) {
            path.exists()
        } else {
            path.is_file()
        };
        if reads && !found {
            prompt.error = Some(tr_args(
                self.lang,
                "desktop.path_missing",
                &[("path", text)],
            ));
            return;
        }
        let purpose = prompt.purpose;
        self.path_prompt = None;
        match purpose {
            PathPurpose::Import => self.start_import(path),
            PathPurpose::Readings => self.preview_readings(&[path]),
            PathPurpose::Export(kind) => self.export_and_open(kind, &path),
            PathPurpose::Workshop(dialog) => self.workshop_path(dialog, &path),
            PathPurpose::Exchange(dialog) => self.exchange_path(dialog, &path),
        }
    }

    /// Draw the path field (a modal) while one is shown.
    pub(super) fn path_prompt_ui(&mut self, ctx: &egui::Context) {
        let lang = self.lang;
        let Some(prompt) = self.path_prompt.as_mut() else {
            return;
        };
        let (title, ask) = match prompt.purpose {
            PathPurpose::Import => ("import.choose", "desktop.path_open"),
            PathPurpose::Readings => ("readings.import.choose", "desktop.path_open"),
            PathPurpose::Export(_) => ("export.dialog_title", "desktop.path_save"),
            PathPurpose::Workshop(WorkshopDialog::PickFiles) => {
                ("workshop.ui.dialog_title", "desktop.path_open")
            }
            PathPurpose::Workshop(
                WorkshopDialog::ExportParticipant | WorkshopDialog::ExportCohort,
            ) => ("workshop.ui.dialog_title", "desktop.path_save"),
            PathPurpose::Exchange(d) if d.saves() => (d.title_key(), "desktop.path_save"),
            PathPurpose::Exchange(d) => (d.title_key(), "desktop.path_open"),
        };
        let mut submit = false;
        let mut cancel = false;
        egui::Modal::new(egui::Id::unique("path-prompt")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(tr(lang, title));
            ui.label(tr(lang, "desktop.no_file_dialog"));
            let label = ui.label(tr(lang, ask));
            let field = ui
                .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            submit = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if let Some(e) = &prompt.error {
                crate::ui::widgets::error_label(ui, e);
            }
            ui.horizontal(|ui| {
                submit |= ui.button(tr(lang, "desktop.path_ok")).clicked();
                cancel = ui.button(tr(lang, "common.cancel")).clicked();
            });
        });
        if cancel {
            self.path_prompt = None;
        } else if submit {
            self.submit_path();
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use zbus::zvariant::Value;

    #[test]
    fn portal_replies_give_the_scheme() {
        assert_eq!(scheme_of_value(&Value::U32(1)), Some(Scheme::Dark));
        assert_eq!(scheme_of_value(&Value::U32(2)), Some(Scheme::Light));
        assert_eq!(scheme_of_value(&Value::U32(0)), Some(Scheme::Light));
        assert_eq!(scheme_of_value(&Value::U32(7)), None);
        // the older `Read` wraps the value in one more variant
        let wrapped = Value::Value(Box::new(Value::Value(Box::new(Value::U32(1)))));
        assert_eq!(scheme_of_value(&wrapped), Some(Scheme::Dark));
        assert_eq!(scheme_of_value(&Value::Str("dark".into())), None);
        assert_eq!(scheme_of_value(&Value::I32(1)), None);
    }

    #[test]
    fn a_path_field_only_where_no_dialog_can_open() {
        assert_eq!(file_chooser(false, false, false), FileChooser::Dialog);
        assert_eq!(file_chooser(true, true, false), FileChooser::Dialog);
        assert_eq!(file_chooser(true, false, true), FileChooser::Dialog);
        assert_eq!(file_chooser(true, false, false), FileChooser::PathField);
    }

    #[test]
    fn drops_are_offered_except_on_native_wayland() {
        assert!(drops_work(false, true));
        assert!(drops_work(true, false));
        assert!(!drops_work(true, true));
    }

    #[test]
    fn only_the_colour_scheme_setting_counts() {
        let dark = Value::U32(1);
        assert_eq!(scheme_of_setting(NAMESPACE, KEY, &dark), Some(Scheme::Dark));
        assert_eq!(scheme_of_setting(NAMESPACE, "accent-color", &dark), None);
        assert_eq!(
            scheme_of_setting("org.gnome.desktop.interface", KEY, &dark),
            None
        );
    }
}
