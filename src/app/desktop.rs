//! The eframe shell: window, theme, title, focus-loss and exit saves. eframe's own storage
//! keeps only the window geometry; user data and settings go through the store.
//!
//! Closing the window with edits that cannot be saved (a full disk) does not quit: the close
//! request is cancelled and the user is asked (save again / save a copy elsewhere / quit
//! without saving), see `AppState::show` in `chrome.rs`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::AppState;
use crate::i18n::{Language, Locale, Region, tr_args};
use crate::store::Store;

/// Opens a folder or file in the system's own program: the file manager (Explorer, Finder,
/// the desktop's) for a folder, the default program for a file. Tests put a fake in
/// ([`AppState::set_opener`]) that records what it was given.
pub type Opener = Arc<dyn Fn(&Path) -> std::io::Result<()> + Send + Sync>;

/// The system's opener (`xdg-open` and its fallbacks, `open` on macOS, the shell on Windows),
/// started without waiting for the program it opens.
pub fn system_opener() -> Opener {
    Arc::new(|path: &Path| open::that_detached(path))
}

/// What is handed to the system's opener for `path`: the path itself, made absolute (a
/// relative `--data-dir` would otherwise depend on the opener's working folder), and never a
/// `file://` URL, so `#`, `?`, `%` and spaces in a name are just characters of the name.
pub fn open_target(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The notice when `target` could not be opened, in the user's language.
fn open_failed(lang: Language, target: &Path, e: &std::io::Error) -> String {
    let path = target.display().to_string();
    if e.kind() == std::io::ErrorKind::NotFound {
        tr_args(lang, "desktop.open_no_program", &[("path", &path)])
    } else {
        tr_args(
            lang,
            "desktop.open_failed",
            &[("path", &path), ("reason", &e.to_string())],
        )
    }
}

/// `title` with what makes this window read-only: another copy of the app holds the data
/// folder (a second window), or the folder cannot be written for another reason.
pub(super) fn read_only_title(
    lang: Language,
    title: String,
    read_only: Option<&crate::store::StoreError>,
) -> String {
    let key = match read_only {
        None => return title,
        Some(crate::store::StoreError::Locked { .. }) => "desktop.title_locked",
        Some(_) => "desktop.title_read_only",
    };
    tr_args(lang, key, &[("title", &title)])
}

impl AppState {
    /// The operating system's region (read once at start by [`SsiApp::new`]; tests give
    /// one). Dates, numbers and CSV files follow it unless Settings chooses another.
    pub fn set_system_region(&mut self, region: Region) {
        self.system_region = region;
    }

    /// The region dates, numbers and CSV files are written in now.
    pub fn region(&self) -> Region {
        Region::chosen(self.settings.formats, self.system_region)
    }

    /// The UI language with the region's dates and numbers.
    pub fn locale(&self) -> Locale {
        Locale::new(self.lang, self.region())
    }

    /// Use `opener` for "Open folder" and for opening a report after its export.
    pub fn set_opener(&mut self, opener: Opener) {
        self.opener = opener;
    }

    /// Open `path` in the system's program; a failure is shown as a notice.
    pub(super) fn open_in_system(&mut self, path: &Path) {
        let target = open_target(path);
        if let Err(e) = (self.opener)(&target) {
            self.notice = Some(open_failed(self.lang, &target, &e));
        }
    }
}

/// When the start-up benchmark closes the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExitAfter {
    FirstFrame,
    Loaded,
    AllLoaded,
}

/// The eframe app.
pub struct SsiApp {
    state: AppState,
    /// The socket later launches on the same data folder talk to (removed when the app ends).
    _instance: Option<super::instance::Listener>,
    title: String,
    focused: bool,
    /// For the start-up benchmark (`benches/startup.sh`): close after the first frame
    /// (`SSI_COACH_EXIT_AFTER_FIRST_FRAME`), after the first frame with the current client's
    /// dashboard (`SSI_COACH_EXIT_AFTER_LOADED`) or once every client is read
    /// (`SSI_COACH_EXIT_AFTER_ALL_LOADED`, for the peak memory with the whole folder open).
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
    pub fn new(cc: &eframe::CreationContext<'_>, data_dir: PathBuf) -> Self {
        Self::with_state(cc, start(data_dir))
    }

