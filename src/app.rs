//! The eframe application: owns the state, applies UI commands in one place, saves every
//! change atomically to the client's file.

use std::path::{Path, PathBuf};

use egui::RichText;

use crate::engine::{self, Estimate, Knob};
use crate::i18n::{Language, tr};
use crate::model::{Client, ClientId, Date, demo_client};
use crate::store;
use crate::ui::{self, Command, Screen, ScreenState, ThemeChoice, ViewCtx};

/// How many undo steps are kept.
const UNDO_DEPTH: usize = 100;

/// Whether the current client's data is on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is saved.
    Saved,
    /// The last save failed; the data is kept in memory and saved again on the next change.
    Failed(String),
}

/// What the screens show, recomputed only after a change.
struct Cache {
    revision: u64,
    now: Estimate,
    week: Estimate,
    knobs: Vec<Knob>,
    history: Vec<(Date, f64)>,
}

/// The whole app state, independent of eframe so tests can drive it with egui_kittest.
pub struct AppState {
    /// The data folder.
    pub data_dir: PathBuf,
    /// UI language.
    pub lang: Language,
    /// Colour theme.
    pub theme: ThemeChoice,
    /// Today (injected for tests).
    pub today: Date,
    /// Loaded clients.
    pub clients: Vec<Client>,
    /// Index of the current client.
    pub current: usize,
    /// The screen shown.
    pub screen: Screen,
    /// Save status.
    pub status: SaveStatus,
    /// Files that could not be loaded, with the reason.
    pub problems: Vec<String>,
    /// Per-screen UI state.
    pub screens: ScreenState,
    undo: Vec<(usize, Client)>,
    cache: Option<Cache>,
    revision: u64,
}

fn clients_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("clients")
}

