//! The client file ("Send to my coach"): the client's own profile as one file, and how the
//! coach's app takes it in (a new client, or merged into the matching one).
//!
//! The merge only adds and ticks, so taking in the same file twice changes nothing:
//! activity per day and kind takes the larger count, messages are matched by a key carried
//! in the file (the LinkedIn export's key, else `client-file:<id>`), readings by day, action
//! items by what they say (lever, description, target, due: neither side can edit an item,
//! so a plan file's items come back as they went), profile ticks are added.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{ExchangeError, Kind};
use crate::model::{ActionItem, Client, ClientId, Date, ImportRecord, MessageEntry, SmolStr};

/// What a client file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientFile {
    /// The day it was made.
    pub exported: Date,
    /// Whether message texts and the names of the people messaged are in it.
    pub with_texts: bool,
    /// The client (without texts: people, companies, titles, notes and labels are empty).
    pub client: Client,
}

/// The key a message is matched by across client files.
fn message_key(m: &MessageEntry) -> String {
    m.external_key
        .clone()
        .unwrap_or_else(|| format!("client-file:{}", m.id))
}

/// The client file of `client` made on `today`. Without texts, the names of the people
/// messaged, their companies and titles, message notes, session notes and the labels of
/// marked periods are left out; counts, dates, replies and decision-maker flags stay.
pub fn export_client(client: &Client, today: Date, with_texts: bool) -> ClientFile {
    let mut c = client.clone();
    for m in &mut c.messages {
        m.external_key = Some(message_key(m));
        if !with_texts {
            m.person = SmolStr::default();
            m.company = SmolStr::default();
            m.title = SmolStr::default();
            m.note.clear();
        }
    }
    if !with_texts {
        for s in &mut c.sessions {
            s.notes.clear();
        }
        c.annotations.clear();
    }
    c.demo = false;
    ClientFile {
        exported: today,
        with_texts,
        client: c,
    }
}

impl ClientFile {
    /// The file's text (RON in the envelope, with its checksum).
    pub fn to_text(&self) -> Result<String, ExchangeError> {
        super::to_text(Kind::Client, self)
    }

    /// The file name offered when saving it.
    pub fn file_name(&self) -> String {
        format!(
            "{}-{}.{}",
            self.client.id.0,
            self.exported.format("%Y-%m-%d"),
            Kind::Client.extension()
        )
    }
}

/// Parse a client file's text: the envelope, then the client through the store's own checks
/// (a safe id, possible dates, numbers that are numbers). Returns the file and its checksum.
pub fn parse_client_file(text: &str) -> Result<(ClientFile, String), ExchangeError> {
    let (mut file, sum): (ClientFile, String) = super::parse_content(text, Kind::Client)?;
    use chrono::Datelike;
    let years = crate::store::format::FIRST_YEAR..=crate::store::format::LAST_YEAR;
    if !years.contains(&file.exported.year()) {
        return Err(ExchangeError::BadValue(format!(
            "the day it was made: {}",
            file.exported
        )));
    }
    let ron = crate::store::client_to_ron(&file.client)
        .map_err(|e| ExchangeError::BadValue(e.to_string()))?;
    let checked = crate::store::parse_client(&ron, Path::new("client file"))
        .map_err(|e| ExchangeError::BadValue(e.to_string()))?;
    file.client = checked;
    Ok((file, sum))
}

/// Read a client file from disk (size checked first).
pub fn read_client_file(path: &Path) -> Result<(ClientFile, String), ExchangeError> {
    let bytes = super::read_limited(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| ExchangeError::Foreign)?;
    parse_client_file(text)
}

/// The fingerprint a merged client file leaves in the client's imports: the file's client
/// id and its checksum, so the same file is known and the client it came from is found again.
fn fingerprint(file: &ClientFile, checksum: &str) -> String {
    format!("client-file:{}:{checksum}", file.client.id.0)
}

/// Which of `clients` a client file belongs to: the one with the file's id, else one a file
/// of that id was merged into before.
pub fn find_match<'a>(
    clients: impl IntoIterator<Item = &'a Client>,
    file: &ClientFile,
) -> Option<usize> {
    let clients: Vec<&Client> = clients.into_iter().collect();
    let link = format!("client-file:{}:", file.client.id.0);
    clients
        .iter()
        .position(|c| c.id == file.client.id)
        .or_else(|| {
            clients
                .iter()
                .position(|c| c.imports.iter().any(|i| i.fingerprint.starts_with(&link)))
        })
}

/// What merging a client file changed (or would change).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Messages added.
    pub messages_added: usize,
    /// Messages already there that changed (a reply came, a follow-up moved).
    pub messages_updated: usize,
    /// Readings added (a day already there is kept).
    pub readings_added: usize,
    /// Days of the activity log that changed.
    pub days_changed: usize,
    /// Action items ticked done.
    pub items_ticked: usize,
    /// Action items the client added on their own.
    pub items_added: usize,
    /// Profile checklist items newly ticked.
    pub profile_ticked: usize,
    /// This very file was taken in before.
    pub already_imported: bool,
}

impl MergeSummary {
    /// Whether nothing the user would see changes.
    pub fn is_empty(&self) -> bool {
        self.messages_added == 0
            && self.messages_updated == 0
            && self.readings_added == 0
            && self.days_changed == 0
            && self.items_ticked == 0
            && self.items_added == 0
            && self.profile_ticked == 0
    }
}