    /// Create the app with its state, started with [`start`] before the window opened.
    fn with_state(cc: &eframe::CreationContext<'_>, mut state: AppState) -> Self {
        super::probe::mark(|| "window created, app starting".into());
        state.set_clock(std::sync::Arc::new(|| chrono::Local::now().date_naive()));
        state.set_system_region(crate::i18n::system_region());
        let ctx = cc.egui_ctx.clone();
        state.set_loading_wake(Arc::new(move || ctx.request_repaint()));
        let ctx = cc.egui_ctx.clone();
        state.set_desktop_schemes(super::portal::watch(move || ctx.request_repaint()));
        state.set_drops_work(super::portal::system_drops_work());
        Self {
            state,
            _instance: None,
            title: String::new(),
            focused: true,
            exit_after: if std::env::var_os("SSI_COACH_EXIT_AFTER_FIRST_FRAME").is_some() {
                Some(ExitAfter::FirstFrame)
            } else if std::env::var_os("SSI_COACH_EXIT_AFTER_LOADED").is_some() {
                Some(ExitAfter::Loaded)
            } else if std::env::var_os("SSI_COACH_EXIT_AFTER_ALL_LOADED").is_some() {
                Some(ExitAfter::AllLoaded)
            } else {
                None
            },
        }
    }
}

impl eframe::App for SsiApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        super::probe::mark(|| "frame begins".into());
        ctx.set_theme(self.state.theme_preference());
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
        let probe =
            super::probe::on().then(|| (std::time::Instant::now(), self.state.is_loading()));
        self.state.show(ui);
        if let Some((began, loading)) = probe {
            let took = began.elapsed().as_secs_f64() * 1000.0;
            let now = if self.state.is_loading() {
                "loading"
            } else {
                "dashboard"
            };
            let was = if loading { "loading" } else { "dashboard" };
            super::probe::mark(|| format!("frame drawn ({was} -> {now}): ui took {took:.1} ms"));
        }
        let close = match self.exit_after {
            Some(ExitAfter::FirstFrame) => true,
            Some(ExitAfter::Loaded) => !self.state.is_loading(),
            Some(ExitAfter::AllLoaded) => !self.state.loading_anything(),
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

/// Open the data folder and start reading the clients (the current one first) on the loading
/// thread. Called before the window is made: the current client's file (a recruiter's 6.3 MB
/// of five years and 50,000 messages) is read while eframe sets up the window and OpenGL, so
/// the first frame shows its dashboard instead of "Opening your data" (1.33x a bare window's
/// first frame instead of 1.53x, docs/performance.md). Only that file is read before the
/// first frame; the others wait for it ([`super::loading::FIRST_FRAME_WAIT`]).
fn start(data_dir: PathBuf) -> AppState {
    let today = chrono::Local::now().date_naive();
    AppState::start_loading(data_dir, today, crate::i18n::system_language())
}

/// The default data folder.
pub fn default_data_dir() -> Option<PathBuf> {
    Store::default_dir()
}

/// Start the desktop app on `data_dir` (None: the default data folder); with `import`, open
/// on the import screen reading that LinkedIn export. When a copy of the app already has the
/// data folder open, it gets the file (or is brought forward) instead, and this returns Ok.
pub fn run(data_dir: Option<PathBuf>, import: Option<PathBuf>) -> Result<(), String> {
    use super::instance::{Claim, Request, claim};
    let data_dir = data_dir
        .or_else(default_data_dir)
        .ok_or_else(|| "no data folder: use --data-dir DIR".to_owned())?;
    // the folder may not exist yet on a first start; the store creates it too
    let _ = std::fs::create_dir_all(&data_dir);
    let request = import
        .as_deref()
        .map_or(Request::Focus, |p| Request::Open(open_target(p)));
    let mut instance = match claim(&data_dir, &request) {
        Claim::Forwarded => return Ok(()),
        Claim::First(listener) => Some(listener),
        Claim::Unavailable => None,
    };
    // the current client is read while the window is being made: its dashboard is then the
    // first frame (docs/performance.md, "the current client read before the window")
    let state = start(data_dir);
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
            let mut app = SsiApp::with_state(cc, state);
            if let Some(file) = import {
                // a LinkedIn export, or a client file or plan file (issue #20)
                app.state.open_file(file);
            }
            if let Some(listener) = instance.as_mut() {
                let ctx = cc.egui_ctx.clone();
                app.state
                    .set_instance_requests(listener.serve(move || ctx.request_repaint()));
            }
            app._instance = instance;
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| e.to_string())
}
