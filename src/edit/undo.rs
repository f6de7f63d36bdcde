//! Undo and redo stored as edits: before an edit, the few pieces of the client it touches are
//! copied ([`Piece`]); after it, the same pieces again. Undo writes the first copies back, redo
//! the second. A "+1" on a client with 50,000 messages copies one day of its activity log, not
//! the client. Each step also says what it was ([`Label`]), for "Undid: +1 on Comments".

use crate::i18n::{Language, Locale, format_date, format_number, tr, tr_args};
use crate::model::{
    ActionItem, ActivityKind, Annotation, Client, Date, DayActivity, Lever, MessageEntry, Network,
    ProfileChecklist, Reading, Session, WeeklyGoals,
};

use super::ClientEdit;

/// Which part of a client an edit touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Profile,
    SalesNavigator,
    Network,
    ActivityDay(Date),
    Goals,
    Message(u64),
    Readings,
    Calibrate,
    Name,
    Archived,
    Language,
    Sessions,
    ActionItems,
    Annotations,
    NextId,
    SharedNotes,
}

/// A copy of one part of a client, as it was before an edit or became after it.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Profile(ProfileChecklist),
    SalesNavigator(bool),
    Network(Network),
    ActivityDay(Date, Option<DayActivity>),
    Goals(WeeklyGoals),
    /// The message with this id and its place in the log, or none.
    Message(u64, Option<(usize, MessageEntry)>),
    Readings(Vec<Reading>),
    Calibrate(bool),
    Name(String),
    Archived(bool),
    Language(Language),
    Sessions(Vec<Session>),
    ActionItems(Vec<ActionItem>),
    Annotations(Vec<Annotation>),
    NextId(u64),
    SharedNotes(std::collections::BTreeSet<u64>),
    /// The whole client (a LinkedIn import changes too many parts to list).
    Whole(Box<Client>),
}

impl Piece {
    fn of(c: &Client, key: Key) -> Self {
        match key {
            Key::Profile => Self::Profile(c.profile.clone()),
            Key::SalesNavigator => Self::SalesNavigator(c.sales_navigator),
            Key::Network => Self::Network(c.network.clone()),
            Key::ActivityDay(d) => Self::ActivityDay(d, c.activity.0.get(&d).cloned()),
            Key::Goals => Self::Goals(c.goals.clone()),
            Key::Message(id) => Self::Message(
                id,
                c.messages
                    .iter()
                    .position(|m| m.id == id)
                    .map(|i| (i, c.messages[i].clone())),
            ),
            Key::Readings => Self::Readings(c.readings.clone()),
            Key::Calibrate => Self::Calibrate(c.calibrate),
            Key::Name => Self::Name(c.name.clone()),
            Key::Archived => Self::Archived(c.archived),
            Key::Language => Self::Language(c.language),
            Key::Sessions => Self::Sessions(c.sessions.clone()),
            Key::ActionItems => Self::ActionItems(c.action_items.clone()),
            Key::Annotations => Self::Annotations(c.annotations.clone()),
            Key::NextId => Self::NextId(c.next_id),
            Key::SharedNotes => Self::SharedNotes(c.shared_notes.clone()),
        }
    }

    fn put(&self, c: &mut Client) {
        match self {
            Self::Profile(p) => c.profile = p.clone(),
            Self::SalesNavigator(on) => c.sales_navigator = *on,
            Self::Network(n) => c.network = n.clone(),
            Self::ActivityDay(d, day) => match day {
                Some(day) => {
                    c.activity.0.insert(*d, *day);
                }
                None => {
                    c.activity.0.remove(d);
                }
            },
            Self::Goals(g) => c.goals = g.clone(),
            Self::Message(id, m) => {
                if let Some(i) = c.messages.iter().position(|x| x.id == *id) {
                    c.messages.remove(i);
                }
                if let Some((i, m)) = m {
                    let i = (*i).min(c.messages.len());
                    c.messages.insert(i, m.clone());
                }
            }
            Self::Readings(r) => c.readings = r.clone(),
            Self::Calibrate(on) => c.calibrate = *on,
            Self::Name(n) => c.name = n.clone(),
            Self::Archived(on) => c.archived = *on,
            Self::Language(l) => c.language = *l,
            Self::Sessions(s) => c.sessions = s.clone(),
            Self::ActionItems(a) => c.action_items = a.clone(),
            Self::Annotations(a) => c.annotations = a.clone(),
            Self::NextId(n) => c.next_id = *n,
            Self::SharedNotes(s) => c.shared_notes = s.clone(),
            Self::Whole(w) => *c = (**w).clone(),
        }
    }
}