impl AppState {
    /// Open the app on `data_dir`: load every client file there.
    pub fn new(data_dir: PathBuf, today: Date, lang: Language) -> Self {
        let mut clients = Vec::new();
        let mut problems = Vec::new();
        if let Ok(entries) = std::fs::read_dir(clients_dir(&data_dir)) {
            let mut paths: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect();
            paths.sort();
            for p in paths {
                match store::load_client_file(&p) {
                    Ok(c) => clients.push(c),
                    Err(e) => problems.push(e.to_string()),
                }
            }
        }
        clients.sort_by(|a, b| {
            a.demo
                .cmp(&b.demo)
                .then(a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        Self {
            data_dir,
            lang,
            theme: ThemeChoice::System,
            today,
            clients,
            current: 0,
            screen: Screen::Dashboard,
            status: SaveStatus::Saved,
            problems,
            screens: ScreenState::default(),
            undo: Vec::new(),
            cache: None,
            revision: 0,
        }
    }

    /// The current client, if any.
    pub fn client(&self) -> Option<&Client> {
        self.clients.get(self.current)
    }

    /// The current client's estimate today (recomputed only after a change).
    pub fn estimate(&mut self) -> Option<&Estimate> {
        self.refresh();
        self.cache.as_ref().map(|c| &c.now)
    }

    fn refresh(&mut self) {
        if self
            .cache
            .as_ref()
            .is_some_and(|c| c.revision == self.revision)
        {
            return;
        }
        self.cache = self.clients.get(self.current).map(|c| {
            let now = engine::estimate(c, self.today);
            let week = engine::estimate(c, self.today - chrono::Duration::days(7));
            let mut inputs = engine::inputs(c, self.today);
            if c.calibrate
                && let Some(cal) = engine::calibrate(c, self.today)
            {
                inputs.calibration = cal.offsets;
            }
            Cache {
                revision: self.revision,
                now,
                week,
                knobs: engine::knobs(&inputs),
                history: ui::history(c, self.today),
            }
        });
    }

    fn save_current(&mut self) {
        let Some(c) = self.clients.get(self.current) else {
            return;
        };
        let dir = clients_dir(&self.data_dir);
        let result = std::fs::create_dir_all(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))
            .and_then(|()| {
                store::save_client_file(&dir.join(format!("{}.ron", c.id.0)), c)
                    .map_err(|e| e.to_string())
            });
        self.status = match result {
            Ok(()) => SaveStatus::Saved,
            Err(e) => SaveStatus::Failed(e),
        };
    }

    /// Apply one command: the only place where user data changes.
    pub fn apply(&mut self, cmd: Command) {
        let today = self.today;
        match cmd {
            Command::SetLanguage(l) => self.lang = l,
            Command::SetTheme(t) => self.theme = t,
            Command::Show(s) => self.screen = s,
            Command::SwitchClient(i) => {
                if i < self.clients.len() {
                    self.current = i;
                    self.screens = ScreenState::default();
                    self.revision += 1;
                }
            }
            Command::StartDemo => {
                let c = self.clients.iter().position(|c| c.demo);
                self.current = match c {
                    Some(i) => i,
                    None => {
                        self.clients.push(demo_client(today));
                        self.clients.len() - 1
                    }
                };
                self.revision += 1;
                self.save_current();
            }
            Command::StartOwn(name) => {
                let name = if name.is_empty() {
                    tr(self.lang, "welcome.default_name").to_owned()
                } else {
                    name
                };
                let unique = chrono::Local::now().timestamp_millis().unsigned_abs();
                let mut c = Client::new(ClientId::new(&name, unique), name, today);
                c.language = self.lang;
                self.clients.push(c);
                self.current = self.clients.len() - 1;
                self.revision += 1;
                self.save_current();
            }
            Command::Undo => {
                if let Some((i, c)) = self.undo.pop()
                    && i < self.clients.len()
                {
                    self.clients[i] = c;
                    self.current = i;
                    self.revision += 1;
                    self.save_current();
                }
            }
            edit => {
                let Some(c) = self.clients.get_mut(self.current) else {
                    return;
                };
                self.undo.push((self.current, c.clone()));
                if self.undo.len() > UNDO_DEPTH {
                    self.undo.remove(0);
                }
                apply_edit(c, edit);
                self.revision += 1;
                self.save_current();
            }
        }
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Draw the whole app into `ui` and apply what the user did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut out = Vec::new();
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Z)) {
            out.push(Command::Undo);
        }
        let lang = self.lang;
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(tr(lang, "common.app_name"))
                        .strong()
                        .size(18.0),
                );
                if let Some(c) = self.client() {
                    ui.separator();
                    let l = ui.label(tr(lang, "top.client"));
                    let mut selected = self.current;
                    egui::ComboBox::from_id_salt("client")
                        .selected_text(c.name.as_str())
                        .show_ui(ui, |ui| {
                            for (i, c) in self.clients.iter().enumerate() {
                                ui.selectable_value(&mut selected, i, c.name.as_str());
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    if selected != self.current {
                        out.push(Command::SwitchClient(selected));
                    }
                }
                ui.separator();
                for l in Language::ALL {
                    if ui
                        .selectable_label(l == lang, l.code().to_uppercase())
                        .on_hover_text(l.native_name())
                        .clicked()
                        && l != lang
                    {
                        out.push(Command::SetLanguage(l));
                    }
                }
                ui.separator();
                if ui
                    .add_enabled(self.can_undo(), egui::Button::new(tr(lang, "common.undo")))
                    .on_hover_text("Ctrl+Z")
                    .clicked()
                {
                    out.push(Command::Undo);
                }
                match &self.status {
                    SaveStatus::Saved => {
                        ui.label(RichText::new(tr(lang, "top.saved")).color(ui::theme::GOOD))
                    }
                    SaveStatus::Failed(e) => ui.label(
                        RichText::new(format!("{}: {e}", tr(lang, "top.not_saved")))
                            .color(ui::theme::ERROR),
                    ),
                };
            });
            for p in &self.problems {
                ui::widgets::error_label(ui, &format!("{} {p}", tr(lang, "top.load_problem")));
            }
        });
        if self.clients.is_empty() {
            egui::CentralPanel::default().show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui::show_welcome(ui, lang, &mut self.screens.own_name, &mut out);
                });
            });
        } else {
            egui::Panel::left("nav")
                .resizable(false)
                .default_size(ui::theme::NAV_WIDTH)
                .show(ui, |ui| {
                    ui.add_space(8.0);
                    for s in Screen::ALL {
                        if ui
                            .selectable_label(
                                self.screen == s,
                                RichText::new(tr(lang, s.label_key())).size(15.0),
                            )
                            .clicked()
                        {
                            out.push(Command::Show(s));
                        }
                    }
                });
            self.refresh();
            let data_dir = self.data_dir.clone();
            let theme = self.theme;
            egui::CentralPanel::default().show(ui, |ui| {
                let (Some(client), Some(cache)) =
                    (self.clients.get(self.current), self.cache.as_ref())
                else {
                    return;
                };
                let ctx = ViewCtx {
                    lang,
                    today: self.today,
                    client,
                    estimate: &cache.now,
                    last_week: &cache.week,
                    knobs: &cache.knobs,
                    history: &cache.history,
                };
                let info = ui::SettingsInfo {
                    data_dir: &data_dir,
                    theme,
                };
                if self.screen == Screen::Messages {
                    ui::show_screen(ui, self.screen, &ctx, &mut self.screens, &info, &mut out);
                } else {
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            ui::show_screen(
                                ui,
                                self.screen,
                                &ctx,
                                &mut self.screens,
                                &info,
                                &mut out,
                            );
                        });
                }
            });
        }
        for cmd in out {
            self.apply(cmd);
        }
    }

    /// The window title: app name and current client.
    pub fn title(&self) -> String {
        match self.client() {
            Some(c) => format!("SSI Coach — {}", c.name),
            None => "SSI Coach".to_owned(),
        }
    }
}

