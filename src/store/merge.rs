//! Merging two versions of one client: the app's (ours) and the one a sync tool or another
//! program put on disk meanwhile (theirs), both grown from a common version (base).
//!
//! The logs (activity days, messages, readings, sessions, action items, annotations, imports)
//! are merged item by item: what either side added is kept, an item only one side changed
//! takes that side's version, an item ours deleted stays deleted. Single values (name,
//! checklist, goals, ...) take ours when ours changed them, else theirs. Nothing theirs added
//! is lost; the version on disk is also kept as a backup before the merged one replaces it.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Client;

/// Ours if ours changed it since `base`, else theirs.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours == base {
        theirs.clone()
    } else {
        ours.clone()
    }
}

/// How a list's items are numbered: the next free id, and how to read and set an item's id.
struct Ids<'a, T> {
    next: &'a mut u64,
    get: fn(&T) -> u64,
    set: fn(&mut T, u64),
}

/// Merge a list by key. With `ids`, an item theirs added under a key ours used for a
/// different item (both machines took the same next id) gets a new id, unless ours already
/// has the same item under another id.
fn merge_list<T, K>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
    mut ids: Option<Ids<'_, T>>,
) -> Vec<T>
where
    T: Clone + PartialEq,
    K: Ord,
{
    let base_map: BTreeMap<K, &T> = base.iter().map(|t| (key(t), t)).collect();
    let theirs_map: BTreeMap<K, &T> = theirs.iter().map(|t| (key(t), t)).collect();
    let mut out: Vec<T> = ours
        .iter()
        .map(|o| {
            let k = key(o);
            match (base_map.get(&k), theirs_map.get(&k)) {
                // only theirs changed it
                (Some(b), Some(t)) if *b == o => (*t).clone(),
                _ => o.clone(),
            }
        })
        .collect();
    let ours_map: BTreeMap<K, &T> = ours.iter().map(|t| (key(t), t)).collect();
    let mut added: Vec<T> = Vec::new();
    for t in theirs {
        let k = key(t);
        if base_map.contains_key(&k) {
            // ours kept it (handled above) or deleted it (stays deleted)
            continue;
        }
        match ours_map.get(&k) {
            None => added.push(t.clone()),
            Some(o) if *o == t => {}
            Some(_) => {
                // both added a different item under the same key
                let Some(ids) = ids.as_mut() else {
                    continue;
                };
                let known = out.iter().chain(added.iter()).any(|o| {
                    let mut same = t.clone();
                    (ids.set)(&mut same, (ids.get)(o));
                    same == *o
                });
                if !known {
                    let mut t = t.clone();
                    (ids.set)(&mut t, *ids.next);
                    *ids.next += 1;
                    added.push(t);
                }
            }
        }
    }
    out.extend(added);
    out
}

