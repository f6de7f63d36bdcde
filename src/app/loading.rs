//! Start-up: the client on screen first, the others as they are read.
//!
//! Before the window is made the app takes the data folder's lock, reads the settings and
//! starts a loading thread that reads the client files with [`Store::load_streaming`]: the current
//! client's file (from the settings) first, then every other file, each handed over on a
//! channel as soon as it is parsed, and the window woken. The app shows "Opening your data"
//! only until the current client is in ([`AppState::is_loading`]); the clients list fills in
//! while the others arrive and says how many are still to come ([`AppState::loading_more`]).
//! Problems, copies (second versions) and earlier quarantines arrive the same way, so
//! together the parts are what [`Store::load_all`] reports.

use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::{AppState, sort_clients};
use crate::model::ClientId;
use crate::store::{LoadEvent, LoadReport, Store};

/// Wakes the window when a part of the data arrived (the desktop asks egui for a repaint).
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// Where the loading thread finds its [`Wake`] (set after the thread started).
pub(super) type WakeSlot = Arc<Mutex<Option<Wake>>>;

/// Holds the loading thread back after the current client's file until the window has drawn
/// that client (set by the app), so the other files are not parsed while the first frame
/// with the dashboard is being drawn.
type Gate = Arc<(Mutex<bool>, Condvar)>;

/// How long the loading thread waits for the window to draw the current client before it
/// reads the other files anyway.
pub const FIRST_FRAME_WAIT: Duration = Duration::from_millis(500);

/// The loading in progress.
pub(super) struct Loading {
    rx: Receiver<LoadEvent>,
    gate: Gate,
    /// Whether the gate was opened.
    released: bool,
    /// How many client files there are (`None` until the thread counted them).
    files: Option<usize>,
    /// How many parts arrived (one per client file, then one with the copies).
    parts: usize,
    /// The client to show first (the settings' current client) while it has not arrived;
    /// `None` once it is on screen or when there is none: the current client is then chosen
    /// once everything is in.
    first: Option<ClientId>,
    /// Whether the app still shows "Opening your data" (no current client chosen yet).
    waiting: bool,
}

/// Start the loading thread on `store`, `first` first; after it, the thread waits at most
/// `first_frame_wait` for the window to draw it.
pub(super) fn start(
    store: &Arc<Store>,
    first: Option<ClientId>,
    wake: &WakeSlot,
    first_frame_wait: Duration,
) -> Loading {
    let (tx, rx) = std::sync::mpsc::channel();
    let s = Arc::clone(store);
    let wake = Arc::clone(wake);
    let wanted = first.clone();
    let gate = Gate::default();
    let held = Arc::clone(&gate);
    let spawned = std::thread::Builder::new()
        .name("ssi-coach-load".to_owned())
        .spawn(move || {
            let mut parts = 0;
            super::probe::mark(|| "loading thread: reading the current client's file".into());
            s.load_streaming(wanted.as_ref(), |event| {
                let part = matches!(event, LoadEvent::Part(_));
                if part && parts == 0 {
                    super::probe::mark(|| "loading thread: first file read, handed over".into());
                }
                // the app may be gone (closed during the start); nothing to do then
                let _ = tx.send(event);
                let wake = wake.lock().ok().and_then(|w| w.clone());
                if let Some(wake) = wake {
                    wake();
                }
                if part {
                    parts += 1;
                    if parts == 1 && wanted.is_some() {
                        wait_for_gate(&held, first_frame_wait);
                    }
                }
            });
        });
    if spawned.is_err() {
        // no thread: the receiver reports a closed channel and nothing is loaded
        eprintln!("ssi-coach: could not start the loading thread");
    }
    Loading {
        rx,
        gate,
        released: false,
        files: None,
        parts: 0,
        first,
        waiting: true,
    }
}

/// Wait until the app opened the gate, at most `wait`.
fn wait_for_gate(gate: &Gate, wait: Duration) {
    let (open, opened) = &**gate;
    let Ok(guard) = open.lock() else {
        return;
    };
    let _ = opened.wait_timeout_while(guard, wait, |open| !*open);
}

impl Loading {
    /// Let the loading thread read the other files.
    fn release(&mut self) {
        if self.released {
            return;
        }
        self.released = true;
        let (open, opened) = &*self.gate;
        if let Ok(mut open) = open.lock() {
            *open = true;
        }
        opened.notify_all();
    }
}

impl AppState {
    /// Whether the current client is still being read (the window shows "Opening your
    /// data"). The other clients may still be arriving after this is false
    /// ([`Self::loading_more`]).
    pub fn is_loading(&self) -> bool {
        self.loading.as_ref().is_some_and(|l| l.waiting)
    }

