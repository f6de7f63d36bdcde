//! The application state: owns the clients, applies UI commands in one place, and hands every
//! change to the store's background autosaver. `chrome.rs` draws the frame around the
//! screens (top bar, banners, navigation); `desktop.rs` is the eframe shell.

mod chrome;
mod demo;
mod desktop;
mod exchange;
mod export;
mod import;
pub mod instance;
mod loading;
pub mod portal;
pub mod probe;
mod undo;
mod workshop;

pub use desktop::{Opener, SsiApp, default_data_dir, open_target, run};
pub use exchange::ExchangeDialog;
pub use export::ExportError;
pub use import::ImportJob;
pub use loading::Wake;

use std::path::PathBuf;
use std::sync::Arc;

use crate::engine::{self, Estimate, Knob};
use crate::i18n::{Language, tr};
use crate::model::{Client, ClientId, Date, Settings, Theme};
use crate::store::{Autosaver, BackupInfo, LoadProblem, SaveStatus, Store, StoreError};
use crate::ui::{
    self, ClientEdit, ClientsCommand, Command, ImportCommand, Screen, ScreenState, SettingsCommand,
};

/// Where "today" comes from: the local calendar day in the app, a fixed or moved day in tests.
pub type DayClock = Arc<dyn Fn() -> Date + Send + Sync>;

/// What the screens show, recomputed only after a change.
struct Cache {
    revision: u64,
    now: Estimate,
    week: Estimate,
    knobs: Vec<Knob>,
    plan: engine::Plan,
    history: Vec<(Date, f64)>,
}

/// The clients list's figures (estimate, band, last session), computed once per client and
/// change: an edit or a switch recomputes one client's, a client arriving at start its own.
#[derive(Default)]
struct Summaries {
    /// Per client: the address of the `Arc` it was computed from (a replaced client is
    /// computed again) and the figures.
    by_id: std::collections::HashMap<ClientId, (usize, ui::ClientSummary)>,
    /// The day they were computed for (all are recomputed when the day changes).
    day: Option<Date>,
    /// In the order of `clients`, as the screens get them.
    list: Vec<ui::ClientSummary>,
    /// Whether `list` must be built again.
    stale: bool,
    /// Counts the times a client's due items in `list` changed (the "due today" card, made
    /// from every client's, is kept until this changes: clients arriving at start change it,
    /// and change no revision; an edit that leaves the due items does not).
    due_generation: u64,
    /// The due items of clients changed since `list` was built, by a change that left them
    /// as they were ([`Self::forget_keeping_due`]).
    kept_due: std::collections::HashMap<ClientId, Arc<[ui::due::DueItem]>>,
}

impl Summaries {
    /// Compute the figures again for `id` (its client changed in place).
    fn forget(&mut self, id: &ClientId) {
        self.by_id.remove(id);
        self.kept_due.remove(id);
        self.stale = true;
    }

    /// Compute the figures again for `id`, keeping its due items: the change touched no
    /// message or action item ([`crate::edit::Step::touches_due`]), and looking for them again
    /// in a log of 50,000 messages is most of what an edit would cost.
    fn forget_keeping_due(&mut self, id: &ClientId) {
        if let Some((_, s)) = self.by_id.remove(id) {
            self.kept_due.insert(id.clone(), s.due);
        }
        self.stale = true;
    }

    /// Bring `list` up to date with `clients` on `today`; `known` is a client whose estimate
    /// is known already (the one on screen).
    fn refresh(&mut self, clients: &[Arc<Client>], today: Date, known: Option<(&ClientId, f64)>) {
        if self.day != Some(today) {
            self.by_id.clear();
            self.kept_due.clear();
            self.day = Some(today);
            self.stale = true;
        }
        if !self.stale && self.list.len() == clients.len() {
            return;
        }
        let by_id = &mut self.by_id;
        let kept_due = &mut self.kept_due;
        let list: Vec<ui::ClientSummary> = clients
            .iter()
            .map(|c| {
                let at = Arc::as_ptr(c).addr();
                match by_id.get(&c.id) {
                    Some((p, s)) if *p == at => s.clone(),
                    _ => {
                        let due = kept_due
                            .remove(&c.id)
                            .unwrap_or_else(|| ui::due::due_items(c, today).into());
                        let s = match known {
                            Some((id, total)) if *id == c.id => {
                                ui::ClientSummary::with_total(c, total, due)
                            }
                            _ => ui::ClientSummary::with_due(c, today, due),
                        };
                        by_id.insert(c.id.clone(), (at, s.clone()));
                        s
                    }
                }
            })
            .collect();
        // the due card is made again only when some client's due items are new
        let same_due = list.len() == self.list.len()
            && list
                .iter()
                .zip(&self.list)
                .all(|(a, b)| Arc::ptr_eq(&a.due, &b.due));
        if !same_due {
            self.due_generation += 1;
        }
        self.list = list;
        self.stale = false;
    }
}