fn apply_edit(c: &mut Client, cmd: Command) {
    match cmd {
        Command::SetProfileItem(item, done) => c.profile.set(item, done),
        Command::SetSkills(n) => c.profile.skills = n,
        Command::SetRecommendations(n) => c.profile.recommendations = n,
        Command::SetSalesNavigator(on) => c.sales_navigator = on,
        Command::SetNetwork {
            connections,
            decision_makers,
        } => {
            c.network.connections = connections;
            c.network.decision_makers = decision_makers.min(connections);
        }
        Command::SetActivity(day, kind, n) => c.activity.set(day, kind, n),
        Command::SetGoal(kind, n) => c.goals.set(kind, n),
        Command::AddMessage(mut m) => {
            m.id = c.fresh_id();
            c.add_message(m);
        }
        Command::EditMessage(m) => {
            c.messages.retain(|x| x.id != m.id);
            c.add_message(m);
        }
        Command::DeleteMessage(id) => c.messages.retain(|m| m.id != id),
        Command::AddReading(r) => {
            c.readings.retain(|x| x.date != r.date);
            c.readings.push(r);
            c.readings.sort_by_key(|r| r.date);
        }
        Command::DeleteReading(d) => c.readings.retain(|r| r.date != d),
        Command::SetCalibrate(on) => c.calibrate = on,
        _ => {}
    }
}

/// The eframe app.
pub struct SsiApp {
    state: AppState,
    title: String,
}

const PREFS_KEY: &str = "ssi-coach-prefs";

impl SsiApp {
    /// The window title: app name and current client.
    pub fn title(&self) -> String {
        self.state.title()
    }

    /// Create the app (eframe creation context gives the stored UI preferences).
    pub fn new(cc: &eframe::CreationContext<'_>, data_dir: PathBuf) -> Self {
        let today = chrono::Local::now().date_naive();
        let mut state = AppState::new(data_dir, today, crate::i18n::system_language());
        if let Some((lang, theme)) = cc
            .storage
            .and_then(|s| eframe::get_value::<(Language, ThemeChoice)>(s, PREFS_KEY))
        {
            state.lang = lang;
            state.theme = theme;
        }
        Self {
            state,
            title: String::new(),
        }
    }
}

impl eframe::App for SsiApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        ctx.set_theme(match self.state.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        let title = self.state.title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &(self.state.lang, self.state.theme));
    }
}

/// The default data folder.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("io", "ssicoach", "SSI Coach").map(|d| d.data_dir().to_owned())
}

/// Start the desktop app on `data_dir` (None: the default data folder).
pub fn run(data_dir: Option<PathBuf>) -> Result<(), String> {
    let data_dir = data_dir
        .or_else(default_data_dir)
        .ok_or_else(|| "no data folder: use --data-dir DIR".to_owned())?;
    let mut viewport = egui::ViewportBuilder::default();
    // the icon is ours (assets/icon.svg); a broken PNG only costs the icon, never the start
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon-256.png")) {
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
        Box::new(move |cc| Ok(Box::new(SsiApp::new(cc, data_dir)))),
    )
    .map_err(|e| e.to_string())
}
