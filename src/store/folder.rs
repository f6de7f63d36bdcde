//! The data folder: lock, client files, settings, backups, quarantine and trash.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::NaiveDateTime;

use super::backup::{self, BackupInfo, BackupKind};
use super::format::{self, SETTINGS_SCHEMA_VERSION};
use super::ops::{self, FileOps, RealOps};
use super::{SCHEMA_VERSION, StoreError};
use crate::model::{Client, ClientId, Settings};

/// The lock file in the data folder.
pub const LOCK_FILE: &str = "ssi-coach.lock";
/// The settings file in the data folder.
pub const SETTINGS_FILE: &str = "settings.ron";

/// A file that could not be loaded, and what the store did about it.
#[derive(Debug, Clone)]
pub struct LoadProblem {
    /// The file as it was found.
    pub file: PathBuf,
    /// The client the file belongs to (from its name), if it looks like a client file.
    pub id: Option<ClientId>,
    /// What is wrong.
    pub error: StoreError,
    /// Where the damaged file was moved (`quarantine/`); `None` if it was left in place
    /// (read error, newer app, read-only store).
    pub quarantined: Option<PathBuf>,
    /// The newest backup that loads, offered for [`Store::restore_backup`].
    pub backup: Option<BackupInfo>,
}

/// Everything [`Store::load_all`] found.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    /// The clients that loaded, sorted by id.
    pub clients: Vec<Client>,
    /// Files that did not load.
    pub problems: Vec<LoadProblem>,
    /// Clients whose file was written by a newer app: shown, never saved.
    pub read_only: Vec<ClientId>,
}

/// The data folder, opened for reading and (unless another copy of the app holds the lock)
/// writing. Share it between threads with an `Arc`.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    ops: Arc<dyn FileOps>,
    // held for the store's lifetime: the OS releases the lock when the file is closed
    _lock: Option<File>,
    read_only: Option<StoreError>,
    /// Clients whose file has a newer schema, with that schema.
    newer: Mutex<BTreeMap<ClientId, u32>>,
    settings_newer: Mutex<Option<u32>>,
    settings_problem: Mutex<Option<StoreError>>,
    /// One write at a time (the autosaver and the UI may both save).
    write: Mutex<()>,
    clock: ClockCell,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // a panic while holding one of these plain-data locks cannot leave it half-updated
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A backup file name in `dir` for `taken` that is not used yet (two saves within one
/// millisecond must not overwrite each other's backup).
fn free_backup_path(dir: &Path, taken: NaiveDateTime, kind: BackupKind) -> PathBuf {
    let mut t = taken;
    loop {
        let path = dir.join(backup::backup_name(t, kind));
        if !path.exists() {
            return path;
        }
        t += chrono::Duration::milliseconds(1);
    }
}

/// Where the store takes the time for backup, quarantine and trash names (UTC). The app
/// uses the system clock; tests move time forward to check the backup retention.
pub type Clock = Arc<dyn Fn() -> NaiveDateTime + Send + Sync>;

struct ClockCell(Clock);

impl std::fmt::Debug for ClockCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock")
    }
}

fn system_now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

fn stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S%.3fZ").to_string()
}

