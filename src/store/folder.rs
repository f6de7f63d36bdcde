//! The data folder: lock, client files, settings, backups, quarantine and trash.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::NaiveDateTime;

use super::backup::{self, BackupInfo, BackupKind};
use super::format::{self, SETTINGS_SCHEMA_VERSION};
use super::merge;
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
    /// Copies of a client's file a sync tool or a hand made (`dana-1 (1).ron`,
    /// `dana-1 copy.ron`, `dana-1 (conflicted copy ...).ron`,
    /// `dana-1.sync-conflict-....ron`): never loaded as that client, never written; offered
    /// as "a second version of" it ([`Store::keep_both`], [`Store::merge_second_version`]).
    pub second_versions: Vec<SecondVersion>,
}

impl LoadReport {
    /// Add what `part` found (a piece of [`Store::load_streaming`]).
    pub fn absorb(&mut self, part: LoadReport) {
        self.clients.extend(part.clients);
        self.problems.extend(part.problems);
        self.read_only.extend(part.read_only);
        self.second_versions.extend(part.second_versions);
    }
}

/// What [`Store::load_streaming`] hands over, in this order: the number of client files,
/// then the parts.
#[derive(Debug, Clone)]
pub enum LoadEvent {
    /// How many client files will be read (sent first, once).
    Files(usize),
    /// What one client file gave (or, last, the copies and earlier quarantines).
    Part(LoadReport),
}

/// A second version of a client: a copy of its file under another name, left in place.
#[derive(Debug, Clone)]
pub struct SecondVersion {
    /// The copy.
    pub file: PathBuf,
    /// The client it is a version of (from its name, else from its content).
    pub of: ClientId,
    /// Its content, if it loads.
    pub client: Option<Client>,
}

/// What a save did beyond writing the client, for the app to tell the user.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncNotice {
    /// The file had changed on disk since it was loaded (a sync tool brought another
    /// machine's edits) while there were edits here too: both were merged, and the version
    /// found on disk was kept as a backup.
    Merged {
        /// The client.
        id: ClientId,
        /// The backup holding the version that was on disk.
        kept: Option<PathBuf>,
    },
    /// A file this store never loaded was replaced; its version was kept as a backup.
    KeptOther {
        /// The client.
        id: ClientId,
        /// The backup holding the version that was on disk.
        kept: Option<PathBuf>,
    },
}

/// How [`find_client`] found a client.
#[derive(Debug, Clone)]
pub enum ClientLookup {
    /// Exactly one: its id is its file's name.
    Found(Box<Client>),
    /// None; how many client files could not be read, and the copies (second versions)
    /// that were not considered.
    NotFound {
        /// Client files that did not load.
        unreadable: usize,
        /// Files that are copies of a client's file.
        copies: Vec<PathBuf>,
    },
    /// Several clients have that name.
    Several(Vec<ClientId>),
}

/// The `.ron` files of a clients folder: those named by a valid id, and the others.
type ClientFiles = (Vec<(ClientId, PathBuf)>, Vec<PathBuf>);

/// The client file names of `clients_dir` whose stem is a valid id, and the other `.ron`
/// files (copies), both sorted.
fn client_files(clients_dir: &Path) -> std::io::Result<ClientFiles> {
    let mut ids = Vec::new();
    let mut others = Vec::new();
    for e in std::fs::read_dir(clients_dir)?.flatten() {
        let path = e.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.starts_with('.') || path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(|s| ClientId(s.to_owned()));
        match id.filter(ClientId::is_valid) {
            Some(id) => ids.push((id, path)),
            None => others.push(path),
        }
    }
    ids.sort();
    others.sort();
    Ok((ids, others))
}