/// One value in a [`Label`]: formatted in the language of the moment it is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as it is (a name).
    Text(String),
    /// A day.
    Date(Date),
    /// A whole number.
    Number(i64),
    /// A whole number with its sign ("+1", "-2").
    Signed(i64),
    /// Another text of the i18n tables (an activity's name).
    Key(&'static str),
}

/// What an undo step was, in words: an i18n key and its values ("+1 on Comments").
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The i18n key.
    pub key: &'static str,
    /// The values of its `{placeholders}`.
    pub args: Vec<(&'static str, Arg)>,
}

impl Label {
    /// A label with no values.
    pub fn new(key: &'static str) -> Self {
        Self { key, args: vec![] }
    }

    /// Add a value.
    #[must_use]
    pub fn with(mut self, name: &'static str, arg: Arg) -> Self {
        self.args.push((name, arg));
        self
    }

    /// The label in the locale's language, with its region's dates and numbers.
    pub fn text(&self, loc: impl Into<Locale>) -> String {
        let loc: Locale = loc.into();
        let lang = loc.lang;
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let v = match arg {
                    Arg::Text(t) => t.clone(),
                    Arg::Date(d) => format_date(loc, *d),
                    Arg::Number(n) => format_number(loc, *n as f64, 0),
                    Arg::Signed(n) if *n > 0 => format!("+{}", format_number(loc, *n as f64, 0)),
                    Arg::Signed(n) => format!("-{}", format_number(loc, n.abs() as f64, 0)),
                    Arg::Key(k) => tr(lang, k).to_owned(),
                };
                (*name, v)
            })
            .collect();
        let refs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        tr_args(lang, self.key, &refs)
    }
}

/// One edit as undo keeps it: the touched pieces before and after, and what it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    before: Vec<Piece>,
    after: Vec<Piece>,
    /// What the edit was.
    pub label: Label,
}

impl Step {
    /// Whether the step changes what can be due: a message (its follow-up, reply, place in
    /// the log), the action items, the client's name or archive flag (a due item's text and
    /// whether it is shown), or the whole client. Anything else leaves the client's due items
    /// as they were, so they need not be looked for again in a long messaging log.
    pub fn touches_due(&self) -> bool {
        self.before.iter().chain(&self.after).any(|p| {
            matches!(
                p,
                Piece::Message(..)
                    | Piece::ActionItems(_)
                    | Piece::Name(_)
                    | Piece::Archived(_)
                    | Piece::Whole(_)
            )
        })
    }

    /// The oldest day of dated entries (activity, messages) the step changed, before or after
    /// it, or none when it changed no dated entry: the engine's figures for days before it
    /// stay as they were ([`crate::engine::Memo::forget_from`]). A step of the whole client
    /// says the first day there is.
    pub fn dated_from(&self) -> Option<Date> {
        self.before
            .iter()
            .chain(&self.after)
            .filter_map(|p| match p {
                Piece::ActivityDay(d, _) => Some(*d),
                Piece::Message(_, Some((_, m))) => Some(m.date),
                Piece::Whole(_) => Some(Date::MIN),
                _ => None,
            })
            .min()
    }

    /// A step that keeps the whole client before and after (for a bulk change such as a
    /// LinkedIn import, not for the everyday edits).
    pub fn whole(before: Client, after: &Client, label: Label) -> Self {
        Self {
            before: vec![Piece::Whole(Box::new(before))],
            after: vec![Piece::Whole(Box::new(after.clone()))],
            label,
        }
    }

    /// Whether the edit changed nothing (nothing to undo).
    pub fn is_empty(&self) -> bool {
        self.before == self.after
    }