/// What an action item says: how it is matched across the two apps.
type ItemKey = (crate::model::Lever, String, Option<u64>, Option<Date>);

fn item_key(a: &ActionItem) -> ItemKey {
    (
        a.lever,
        a.description.trim().to_owned(),
        a.target.map(f64::to_bits),
        a.due,
    )
}

/// Merge the client file `file` (with checksum `checksum`) into `ours`, on `today`. Only
/// adds and ticks: merging the same file again changes nothing.
pub fn merge_client_file(
    ours: &mut Client,
    file: &ClientFile,
    checksum: &str,
    today: Date,
) -> MergeSummary {
    let theirs = &file.client;
    let fp = fingerprint(file, checksum);
    let mut s = MergeSummary {
        already_imported: ours.imports.iter().any(|i| i.fingerprint == fp),
        ..MergeSummary::default()
    };

    // activity: the larger count per day and kind
    for (day, kinds) in &theirs.activity.0 {
        let mut changed = false;
        for (kind, n) in kinds.iter() {
            if ours.activity.get(*day, kind) < n {
                ours.activity.set(*day, kind, n);
                changed = true;
            }
        }
        s.days_changed += usize::from(changed);
    }

    // messages: by key; one already there takes the reply, follow-up and flags
    let known: HashMap<String, usize> = ours
        .messages
        .iter()
        .enumerate()
        .filter_map(|(i, m)| m.external_key.clone().map(|k| (k, i)))
        .collect();
    let mut new = Vec::new();
    let mut resort = false;
    for m in &theirs.messages {
        let key = message_key(m);
        match known.get(&key) {
            Some(&i) => {
                let o = &mut ours.messages[i];
                let before = o.clone();
                o.replied |= m.replied;
                o.decision_maker |= m.decision_maker;
                if m.follow_up.is_some() {
                    o.follow_up = m.follow_up;
                }
                o.channel = m.channel;
                if o.date != m.date {
                    o.date = m.date;
                    resort = true;
                }
                for (mine, theirs) in [
                    (&mut o.person, &m.person),
                    (&mut o.company, &m.company),
                    (&mut o.title, &m.title),
                ] {
                    if !theirs.is_empty() {
                        theirs.clone_into(mine);
                    }
                }
                if !m.note.is_empty() {
                    m.note.clone_into(&mut o.note);
                }
                s.messages_updated += usize::from(*o != before);
            }
            None => {
                let mut m = m.clone();
                m.external_key = Some(key);
                new.push(m);
            }
        }
    }
    s.messages_added = new.len();
    if !new.is_empty() {
        ours.add_messages(new);
    } else if resort {
        ours.sort_messages();
    }

    // readings: a day already there is kept; one no SSI could show is left out
    let readings: Vec<_> = theirs
        .readings
        .iter()
        .filter(|r| r.check(today).is_ok())
        .cloned()
        .collect();
    s.readings_added = crate::import::readings::merge_readings(ours, &readings);

    // action items: ticks come back; items the client added on their own are added
    let mut index: HashMap<ItemKey, usize> = ours
        .action_items
        .iter()
        .enumerate()
        .map(|(i, a)| (item_key(a), i))
        .collect();
    for a in &theirs.action_items {
        match index.get(&item_key(a)) {
            Some(&i) => {
                let o = &mut ours.action_items[i];
                if o.done.is_none() && a.done.is_some() {
                    o.done = a.done;
                    s.items_ticked += 1;
                }
            }
            None => {
                let mut item = a.clone();
                item.id = ours.fresh_id();
                item.session_id = None;
                index.insert(item_key(&item), ours.action_items.len());
                ours.action_items.push(item);
                s.items_added += 1;
            }
        }
    }

    // the profile: ticks are added, counts take the larger
    for item in &theirs.profile.done {
        if ours.profile.done.insert(*item) {
            s.profile_ticked += 1;
        }
    }
    let p = &mut ours.profile;
    p.skills = p.skills.max(theirs.profile.skills);
    p.endorsements = p.endorsements.max(theirs.profile.endorsements);
    p.recommendations = p.recommendations.max(theirs.profile.recommendations);
    if theirs.network.connections > 0 {
        ours.network = theirs.network.clone();
    }
    ours.sales_navigator |= theirs.sales_navigator;
    for a in &theirs.annotations {
        if !a.label.trim().is_empty() && !ours.annotations.contains(a) {
            ours.annotations.push(a.clone());
        }
    }
    ours.annotations.sort_by_key(|a| (a.start, a.end));

    if !s.already_imported {
        ours.imports.push(ImportRecord {
            as_of: file.exported.min(today),
            fingerprint: fp,
            imported_on: today,
        });
    }
    s
}

/// The client a client file becomes before its content is merged: the file's name,
/// language, goals and calibration under `id`, nothing else.
pub fn bare_client_from(file: &ClientFile, id: ClientId, today: Date) -> Client {
    let theirs = &file.client;
    let mut c = Client::new(id, theirs.name.clone(), theirs.created.min(today));
    c.language = theirs.language;
    c.goals = theirs.goals.clone();
    c.calibrate = theirs.calibrate;
    c
}

/// A new client made from a client file, under `id` (the file's id when no client has it),
/// and what it holds.
pub fn new_client_from(
    file: &ClientFile,
    checksum: &str,
    id: ClientId,
    today: Date,
) -> (Client, MergeSummary) {
    let mut c = bare_client_from(file, id, today);
    let s = merge_client_file(&mut c, file, checksum, today);
    (c, s)
}
