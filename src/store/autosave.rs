//! Autosave: edits are handed over with [`Autosaver::submit`] (never blocks) and saved by a
//! background thread after a short pause in typing, at most [`MAX_DELAY`] after the first
//! unsaved edit. Failed saves are retried; the data stays queued until it is on disk.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::{Store, StoreError};
use crate::model::{Client, ClientId};

/// Save after this long without a new edit.
pub const DEBOUNCE: Duration = Duration::from_millis(1000);
/// Save at the latest this long after the first unsaved edit, even while edits keep coming.
pub const MAX_DELAY: Duration = Duration::from_millis(2000);
/// Wait this long before retrying a failed save.
pub const RETRY: Duration = Duration::from_millis(2000);
/// [`Autosaver::flush`] gives up after this long.
pub const FLUSH_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether the submitted data is on disk.
#[derive(Debug, Clone)]
pub enum SaveStatus {
    /// Everything submitted is saved.
    Saved,
    /// Edits are waiting or being written.
    Saving,
    /// The last save failed; the data is kept and saving is retried.
    Failed(StoreError),
}

impl SaveStatus {
    /// Whether everything is saved.
    pub fn is_saved(&self) -> bool {
        matches!(self, Self::Saved)
    }

    /// The error of a failed save.
    pub fn error(&self) -> Option<&StoreError> {
        match self {
            Self::Failed(e) => Some(e),
            _ => None,
        }
    }
}

#[derive(Debug)]
struct State {
    pending: BTreeMap<ClientId, Arc<Client>>,
    first_edit: Option<Instant>,
    last_edit: Option<Instant>,
    in_flight: bool,
    failed: Option<StoreError>,
    retry_at: Option<Instant>,
    flush_requested: bool,
    attempts: u64,
    shutdown: bool,
}

#[derive(Debug)]
struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Saves clients in the background. Dropping it saves what is pending (like [`Self::flush`])
/// and stops the thread.
#[derive(Debug)]
pub struct Autosaver {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
    store: Arc<Store>,
}

impl Autosaver {
    /// Start the background thread saving into `store`.
    pub fn new(store: Arc<Store>) -> Self {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                pending: BTreeMap::new(),
                first_edit: None,
                last_edit: None,
                in_flight: false,
                failed: None,
                retry_at: None,
                flush_requested: false,
                attempts: 0,
                shutdown: false,
            }),
            wake: Condvar::new(),
        });
        let worker = Arc::clone(&shared);
        let worker_store = Arc::clone(&store);
        let thread = std::thread::Builder::new()
            .name("ssi-coach-autosave".to_owned())
            .spawn(move || run(&worker, &worker_store))
            .ok();
        Self {
            shared,
            thread,
            store,
        }
    }

    /// Wait (at most [`FLUSH_TIMEOUT`]) until no save is being written, and hold the state.
    fn wait_for_save_in_flight(&self) -> MutexGuard<'_, State> {
        let deadline = Instant::now() + FLUSH_TIMEOUT;
        let mut s = self.shared.lock();
        while s.in_flight && self.thread.is_some() {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            s = match self.shared.wake.wait_timeout(s, deadline - now) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
        s
    }

    /// Drop the queued edits of `id` and wait for a save in progress to finish, so nothing
    /// of this client is written after the call returns (before deleting or restoring it).
    /// Waits at most [`FLUSH_TIMEOUT`].
    pub fn discard(&self, id: &ClientId) {
        let mut s = self.wait_for_save_in_flight();
        s.pending.remove(id);
        if s.pending.is_empty() {
            s.first_edit = None;
            s.last_edit = None;
            s.failed = None;
            s.retry_at = None;
        }
        drop(s);
        self.shared.wake.notify_all();
    }

    /// [`Store::delete_client`] without a race: queued edits of the client are dropped first,
    /// so a pending autosave cannot bring the file back after it moved to the trash.
    pub fn delete_client(&self, id: &ClientId) -> Result<(), StoreError> {
        self.discard(id);
        self.store.delete_client(id)
    }

    /// [`Store::restore_backup`] without a race: queued edits of the client are dropped
    /// first, so a pending autosave cannot overwrite the restored version.
    pub fn restore_backup(
        &self,
        id: &ClientId,
        backup: &super::BackupInfo,
    ) -> Result<Client, StoreError> {
        self.discard(id);
        self.store.restore_backup(id, backup)
    }

    /// [`Store::keep_changed`], with queued edits of the client dropped first (as for a
    /// restore).
    pub fn keep_changed(&self, id: &ClientId, quarantined: &Path) -> Result<Client, StoreError> {
        self.discard(id);
        self.store.keep_changed(id, quarantined)
    }

    /// The clients among `ids` whose file changed on disk since it was loaded or saved (a
    /// sync tool brought another machine's version) and that have no edits queued here: read
    /// again, for the app to show instead of its own copy. A client with queued edits is left
    /// out; its next save merges both versions ([`Store::save_client`]).
    pub fn reload_changed(&self, ids: &[ClientId]) -> Vec<Client> {
        let s = self.wait_for_save_in_flight();
        let queued: Vec<ClientId> = s.pending.keys().cloned().collect();
        drop(s);
        ids.iter()
            .filter(|id| !queued.contains(id))
            .filter_map(|id| self.store.reload_if_changed(id).ok().flatten())
            .collect()
    }

    /// Queue `client` for saving (replaces an older queued version of the same client).
    /// Returns at once.
    pub fn submit(&self, client: impl Into<Arc<Client>>) {
        let client = client.into();
        let now = Instant::now();
        let mut s = self.shared.lock();
        s.pending.insert(client.id.clone(), client);
        s.first_edit.get_or_insert(now);
        s.last_edit = Some(now);
        drop(s);
        self.shared.wake.notify_all();
    }

    /// Take back the queued version of `id` (not one being written), so the app can change
    /// its own shared copy in place instead of copying the client, then [`Self::submit`] it
    /// again. The timers are kept: the resubmitted version is due when this one was.
    pub fn unqueue(&self, id: &ClientId) -> Option<Arc<Client>> {
        self.shared.lock().pending.remove(id)
    }

    /// Save what is queued now, without waiting for the pause (for focus loss). Returns at once.
    pub fn save_soon(&self) {
        self.shared.lock().flush_requested = true;
        self.shared.wake.notify_all();
    }

    /// Save what is queued now and wait until it is on disk or the attempt failed (for exit).
    /// Returns the resulting status.
    pub fn flush(&self) -> SaveStatus {
        let deadline = Instant::now() + FLUSH_TIMEOUT;
        let mut s = self.shared.lock();
        let start = s.attempts;
        s.flush_requested = true;
        self.shared.wake.notify_all();
        loop {
            let idle = s.pending.is_empty() && !s.in_flight;
            if idle || (s.attempts > start && s.failed.is_some() && !s.in_flight) {
                break;
            }
            let now = Instant::now();
            if now >= deadline || self.thread.is_none() {
                break;
            }
            s = match self.shared.wake.wait_timeout(s, deadline - now) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
        status_of(&s)
    }

    /// Whether everything submitted is saved.
    pub fn status(&self) -> SaveStatus {
        status_of(&self.shared.lock())
    }
}

