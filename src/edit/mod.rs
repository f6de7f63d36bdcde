//! Client edits as values: [`ClientEdit`] is every change a user can make to one client, and
//! [`ClientEdit::apply`] is the one function that makes it. The desktop app applies the
//! screens' edits through it (`app::AppState::apply`); tests and the CLI can use the same code.
//! No egui here.

mod undo;

pub use undo::{Arg, Label, Step};

use crate::engine;
use crate::i18n::Language;
use crate::model::{
    ActionItem, ActivityKind, Annotation, Client, Date, MessageEntry, ProfileItem, Reading,
};

/// One change to one client. Applied by [`ClientEdit::apply`].
#[derive(Debug, Clone, PartialEq)]
pub enum ClientEdit {
    /// Tick or untick a checklist item.
    SetProfileItem(ProfileItem, bool),
    /// Set the number of skills.
    SetSkills(u32),
    /// Set the number of recommendations.
    SetRecommendations(u32),
    /// Set Sales Navigator on or off.
    SetSalesNavigator(bool),
    /// Set connections and decision makers.
    SetNetwork {
        /// Connections.
        connections: u32,
        /// Decision makers among them.
        decision_makers: u32,
    },
    /// Set the count of an activity on a day.
    SetActivity(Date, ActivityKind, u32),
    /// Set a weekly goal.
    SetGoal(ActivityKind, u32),
    /// Set several weekly goals at once (the plan made this week's goals).
    SetGoals(Vec<(ActivityKind, u32)>),
    /// Add a message to the log.
    AddMessage(MessageEntry),
    /// Replace a message (same id).
    EditMessage(MessageEntry),
    /// Delete a message by id.
    DeleteMessage(u64),
    /// Add a real reading.
    AddReading(Reading),
    /// Add readings from a spreadsheet (the previewed import): a day already there is
    /// skipped, so importing the same file twice changes nothing.
    AddReadings(Vec<Reading>),
    /// Delete the reading at this date.
    DeleteReading(Date),
    /// Calibrate the estimate to the readings.
    SetCalibrate(bool),
    /// Rename the client.
    RenameClient(String),
    /// Archive (true) or bring back (false) the client.
    SetArchived(bool),
    /// The client's language (for reports).
    SetClientLanguage(Language),
    /// Record a session today-or-earlier with notes and the action items agreed; the
    /// estimate and latest reading are snapshotted when it is applied.
    RecordSession {
        /// The day of the session.
        date: Date,
        /// Notes.
        notes: String,
        /// Action items agreed (ids are assigned when applied).
        items: Vec<ActionItem>,
    },
    /// Replace a session's notes.
    SetSessionNotes(u64, String),
    /// Delete a session (its action items stay).
    DeleteSession(u64),
    /// Share a session's notes with the client in the plan file (true) or keep them private.
    SetNotesShared(u64, bool),
    /// Add an action item (id assigned when applied).
    AddActionItem(ActionItem),
    /// Tick an action item done (today) or open again.
    SetActionDone(u64, bool),
    /// Delete an action item.
    DeleteActionItem(u64),
    /// Add a history annotation.
    AddAnnotation(Annotation),
    /// Delete the history annotation at this index.
    DeleteAnnotation(usize),
}

