//! The plan file ("Send to my client"): what a session agreed, for the client's own app.
//!
//! It holds the action items of the session and those still open, the weekly goals, the
//! notes of the sessions the coach marked as shared and the session report. Applying it to
//! the client's profile adds the items it does not have yet (matched by what they say, as
//! the client file's merge matches them on the way back), sets the goals, and adds each
//! shared note as a session of its day. Applying the same file twice changes nothing.

use serde::{Deserialize, Serialize};

use super::{ExchangeError, Kind};
use crate::model::{ActionItem, Client, ClientId, Date, Language, Session, WeeklyGoals};

/// The notes of one session, shared with the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedNote {
    /// The day of the session.
    pub date: Date,
    /// The notes.
    pub text: String,
}

/// What a plan file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFile {
    /// The coach's id of the client.
    pub client: ClientId,
    /// The client's name, as the coach has it.
    pub name: String,
    /// The day of the session the plan comes from.
    pub session: Date,
    /// The day the file was made.
    pub made: Date,
    /// The action items agreed in the session and those still open.
    pub items: Vec<ActionItem>,
    /// The weekly goals.
    pub goals: WeeklyGoals,
    /// The notes the coach shares, oldest first.
    pub notes: Vec<SharedNote>,
    /// The session report (a page of SSI Coach, see [`report_is_ours`]); empty if none.
    pub report: String,
}

/// The plan file of the session `session_id` of `client`, made on `today`, its report in
/// `lang`. None if there is no such session.
pub fn export_plan(
    client: &Client,
    session_id: u64,
    today: Date,
    lang: Language,
) -> Option<PlanFile> {
    let session = client.sessions.iter().find(|s| s.id == session_id)?;
    let items = client
        .action_items
        .iter()
        .filter(|a| a.session_id == Some(session_id) || a.done.is_none())
        .cloned()
        .collect();
    let notes = client
        .sessions
        .iter()
        .filter(|s| {
            s.date <= session.date
                && client.shared_notes.contains(&s.id)
                && !s.notes.trim().is_empty()
        })
        .map(|s| SharedNote {
            date: s.date,
            text: s.notes.clone(),
        })
        .collect();
    Some(PlanFile {
        client: client.id.clone(),
        name: client.name.clone(),
        session: session.date,
        made: today,
        items,
        goals: client.goals.clone(),
        notes,
        report: crate::report::session_report(client, today, lang),
    })
}

impl PlanFile {
    /// The file's text (RON in the envelope, with its checksum).
    pub fn to_text(&self) -> Result<String, ExchangeError> {
        super::to_text(Kind::Plan, self)
    }

    /// The file name offered when saving it.
    pub fn file_name(&self) -> String {
        format!(
            "plan-{}-{}.{}",
            self.client.0,
            self.session.format("%Y-%m-%d"),
            Kind::Plan.extension()
        )
    }
}

/// Whether `html` is a report page of SSI Coach: it starts with the report's own head, whose
/// Content-Security-Policy (nothing may load, nothing may run) is the first thing in it and
/// the only policy. Only such a report is ever written to disk and opened.
pub fn report_is_ours(html: &str) -> bool {
    let csp = crate::report::html::escape(crate::report::CONTENT_SECURITY_POLICY);
    let starts = Language::ALL.into_iter().any(|l| {
        html.starts_with(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />\n",
            l.code()
        ))
    });
    let lower = html.to_ascii_lowercase();
    starts && lower.matches("http-equiv").count() == 1 && !lower.contains("<script")
}

/// Parse a plan file's text: the envelope, then the plan, whose values are checked (no
/// number that is not a number, dates from 1900 to 9999).
pub fn parse_plan_file(text: &str) -> Result<PlanFile, ExchangeError> {
    let (mut plan, _sum): (PlanFile, String) = super::parse_content(text, Kind::Plan)?;
    use chrono::Datelike;
    let date_ok = |d: &Date| {
        (crate::store::format::FIRST_YEAR..=crate::store::format::LAST_YEAR).contains(&d.year())
    };
    let bad = |what: &str| ExchangeError::BadValue(what.to_owned());
    if !plan.client.is_valid() {
        return Err(bad("the client id"));
    }
    if !date_ok(&plan.session) || !date_ok(&plan.made) {
        return Err(bad("the session's date"));
    }
    for a in &plan.items {
        if a.target.is_some_and(|t| !t.is_finite()) {
            return Err(bad("an action item's target"));
        }
        if a.due.iter().chain(a.done.iter()).any(|d| !date_ok(d)) {
            return Err(bad("an action item's date"));
        }
    }
    if plan.notes.iter().any(|n| !date_ok(&n.date)) {
        return Err(bad("a note's date"));
    }
    if !plan.report.is_empty() && !report_is_ours(&plan.report) {
        // a page that is not the app's own is never written or opened
        plan.report.clear();
    }
    Ok(plan)
}

/// What applying a plan file changed (or would change).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanSummary {
    /// Action items added.
    pub items_added: usize,
    /// Action items the coach ticked done that were open here.
    pub items_ticked: usize,
    /// Weekly goals that changed.
    pub goals_changed: usize,
    /// Shared notes added (as sessions).
    pub notes_added: usize,
}

impl PlanSummary {
    /// Whether nothing changes.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

fn same_item(a: &ActionItem, b: &ActionItem) -> bool {
    a.lever == b.lever
        && a.description.trim() == b.description.trim()
        && a.target.map(f64::to_bits) == b.target.map(f64::to_bits)
        && a.due == b.due
}

/// Apply `plan` to the client's own profile `ours` on `today`.
pub fn apply_plan(ours: &mut Client, plan: &PlanFile, today: Date) -> PlanSummary {
    let mut s = PlanSummary::default();
    for item in &plan.items {
        match ours.action_items.iter_mut().find(|a| same_item(a, item)) {
            Some(a) => {
                if a.done.is_none() && item.done.is_some() {
                    a.done = item.done;
                    s.items_ticked += 1;
                }
            }
            None => {
                let mut a = item.clone();
                a.id = ours.fresh_id();
                a.session_id = None;
                ours.action_items.push(a);
                s.items_added += 1;
            }
        }
    }
    if ours.goals != plan.goals {
        let kinds: std::collections::BTreeSet<_> = ours
            .goals
            .0
            .keys()
            .chain(plan.goals.0.keys())
            .copied()
            .collect();
        s.goals_changed = kinds
            .into_iter()
            .filter(|k| ours.goals.get(*k) != plan.goals.get(*k))
            .count();
        ours.goals = plan.goals.clone();
    }
    for note in &plan.notes {
        let known = ours
            .sessions
            .iter()
            .any(|x| x.date == note.date && x.notes == note.text);
        if known || note.text.trim().is_empty() {
            continue;
        }
        let date = note.date.min(today);
        let id = ours.fresh_id();
        let snapshot = crate::engine::snapshot(ours, date);
        ours.sessions.push(Session {
            id,
            date: note.date,
            notes: note.text.clone(),
            snapshot,
        });
        s.notes_added += 1;
    }
    ours.sessions.sort_by_key(|x| (x.date, x.id));
    s
}