/// The client a copy's file name says it is a copy of: `<id> (1)`, `<id> copy`,
/// `<id> copy 2`, `<id> (conflicted copy ...)`, `<id> (... conflicted copy ...)` (Dropbox),
/// `<id>.sync-conflict-...` (Syncthing), `<id> (Case Conflict)` and the like.
pub fn copy_of(stem: &str) -> Option<ClientId> {
    let valid = |s: &str| Some(ClientId(s.to_owned())).filter(ClientId::is_valid);
    if let Some((base, _)) = stem.split_once(".sync-conflict-") {
        return valid(base);
    }
    let (base, rest) = stem.split_once(' ')?;
    let rest = rest.trim();
    let lower = rest.to_lowercase();
    let numbered = lower
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let copy = lower == "copy"
        || lower
            .strip_prefix("copy ")
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        || lower.starts_with('(') && lower.ends_with(')') && lower.contains("conflict");
    if numbered || copy { valid(base) } else { None }
}

/// Find a client in `<dir>/clients/` by id (its file's name) or by name (ignoring case and
/// surrounding spaces), without changing anything on disk. The id of the client returned is
/// its file's name, whatever id the file holds; copies of a client's file (see [`copy_of`])
/// are never taken for it.
pub fn find_client(dir: &Path, wanted: &str) -> ClientLookup {
    let clients_dir = dir.join("clients");
    let (files, copies) = client_files(&clients_dir).unwrap_or_default();
    let wanted_name = wanted.trim().to_lowercase();
    let mut by_name = Vec::new();
    let mut unreadable = 0;
    for (id, path) in files {
        let Ok(mut client) = format::load_client_file(&path) else {
            unreadable += 1;
            continue;
        };
        client.id = id;
        if client.id.0 == wanted {
            return ClientLookup::Found(Box::new(client));
        }
        if client.name.trim().to_lowercase() == wanted_name {
            by_name.push(client);
        }
    }
    match by_name.len() {
        1 => ClientLookup::Found(Box::new(by_name.remove(0))),
        0 => ClientLookup::NotFound { unreadable, copies },
        _ => ClientLookup::Several(by_name.into_iter().map(|c| c.id).collect()),
    }
}

/// Every client saved in `<dir>/clients/` (read only: no lock, nothing written), by file name,
/// and how many client files could not be read. Copies of client files are not clients.
pub fn read_clients(dir: &Path) -> (Vec<Client>, usize) {
    let (files, _copies) = client_files(&dir.join("clients")).unwrap_or_default();
    let mut clients = Vec::new();
    let mut unreadable = 0;
    for (id, path) in files {
        match format::load_client_file(&path) {
            Ok(mut client) => {
                client.id = id;
                clients.push(client);
            }
            Err(_) => unreadable += 1,
        }
    }
    clients.sort_by_key(|c| c.name.to_lowercase());
    (clients, unreadable)
}

/// FNV-1a (64 bit) over a file's bytes: how the store notices that a file changed since it
/// read or wrote it (a sync tool brought another version), whatever its modification time.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// A client file's text as the store last saw it.
#[derive(Debug, Clone)]
enum Base {
    /// As read, until the loading has handed the client over ([`Store::pack_base`]).
    Raw(Vec<u8>),
    /// Deflated ([`pack`]).
    Packed(Vec<u8>),
}

impl Base {
    fn text(&self) -> Vec<u8> {
        match self {
            Self::Raw(bytes) => bytes.clone(),
            Self::Packed(packed) => unpack(packed),
        }
    }
}