    /// Put the client back as it was before the edit.
    pub fn undo(&self, c: &mut Client) {
        // in reverse, so a piece touched twice ends as it first was
        for p in self.before.iter().rev() {
            p.put(c);
        }
    }

    /// Make the edit again (after [`Self::undo`]).
    pub fn redo(&self, c: &mut Client) {
        for p in &self.after {
            p.put(c);
        }
    }
}

/// The i18n key of an activity's name (`activity.<key>`).
fn activity_key(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Post => "activity.post",
        ActivityKind::Article => "activity.article",
        ActivityKind::Comment => "activity.comment",
        ActivityKind::Like => "activity.like",
        ActivityKind::Share => "activity.share",
        ActivityKind::GroupPost => "activity.group_post",
        ActivityKind::Search => "activity.search",
        ActivityKind::SavedSearch => "activity.saved_search",
        ActivityKind::LeadSaved => "activity.lead_saved",
        ActivityKind::ProfileViewFollowUp => "activity.profile_view_follow_up",
        ActivityKind::InvitationWithNote => "activity.invitation_with_note",
        ActivityKind::InvitationWithoutNote => "activity.invitation_without_note",
        ActivityKind::Acceptance => "activity.acceptance",
    }
}

impl ClientEdit {
    /// The parts of `c` this edit touches, known before it is applied (new ids included:
    /// they are the next fresh ids, reached through [`Key::NextId`] and the lists).
    fn keys(&self, c: &Client) -> Vec<Key> {
        match self {
            Self::SetProfileItem(..) | Self::SetSkills(_) | Self::SetRecommendations(_) => {
                vec![Key::Profile]
            }
            Self::SetSalesNavigator(_) => vec![Key::SalesNavigator],
            Self::SetNetwork { .. } => vec![Key::Network],
            Self::SetActivity(d, ..) => vec![Key::ActivityDay(*d)],
            Self::SetGoal(..) | Self::SetGoals(_) => vec![Key::Goals],
            Self::AddMessage(_) => vec![Key::NextId, Key::Message(next_fresh_id(c))],
            Self::EditMessage(m) => vec![Key::Message(m.id)],
            Self::DeleteMessage(id) => vec![Key::Message(*id)],
            Self::AddReading(_) | Self::AddReadings(_) | Self::DeleteReading(_) => {
                vec![Key::Readings]
            }
            Self::SetCalibrate(_) => vec![Key::Calibrate],
            Self::RenameClient(_) => vec![Key::Name],
            Self::SetArchived(_) => vec![Key::Archived],
            Self::SetClientLanguage(_) => vec![Key::Language],
            Self::RecordSession { .. } => vec![Key::NextId, Key::Sessions, Key::ActionItems],
            Self::SetSessionNotes(..) | Self::DeleteSession(_) => vec![Key::Sessions],
            Self::SetNotesShared(..) => vec![Key::SharedNotes],
            Self::AddActionItem(_) => vec![Key::NextId, Key::ActionItems],
            Self::SetActionDone(..) | Self::DeleteActionItem(_) => vec![Key::ActionItems],
            Self::AddAnnotation(_) | Self::DeleteAnnotation(_) => vec![Key::Annotations],
        }
    }