/// Merge `theirs` into `ours`, both grown from `base` (an empty base: a plain union, for
/// two versions with no known common version).
pub fn three_way(base: &Client, ours: &Client, theirs: &Client) -> Client {
    let mut next_id = ours
        .next_id
        .max(theirs.next_id)
        .max(ours.messages.iter().map(|m| m.id + 1).max().unwrap_or(0))
        .max(theirs.messages.iter().map(|m| m.id + 1).max().unwrap_or(0))
        .max(ours.sessions.iter().map(|s| s.id + 1).max().unwrap_or(0))
        .max(theirs.sessions.iter().map(|s| s.id + 1).max().unwrap_or(0))
        .max(
            ours.action_items
                .iter()
                .map(|a| a.id + 1)
                .max()
                .unwrap_or(0),
        )
        .max(
            theirs
                .action_items
                .iter()
                .map(|a| a.id + 1)
                .max()
                .unwrap_or(0),
        );
    let mut c = ours.clone();
    c.name = pick(&base.name, &ours.name, &theirs.name);
    c.language = pick(&base.language, &ours.language, &theirs.language);
    c.archived = pick(&base.archived, &ours.archived, &theirs.archived);
    c.sales_navigator = pick(
        &base.sales_navigator,
        &ours.sales_navigator,
        &theirs.sales_navigator,
    );
    c.profile = pick(&base.profile, &ours.profile, &theirs.profile);
    c.network = pick(&base.network, &ours.network, &theirs.network);
    c.goals = pick(&base.goals, &ours.goals, &theirs.goals);
    c.calibrate = pick(&base.calibrate, &ours.calibrate, &theirs.calibrate);

    // activity: per day
    let days: BTreeSet<_> = ours
        .activity
        .0
        .keys()
        .chain(theirs.activity.0.keys())
        .copied()
        .collect();
    let mut activity = BTreeMap::new();
    for d in days {
        let (b, o, t) = (
            base.activity.0.get(&d),
            ours.activity.0.get(&d),
            theirs.activity.0.get(&d),
        );
        let v = match (o, t) {
            (Some(o), Some(t)) => Some(if Some(o) == b { t } else { o }),
            (Some(o), None) => Some(o),
            // ours deleted a day both had: stays deleted
            (None, Some(t)) if b.is_none() => Some(t),
            _ => None,
        };
        if let Some(v) = v {
            activity.insert(d, *v);
        }
    }
    c.activity.0 = activity;

    // messages: imported ones are one message whatever id each side gave it
    let ours_keys: BTreeSet<&str> = ours
        .messages
        .iter()
        .filter_map(|m| m.external_key.as_deref())
        .collect();
    let theirs_messages: Vec<_> = theirs
        .messages
        .iter()
        .filter(|m| {
            m.external_key.as_deref().is_none_or(|k| {
                !ours_keys.contains(k) || ours.messages.iter().any(|o| o.id == m.id)
            })
        })
        .cloned()
        .collect();
    c.messages = merge_list(
        &base.messages,
        &ours.messages,
        &theirs_messages,
        |m| m.id,
        Some(Ids {
            next: &mut next_id,
            get: |m| m.id,
            set: |m, id| m.id = id,
        }),
    );
    c.readings = merge_list(
        &base.readings,
        &ours.readings,
        &theirs.readings,
        |r| (r.date, r.total.to_bits()),
        None,
    );
    c.sessions = merge_list(
        &base.sessions,
        &ours.sessions,
        &theirs.sessions,
        |s| s.id,
        Some(Ids {
            next: &mut next_id,
            get: |s| s.id,
            set: |s, id| s.id = id,
        }),
    );
    c.action_items = merge_list(
        &base.action_items,
        &ours.action_items,
        &theirs.action_items,
        |a| a.id,
        Some(Ids {
            next: &mut next_id,
            get: |a| a.id,
            set: |a, id| a.id = id,
        }),
    );
    c.annotations = merge_list(
        &base.annotations,
        &ours.annotations,
        &theirs.annotations,
        |a| (a.start, a.end, a.label.clone()),
        None,
    );
    c.imports = merge_list(
        &base.imports,
        &ours.imports,
        &theirs.imports,
        |i| (i.fingerprint.clone(), i.as_of),
        None,
    );
    c.next_id = next_id;
    c.readings.sort_by_key(|r| r.date);
    c.sort_messages();
    c
}

/// An empty client with the id and creation day of `c`: the base of two versions with no
/// known common version (everything either side has is kept; ours wins single values it set).
pub fn empty_base(c: &Client) -> Client {
    Client::new(c.id.clone(), String::new(), c.created)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::{ActivityKind, ClientId, MessageEntry};

    fn day(d: u32) -> crate::model::Date {
        chrono::NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    #[test]
    fn what_either_side_added_is_kept_and_ours_deletions_stay() {
        let mut base = Client::new(ClientId("dana-1".into()), "Dana", day(1));
        base.messages.push(MessageEntry::new(1, day(1), "Sam"));
        base.messages.push(MessageEntry::new(2, day(1), "Kim"));
        base.next_id = 3;
        let mut ours = base.clone();
        ours.messages.retain(|m| m.id != 2);
        ours.messages.push(MessageEntry::new(3, day(2), "Ours"));
        ours.activity.add(day(2), ActivityKind::Comment, 1);
        ours.next_id = 4;
        let mut theirs = base.clone();
        theirs.messages.push(MessageEntry::new(3, day(3), "Theirs"));
        theirs.activity.add(day(3), ActivityKind::Post, 2);
        theirs.name = "Dana W.".into();
        theirs.next_id = 4;
        let m = three_way(&base, &ours, &theirs);
        let people: Vec<&str> = m.messages.iter().map(|m| m.person.as_str()).collect();
        assert_eq!(people, ["Sam", "Ours", "Theirs"]);
        let ids: BTreeSet<u64> = m.messages.iter().map(|m| m.id).collect();
        assert_eq!(ids.len(), 3, "ids stay unique");
        assert!(m.next_id > *ids.iter().max().unwrap());
        assert_eq!(m.activity.get(day(2), ActivityKind::Comment), 1);
        assert_eq!(m.activity.get(day(3), ActivityKind::Post), 2);
        assert_eq!(m.name, "Dana W.");
        // merging again changes nothing
        assert_eq!(three_way(&base, &m, &theirs), m);
    }
}