/// `bytes` deflated (fast: a client file's RON shrinks about sevenfold), in no more memory
/// than that takes: kept for as long as the client is open, the room a growing buffer leaves
/// was 8 of the 20 MB a coach's folder of 80 MB kept here.
fn pack(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut e = flate2::write::DeflateEncoder::new(
        Vec::with_capacity(bytes.len() / 6),
        // level 1 is a quicker method that packed a coach's folder to 14.7 MB; level 2, the
        // usual fast one, to about 11
        flate2::Compression::new(2),
    );
    // writing into a Vec cannot fail; an empty base merges as "nothing in common"
    let mut packed = match e.write_all(bytes) {
        Ok(()) => e.finish().unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    packed.shrink_to_fit();
    packed
}

/// What [`pack`] deflated (empty if it does not inflate: the merge then keeps everything
/// either side has).
fn unpack(packed: &[u8]) -> Vec<u8> {
    use std::io::Read as _;
    let mut out = Vec::new();
    match flate2::read::DeflateDecoder::new(packed).read_to_end(&mut out) {
        Ok(_) => out,
        Err(_) => Vec::new(),
    }
}

/// A client file as [`Store::load_one`] read it.
struct Loaded {
    client: Client,
    /// The schema of a file of a newer app (shown read-only).
    newer: Option<u32>,
    bytes: Vec<u8>,
    hash: u64,
    /// The file's size and time as they were before it was read.
    stamp: Option<Stamp>,
}

/// A file's size and modification time, taken before its bytes are read: while both stay the
/// same the file is not read again to notice another machine's change (a synced folder of
/// 80 MB would be read and hashed on every return to the window). Only taken of a file last
/// modified more than [`Stamp::SETTLED`] ago, so a change within one tick of a coarse file
/// system clock (FAT's two seconds) is never mistaken for no change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: std::time::SystemTime,
}

impl Stamp {
    const SETTLED: std::time::Duration = std::time::Duration::from_secs(3);

    fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?;
        let age = std::time::SystemTime::now().duration_since(modified).ok()?;
        (age > Self::SETTLED).then_some(Self {
            len: meta.len(),
            modified,
        })
    }
}

/// What the store last read from or wrote to a client's file.
#[derive(Debug, Clone)]
struct Seen {
    /// The hash of the file's bytes as the app last saw them (loaded or saved).
    hash: u64,
    /// The file's bytes as the app has the client since: the common version of a later
    /// merge, parsed only then. Not a second copy of every client in memory: deflated, a
    /// coach's folder of 80 MB keeps about a tenth of that here, and keeping the text a save
    /// just wrote copies no client on the saving thread.
    base: Base,
    /// The hash of a merged version this store wrote since (the app has not reloaded it).
    merged: Option<u64>,
    /// The file's size and time when it was read with `hash` (none after a save: the next
    /// check reads it once).
    stamp: Option<Stamp>,
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
    /// Per client: what the file held when it was last loaded or saved here.
    seen: Mutex<BTreeMap<ClientId, Seen>>,
    /// What saves did beyond writing (merged another version, kept it), for the app.
    notices: Mutex<Vec<SyncNotice>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // a panic while holding one of these plain-data locks cannot leave it half-updated
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A backup file name in `dir` for `taken` that is not used yet, with the next sequence
/// number (two saves within one millisecond must not overwrite each other's backup).
fn free_backup_path(dir: &Path, taken: NaiveDateTime, kind: BackupKind) -> PathBuf {
    let mut seq = backup::next_seq(dir);
    loop {
        let path = dir.join(backup::backup_name(taken, seq, kind));
        if !path.exists() {
            return path;
        }
        seq += 1;
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
            seen: Mutex::new(BTreeMap::new()),
            notices: Mutex::new(Vec::new()),
        };
        if !store.is_read_only() {
            // best effort: a folder that cannot be created shows up on the first save
            let _ = ops::create_private_dir(&store.clients_dir());
            store.remove_temp_files();
        }
        Ok(store)
    }