    /// What this edit is, in words, for `c` as it is before the edit.
    pub fn label(&self, c: &Client) -> Label {
        let session_date = |id: &u64| c.sessions.iter().find(|s| s.id == *id).map(|s| s.date);
        let person = |id: &u64| {
            c.messages
                .iter()
                .find(|m| m.id == *id)
                .map_or_else(String::new, |m| m.person.to_string())
        };
        match self {
            Self::SetProfileItem(item, done) => Label::new(if *done {
                "undo.profile_ticked"
            } else {
                "undo.profile_unticked"
            })
            .with(
                "item",
                Arg::Key(crate::engine::label_key(Lever::Profile(*item))),
            ),
            Self::SetSkills(n) => Label::new("undo.skills").with("n", Arg::Number(i64::from(*n))),
            Self::SetRecommendations(n) => {
                Label::new("undo.recommendations").with("n", Arg::Number(i64::from(*n)))
            }
            Self::SetSalesNavigator(on) => Label::new(if *on {
                "undo.navigator_on"
            } else {
                "undo.navigator_off"
            }),
            Self::SetNetwork { connections, .. } => {
                Label::new("undo.network").with("n", Arg::Number(i64::from(*connections)))
            }
            Self::SetActivity(day, kind, n) => {
                let was = c.activity.get(*day, *kind);
                Label::new("undo.activity_delta")
                    .with("delta", Arg::Signed(i64::from(*n) - i64::from(was)))
                    .with("activity", Arg::Key(activity_key(*kind)))
                    .with("date", Arg::Date(*day))
            }
            Self::SetGoal(kind, n) => Label::new("undo.goal")
                .with("activity", Arg::Key(activity_key(*kind)))
                .with("n", Arg::Number(i64::from(*n))),
            Self::SetGoals(_) => Label::new("undo.goals"),
            Self::AddMessage(m) => {
                Label::new("undo.message_added").with("name", Arg::Text(m.person.to_string()))
            }
            Self::EditMessage(m) => {
                Label::new("undo.message_edited").with("name", Arg::Text(person(&m.id)))
            }
            Self::DeleteMessage(id) => {
                Label::new("undo.message_deleted").with("name", Arg::Text(person(id)))
            }
            Self::AddReading(r) => Label::new("undo.reading_added").with("date", Arg::Date(r.date)),
            Self::AddReadings(r) => {
                Label::new("undo.readings_added").with("n", Arg::Number(r.len() as i64))
            }
            Self::DeleteReading(d) => {
                Label::new("undo.reading_deleted").with("date", Arg::Date(*d))
            }
            Self::SetCalibrate(on) => Label::new(if *on {
                "undo.calibrate_on"
            } else {
                "undo.calibrate_off"
            }),
            Self::RenameClient(name) => {
                Label::new("undo.renamed").with("name", Arg::Text(name.trim().to_owned()))
            }
            Self::SetArchived(on) => Label::new(if *on {
                "undo.archived"
            } else {
                "undo.unarchived"
            }),
            Self::SetClientLanguage(l) => {
                Label::new("undo.language").with("language", Arg::Text(l.native_name().to_owned()))
            }
            Self::RecordSession { date, .. } => {
                Label::new("undo.session_recorded").with("date", Arg::Date(*date))
            }
            Self::SetSessionNotes(id, _) => match session_date(id) {
                Some(d) => Label::new("undo.session_notes").with("date", Arg::Date(d)),
                None => Label::new("undo.session_notes_any"),
            },
            Self::DeleteSession(id) => match session_date(id) {
                Some(d) => Label::new("undo.session_deleted").with("date", Arg::Date(d)),
                None => Label::new("undo.session_deleted_any"),
            },
            Self::SetNotesShared(_, shared) => Label::new(if *shared {
                "exchange.undo.notes_shared"
            } else {
                "exchange.undo.notes_private"
            }),
            Self::AddActionItem(_) => Label::new("undo.item_added"),
            Self::SetActionDone(_, done) => Label::new(if *done {
                "undo.item_done"
            } else {
                "undo.item_open"
            }),
            Self::DeleteActionItem(_) => Label::new("undo.item_deleted"),
            Self::AddAnnotation(a) => {
                Label::new("undo.annotation_added").with("label", Arg::Text(a.label.clone()))
            }
            Self::DeleteAnnotation(i) => Label::new("undo.annotation_deleted").with(
                "label",
                Arg::Text(
                    c.annotations
                        .get(*i)
                        .map_or_else(String::new, |a| a.label.clone()),
                ),
            ),
        }
    }

    /// Apply the edit (as [`Self::apply`]) and return its undo step: the touched pieces
    /// before and after, and what it was. Costs the touched pieces, not the client.
    pub fn apply_recorded(self, c: &mut Client, today: Date) -> Step {
        let keys = self.keys(c);
        let label = self.label(c);
        let before: Vec<Piece> = keys.iter().map(|k| Piece::of(c, *k)).collect();
        self.apply(c, today);
        let after = keys.iter().map(|k| Piece::of(c, *k)).collect();
        Step {
            before,
            after,
            label,
        }
    }
}