impl ClientEdit {
    /// Make this change to `c` (`today` is the day an action item is ticked done).
    pub fn apply(self, c: &mut Client, today: Date) {
        match self {
            Self::SetProfileItem(item, done) => c.profile.set(item, done),
            // the count decides the tick, so the two can never say different things
            Self::SetSkills(n) => {
                c.profile.skills = n;
                let done = n >= crate::model::SKILLS_DONE;
                c.profile.set(ProfileItem::Skills, done);
            }
            Self::SetRecommendations(n) => {
                c.profile.recommendations = n;
                let done = n >= crate::model::RECOMMENDATIONS_DONE;
                c.profile.set(ProfileItem::Recommendations, done);
            }
            Self::SetSalesNavigator(on) => c.sales_navigator = on,
            Self::SetNetwork {
                connections,
                decision_makers,
            } => {
                c.network.connections = connections;
                c.network.decision_makers = decision_makers.min(connections);
            }
            Self::SetActivity(day, kind, n) => c.activity.set(day, kind, n),
            Self::SetGoal(kind, n) => c.goals.set(kind, n),
            Self::SetGoals(goals) => {
                for (kind, n) in goals {
                    c.goals.set(kind, n);
                }
            }
            Self::AddMessage(mut m) => {
                m.id = c.fresh_id();
                c.add_message(m);
            }
            Self::EditMessage(m) => {
                c.messages.retain(|x| x.id != m.id);
                c.add_message(m);
            }
            Self::DeleteMessage(id) => c.messages.retain(|m| m.id != id),
            Self::AddReading(r) => {
                c.readings.retain(|x| x.date != r.date);
                c.readings.push(r);
                c.readings.sort_by_key(|r| r.date);
            }
            Self::AddReadings(readings) => {
                crate::import::readings::merge_readings(c, &readings);
            }
            Self::DeleteReading(d) => c.readings.retain(|r| r.date != d),
            Self::SetCalibrate(on) => c.calibrate = on,
            Self::RenameClient(name) => {
                let name = name.trim();
                if !name.is_empty() {
                    name.clone_into(&mut c.name);
                }
            }
            Self::SetArchived(on) => c.archived = on,
            Self::SetClientLanguage(l) => c.language = l,
            Self::RecordSession { date, notes, items } => {
                let id = c.fresh_id();
                let snapshot = engine::snapshot(c, date);
                c.sessions.push(crate::model::Session {
                    id,
                    date,
                    notes,
                    snapshot,
                });
                c.sessions.sort_by_key(|s| (s.date, s.id));
                for mut item in items {
                    item.id = c.fresh_id();
                    item.session_id = Some(id);
                    c.action_items.push(item);
                }
            }
            Self::SetSessionNotes(id, notes) => {
                if let Some(s) = c.sessions.iter_mut().find(|s| s.id == id) {
                    s.notes = notes;
                }
            }
            Self::DeleteSession(id) => c.sessions.retain(|s| s.id != id),
            Self::SetNotesShared(id, shared) => {
                if shared && c.sessions.iter().any(|s| s.id == id) {
                    c.shared_notes.insert(id);
                } else {
                    c.shared_notes.remove(&id);
                }
            }
            Self::AddActionItem(mut item) => {
                item.id = c.fresh_id();
                c.action_items.push(item);
            }
            Self::SetActionDone(id, done) => {
                if let Some(a) = c.action_items.iter_mut().find(|a| a.id == id) {
                    a.done = done.then_some(today);
                }
            }
            Self::DeleteActionItem(id) => c.action_items.retain(|a| a.id != id),
            Self::AddAnnotation(a) => {
                c.annotations.push(a);
                c.annotations.sort_by_key(|a| (a.start, a.end));
            }
            Self::DeleteAnnotation(i) => {
                if i < c.annotations.len() {
                    c.annotations.remove(i);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day() -> Date {
        NaiveDate::from_ymd_opt(2026, 11, 12).unwrap_or_default()
    }

    #[test]
    fn network_keeps_decision_makers_within_connections() {
        let mut c = Client::new(crate::model::ClientId::new("Ana", 1), "Ana", day());
        ClientEdit::SetNetwork {
            connections: 10,
            decision_makers: 25,
        }
        .apply(&mut c, day());
        assert_eq!(c.network.connections, 10);
        assert_eq!(c.network.decision_makers, 10);
    }

    #[test]
    fn a_recorded_session_gets_its_action_items() {
        let mut c = Client::new(crate::model::ClientId::new("Ana", 1), "Ana", day());
        let item = ActionItem {
            id: 0,
            session_id: None,
            lever: crate::model::Lever::Connections,
            description: "connect with ten buyers".into(),
            target: None,
            due: None,
            done: None,
        };
        ClientEdit::RecordSession {
            date: day(),
            notes: "first".into(),
            items: vec![item],
        }
        .apply(&mut c, day());
        assert_eq!(c.sessions.len(), 1);
        assert_eq!(c.action_items[0].session_id, Some(c.sessions[0].id));
        assert_ne!(c.action_items[0].id, c.sessions[0].id);
    }
}