    /// [`Self::open`], waiting up to `wait` while another writer (another `import --client`
    /// run, the app's last save) holds the data folder; read-only if it is still held then.
    pub fn open_waiting(dir: &Path, wait: std::time::Duration) -> Result<Self, StoreError> {
        let deadline = std::time::Instant::now() + wait;
        loop {
            let store = Self::open(dir.to_owned())?;
            let locked = matches!(store.read_only, Some(StoreError::Locked { .. }));
            if !locked || std::time::Instant::now() >= deadline {
                return Ok(store);
            }
            drop(store);
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
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
        // an exclusive advisory lock (flock on Unix, LockFileEx on Windows), released when the
        // file is closed, also when the process dies
        match file.try_lock() {
            Ok(()) => Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(StoreError::io(path, e)),
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
        self.load_streaming(None, |event| {
            if let LoadEvent::Part(part) = event {
                report.absorb(part);
            }
        });
        report.clients.sort_by(|a, b| a.id.cmp(&b.id));
        report
    }

    /// [`Self::load_all`] delivered piece by piece, for an app that shows one client before
    /// the others are read: first [`LoadEvent::Files`] (how many client files there are), then
    /// one [`LoadEvent::Part`] per client file, `first`'s file before all others, then one part
    /// with the copies (second versions) and the clients quarantined at an earlier start. The
    /// parts together hold exactly what [`Self::load_all`] returns (in another order).
    pub fn load_streaming(&self, first: Option<&ClientId>, mut deliver: impl FnMut(LoadEvent)) {
        let mut last = LoadReport::default();
        let (mut files, copies) = match client_files(&self.clients_dir()) {
            Ok(found) => found,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Vec::new(), Vec::new()),
            Err(e) => {
                last.problems.push(LoadProblem {
                    file: self.clients_dir(),
                    id: None,
                    error: StoreError::io(&self.clients_dir(), e),
                    quarantined: None,
                    backup: None,
                });
                (Vec::new(), Vec::new())
            }
        };
        if let Some(at) = first.and_then(|first| files.iter().position(|(id, _)| id == first)) {
            let file = files.remove(at);
            files.insert(0, file);
        }
        deliver(LoadEvent::Files(files.len()));
        let mut reported = std::collections::BTreeSet::new();
        for (id, path) in files {
            let part = self.load_file(id.clone(), path);
            reported.extend(part.problems.iter().filter_map(|p| p.id.clone()));
            deliver(LoadEvent::Part(part));
            self.pack_base(&id);
        }
        // copies under names that are not ids: never loaded as the client they copy, never
        // moved or written; offered as a second version of it
        for path in copies {
            let loaded = format::load_client_file(&path);
            let named = path.file_stem().and_then(|s| s.to_str()).and_then(copy_of);
            let of = named.or_else(|| loaded.as_ref().ok().map(|c| c.id.clone()));
            match (of, loaded) {
                (Some(of), loaded) => last.second_versions.push(SecondVersion {
                    file: path,
                    of,
                    client: loaded.ok(),
                }),
                (None, Err(error)) => last.problems.push(LoadProblem {
                    file: path,
                    id: None,
                    error,
                    quarantined: None,
                    backup: None,
                }),
                (None, Ok(_)) => {}
            }
        }
        self.earlier_quarantines(&reported, &mut last);
        deliver(LoadEvent::Part(last));
    }

    /// Load one client file (`id` is its name) into a report of its own.
    fn load_file(&self, id: ClientId, path: PathBuf) -> LoadReport {
        let mut report = LoadReport::default();
        match self.load_one(&path) {
            Ok(Loaded {
                mut client,
                newer,
                bytes,
                hash,
                stamp,
            }) => {
                // the file name is the id the store saves under: a copied or renamed
                // file is its own client, never written back over the original's file
                client.id.clone_from(&id);
                if let Some(schema) = newer {
                    lock(&self.newer).insert(client.id.clone(), schema);
                    report.read_only.push(client.id.clone());
                } else {
                    // deflated once the client is handed over ([`Self::pack_base`]): the
                    // first client's dashboard does not wait for it
                    lock(&self.seen).insert(
                        id.clone(),
                        Seen {
                            hash,
                            base: Base::Raw(bytes),
                            merged: None,
                            stamp,
                        },
                    );
                }
                report.clients.push(client);
            }
            Err(error) => {
                let quarantined = if error.is_damage() && !self.is_read_only() {
                    self.quarantine(&path).ok()
                } else {
                    None
                };
                let backup = self.newest_good_backup(&id);
                if let StoreError::NewerSchema { schema, .. } = &error {
                    lock(&self.newer).insert(id.clone(), *schema);
                }
                report.problems.push(LoadProblem {
                    file: path,
                    id: Some(id),
                    error,
                    quarantined,
                    backup,
                });
            }
        }
        report
    }

    /// Clients whose file was moved to `quarantine/` at an earlier start and that were
    /// neither restored nor deleted since: reported again, with the newest good backup, so a
    /// damaged file never turns into a client that silently disappeared.
    fn earlier_quarantines(
        &self,
        reported: &std::collections::BTreeSet<ClientId>,
        report: &mut LoadReport,
    ) {
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
                || reported.contains(&id)
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

    /// Load one client file: the client, `Some(schema)` for a file of a newer app, and the
    /// file's bytes and their hash.
    fn load_one(&self, path: &Path) -> Result<Loaded, StoreError> {
        let stamp = Stamp::of(path);
        let bytes = format::read_limited(path)?;
        let hash = content_hash(&bytes);
        let text = format::as_text(&bytes, path)?;
        let (client, newer) = match format::parse_versioned(text, path) {
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
                (parsed.client, None)
            }
            Err(StoreError::NewerSchema { path, schema }) => {
                match format::parse_newer_leniently(text, &path) {
                    Some(client) => (client, Some(schema)),
                    None => return Err(StoreError::NewerSchema { path, schema }),
                }
            }
            Err(e) => return Err(e),
        };
        Ok(Loaded {
            client,
            newer,
            bytes,
            hash,
            stamp,
        })
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

    /// Deflate the text remembered for `id` if it is still as read (the loading thread, after
    /// handing the client over).
    fn pack_base(&self, id: &ClientId) {
        let raw = match lock(&self.seen).get(id) {
            Some(Seen {
                base: Base::Raw(bytes),
                hash,
                ..
            }) => (bytes.clone(), *hash),
            _ => return,
        };
        let packed = pack(&raw.0);
        if let Some(seen) = lock(&self.seen).get_mut(id)
            && seen.hash == raw.1
            && matches!(seen.base, Base::Raw(_))
        {
            seen.base = Base::Packed(packed);
        }
    }

    /// Remember what a client's file held (`bytes`, with their `hash`, read after `stamp`
    /// was taken) when the app got the client `id` from it.
    fn remember(&self, id: &ClientId, bytes: &[u8], hash: u64, stamp: Option<Stamp>) {
        // deflated before the lock is taken
        let base = Base::Packed(pack(bytes));
        lock(&self.seen).insert(
            id.clone(),
            Seen {
                hash,
                base,
                merged: None,
                stamp,
            },
        );
    }

    /// Save a client atomically to `clients/<id>.ron` and keep a backup of the saved version.
    /// On error the previous file is untouched and the data stays with the caller.
    ///
    /// The file is never overwritten blindly: if it changed on disk since this store loaded
    /// or saved it (a sync tool brought another machine's edits, a script imported), the
    /// version on disk is kept as a backup and merged with this one ([`merge::three_way`]),
    /// and [`Self::take_notices`] says so. A file of a newer app is refused, a damaged one
    /// moved to `quarantine/` first.
    pub fn save_client(&self, client: &Client) -> Result<(), StoreError> {
        self.check_writable()?;
        if let Some(schema) = lock(&self.newer).get(&client.id) {
            return Err(StoreError::NewerSchema {
                path: self.client_path(&client.id),
                schema: *schema,
            });
        }
        // fail early on an id that cannot be a file name
        if !client.id.is_valid() {
            return Err(StoreError::InvalidId {
                id: client.id.0.clone(),
            });
        }
        let _guard = lock(&self.write);
        self.save_locked(client)
    }

    /// [`Self::save_client`] with the write lock held.
    fn save_locked(&self, client: &Client) -> Result<(), StoreError> {
        let path = self.client_path(&client.id);
        ops::create_private_dir(&self.clients_dir())?;
        let on_disk = self.read_existing(&path)?;
        let mut seen = lock(&self.seen);
        let known = seen.get(&client.id);
        let changed = match (&on_disk, known) {
            (None, _) => false,
            (Some((_, hash)), Some(k)) => *hash != k.hash,
            (Some(_), None) => true,
        };
        let mut merged = None;
        let mut notice = None;
        if let (true, Some((bytes, hash))) = (changed, &on_disk) {
            match format::as_text(bytes, &path).and_then(|t| format::parse_versioned(t, &path)) {
                Err(StoreError::NewerSchema { path, schema }) => {
                    // a newer app wrote it meanwhile: never overwritten
                    lock(&self.newer).insert(client.id.clone(), schema);
                    return Err(StoreError::NewerSchema { path, schema });
                }
                Err(e) if e.is_damage() => {
                    self.quarantine(&path)?;
                }
                Err(_) => {}
                Ok(parsed) => {
                    let already_merged = known.is_some_and(|k| k.merged == Some(*hash));
                    let kept = if already_merged {
                        None
                    } else {
                        self.keep_version(&client.id, bytes)?
                    };
                    match known {
                        Some(k) => {
                            let text = k.base.text();
                            let base = format::as_text(&text, &path)
                                .and_then(|t| format::parse_client(t, &path))
                                .map(|mut base| {
                                    base.id.clone_from(&client.id);
                                    base
                                })
                                // the text was read or written by this store; should it not
                                // parse, everything either side has is kept
                                .unwrap_or_else(|_| merge::empty_base(client));
                            merged = Some(merge::three_way(&base, client, &parsed.client));
                            if !already_merged {
                                notice = Some(SyncNotice::Merged {
                                    id: client.id.clone(),
                                    kept,
                                });
                            }
                        }
                        None => {
                            notice = kept.map(|kept| SyncNotice::KeptOther {
                                id: client.id.clone(),
                                kept: Some(kept),
                            });
                        }
                    }
                }
            }
        }
        let text = format::client_to_ron(merged.as_ref().unwrap_or(client))?;
        ops::write_atomic(self.ops.as_ref(), &path, text.as_bytes())?;
        let hash = content_hash(text.as_bytes());
        match (merged.is_some(), seen.get_mut(&client.id)) {
            // the app still has its own version: the next save merges again against the
            // same common version, so nothing the other side added is lost before it reloads
            (true, Some(k)) => {
                k.merged = Some(hash);
                k.stamp = None;
            }
            _ => {
                seen.insert(
                    client.id.clone(),
                    Seen {
                        hash,
                        base: Base::Packed(pack(text.as_bytes())),
                        merged: None,
                        stamp: None,
                    },
                );
            }
        }
        drop(seen);
        if let Some(n) = notice {
            lock(&self.notices).push(n);
        }
        // the save itself succeeded; a failing backup must not turn it into an error
        if let Err(e) = self.backup_saved(&client.id, &text) {
            eprintln!("ssi-coach: backup of {} failed: {e}", client.id.0);
        }
        Ok(())
    }

    /// The bytes of an existing client file and their hash; `None` if there is none (or it
    /// cannot be read: the write reports the real problem). A file too large to be a client
    /// file is moved to `quarantine/`.
    fn read_existing(&self, path: &Path) -> Result<Option<(Vec<u8>, u64)>, StoreError> {
        if !path.exists() {
            return Ok(None);
        }
        match format::read_limited(path) {
            Ok(bytes) => {
                let hash = content_hash(&bytes);
                Ok(Some((bytes, hash)))
            }
            Err(e) if e.is_damage() => self.quarantine(path).map(|_| None),
            Err(_) => Ok(None),
        }
    }

    /// Keep `bytes` (a version found on disk) as a backup of `id`, unless the newest backup
    /// already holds exactly them. Returns the backup written.
    fn keep_version(&self, id: &ClientId, bytes: &[u8]) -> Result<Option<PathBuf>, StoreError> {
        let dir = self.backup_dir(id);
        ops::create_private_dir(&dir)?;
        let same = backup::list(&dir)
            .first()
            .and_then(|b| std::fs::read(&b.path).ok())
            .is_some_and(|old| old == bytes);
        if same {
            return Ok(None);
        }
        let path = free_backup_path(&dir, self.now(), BackupKind::Saved);
        ops::write_atomic(self.ops.as_ref(), &path, bytes)?;
        Ok(Some(path))
    }

    /// What saves did beyond writing since the last call (another version merged and kept).
    pub fn take_notices(&self) -> Vec<SyncNotice> {
        std::mem::take(&mut *lock(&self.notices))
    }

    /// If a client's file changed on disk since this store loaded or saved it (a sync tool
    /// brought another machine's version, a script imported), read it again: the app shows
    /// that version when it has no edits of its own queued. `Ok(None)`: unchanged (or gone).
    pub fn reload_if_changed(&self, id: &ClientId) -> Result<Option<Client>, StoreError> {
        if !id.is_valid() {
            return Err(StoreError::InvalidId { id: id.0.clone() });
        }
        let _guard = lock(&self.write);
        let path = self.client_path(id);
        // unchanged since it was last read: not read again
        let stamp = Stamp::of(&path);
        if stamp.is_some() && lock(&self.seen).get(id).is_some_and(|k| k.stamp == stamp) {
            return Ok(None);
        }
        let Some((bytes, hash)) = self.read_existing_untouched(&path)? else {
            return Ok(None);
        };
        if let Some(k) = lock(&self.seen).get_mut(id)
            && k.hash == hash
        {
            k.stamp = stamp;
            return Ok(None);
        }
        let mut client = format::parse_client(format::as_text(&bytes, &path)?, &path)?;
        client.id.clone_from(id);
        self.remember(id, &bytes, hash, stamp);
        Ok(Some(client))
    }

    fn read_existing_untouched(&self, path: &Path) -> Result<Option<(Vec<u8>, u64)>, StoreError> {
        if !path.exists() {
            return Ok(None);
        }
        let bytes = format::read_limited(path)?;
        let hash = content_hash(&bytes);
        Ok(Some((bytes, hash)))
    }

    /// Read a client's file, change it with `change` and save it, all under the store's
    /// write lock (and the data folder's lock this store holds), so no other writer can come
    /// in between (two `import --client` runs, the app's last save). `change` returns whether
    /// to save. Returns the client as saved (its id is its file's name).
    pub fn update_client(
        &self,
        id: &ClientId,
        change: impl FnOnce(&mut Client) -> bool,
    ) -> Result<Client, StoreError> {
        self.check_writable()?;
        if !id.is_valid() {
            return Err(StoreError::InvalidId { id: id.0.clone() });
        }
        let _guard = lock(&self.write);
        let path = self.client_path(id);
        let Loaded {
            mut client,
            newer,
            bytes,
            hash,
            stamp,
        } = self.load_one(&path)?;
        if let Some(schema) = newer {
            return Err(StoreError::NewerSchema { path, schema });
        }
        client.id.clone_from(id);
        self.remember(id, &bytes, hash, stamp);
        if change(&mut client) {
            self.save_locked(&client)?;
        }
        Ok(client)
    }

    /// Keep both: make a second version its own client, under a new id (`<id>-v2`, ...) and
    /// a name that tells it apart (`Dana Whitfield (2)`), and move the copy to `trash/`
    /// (nothing is deleted). Returns the new client.
    pub fn keep_both(&self, second: &SecondVersion) -> Result<Client, StoreError> {
        self.check_writable()?;
        let mut client = format::load_client_file(&second.file)?;
        let mut n = 2;
        let id = loop {
            let base: String = second.of.0.chars().take(56).collect();
            let id = ClientId(format!("{base}-v{n}"));
            if !self.client_path(&id).exists() {
                break id;
            }
            n += 1;
        };
        client.id = id;
        // two clients of one name in the list could not be told apart
        client.name = format!("{} ({n})", client.name);
        let _guard = lock(&self.write);
        self.save_locked(&client)?;
        self.trash_copy(&second.file)?;
        Ok(client)
    }

    /// Merge a second version into the client it is a version of (everything either has is
    /// kept), save it and move the copy to `trash/`. Returns the merged client.
    pub fn merge_second_version(&self, second: &SecondVersion) -> Result<Client, StoreError> {
        let theirs = format::load_client_file(&second.file)?;
        let client = self.update_client(&second.of, |ours| {
            let merged = merge::three_way(&merge::empty_base(ours), ours, &theirs);
            let changed = merged != *ours;
            *ours = merged;
            changed
        })?;
        let _guard = lock(&self.write);
        self.trash_copy(&second.file)?;
        Ok(client)
    }

    fn trash_copy(&self, file: &Path) -> Result<(), StoreError> {
        let trash = self.dir.join("trash");
        ops::create_private_dir(&trash)?;
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let target = trash.join(format!("{name}.{}", stamp(self.now())));
        std::fs::rename(file, &target).map_err(|e| StoreError::io(file, e))
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
        // the restored version replaces whatever is there: the app takes it as it is
        self.replace_in_place(&path, client)
    }

    /// Save `client` over whatever is at `path` as the version the app takes as it is; the
    /// version there is kept among the backups first.
    fn replace_in_place(&self, path: &Path, client: Client) -> Result<Client, StoreError> {
        let id = &client.id;
        lock(&self.seen).remove(id);
        let _guard = lock(&self.write);
        if let Some((bytes, hash)) = self.read_existing(path)? {
            self.keep_version(id, &bytes)?;
            let text = format::client_to_ron(&client)?;
            self.remember(id, text.as_bytes(), hash, None);
        }
        self.save_locked(&client)?;
        Ok(client)
    }

    /// Take back a client file that was moved to `quarantine/` because it was changed outside
    /// SSI Coach ([`StoreError::ChangedOutside`]): the file as it is now, checked like any
    /// other except for its old checksum, saved in place with a new one. A version in place
    /// (restored meanwhile) is kept among the backups first.
    pub fn keep_changed(&self, id: &ClientId, quarantined: &Path) -> Result<Client, StoreError> {
        self.check_writable()?;
        if quarantined.parent() != Some(self.dir.join("quarantine").as_path()) {
            return Err(StoreError::io(
                quarantined,
                std::io::Error::new(std::io::ErrorKind::NotFound, "not a quarantined file"),
            ));
        }
        let bytes = format::read_limited(quarantined)?;
        let client =
            format::parse_ignoring_checksum(format::as_text(&bytes, quarantined)?, quarantined)?;
        if client.id != *id {
            return Err(StoreError::Damaged {
                path: quarantined.to_owned(),
                message: format!("the file belongs to client '{}'", client.id.0),
            });
        }
        self.replace_in_place(&self.client_path(id), client)
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// The common version of a later merge is kept deflated in just the room it takes (it is
    /// kept for as long as the client is open), and inflates to what was packed.
    #[test]
    fn a_packed_base_takes_no_more_room_than_it_needs() {
        let text: Vec<u8> = (0..20_000)
            .flat_map(|n| {
                format!("      (id: {n}, date: \"2026-01-05\", person: \"Contact {n}\"),\n")
                    .into_bytes()
            })
            .collect();
        let packed = pack(&text);
        assert_eq!(packed.capacity(), packed.len());
        assert!(packed.len() < text.len() / 4, "{}", packed.len());
        assert_eq!(unpack(&packed), text);
    }
}