/// The id [`Client::fresh_id`] will hand out next, without taking it.
fn next_fresh_id(c: &Client) -> u64 {
    let used = c
        .messages
        .iter()
        .map(|m| m.id)
        .chain(c.sessions.iter().map(|s| s.id))
        .chain(c.action_items.iter().map(|a| a.id))
        .max()
        .unwrap_or(0);
    c.next_id.max(used + 1)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{ProfileItem, demo_client};

    fn today() -> Date {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 12).unwrap()
    }

    /// The demo client with a session, an action item and an annotation.
    fn start() -> Client {
        let mut c = demo_client(today());
        ClientEdit::RecordSession {
            date: today() - chrono::Duration::days(14),
            notes: "first session".into(),
            items: vec![ActionItem {
                id: 0,
                session_id: None,
                lever: Lever::Connections,
                description: "connect with ten buyers".into(),
                target: Some(600.0),
                due: Some(today()),
                done: None,
            }],
        }
        .apply(&mut c, today());
        c.annotations.push(Annotation {
            start: today() - chrono::Duration::days(30),
            end: today() - chrono::Duration::days(20),
            label: "campaign".into(),
        });
        assert!(c.messages.len() > 3 && !c.readings.is_empty());
        c
    }

    /// One edit of every kind, built on the demo client's own data.
    fn every_edit(c: &Client) -> Vec<ClientEdit> {
        let d = today();
        let mut msg = c.messages[1].clone();
        msg.replied = !msg.replied;
        msg.note = "edited".into();
        let mut new_msg = c.messages[2].clone();
        new_msg.person = "Ana Lopez".into();
        let mut reading = c.readings[0].clone();
        reading.date = d;
        let mut older = c.readings[0].clone();
        older.date = d - chrono::Duration::days(400);
        let mut item = c.action_items[0].clone();
        item.description = "new item".into();
        let ann = Annotation {
            start: d - chrono::Duration::days(3),
            end: d,
            label: "holiday".into(),
        };
        vec![
            ClientEdit::SetProfileItem(
                ProfileItem::Banner,
                !c.profile.is_done(ProfileItem::Banner),
            ),
            ClientEdit::SetSkills(c.profile.skills + 3),
            ClientEdit::SetRecommendations(c.profile.recommendations + 1),
            ClientEdit::SetSalesNavigator(!c.sales_navigator),
            ClientEdit::SetNetwork {
                connections: 900,
                decision_makers: 40,
            },
            ClientEdit::SetActivity(d, ActivityKind::Comment, 7),
            ClientEdit::SetActivity(d - chrono::Duration::days(9999), ActivityKind::Post, 2),
            ClientEdit::SetGoal(ActivityKind::Post, 5),
            ClientEdit::SetGoals(vec![(ActivityKind::Like, 9), (ActivityKind::Share, 0)]),
            ClientEdit::AddMessage(new_msg),
            ClientEdit::EditMessage(msg),
            ClientEdit::DeleteMessage(c.messages[0].id),
            ClientEdit::AddReading(reading),
            ClientEdit::AddReadings(vec![older, c.readings[0].clone()]),
            ClientEdit::DeleteReading(c.readings[0].date),
            ClientEdit::SetCalibrate(!c.calibrate),
            ClientEdit::RenameClient("Alex M.".into()),
            ClientEdit::SetArchived(!c.archived),
            ClientEdit::SetClientLanguage(Language::Da),
            ClientEdit::RecordSession {
                date: d,
                notes: "went well".into(),
                items: vec![item.clone()],
            },
            ClientEdit::SetSessionNotes(c.sessions[0].id, "new notes".into()),
            ClientEdit::DeleteSession(c.sessions[0].id),
            ClientEdit::SetNotesShared(c.sessions[0].id, true),
            ClientEdit::AddActionItem(item),
            ClientEdit::SetActionDone(c.action_items[0].id, c.action_items[0].done.is_none()),
            ClientEdit::DeleteActionItem(c.action_items[0].id),
            ClientEdit::AddAnnotation(ann),
            ClientEdit::DeleteAnnotation(0),
        ]
    }

    #[test]
    fn every_edit_undoes_to_the_client_before_and_redoes_to_the_client_after() {
        let start = start();
        for edit in every_edit(&start) {
            let mut expected = start.clone();
            edit.clone().apply(&mut expected, today());
            let mut c = start.clone();
            let step = edit.clone().apply_recorded(&mut c, today());
            assert_eq!(c, expected, "{edit:?} applies as apply does");
            assert!(!step.is_empty(), "{edit:?} changed something");
            step.undo(&mut c);
            assert_eq!(c, start, "{edit:?} undone");
            step.redo(&mut c);
            assert_eq!(c, expected, "{edit:?} redone");
        }
    }

    /// Each edit, its undo and redo say the oldest dated day they changed: the engine's
    /// figures of every day before it (kept in a memo across the edit) are still right, and
    /// edits of nothing dated say so.
    #[test]
    fn every_step_says_from_which_day_the_engine_must_read_the_log_again() {
        let start = start();
        let days: Vec<Date> = (0..120)
            .map(|n| today() - chrono::Duration::days(n * 5))
            .collect();
        let check = |before: &Client, after: &Client, step: &Step, what: &str| {
            let mut memo = crate::engine::Memo::default();
            for d in &days {
                memo.inputs(before, *d);
            }
            if let Some(from) = step.dated_from() {
                memo.forget_from(from);
            }
            for d in &days {
                let fresh = crate::engine::inputs(after, *d);
                assert_eq!(memo.inputs(after, *d), fresh, "{what} on {d}");
            }
        };
        let mut dated = 0;
        for edit in every_edit(&start) {
            let what = format!("{edit:?}");
            let mut c = start.clone();
            let step = edit.apply_recorded(&mut c, today());
            dated += usize::from(step.dated_from().is_some());
            check(&start, &c, &step, &what);
            let after = c.clone();
            step.undo(&mut c);
            check(&after, &c, &step, &format!("undo {what}"));
            step.redo(&mut c);
            check(&start, &c, &step, &format!("redo {what}"));
        }
        assert!(dated >= 5, "{dated}");
        let tick = ClientEdit::SetProfileItem(ProfileItem::Banner, true);
        assert_eq!(
            tick.apply_recorded(&mut start.clone(), today())
                .dated_from(),
            None
        );
        let old = today() - chrono::Duration::days(9999);
        let step = ClientEdit::SetActivity(old, ActivityKind::Post, 2)
            .apply_recorded(&mut start.clone(), today());
        assert_eq!(step.dated_from(), Some(old));
    }

    #[test]
    fn an_edit_that_changes_nothing_leaves_nothing_to_undo() {
        let mut c = demo_client(today());
        let skills = c.profile.skills;
        let step = ClientEdit::SetSkills(skills).apply_recorded(&mut c, today());
        assert!(step.is_empty());
    }

    #[test]
    fn a_plus_one_keeps_one_day_not_the_message_log() {
        let mut c = crate::model::heavy_client(today(), 2_000);
        let n = c.activity.get(today(), ActivityKind::Comment);
        let step = ClientEdit::SetActivity(today(), ActivityKind::Comment, n + 1)
            .apply_recorded(&mut c, today());
        assert!(
            step.before
                .iter()
                .chain(&step.after)
                .all(|p| matches!(p, Piece::ActivityDay(..)))
        );
        assert_eq!(
            step.label.text(Language::En),
            format!("+1 on Comments ({})", format_date(Language::En, today()))
        );
        assert!(step.label.text(Language::Nl).starts_with("+1 bij Reacties"));
        assert!(
            step.label
                .text(Language::Da)
                .starts_with("+1 på Kommentarer")
        );
    }

    #[test]
    fn labels_say_which_session_and_which_message() {
        let c = start();
        let s = &c.sessions[0];
        let label = ClientEdit::DeleteSession(s.id).label(&c);
        assert_eq!(
            label.text(Language::En),
            format!("session of {} deleted", format_date(Language::En, s.date))
        );
        let m = &c.messages[0];
        let label = ClientEdit::EditMessage(m.clone()).label(&c);
        assert_eq!(
            label.text(Language::En),
            format!("message to {} edited", m.person)
        );
    }
}