/// What an edit of a client changed, for what must be computed again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Changed {
    /// Nothing: the client is as it was.
    Nothing,
    /// Something, but no message, action item, name or archive flag: its due items stay.
    /// Dated entries from `dated_from` on changed ([`crate::edit::Step::dated_from`]).
    KeepingDue { dated_from: Option<Date> },
    /// Anything, due items included; dated entries from `dated_from` on.
    Due { dated_from: Option<Date> },
}

impl Changed {
    /// What the undoable `step` changed.
    fn by(step: &crate::edit::Step) -> Self {
        let dated_from = step.dated_from();
        if step.is_empty() {
            Self::Nothing
        } else if step.touches_due() {
            Self::Due { dated_from }
        } else {
            Self::KeepingDue { dated_from }
        }
    }

    /// Anything may have changed, dated entries of any day included.
    const ANYTHING: Self = Self::Due {
        dated_from: Some(Date::MIN),
    };

    /// The oldest day of dated entries that changed, if any did.
    fn dated_from(self) -> Option<Date> {
        match self {
            Self::Nothing => None,
            Self::KeepingDue { dated_from } | Self::Due { dated_from } => dated_from,
        }
    }
}

/// The whole app state, independent of eframe so tests can drive it with egui_kittest.
pub struct AppState {
    /// The data folder.
    pub data_dir: PathBuf,
    /// UI language.
    pub lang: Language,
    /// Colour theme.
    pub theme: Theme,
    /// Today: follows [`Self::set_clock`]'s clock at the start of every frame, so an app left
    /// open past midnight logs on the new day.
    pub today: Date,
    /// The clock `today` follows (fixed at the day given to [`Self::new`] until one is set).
    clock: DayClock,
    /// The operating system's region, injected by the desktop shell (`desktop.rs`).
    system_region: crate::i18n::Region,
    /// The desktop's colour scheme as it changes (`portal.rs`), and the last one reported.
    desktop_schemes: Option<std::sync::mpsc::Receiver<portal::Scheme>>,
    desktop_scheme: Option<portal::Scheme>,
    /// Dialogs or path fields (`portal.rs`; looked up at the first file choice), and the path
    /// field shown instead of a dialog that cannot open.
    file_chooser: Option<portal::FileChooser>,
    path_prompt: Option<portal::PathPrompt>,
    /// Whether a file dropped on the window arrives (not on native Wayland).
    drops_work: bool,
    /// Requests of later launches on the same data folder (`instance.rs`).
    instance_requests: Option<std::sync::mpsc::Receiver<instance::Request>>,
    /// Loaded clients, sorted by name (the demo client last). Shared with the autosaver:
    /// an edit changes the client in place ([`Arc::make_mut`]) once the autosaver has handed
    /// its queued copy back, so no edit copies the whole client.
    pub clients: Vec<Arc<Client>>,
    /// Index of the current client.
    pub current: usize,
    /// The screen shown.
    pub screen: Screen,
    /// Files that could not be loaded, and what the store did about them.
    pub problems: Vec<LoadProblem>,
    /// Per-screen UI state.
    pub screens: ScreenState,
    /// App settings (saved in the data folder).
    pub settings: Settings,
    /// Why the data folder could not be opened at all (nothing can be saved).
    pub store_error: Option<StoreError>,
    /// The last failed settings save or export, shown until the next success.
    pub notice: Option<String>,
    /// What the last Undo or Redo did ("Undid: +1 on Comments"), or what a delete removed,
    /// until the next edit.
    pub undo_notice: Option<String>,
    /// The notice is about a delete: an Undo button goes beside it.
    pub undo_offer: bool,
    /// The file of the last successful export (shown with a confirmation).
    pub exported: Option<PathBuf>,
    /// Opens folders and files in the system's own program (a fake in tests).
    opener: desktop::Opener,
    store: Option<Arc<Store>>,
    autosaver: Option<Autosaver>,
    /// The start-up loading while client files are still being read (`loading.rs`).
    loading: Option<loading::Loading>,
    loading_wake: loading::WakeSlot,
    summaries: Summaries,
    /// The LinkedIn export being read or previewed.
    pub import: ImportJob,
    /// The client an import is merged into (index into `clients`).
    pub import_target: usize,
    /// ((target, revision), (total before, total after)) of the import preview.
    import_totals: Option<((usize, u64), (f64, f64))>,
    /// Workshop mode's own state (participants, cohort, timer; never client data).
    pub workshop: crate::workshop::WorkshopState,
    history: undo::History,
    cache: Option<Cache>,
    /// The engine's memo of the client on screen ([`engine::Memo`]): the client and the
    /// revision it holds for. An edit through [`Self::edit_in_place_with`] keeps it up to
    /// date; any other change of revision starts a new one.
    memo: Option<(ClientId, u64, engine::Memo)>,
    backups: Option<(ClientId, Vec<BackupInfo>)>,
    revision: u64,
    /// The close question and second versions of clients (issue #13, `chrome.rs`).
    close: chrome::CloseState,
    /// The coaching files' windows and the "due today" card (issue #20, `exchange.rs`).
    pub exchange: ui::exchange::ExchangeState,
    /// Files handed to the app ("Open with", `--import`) before the clients were read.
    pending_open: Vec<PathBuf>,
    /// The "due today" rows for (revision, today, language).
    due_cache: exchange::DueCache,
}