impl Store {
    /// The default data folder of this user (`None` if the OS has no home folder).
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("io", "ssicoach", "SSI Coach")
            .map(|d| d.data_dir().to_owned())
    }

    /// Open (and create) the data folder `dir`. If another copy of the app holds the lock, or
    /// the lock cannot be taken (read-only disk), the store opens read-only:
    /// [`Self::is_read_only`] and [`Self::read_only_reason`] say so and every save returns
    /// that reason as an error.
    pub fn open(dir: PathBuf) -> Result<Self, StoreError> {
        Self::open_with(dir, Arc::new(RealOps))
    }

    /// [`Self::open`] with other file operations (tests inject faults this way).
    pub fn open_with(dir: PathBuf, ops: Arc<dyn FileOps>) -> Result<Self, StoreError> {
        ops::create_private_dir(&dir)?;
        let lock_path = dir.join(LOCK_FILE);
        let (lock_file, read_only) = match Self::take_lock(&lock_path) {
            Ok(Some(f)) => (Some(f), None),
            Ok(None) => (None, Some(StoreError::Locked { dir: dir.clone() })),
            Err(e) => (None, Some(e)),
        };
        let store = Self {
            dir,
            ops,
            _lock: lock_file,
            read_only,
            newer: Mutex::new(BTreeMap::new()),
            settings_newer: Mutex::new(None),
            settings_problem: Mutex::new(None),
            write: Mutex::new(()),
            clock: ClockCell(Arc::new(system_now)),
        };
        if !store.is_read_only() {
            // best effort: a folder that cannot be created shows up on the first save
            let _ = ops::create_private_dir(&store.clients_dir());
            store.remove_temp_files();
        }
        Ok(store)
    }

    fn take_lock(path: &Path) -> Result<Option<File>, StoreError> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.mode(0o600);
        }
        let file = options.open(path).map_err(|e| StoreError::io(path, e))?;
        match fs4::fs_std::FileExt::try_lock_exclusive(&file) {
            Ok(true) => Ok(Some(file)),
            Ok(false) => Ok(None),
            Err(e) => Err(StoreError::io(path, e)),
        }
    }

    /// Remove temporary files of interrupted saves (only the lock holder does this: another
    /// copy might be in the middle of a save).
    fn remove_temp_files(&self) -> usize {
        let mut n = ops::remove_temp_files(&self.dir) + ops::remove_temp_files(&self.clients_dir());
        if let Ok(entries) = std::fs::read_dir(self.dir.join("backups")) {
            for e in entries.flatten() {
                n += ops::remove_temp_files(&e.path());
            }
        }
        n
    }

    /// Use `clock` instead of the system clock for the time stamps of backups, quarantined
    /// and deleted files (tests use it to check the backup retention over days).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = ClockCell(clock);
        self
    }

    fn now(&self) -> NaiveDateTime {
        (self.clock.0)()
    }

    /// The data folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether this store cannot write (another copy of the app has the folder, or the lock
    /// could not be taken).
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Why the store is read-only ([`StoreError::Locked`] or the I/O error of the lock file).
    pub fn read_only_reason(&self) -> Option<&StoreError> {
        self.read_only.as_ref()
    }

    fn clients_dir(&self) -> PathBuf {
        self.dir.join("clients")
    }

    /// The file of a client: `<data folder>/clients/<id>.ron`.
    pub fn client_path(&self, id: &ClientId) -> PathBuf {
        self.clients_dir().join(format!("{}.ron", id.0))
    }

    fn backup_dir(&self, id: &ClientId) -> PathBuf {
        self.dir.join("backups").join(&id.0)
    }

    fn check_writable(&self) -> Result<(), StoreError> {
        match &self.read_only {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    /// Load every client file. Damaged files are moved to `quarantine/` (never deleted) and
    /// reported with the newest backup that loads, and reported again at every start until a
    /// backup is restored (or the client deleted); files of a newer app are shown read-only;
    /// files that cannot be read are reported and left alone. A file's name is the client's
    /// id (a copied file is its own client).
    pub fn load_all(&self) -> LoadReport {
        let mut report = LoadReport::default();
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(self.clients_dir()) {
            Ok(entries) => entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "ron")
                        && p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| !n.starts_with('.'))
                })
                .collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                report.problems.push(LoadProblem {
                    file: self.clients_dir(),
                    id: None,
                    error: StoreError::io(&self.clients_dir(), e),
                    quarantined: None,
                    backup: None,
                });
                Vec::new()
            }
        };
        paths.sort();
        let mut seen = BTreeSet::new();
        for path in paths {
            let stem_id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .map(|s| ClientId(s.to_owned()))
                .filter(ClientId::is_valid);
            match self.load_one(&path) {
                Ok((mut client, newer)) => {
                    // the file name is the id the store saves under: a copied or renamed
                    // file is its own client, never written back over the original's file
                    if let Some(id) = &stem_id {
                        client.id.clone_from(id);
                    }
                    if !seen.insert(client.id.clone()) {
                        report.problems.push(LoadProblem {
                            file: path.clone(),
                            id: Some(client.id.clone()),
                            error: StoreError::Damaged {
                                path,
                                message: format!("a second file for client '{}'", client.id.0),
                            },
                            quarantined: None,
                            backup: None,
                        });
                        continue;
                    }
                    if let Some(schema) = newer {
                        lock(&self.newer).insert(client.id.clone(), schema);
                        report.read_only.push(client.id.clone());
                    }
                    report.clients.push(client);
                }
                Err(error) => {
                    let quarantined = if error.is_damage() && !self.is_read_only() {
                        self.quarantine(&path).ok()
                    } else {
                        None
                    };
                    let backup = stem_id.as_ref().and_then(|id| self.newest_good_backup(id));
                    if let (StoreError::NewerSchema { schema, .. }, Some(id)) = (&error, &stem_id) {
                        lock(&self.newer).insert(id.clone(), *schema);
                    }
                    report.problems.push(LoadProblem {
                        file: path,
                        id: stem_id,
                        error,
                        quarantined,
                        backup,
                    });
                }
            }
        }
        self.earlier_quarantines(&mut report);
        report.clients.sort_by(|a, b| a.id.cmp(&b.id));
        report
    }

    /// Clients whose file was moved to `quarantine/` at an earlier start and that were
    /// neither restored nor deleted since: reported again, with the newest good backup, so a
    /// damaged file never turns into a client that silently disappeared.
    fn earlier_quarantines(&self, report: &mut LoadReport) {
        let Ok(entries) = std::fs::read_dir(self.dir.join("quarantine")) else {
            return;
        };
        // the newest quarantined file of each client (names end in their UTC time)
        let mut newest: BTreeMap<ClientId, (String, PathBuf)> = BTreeMap::new();
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let Some((stem, time)) = name.split_once(".ron.") else {
                continue;
            };
            let id = ClientId(stem.to_owned());
            if !id.is_valid() || format!("{stem}.ron") == SETTINGS_FILE {
                continue;
            }
            if newest.get(&id).is_none_or(|(t, _)| t.as_str() < time) {
                newest.insert(id, (time.to_owned(), e.path()));
            }
        }
        let trashed: Vec<String> = std::fs::read_dir(self.dir.join("trash"))
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        for (id, (time, qpath)) in newest {
            let deleted_since = trashed.iter().any(|t| {
                t.strip_prefix(&format!("{}.", id.0))
                    .and_then(|t| t.strip_suffix(".ron"))
                    .is_some_and(|t| t >= time.as_str())
            });
            if deleted_since
                || self.client_path(&id).exists()
                || report.problems.iter().any(|p| p.id.as_ref() == Some(&id))
            {
                continue;
            }
            // nothing to offer: the first report was all the user can act on
            let Some(backup) = self.newest_good_backup(&id) else {
                continue;
            };
            let error = match format::load_client_file(&qpath) {
                Err(e) => e,
                Ok(_) => StoreError::Damaged {
                    path: qpath.clone(),
                    message: "moved aside at an earlier start".to_owned(),
                },
            };
            report.problems.push(LoadProblem {
                file: self.client_path(&id),
                id: Some(id),
                error,
                quarantined: Some(qpath),
                backup: Some(backup),
            });
        }
    }

    /// Load one client file: `(client, Some(schema))` for a file of a newer app.
    fn load_one(&self, path: &Path) -> Result<(Client, Option<u32>), StoreError> {
        let bytes = format::read_limited(path)?;
        let text = format::as_text(&bytes, path)?;
        match format::parse_versioned(text, path) {
            Ok(parsed) => {
                if parsed.schema < SCHEMA_VERSION && !self.is_read_only() {
                    // keep the original before the next save rewrites it in the new schema
                    // (once: the file is only rewritten at the next save)
                    let dir = self.backup_dir(&parsed.client.id);
                    let kind = BackupKind::BeforeMigration(parsed.schema);
                    let already = backup::list(&dir).iter().any(|b| {
                        b.kind == kind && std::fs::read(&b.path).is_ok_and(|old| old == bytes)
                    });
                    if !already {
                        ops::create_private_dir(&dir)?;
                        let path = free_backup_path(&dir, self.now(), kind);
                        ops::write_atomic(self.ops.as_ref(), &path, &bytes)?;
                    }
                }
                Ok((parsed.client, None))
            }
            Err(StoreError::NewerSchema { path, schema }) => {
                match format::parse_newer_leniently(text, &path) {
                    Some(client) => Ok((client, Some(schema))),
                    None => Err(StoreError::NewerSchema { path, schema }),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// Move a damaged file to `quarantine/<name>.<time>` (never deleted or overwritten).
    fn quarantine(&self, path: &Path) -> Result<PathBuf, StoreError> {
        let qdir = self.dir.join("quarantine");
        ops::create_private_dir(&qdir)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut target = qdir.join(format!("{name}.{}", stamp(self.now())));
        let mut n = 1;
        while target.exists() {
            target = qdir.join(format!("{name}.{}-{n}", stamp(self.now())));
            n += 1;
        }
        std::fs::rename(path, &target).map_err(|e| StoreError::io(path, e))?;
        Ok(target)
    }

    fn newest_good_backup(&self, id: &ClientId) -> Option<BackupInfo> {
        backup::list(&self.backup_dir(id))
            .into_iter()
            .find(|b| format::load_client_file(&b.path).is_ok_and(|c| c.id == *id))
    }

    /// Save a client atomically to `clients/<id>.ron` and keep a backup of the saved version.
    /// On error the previous file is untouched and the data stays with the caller.
    pub fn save_client(&self, client: &Client) -> Result<(), StoreError> {
        self.check_writable()?;
        let path = self.client_path(&client.id);
        if let Some(schema) = lock(&self.newer).get(&client.id) {
            return Err(StoreError::NewerSchema {
                path,
                schema: *schema,
            });
        }
        let text = format::client_to_ron(client)?;
        let _guard = lock(&self.write);
        ops::create_private_dir(&self.clients_dir())?;
        self.guard_existing(&path)?;
        ops::write_atomic(self.ops.as_ref(), &path, text.as_bytes())?;
        // the save itself succeeded; a failing backup must not turn it into an error
        if let Err(e) = self.backup_saved(&client.id, &text) {
            eprintln!("ssi-coach: backup of {} failed: {e}", client.id.0);
        }
        Ok(())
    }

    /// Before overwriting `path`: refuse if a newer app has written it meanwhile (a sync tool
    /// may have brought it), quarantine it if it has become damaged.
    fn guard_existing(&self, path: &Path) -> Result<(), StoreError> {
        if !path.exists() {
            return Ok(());
        }
        match format::load_versioned_file(path) {
            Ok(_) => Ok(()),
            Err(StoreError::NewerSchema { path, schema }) => {
                Err(StoreError::NewerSchema { path, schema })
            }
            Err(e) if e.is_damage() => self.quarantine(path).map(|_| ()),
            // unreadable: the write will report the real problem
            Err(_) => Ok(()),
        }
    }

    fn backup_saved(&self, id: &ClientId, text: &str) -> Result<(), StoreError> {
        let dir = self.backup_dir(id);
        ops::create_private_dir(&dir)?;
        let list = backup::list(&dir);
        let same_as_newest = list
            .iter()
            .find(|b| b.kind == BackupKind::Saved)
            .and_then(|b| std::fs::read(&b.path).ok())
            .is_some_and(|old| old == text.as_bytes());
        let now = self.now();
        if !same_as_newest {
            let path = free_backup_path(&dir, now, BackupKind::Saved);
            ops::write_atomic(self.ops.as_ref(), &path, text.as_bytes())?;
        }
        for old in backup::to_prune(&backup::list(&dir), now) {
            let _ = std::fs::remove_file(&old.path);
        }
        Ok(())
    }

    /// Move a client's file to `trash/<id>.<time>.ron` (nothing is deleted).
    pub fn delete_client(&self, id: &ClientId) -> Result<(), StoreError> {
        self.check_writable()?;
        if !id.is_valid() {
            return Err(StoreError::InvalidId { id: id.0.clone() });
        }
        let _guard = lock(&self.write);
        let path = self.client_path(id);
        let trash = self.dir.join("trash");
        ops::create_private_dir(&trash)?;
        let target = trash.join(format!("{}.{}.ron", id.0, stamp(self.now())));
        std::fs::rename(&path, &target).map_err(|e| StoreError::io(&path, e))
    }

    /// The backups of a client, newest first.
    pub fn backups(&self, id: &ClientId) -> Vec<BackupInfo> {
        if !id.is_valid() {
            return Vec::new();
        }
        backup::list(&self.backup_dir(id))
    }

    /// Load a backup and make it the client's current file (the version it replaces stays
    /// among the backups). Returns the restored client.
    pub fn restore_backup(&self, id: &ClientId, info: &BackupInfo) -> Result<Client, StoreError> {
        self.check_writable()?;
        let dir = self.backup_dir(id);
        if info.path.parent() != Some(dir.as_path()) {
            return Err(StoreError::io(
                &info.path,
                std::io::Error::new(std::io::ErrorKind::NotFound, "not a backup of this client"),
            ));
        }
        let client = format::load_client_file(&info.path)?;
        if client.id != *id {
            return Err(StoreError::Damaged {
                path: info.path.clone(),
                message: format!("the backup belongs to client '{}'", client.id.0),
            });
        }
        // a file of a newer app in place is never overwritten: an explicit restore moves it
        // to `quarantine/` first
        let path = self.client_path(id);
        if matches!(
            format::load_versioned_file(&path),
            Err(StoreError::NewerSchema { .. })
        ) {
            let _guard = lock(&self.write);
            self.quarantine(&path)?;
        }
        lock(&self.newer).remove(id);
        self.save_client(&client)?;
        Ok(client)
    }

    /// The settings; defaults if there is no settings file. A damaged settings file is moved
    /// to `quarantine/` and reported by [`Self::settings_problem`].
    pub fn load_settings(&self) -> Settings {
        let path = self.dir.join(SETTINGS_FILE);
        if !path.exists() {
            return Settings::default();
        }
        let result = format::read_limited(&path).and_then(|bytes| {
            let text = format::as_text(&bytes, &path)?;
            format::parse_settings(text, &path)
        });
        match result {
            Ok((settings, schema)) => {
                *lock(&self.settings_newer) = (schema > SETTINGS_SCHEMA_VERSION).then_some(schema);
                settings
            }
            Err(e) => {
                if let StoreError::NewerSchema { schema, .. } = &e {
                    // not understood, but not ours to overwrite either
                    *lock(&self.settings_newer) = Some(*schema);
                }
                if e.is_damage() && !self.is_read_only() {
                    let _ = self.quarantine(&path);
                }
                *lock(&self.settings_problem) = Some(e);
                Settings::default()
            }
        }
    }

    /// What went wrong with the settings file at the last [`Self::load_settings`], if anything.
    pub fn settings_problem(&self) -> Option<StoreError> {
        lock(&self.settings_problem).clone()
    }

    /// Save the settings atomically.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        self.check_writable()?;
        let path = self.dir.join(SETTINGS_FILE);
        if let Some(schema) = *lock(&self.settings_newer) {
            return Err(StoreError::NewerSchema { path, schema });
        }
        let text = format::settings_to_ron(settings)?;
        let _guard = lock(&self.write);
        ops::write_atomic(self.ops.as_ref(), &path, text.as_bytes())
    }
}