    /// How many client files are still being read in the background (0 when all are in).
    pub fn loading_more(&self) -> usize {
        self.loading.as_ref().map_or(0, |l| match l.files {
            Some(files) => files.saturating_sub(l.parts),
            // not counted yet: at least one more
            None => 1,
        })
    }

    /// Whether any client is still being read.
    pub fn loading_anything(&self) -> bool {
        self.loading.is_some()
    }

    /// The copies of client files found so far (second versions, offered next to the client
    /// they copy).
    pub fn copies_found(&self) -> &[crate::store::SecondVersion] {
        &self.close.second_versions
    }

    /// Let the loading thread wake the window when a part arrives (the desktop passes
    /// egui's `request_repaint`).
    pub fn set_loading_wake(&mut self, wake: Wake) {
        if let Ok(mut slot) = self.loading_wake.lock() {
            *slot = Some(wake);
        }
    }

    /// Take in what the loading thread read since the last call (called every frame).
    /// Returns whether anything arrived.
    pub fn poll_loading(&mut self) -> bool {
        // the frame before this one drew the current client: the others may come now
        if let Some(l) = self.loading.as_mut().filter(|l| !l.waiting) {
            l.release();
        }
        let mut any = false;
        loop {
            let Some(loading) = &self.loading else {
                return any;
            };
            match loading.rx.try_recv() {
                Ok(event) => {
                    any = true;
                    self.take_event(event);
                }
                Err(TryRecvError::Empty) => return any,
                Err(TryRecvError::Disconnected) => {
                    self.finish_loading();
                    return true;
                }
            }
        }
    }

    /// Wait until every client is in (start-up without a window, tests, benchmarks).
    pub fn wait_until_loaded(&mut self) {
        if let Some(l) = &mut self.loading {
            l.release();
        }
        while let Some(loading) = &self.loading {
            match loading.rx.recv() {
                Ok(event) => self.take_event(event),
                Err(_) => self.finish_loading(),
            }
        }
    }

    fn take_event(&mut self, event: LoadEvent) {
        match event {
            LoadEvent::Files(n) => {
                if let Some(l) = &mut self.loading {
                    l.files = Some(n);
                }
            }
            LoadEvent::Part(part) => {
                if let Some(l) = &mut self.loading {
                    l.parts += 1;
                }
                self.take_part(part);
            }
        }
    }

    /// Add the clients, problems and second versions of one part, keeping the client on
    /// screen and the import's target client where they are (the list is sorted by name).
    fn take_part(&mut self, part: LoadReport) {
        let current = self.client().map(|c| c.id.clone());
        let target = self.clients.get(self.import_target).map(|c| c.id.clone());
        let arrived = !part.clients.is_empty();
        self.clients
            .extend(part.clients.into_iter().map(std::sync::Arc::new));
        self.problems.extend(part.problems);
        self.close.second_versions.extend(part.second_versions);
        if !arrived {
            self.stop_waiting_for_missing_first();
            return;
        }
        sort_clients(&mut self.clients);
        let position = |id: &ClientId| self.clients.iter().position(|c| &c.id == id);
        if let Some(t) = target.as_ref().and_then(position) {
            self.import_target = t;
        }
        let waiting_for = self
            .loading
            .as_ref()
            .filter(|l| l.waiting)
            .and_then(|l| l.first.clone());
        match (self.is_loading(), waiting_for) {
            (true, Some(first)) => {
                if let Some(i) = position(&first) {
                    self.current = i;
                    if let Some(l) = &mut self.loading {
                        l.waiting = false;
                        l.first = None;
                    }
                    self.changed();
                } else {
                    self.stop_waiting_for_missing_first();
                }
            }
            // no client to show first: chosen when all are in
            (true, None) => {}
            (false, _) => {
                if let Some(i) = current.as_ref().and_then(position) {
                    self.current = i;
                }
                // the list's figures for the new ones; what the screens show did not change
                self.summaries.stale = true;
            }
        }
    }

    /// The first part did not bring the client to show first (its file is gone or damaged):
    /// the current client is then chosen once all are in, as without one.
    fn stop_waiting_for_missing_first(&mut self) {
        if let Some(l) = &mut self.loading
            && l.first.is_some()
            && l.parts >= 1
        {
            l.first = None;
            // nothing to draw first: read the rest at once
            l.release();
        }
    }

    /// Everything is in: choose the current client if none is on screen yet.
    fn finish_loading(&mut self) {
        let Some(loading) = self.loading.take() else {
            return;
        };
        if loading.waiting {
            self.current = self
                .settings
                .current_client
                .as_ref()
                .and_then(|id| self.clients.iter().position(|c| &c.id == id))
                .or_else(|| self.clients.iter().position(|c| !c.archived))
                .unwrap_or(0);
            self.changed();
        } else {
            self.summaries.stale = true;
        }
    }
}