fn status_of(s: &State) -> SaveStatus {
    match &s.failed {
        Some(e) => SaveStatus::Failed(e.clone()),
        None if s.pending.is_empty() && !s.in_flight => SaveStatus::Saved,
        None => SaveStatus::Saving,
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        self.flush();
        self.shared.lock().shutdown = true;
        self.shared.wake.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// When the queued edits are due, or `None` if nothing is queued.
fn due_at(s: &State, now: Instant) -> Option<Instant> {
    if s.pending.is_empty() {
        return None;
    }
    if s.flush_requested {
        return Some(now);
    }
    let (first, last) = (s.first_edit?, s.last_edit?);
    let due = (last + DEBOUNCE).min(first + MAX_DELAY);
    Some(match s.retry_at {
        Some(r) => due.max(r),
        None => due,
    })
}

fn run(shared: &Shared, store: &Store) {
    let mut s = shared.lock();
    loop {
        if s.shutdown {
            return;
        }
        let now = Instant::now();
        let wait = match due_at(&s, now) {
            Some(due) if due <= now => None,
            Some(due) => Some(due - now),
            None => Some(Duration::from_secs(3600)),
        };
        if let Some(wait) = wait {
            s = match shared.wake.wait_timeout(s, wait) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
            continue;
        }
        // take the batch and save it without holding the lock
        let batch = std::mem::take(&mut s.pending);
        s.first_edit = None;
        s.last_edit = None;
        s.flush_requested = false;
        s.in_flight = true;
        drop(s);
        let mut failed = Vec::new();
        let mut error = None;
        for (id, client) in batch {
            if let Err(e) = store.save_client(&client) {
                error = Some(e);
                failed.push((id, client));
            }
        }
        s = shared.lock();
        s.in_flight = false;
        s.attempts += 1;
        for (id, client) in failed {
            // a newer edit submitted meanwhile wins
            s.pending.entry(id).or_insert(client);
        }
        match error {
            Some(e) => {
                s.failed = Some(e);
                s.retry_at = Some(Instant::now() + RETRY);
                let now = Instant::now();
                s.first_edit.get_or_insert(now);
                s.last_edit.get_or_insert(now);
            }
            None => {
                s.failed = None;
                s.retry_at = None;
            }
        }
        shared.wake.notify_all();
    }
}
