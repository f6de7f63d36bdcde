//! The eframe shell: window, theme, title, focus-loss and exit saves. eframe's own storage
//! keeps only the window geometry; user data and settings go through the store.
//!
//! Closing the window with edits that cannot be saved (a full disk) does not quit: the close
//! request is cancelled and the user is asked (save again / save a copy elsewhere / quit
//! without saving), see `AppState::show` in `chrome.rs`.

use std::path::PathBuf;

use super::AppState;
use crate::model::Theme;
use crate::store::Store;

/// When the start-up benchmark closes the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExitAfter {
    FirstFrame,
    Loaded,
}

/// The eframe app.
pub struct SsiApp {
    state: AppState,
    title: String,
    focused: bool,
    /// For the start-up benchmark (`benches/startup.sh`): close after the first frame
    /// (`SSI_COACH_EXIT_AFTER_FIRST_FRAME`) or after the first frame with the data in
    /// (`SSI_COACH_EXIT_AFTER_LOADED`).
    exit_after: Option<ExitAfter>,
}

impl SsiApp {
    /// The window title: app name and current client.
    pub fn title(&self) -> String {
        self.state.title()
    }

    /// Whether the clients are still being read (the window shows "opening your data").
    pub fn is_loading(&self) -> bool {
        self.state.is_loading()
    }

    /// Save everything queued now and wait for it.
    pub fn flush(&self) -> crate::store::SaveStatus {
        self.state.flush()
    }

    /// Create the app on `data_dir`.
    pub fn new(_cc: &eframe::CreationContext<'_>, data_dir: PathBuf) -> Self {
        let today = chrono::Local::now().date_naive();
        let mut state = AppState::start_loading(data_dir, today, crate::i18n::system_language());
        state.set_clock(std::sync::Arc::new(|| chrono::Local::now().date_naive()));
        Self {
            state,
            title: String::new(),
            focused: true,
            exit_after: if std::env::var_os("SSI_COACH_EXIT_AFTER_FIRST_FRAME").is_some() {
                Some(ExitAfter::FirstFrame)
            } else if std::env::var_os("SSI_COACH_EXIT_AFTER_LOADED").is_some() {
                Some(ExitAfter::Loaded)
            } else {
                None
            },
        }
    }
}

impl eframe::App for SsiApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        ctx.set_theme(match self.state.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
        let title = self.state.title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let focused = ctx.input(|i| i.viewport().focused).unwrap_or(true);
        if self.focused && !focused {
            self.state.save_soon();
        }
        if !self.focused && focused {
            // another machine may have changed a client meanwhile (a synced data folder)
            self.state.reload_changed();
        }
        self.focused = focused;
        // wake up at midnight so "today" moves on in an idle window too (every frame follows
        // the clock; checked at least hourly, as a suspended machine's timers run late)
        let now = chrono::Local::now().naive_local();
        let midnight = (now.date() + chrono::Duration::days(1)).and_time(chrono::NaiveTime::MIN);
        let wait = (midnight - now)
            .to_std()
            .unwrap_or_default()
            .min(std::time::Duration::from_secs(3600))
            + std::time::Duration::from_secs(1);
        ctx.request_repaint_after(wait);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.show(ui);
        let close = match self.exit_after {
            Some(ExitAfter::FirstFrame) => true,
            Some(ExitAfter::Loaded) => !self.state.is_loading(),
            None => false,
        };
        if close {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.state.flush();
    }
}

/// The default data folder.
pub fn default_data_dir() -> Option<PathBuf> {
    Store::default_dir()
}

/// Start the desktop app on `data_dir` (None: the default data folder); with `import`, open
/// on the import screen reading that LinkedIn export.
pub fn run(data_dir: Option<PathBuf>, import: Option<PathBuf>) -> Result<(), String> {
    let data_dir = data_dir
        .or_else(default_data_dir)
        .ok_or_else(|| "no data folder: use --data-dir DIR".to_owned())?;
    let mut viewport = egui::ViewportBuilder::default();
    // the icon is ours (assets/icon.svg); a broken PNG only costs the icon, never the start
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon-256.png"))
    {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title("SSI Coach")
            .with_app_id("ssi-coach")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([1024.0, 640.0]),
        ..Default::default()
    };
    eframe::run_native(
        "ssi-coach",
        options,
        Box::new(move |cc| {
            let mut app = SsiApp::new(cc, data_dir);
            if let Some(zip) = import {
                app.state.start_import(zip);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| e.to_string())
}