fn sort_clients(clients: &mut [Arc<Client>]) {
    clients.sort_by(|a, b| {
        a.demo
            .cmp(&b.demo)
            .then(a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then(a.id.cmp(&b.id))
    });
}

impl AppState {
    /// Open the app on `data_dir`: take the folder's lock (read-only if another copy of the
    /// app has it), load the settings and every client. `lang` is used until the user picks
    /// a language in the settings.
    pub fn new(data_dir: PathBuf, today: Date, lang: Language) -> Self {
        let mut state = Self::start_loading(data_dir, today, lang);
        state.wait_until_loaded();
        state
    }

    /// Like [`Self::new`], but the clients are read on a background thread so the window's
    /// first frame does not wait for them: the current client first ([`Self::is_loading`]
    /// until it is in), then the others ([`Self::loading_more`], `loading.rs`).
    pub fn start_loading(data_dir: PathBuf, today: Date, lang: Language) -> Self {
        Self::start_loading_waiting(data_dir, today, lang, loading::FIRST_FRAME_WAIT)
    }

    /// [`Self::start_loading`] with the loading thread waiting up to `first_frame_wait` (half
    /// a second in the app) for the window to draw the current client before it reads the
    /// others. A test on a busy machine waits longer, so what it sees does not depend on how
    /// soon its thread gets a core.
    pub fn start_loading_waiting(
        data_dir: PathBuf,
        today: Date,
        lang: Language,
        first_frame_wait: std::time::Duration,
    ) -> Self {
        let (store, store_error) = match Store::open(data_dir.clone()) {
            Ok(s) => (Some(Arc::new(s)), None),
            Err(e) => (None, Some(e)),
        };
        let settings = store
            .as_ref()
            .map(|s| s.load_settings())
            .unwrap_or_default();
        let loading_wake = loading::WakeSlot::default();
        let loading = store.as_ref().map(|s| {
            loading::start(
                s,
                settings.current_client.clone(),
                &loading_wake,
                first_frame_wait,
            )
        });
        let autosaver = store.as_ref().map(|s| Autosaver::new(Arc::clone(s)));
        Self {
            data_dir,
            lang: settings.language.unwrap_or(lang),
            theme: settings.theme,
            today,
            clock: Arc::new(move || today),
            system_region: crate::i18n::Region::of_language(lang),
            desktop_schemes: None,
            desktop_scheme: None,
            file_chooser: None,
            path_prompt: None,
            drops_work: true,
            instance_requests: None,
            clients: Vec::new(),
            current: 0,
            screen: Screen::Dashboard,
            problems: Vec::new(),
            screens: ScreenState::default(),
            settings,
            store_error,
            notice: None,
            undo_notice: None,
            undo_offer: false,
            pending_open: Vec::new(),
            exported: None,
            opener: desktop::system_opener(),
            store,
            autosaver,
            loading,
            loading_wake,
            summaries: Summaries::default(),
            import: ImportJob::Idle,
            import_target: 0,
            import_totals: None,
            workshop: crate::workshop::WorkshopState::default(),
            history: undo::History::default(),
            cache: None,
            memo: None,
            backups: None,
            revision: 0,
            close: chrome::CloseState::default(),
            exchange: ui::exchange::ExchangeState::default(),
            due_cache: None,
        }
    }

    /// Let "today" follow `clock` from the next frame on (the desktop app passes the local
    /// calendar day; tests pass a day they move).
    pub fn set_clock(&mut self, clock: DayClock) {
        self.clock = clock;
    }

    /// Move "today" to the clock's day if the day has changed since the last frame: the
    /// estimate, due flags and streaks are recomputed, and date fields still showing the old
    /// day (the forms prefill today) move to the new one. Returns whether the day changed.
    pub fn follow_clock(&mut self) -> bool {
        let day = (self.clock)();
        if day == self.today {
            return false;
        }
        self.screens.day_changed(self.today);
        self.today = day;
        self.changed();
        true
    }

    /// The current client, if any.
    pub fn client(&self) -> Option<&Client> {
        self.clients.get(self.current).map(|c| &**c)
    }

    /// The current client's estimate today (recomputed only after a change).
    pub fn estimate(&mut self) -> Option<&Estimate> {
        self.refresh();
        self.cache.as_ref().map(|c| &c.now)
    }

    /// Whether everything is on disk, being saved, or why not.
    pub fn save_status(&self) -> SaveStatus {
        match (&self.autosaver, &self.store_error) {
            (Some(a), _) => a.status(),
            (None, Some(e)) => SaveStatus::Failed(e.clone()),
            (None, None) => SaveStatus::Saved,
        }
    }

    /// Why this copy of the app cannot write the data folder (another copy has it open).
    pub fn read_only_reason(&self) -> Option<&StoreError> {
        self.store.as_ref().and_then(|s| s.read_only_reason())
    }

    /// Save everything queued now and wait for it (on exit, and in tests).
    pub fn flush(&self) -> SaveStatus {
        match &self.autosaver {
            Some(a) => a.flush(),
            None => self.save_status(),
        }
    }

    /// Save what is queued now without waiting (the window lost focus).
    pub fn save_soon(&self) {
        if let Some(a) = &self.autosaver {
            a.save_soon();
        }
    }

    /// The current client's backups, newest first (read from disk once per client).
    pub fn backups(&mut self) -> &[BackupInfo] {
        let id = self.client().map(|c| c.id.clone());
        let stale = match (&self.backups, &id) {
            (Some((cached, _)), Some(id)) => cached != id,
            _ => true,
        };
        if stale {
            self.backups = match (&self.store, id) {
                (Some(s), Some(id)) => {
                    let list = s.backups(&id);
                    Some((id, list))
                }
                _ => None,
            };
        }
        self.backups.as_ref().map_or(&[], |(_, l)| l.as_slice())
    }

    fn refresh(&mut self) {
        self.refresh_cache();
        // the line of the client on screen takes the estimate just computed
        let current = self
            .clients
            .get(self.current)
            .zip(self.cache.as_ref())
            .map(|(c, cache)| (&c.id, cache.now.total()));
        self.summaries.refresh(&self.clients, self.today, current);
    }

    /// What the screens show of the client on screen, computed again after a change.
    fn refresh_cache(&mut self) {
        if self
            .cache
            .as_ref()
            .is_some_and(|c| c.revision == self.revision)
        {
            return;
        }
        let revision = self.revision;
        let memo = &mut self.memo;
        self.cache = self.clients.get(self.current).map(|c| {
            let memo = match memo {
                Some((id, at, m)) if *id == c.id && *at == revision => m,
                _ => {
                    &mut memo
                        .insert((c.id.clone(), revision, engine::Memo::default()))
                        .2
                }
            };
            let inputs = engine::calibrated_inputs_with(c, self.today, memo);
            let now = engine::score(&inputs);
            let week = engine::estimate_with(c, self.today - chrono::Duration::days(7), memo);
            let budget = self
                .settings
                .plan_minutes
                .unwrap_or(engine::DEFAULT_BUDGET_MINUTES);
            Cache {
                revision: self.revision,
                now,
                week,
                knobs: engine::knobs(&inputs),
                plan: engine::plan(&inputs, budget),
                history: engine::history_with(c, self.today, memo),
            }
        });
    }

    /// Hand the current client to the autosaver (shared, not copied).
    fn save_current(&mut self) {
        if let (Some(a), Some(c)) = (&self.autosaver, self.clients.get(self.current)) {
            a.submit(Arc::clone(c));
        }
    }

    /// Change the client `id` in place: the autosaver's queued copy is taken back first, so
    /// the change copies nothing; `edit` says whether it changed anything. A change bumps the
    /// revision (what the screens show is recomputed), keeps the list sorted by name and hands
    /// the client to the autosaver.
    fn edit_in_place(&mut self, id: &ClientId, edit: impl FnOnce(&mut Client) -> bool) -> bool {
        self.edit_in_place_with(id, |c| {
            if edit(c) {
                Changed::ANYTHING
            } else {
                Changed::Nothing
            }
        })
    }

    /// [`Self::edit_in_place`] for an edit that says whether it changed what can be due.
    fn edit_in_place_with(
        &mut self,
        id: &ClientId,
        edit: impl FnOnce(&mut Client) -> Changed,
    ) -> bool {
        let Some(index) = self.clients.iter().position(|c| &c.id == id) else {
            return false;
        };
        let queued = self.autosaver.as_ref().and_then(|a| a.unqueue(id));
        let taken_back = queued.is_some();
        drop(queued);
        let c = Arc::make_mut(&mut self.clients[index]);
        let name = c.name.clone();
        let change = edit(c);
        let changed = change != Changed::Nothing;
        if changed && c.name != name {
            let current = self.clients.get(self.current).map(|c| c.id.clone());
            sort_clients(&mut self.clients);
            if let Some(current) = current {
                self.current = self
                    .clients
                    .iter()
                    .position(|c| c.id == current)
                    .unwrap_or(0);
            }
        }
        let on_screen = self.clients.get(self.current).is_some_and(|c| &c.id == id);
        let revision = self.revision;
        match change {
            Changed::Nothing => {}
            Changed::KeepingDue { .. } if on_screen => self.changed_keeping_due(),
            Changed::KeepingDue { .. } | Changed::Due { .. } => {
                self.summaries.forget(id);
                self.changed();
            }
        }
        // the memo of the client on screen follows the edit: days before the oldest changed
        // entry are kept
        if let Some((memo_id, at, memo)) = &mut self.memo
            && *at == revision
            && self.revision != revision
        {
            if memo_id == id
                && let Some(from) = change.dated_from()
            {
                memo.forget_from(from);
            }
            *at = self.revision;
        }
        if (changed || taken_back)
            && let (Some(a), Some(c)) = (&self.autosaver, self.clients.iter().find(|c| &c.id == id))
        {
            a.submit(Arc::clone(c));
        }
        changed
    }

    fn save_settings(&mut self) {
        self.settings.language = Some(self.lang);
        self.settings.theme = self.theme;
        if !self.is_loading() {
            // while the client on screen is still being read, the settings keep naming it
            self.settings.current_client = self.client().map(|c| c.id.clone());
        }
        if let Some(s) = &self.store
            && !s.is_read_only()
            && let Err(e) = s.save_settings(&self.settings)
        {
            self.notice = Some(e.message(self.lang));
        }
    }

    fn changed(&mut self) {
        self.revision += 1;
        // the client on screen may have been replaced (a restored backup under the same id)
        if let Some(id) = self.clients.get(self.current).map(|c| c.id.clone()) {
            self.summaries.forget(&id);
        }
        self.summaries.stale = true;
    }

    /// [`Self::changed`] after an edit of the client on screen that left its due items as they
    /// were.
    fn changed_keeping_due(&mut self) {
        self.revision += 1;
        if let Some(id) = self.clients.get(self.current).map(|c| c.id.clone()) {
            self.summaries.forget_keeping_due(&id);
        }
        self.summaries.stale = true;
    }

    fn select(&mut self, index: usize) {
        self.current = index;
        self.screens = ScreenState::default();
        self.backups = None;
        self.changed();
        self.save_settings();
    }

    /// Add a client and make it current.
    fn add_client(&mut self, client: Client) {
        let id = client.id.clone();
        self.clients.push(Arc::new(client));
        sort_clients(&mut self.clients);
        let index = self.clients.iter().position(|c| c.id == id).unwrap_or(0);
        self.select(index);
        self.save_current();
        self.save_soon();
    }

    fn new_client_id(&self, name: &str) -> ClientId {
        let mut unique = chrono::Local::now().timestamp_millis().unsigned_abs();
        loop {
            let id = ClientId::new(name, unique);
            if !self.clients.iter().any(|c| c.id == id) {
                return id;
            }
            unique += 1;
        }
    }

    /// Apply one command: the only place where user data changes.
    pub fn apply(&mut self, cmd: Command) {
        let Some(cmd) = self.path_field_instead(cmd) else {
            return;
        };
        match cmd {
            Command::Nav(s) => {
                self.screens.scroll_to_top |= s != self.screen;
                self.screen = s;
                self.backups = None;
            }
            Command::Settings(c) => self.apply_settings(c),
            Command::Clients(c) => self.apply_clients(c),
            Command::Edit(edit) => self.apply_edit(edit),
            Command::Import(c) => self.apply_import(c),
            Command::Export(kind) => self.export_with_dialog(kind),
            Command::Workshop(c) => self.apply_workshop(c),
            Command::Exchange(c) => self.apply_exchange(c),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
        }
    }

    fn apply_settings(&mut self, cmd: SettingsCommand) {
        match cmd {
            SettingsCommand::SetLanguage(l) => {
                self.lang = l;
                self.save_settings();
            }
            SettingsCommand::SetTheme(t) => {
                self.theme = t;
                self.save_settings();
            }
            SettingsCommand::SetFormats(f) => {
                self.settings.formats = f;
                self.save_settings();
            }
            SettingsCommand::OpenDataFolder => self.open_in_system(&self.data_dir.clone()),
            SettingsCommand::SetOpenAfterExport(on) => {
                self.settings.open_report_after_export = on;
                self.save_settings();
            }
            SettingsCommand::SetPlanMinutes(m) => {
                self.settings.plan_minutes = Some(m.min(engine::MAX_BUDGET_MINUTES));
                self.save_settings();
                self.changed();
            }
        }
    }

    fn apply_clients(&mut self, cmd: ClientsCommand) {
        let today = self.today;
        match cmd {
            ClientsCommand::SwitchClient(i) => {
                if i < self.clients.len() {
                    self.select(i);
                }
            }
            ClientsCommand::StartDemo => match self.clients.iter().position(|c| c.demo) {
                Some(i) => self.select(i),
                None => self.add_client(demo::demo_with_sessions(today, self.lang)),
            },
            ClientsCommand::StartOwn(name) | ClientsCommand::AddClient(name) => {
                let name = name.trim();
                let name = if name.is_empty() {
                    tr(self.lang, "welcome.default_name").to_owned()
                } else {
                    name.to_owned()
                };
                let mut c = Client::new(self.new_client_id(&name), name, today);
                c.language = self.lang;
                self.add_client(c);
            }
            ClientsCommand::DeleteClient => self.delete_current(),
            ClientsCommand::RestoreBackup(id, info) => {
                let Some(a) = &self.autosaver else {
                    return;
                };
                let taken = a.restore_backup(&id, &info);
                self.take_back(&id, taken);
            }
            ClientsCommand::KeepChanged(id, quarantined) => {
                let Some(a) = &self.autosaver else {
                    return;
                };
                let taken = a.keep_changed(&id, &quarantined);
                self.take_back(&id, taken);
            }
            ClientsCommand::DismissProblem(i) => {
                if i < self.problems.len() {
                    self.problems.remove(i);
                }
            }
        }
    }

    /// A client brought back from a backup or from `quarantine/`: shown instead of the
    /// problem, with no undo history from before; a failure becomes the notice.
    fn take_back(&mut self, id: &ClientId, taken: Result<Client, StoreError>) {
        match taken {
            Ok(client) => {
                self.problems.retain(|p| p.id.as_ref() != Some(id));
                self.clients.retain(|c| c.id != *id);
                self.history.forget(id);
                self.add_client(client);
            }
            Err(e) => self.notice = Some(e.message(self.lang)),
        }
    }

    fn apply_import(&mut self, cmd: ImportCommand) {
        match cmd {
            ImportCommand::ReadingsPick => {
                let picked = rfd::FileDialog::new()
                    .set_title(tr(self.lang, "readings.import.choose"))
                    .add_filter("CSV, TSV", &["csv", "tsv", "txt"])
                    .pick_files();
                if let Some(paths) = picked {
                    self.preview_readings(&paths);
                }
            }
            ImportCommand::ReadingsCancel => self.screens.readings.import = None,
            ImportCommand::ImportPick => {
                let picked = rfd::FileDialog::new()
                    .set_title(tr(self.lang, "import.choose"))
                    .add_filter("ZIP", &["zip"])
                    .pick_file();
                if let Some(path) = picked {
                    self.start_import(path);
                }
            }
            ImportCommand::ImportFile(path) => self.start_import(path),
            ImportCommand::ImportAccept(index) => self.accept_import(index),
            ImportCommand::ImportSetDate(day) => self.set_import_date(day),
            ImportCommand::ImportCancel => self.import = ImportJob::Idle,
        }
    }

    /// Delete the current client (its file goes to the trash); Undo brings it back.
    fn delete_current(&mut self) {
        if self.current >= self.clients.len() {
            return;
        }
        let client = self.clients.remove(self.current);
        if let Some(a) = &self.autosaver
            && let Err(e) = a.delete_client(&client.id)
            && !matches!(&e, StoreError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
        {
            self.notice = Some(e.message(self.lang));
        }
        self.record_deleted(client);
        let next = self.clients.iter().position(|c| !c.archived).unwrap_or(0);
        self.select(next);
        self.offer_undo_of_last();
    }

    /// Apply one edit to the current client with [`ClientEdit::apply_recorded`] (in place,
    /// copying only the pieces it touches), record its undo step and hand the client to the
    /// autosaver.
    fn apply_edit(&mut self, edit: ClientEdit) {
        let today = self.today;
        let Some(id) = self.client().map(|c| c.id.clone()) else {
            return;
        };
        let deleting = matches!(
            edit,
            ClientEdit::DeleteMessage(_)
                | ClientEdit::DeleteReading(_)
                | ClientEdit::DeleteSession(_)
                | ClientEdit::DeleteActionItem(_)
                | ClientEdit::DeleteAnnotation(_)
        );
        let mut recorded = None;
        self.edit_in_place_with(&id, |c| {
            let step = edit.apply_recorded(c, today);
            let change = Changed::by(&step);
            recorded = Some(step).filter(|_| change != Changed::Nothing);
            change
        });
        if let Some(step) = recorded {
            self.undo_notice = None;
            self.undo_offer = false;
            self.record_edit(id, step);
            if deleting {
                self.offer_undo_of_last();
            }
        }
    }

    /// The window title: app name and current client, and whether this window is read-only
    /// (`desktop::read_only_title`).
    pub fn title(&self) -> String {
        let title = if self.screen == Screen::Workshop {
            // a projector shows the title bar too: no client names
            format!("SSI Coach — {}", tr(self.lang, "screen.workshop"))
        } else {
            match self.client() {
                Some(c) => format!("SSI Coach — {}", c.name),
                None => "SSI Coach".to_owned(),
            }
        };
        desktop::read_only_title(self.lang, title, self.read_only_reason())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::model::{ActivityKind, MessageEntry};

    fn due_of(state: &mut AppState) -> Arc<[ui::due::DueItem]> {
        state.summaries.refresh(&state.clients, state.today, None);
        Arc::clone(&state.summaries.list[state.current].due)
    }

    /// An edit that touches no message or action item keeps the client's due items (they are
    /// not looked for again in the messaging log, nor the "due today" card made again); one
    /// that does, or its undo, finds them again.
    #[test]
    fn only_edits_of_what_can_be_due_look_for_due_items_again() {
        let dir = tempfile::tempdir().unwrap();
        let today: Date = "2026-11-20".parse().unwrap();
        let mut state = AppState::new(dir.path().to_owned(), today, Language::En);
        let mut c = Client::new(ClientId("ana-1".into()), "Ana", today);
        for n in 0..3_u64 {
            let mut m = MessageEntry::new(n + 1, today - chrono::Duration::days(9), "Bo");
            m.follow_up = Some(today - chrono::Duration::days(n as i64));
            c.add_message(m);
        }
        c.next_id = 10;
        state.clients.push(Arc::new(c));
        state.changed();
        let before = due_of(&mut state);
        assert_eq!(before.len(), 3);
        let rows = state.due_rows();

        // "+1" on comments, its undo and redo: the same due items, the same card
        state.apply(Command::Edit(ClientEdit::SetActivity(
            today,
            ActivityKind::Comment,
            1,
        )));
        assert!(Arc::ptr_eq(&before, &due_of(&mut state)));
        assert!(Arc::ptr_eq(&rows, &state.due_rows()));
        state.apply(Command::Undo);
        state.apply(Command::Redo);
        assert!(Arc::ptr_eq(&before, &due_of(&mut state)));
        assert!(state.estimate().is_some());

        // a reply came: one follow-up fewer, on the card too
        let mut m = state.client().unwrap().messages[0].clone();
        m.replied = true;
        state.apply(Command::Edit(ClientEdit::EditMessage(m)));
        assert_eq!(due_of(&mut state).len(), 2);
        assert_eq!(state.due_rows().total, 2);
        // and undone: three again
        state.apply(Command::Undo);
        assert_eq!(due_of(&mut state).len(), 3);
        assert_eq!(state.due_rows().total, 3);
        // a "+1" after it still keeps them
        let kept = due_of(&mut state);
        state.apply(Command::Edit(ClientEdit::SetActivity(
            today,
            ActivityKind::Like,
            2,
        )));
        assert!(Arc::ptr_eq(&kept, &due_of(&mut state)));
    }

    /// What the dashboard shows (estimate, last week's, knobs, plan, the history chart, the
    /// clients list's line) after each kind of edit, its undo and redo, is what a fresh
    /// computation gives; and a "+1" today reads only today from the log again, not the
    /// history's year of days.
    #[test]
    fn after_any_edit_the_screens_show_fresh_figures_reading_only_the_edited_days_again() {
        let dir = tempfile::tempdir().unwrap();
        let today: Date = "2026-11-20".parse().unwrap();
        let mut state = AppState::new(dir.path().to_owned(), today, Language::En);
        let mut c = crate::model::demo_client(today);
        c.calibrate = true;
        // a year and a half of activity: a chart of a year of points
        for n in 0..550 {
            let day = today - chrono::Duration::days(n);
            c.activity.set(day, ActivityKind::Comment, 1 + n as u32 % 3);
        }
        state.clients.push(Arc::new(c));
        let mut other = crate::model::demo_client(today);
        other.id = ClientId("other-1".into());
        other.name = "Zoe".into();
        state.clients.push(Arc::new(other));
        state.changed();

        let check = |state: &mut AppState, what: &str| {
            state.refresh();
            let today = state.today;
            let c = state.client().unwrap().clone();
            let cache = state.cache.as_ref().unwrap();
            let inputs = engine::calibrated_inputs(&c, today);
            assert_eq!(cache.now, engine::estimate(&c, today), "{what}");
            let week = engine::estimate(&c, today - chrono::Duration::days(7));
            assert_eq!(cache.week, week, "{what}");
            assert_eq!(cache.knobs, engine::knobs(&inputs), "{what}");
            assert_eq!(cache.history, engine::history(&c, today), "{what}");
            let line = &state.summaries.list[state.current];
            assert_eq!(line.total, cache.now.total(), "{what}");
        };
        check(&mut state, "start");
        let computed = |state: &AppState| state.memo.as_ref().unwrap().2.computed();
        let all = computed(&state);
        assert!(all > 50, "{all}");

        // "+1" today: one day read again
        state.apply(Command::Edit(ClientEdit::SetActivity(
            today,
            ActivityKind::Comment,
            5,
        )));
        check(&mut state, "+1 today");
        assert_eq!(computed(&state), all + 1);

        let ago = |days: i64| today - chrono::Duration::days(days);
        let mut message = MessageEntry::new(0, ago(30), "Kim");
        message.decision_maker = true;
        let edits = [
            ClientEdit::SetActivity(ago(120), ActivityKind::Post, 3),
            ClientEdit::SetProfileItem(crate::model::ProfileItem::Photo, false),
            ClientEdit::SetNetwork {
                connections: 900,
                decision_makers: 90,
            },
            ClientEdit::AddMessage(message),
            ClientEdit::AddReading(crate::model::Reading {
                date: ago(2),
                total: 61.0,
                pillars: crate::model::PillarScores {
                    brand: 16.0,
                    find: 15.0,
                    engage: 14.0,
                    relationships: 16.0,
                },
                industry_rank_pct: None,
                network_rank_pct: None,
                industry_average: None,
                network_average: None,
            }),
            ClientEdit::SetSalesNavigator(true),
        ];
        for edit in edits {
            let what = format!("{edit:?}");
            state.apply(Command::Edit(edit));
            check(&mut state, &what);
        }
        // a message moved to another day, then deleted
        let mut m = state
            .client()
            .unwrap()
            .messages
            .iter()
            .find(|m| m.person == "Kim")
            .unwrap()
            .clone();
        m.date = ago(400);
        let id = m.id;
        state.apply(Command::Edit(ClientEdit::EditMessage(m)));
        check(&mut state, "message moved back");
        state.apply(Command::Edit(ClientEdit::DeleteMessage(id)));
        check(&mut state, "message deleted");
        for _ in 0..4 {
            state.apply(Command::Undo);
            check(&mut state, "undo");
        }
        state.apply(Command::Redo);
        check(&mut state, "redo");
        // another client and back: a new memo each time, right figures
        state.select(1);
        check(&mut state, "other client");
        state.select(0);
        check(&mut state, "back");
        // the next day (an app left open): the figures of the new day
        let tomorrow = today + chrono::Duration::days(1);
        state.set_clock(Arc::new(move || tomorrow));
        assert!(state.follow_clock());
        check(&mut state, "next day");
    }
}
