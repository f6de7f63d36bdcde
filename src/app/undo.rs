//! Undo and redo per client. Each client has its own steps (an Undo never reaches a client
//! that is not on screen); a deleted client can be brought back from any client. Steps are
//! stored as edits ([`crate::edit::Step`]: the touched pieces before and after), and each says
//! what it was, for the notice "Undid: +1 on Comments". Workshop mode has no undo: it changes
//! no client.

use std::sync::Arc;

use super::AppState;
use crate::edit::{Arg, Label, Step};
use crate::i18n::tr_args;
use crate::model::{Client, ClientId};
use crate::ui::Screen;

/// How many undo steps are kept per client.
pub(super) const UNDO_DEPTH: usize = 100;

/// What one entry undoes.
enum Kind {
    /// An edit of the client.
    Edit(Step),
    /// The client was deleted (this is all of it, to bring it back).
    Deleted(Arc<Client>),
}

/// One undo or redo entry.
struct Entry {
    client: ClientId,
    kind: Kind,
}

impl Entry {
    fn label(&self) -> Label {
        match &self.kind {
            Kind::Edit(step) => step.label.clone(),
            Kind::Deleted(c) => {
                Label::new("undo.client_deleted").with("name", Arg::Text(c.name.clone()))
            }
        }
    }
}

/// The undo and redo entries of every client, oldest first.
#[derive(Default)]
pub(super) struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

impl History {
    /// Forget the steps of a client whose version was replaced from outside (a sync tool's
    /// version, a backup): its pieces would no longer fit.
    pub(super) fn forget(&mut self, id: &ClientId) {
        self.undo
            .retain(|e| &e.client != id || matches!(e.kind, Kind::Deleted(_)));
        self.redo.retain(|e| &e.client != id);
    }

    fn push(&mut self, entry: Entry) {
        let id = entry.client.clone();
        self.undo.push(entry);
        if self.undo.iter().filter(|e| e.client == id).count() > UNDO_DEPTH
            && let Some(i) = self.undo.iter().position(|e| e.client == id)
        {
            self.undo.remove(i);
        }
    }

    /// The newest entry Undo would take for the client `current`: its own edits, or a deleted
    /// client (bringing one back changes no other client).
    fn undo_index(&self, current: Option<&ClientId>) -> Option<usize> {
        self.undo.iter().rposition(|e| match e.kind {
            Kind::Deleted(_) => true,
            Kind::Edit(_) => Some(&e.client) == current,
        })
    }

    fn redo_index(&self, current: Option<&ClientId>) -> Option<usize> {
        self.redo.iter().rposition(|e| Some(&e.client) == current)
    }
}

impl AppState {
    /// After a delete: "Message to Sam Ortega deleted" with an Undo button beside it (the
    /// banner shows it until the next edit, undo or redo).
    pub(super) fn offer_undo_of_last(&mut self) {
        let Some(entry) = self.history.undo.last() else {
            return;
        };
        let text = entry.label().text(self.locale());
        let mut chars = text.chars();
        let text = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => text,
        };
        self.undo_notice = Some(text);
        self.undo_offer = true;
    }

    /// Record an edit of the client `id` (clears that client's redo steps).
    pub(super) fn record_edit(&mut self, id: ClientId, step: Step) {
        self.history.redo.retain(|e| e.client != id);
        self.history.push(Entry {
            client: id,
            kind: Kind::Edit(step),
        });
    }

    /// Record that this client was deleted.
    pub(super) fn record_deleted(&mut self, client: Arc<Client>) {
        self.history.push(Entry {
            client: client.id.clone(),
            kind: Kind::Deleted(client),
        });
    }

    fn current_id(&self) -> Option<ClientId> {
        self.client().map(|c| c.id.clone())
    }

    /// Whether Undo would do something here (never in workshop mode).
    pub fn can_undo(&self) -> bool {
        self.screen != Screen::Workshop
            && self
                .history
                .undo_index(self.current_id().as_ref())
                .is_some()
    }

    /// Whether Redo would do something here (never in workshop mode).
    pub fn can_redo(&self) -> bool {
        self.screen != Screen::Workshop
            && self
                .history
                .redo_index(self.current_id().as_ref())
                .is_some()
    }

    /// Undo the current client's last step (or bring back the last deleted client), and say
    /// what was undone.
    pub(super) fn undo(&mut self) {
        if self.screen == Screen::Workshop {
            return;
        }
        let Some(i) = self.history.undo_index(self.current_id().as_ref()) else {
            return;
        };
        let entry = self.history.undo.remove(i);
        let label = entry.label();
        match &entry.kind {
            Kind::Edit(step) => {
                self.edit_in_place_with(&entry.client, |c| {
                    step.undo(c);
                    super::Changed::by(step)
                });
            }
            Kind::Deleted(client) => {
                let client = Arc::clone(client);
                self.clients.retain(|c| c.id != client.id);
                self.clients.push(client);
                super::sort_clients(&mut self.clients);
                let index = self
                    .clients
                    .iter()
                    .position(|c| c.id == entry.client)
                    .unwrap_or(0);
                self.select(index);
                self.save_current();
            }
        }
        self.history.redo.push(entry);
        self.undo_offer = false;
        self.undo_notice = Some(tr_args(
            self.lang,
            "undo.undid",
            &[("what", &label.text(self.locale()))],
        ));
    }

    /// Make the current client's last undone step again, and say what.
    pub(super) fn redo(&mut self) {
        if self.screen == Screen::Workshop {
            return;
        }
        let Some(i) = self.history.redo_index(self.current_id().as_ref()) else {
            return;
        };
        let entry = self.history.redo.remove(i);
        let label = entry.label();
        match &entry.kind {
            Kind::Edit(step) => {
                self.edit_in_place_with(&entry.client, |c| {
                    step.redo(c);
                    super::Changed::by(step)
                });
                self.history.push(entry);
            }
            Kind::Deleted(_) => {
                // delete it again (it is the client on screen)
                self.delete_current();
            }
        }
        self.undo_offer = false;
        self.undo_notice = Some(tr_args(
            self.lang,
            "undo.redid",
            &[("what", &label.text(self.locale()))],
        ));
    }
}
