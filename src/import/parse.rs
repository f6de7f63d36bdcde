//! One parser per file of the export. Each reads a stream and adds to [`Collected`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::records::{Records, Row};
use super::report::{FileReport, SkipReason, Warning};
use super::seniority::is_decision_maker;
use super::text::{
    Header, connection_date, delimiter, field, is_garbage, iso_date_time, norm, pacific_to_utc,
    text, trim, us_date_time, utf8_reader,
};
use crate::model::ActivityKind;

/// Who the owner of the export is, known before messages.csv is read (from Invitations.csv
/// and Profile.csv), so every message is sorted into "sent by the owner" or "someone else"
/// as it is read.
#[derive(Debug, Clone, Default)]
pub struct Owner {
    /// The owner's profile URLs ([`url_key`]).
    pub urls: Vec<u64>,
    /// The owner's name ([`key`]).
    pub name: Option<u64>,
}

/// A message the owner sent, as read from messages.csv: small and without allocations of its
/// own (hashes, a time, and where its names are in [`Collected::text`]).
#[derive(Debug, Clone)]
pub struct Sent {
    /// When (seconds since 1970, UTC).
    pub at: i64,
    /// Conversation id (hashed).
    pub conversation: u64,
    /// Hash of the content.
    pub content_hash: u64,
    /// Recipient names ([`key`]).
    pub to_key: u64,
    /// Recipient names as written.
    pub to: Span,
    /// Conversation title (usually empty).
    pub title: Span,
    /// The row's place in the export (ties keep file order).
    pub row: u32,
    /// Which messages file it came from (0, 1, ... as added up).
    pub part: u32,
    /// Whether someone else wrote in the conversation afterwards (as far as this file tells).
    pub replied: bool,
}

impl Sent {
    /// Time order; of two equal rows (a re-sent export row) the first in the file first.
    pub fn order(&self) -> (i64, u64, u64, u32) {
        (self.at, self.conversation, self.content_hash, self.row)
    }
}

/// The visible connections by name (the last row of a name wins) and their URLs.
#[derive(Debug, Default)]
pub struct People {
    /// Name key to the place in [`Collected::contacts`].
    pub by_name: KeyMap<u32>,
    /// Profile URL keys.
    pub urls: KeySet,
}

impl People {
    /// Add `contacts`, which start at `first` in [`Collected::contacts`].
    fn add(&mut self, contacts: &[Contact], first: usize) {
        self.by_name.reserve(contacts.len());
        self.urls.reserve(contacts.len());
        for (i, contact) in contacts.iter().enumerate() {
            let place = u32::try_from(first + i).unwrap_or(u32::MAX);
            self.by_name.insert(contact.name, place);
            if let Some(url) = contact.url {
                self.urls.insert(url);
            }
        }
    }
}

/// A visible connection.
#[derive(Debug, Clone)]
pub struct Contact {
    /// "First Last" ([`name_key`]).
    pub name: u64,
    /// Profile URL ([`url_key`]).
    pub url: Option<u64>,
    /// Current company.
    pub company: Span,
    /// Current position.
    pub position: Span,
    /// Whether the position is a decision maker's.
    pub decision_maker: bool,
}

/// Where a text is in [`Collected::text`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    start: u32,
    len: u32,
}

impl Span {
    /// Append `text` (a field of a row checked to be UTF-8) to `arena`.
    pub fn push(arena: &mut String, text: &[u8]) -> Self {
        let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let start = n(arena.len());
        match std::str::from_utf8(text) {
            Ok(text) => arena.push_str(text),
            Err(_) => arena.push_str(&String::from_utf8_lossy(text)),
        }
        Self {
            start,
            len: n(arena.len()).saturating_sub(start),
        }
    }

    /// The text in `arena`.
    pub fn get<'a>(&self, arena: &'a str) -> &'a str {
        let start = self.start as usize;
        arena
            .get(start..start + self.len as usize)
            .unwrap_or_default()
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The same text after `by` more bytes in front of it.
    fn shifted(self, by: usize) -> Self {
        Self {
            start: self
                .start
                .saturating_add(u32::try_from(by).unwrap_or(u32::MAX)),
            ..self
        }
    }
}

/// A hasher for keys that are already hashes ([`key`], [`fnv`]): one multiply with a seed
/// chosen per run instead of SipHash, for the maps with 10,000s of people and conversations.
#[derive(Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0 ^ x)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
}

/// Builds [`KeyHasher`]s with a seed from the standard library's random state.
#[derive(Clone, Copy)]
pub struct KeyHash(u64);

impl Default for KeyHash {
    /// A different seed for every map (so filling one map from another's order is not slow).
    fn default() -> Self {
        use std::hash::BuildHasher;
        Self(std::collections::hash_map::RandomState::new().hash_one(0u64))
    }
}

impl std::hash::BuildHasher for KeyHash {
    type Hasher = KeyHasher;
    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(self.0)
    }
}

/// A map keyed by a hash.
pub type KeyMap<V> = HashMap<u64, V, KeyHash>;
/// A set of hashes.
pub type KeySet = HashSet<u64, KeyHash>;

/// Everything read from the export before it is summed up.
#[derive(Debug, Default)]
pub struct Collected {
    pub files: Vec<String>,
    pub warnings: Vec<Warning>,
    /// Data rows of the entry (per entry; not added up).
    pub rows: u32,
    /// Rows read.
    pub read: u32,
    /// Rows whose date was not understood.
    pub bad_dates: u32,
    /// Rows that were not readable text.
    pub unreadable: u32,
    /// The entry had data but no header row.
    pub no_header: bool,
    /// The member's name as written in Profile.csv.
    pub profile_display: Option<String>,
    pub newest: Option<NaiveDate>,
    // connections
    pub connections: Option<u32>,
    pub decision_makers: u32,
    /// Visible connections, in file order (matched to messages and invitations when the
    /// export is summed up).
    pub contacts: Vec<Contact>,
    /// [`Self::contacts`] by name and URL.
    pub people: People,
    // invitations
    pub invitations: Option<Vec<Invitation>>,
    pub owner_urls: HashSet<u64>,
    /// The owner's name from the first outgoing invitation.
    pub owner_name: Option<u64>,
    /// The owner's name from Profile.csv (preferred).
    pub profile_name: Option<u64>,
    /// About how many bytes the entry being read has (to reserve room for its rows at once
    /// instead of growing and copying); given before it is read.
    pub size_hint: usize,
    // messages
    /// Who the owner is (given before messages are read).
    pub owner: Owner,
    /// The messages the owner sent.
    pub sent: Option<Vec<Sent>>,
    /// The newest time someone else wrote, per conversation.
    pub other_last: KeyMap<i64>,
    /// More than one messages file: [`Sent::replied`] must be looked up again across them.
    pub replies_across_files: bool,
    /// How many messages files were added up.
    pub message_parts: u32,
    /// The texts [`Span`]s point into (message recipients and titles, companies, positions).
    pub text: String,
    // content
    pub posts: Option<Vec<NaiveDate>>,
    pub reposts: Option<Vec<NaiveDate>>,
    pub comments: Option<Vec<NaiveDate>>,
    pub reactions: Option<Vec<NaiveDate>>,
    pub searches: Option<Vec<NaiveDateTime>>,
    pub search_queries: Vec<(NaiveDateTime, String)>,
    pub articles: Option<Vec<NaiveDate>>,
    pub group_posts: Vec<NaiveDate>,
    // profile
    pub profile_photo: Option<bool>,
    pub background_banner: Option<bool>,
    pub skills: Option<u32>,
    pub headline: bool,
    pub about: bool,
    pub industry_location: bool,
    pub website: bool,
    pub positions: Option<u32>,
    pub position_descriptions: bool,
    pub education: Option<u32>,
    pub recommendations: Option<u32>,
    pub endorsements: Option<u32>,
}

/// One invitation row.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub outgoing: bool,
    pub with_note: bool,
    pub day: NaiveDate,
    pub invitee: u64,
    pub invitee_url: Option<u64>,
}

/// How much to reserve for a hint: at most a million (a hint is only a hint).
fn reserve(hint: usize) -> usize {
    hint.min(1 << 20)
}

/// Someone other than the owner wrote in `conversation` at `at`: keep the newest such time.
fn wrote(other_last: &mut KeyMap<i64>, conversation: u64, at: i64) {
    let last = other_last.entry(conversation).or_insert(at);
    *last = (*last).max(at);
}

/// `a + b` where either may be unknown.
fn add(a: &mut Option<u32>, b: Option<u32>) {
    if let Some(b) = b {
        *a = Some(a.unwrap_or(0).saturating_add(b));
    }
}

/// `a` followed by `b` where either may be unknown.
fn concat<T>(a: &mut Option<Vec<T>>, b: Option<Vec<T>>) {
    match (a.as_mut(), b) {
        (_, None) => {}
        (Some(a), Some(b)) => a.extend(b),
        (None, b) => *a = b,
    }
}

/// `a || b` where either may be unknown.
fn either(a: &mut Option<bool>, b: Option<bool>) {
    if let Some(b) = b {
        *a = Some(a.unwrap_or(false) || b);
    }
}

impl Collected {
    /// Add what the parser of a later entry collected. Entries are read in parallel, each
    /// into its own `Collected`, and added up in the order of their names, so the result is
    /// the same as reading them one after the other.
    pub fn absorb(&mut self, other: Collected) {
        let Collected {
            files,
            warnings,
            rows: _,
            read: _,
            bad_dates: _,
            unreadable: _,
            no_header: _,
            profile_display,
            newest,
            connections,
            decision_makers,
            contacts,
            people,
            invitations,
            owner_urls,
            owner_name,
            profile_name,
            size_hint: _,
            owner: _,
            sent,
            other_last,
            replies_across_files,
            message_parts: _,
            text,
            posts,
            reposts,
            comments,
            reactions,
            searches,
            search_queries,
            articles,
            group_posts,
            profile_photo,
            background_banner,
            skills,
            headline,
            about,
            industry_location,
            website,
            positions,
            position_descriptions,
            education,
            recommendations,
            endorsements,
        } = other;
        self.files.extend(files);
        self.warnings.extend(warnings);
        if let Some(day) = newest {
            self.saw(day);
        }
        add(&mut self.connections, connections);
        self.decision_makers += decision_makers;
        // the spans of `other` point into its own text, which goes after ours
        let offset = self.text.len();
        if offset == 0 {
            self.text = text;
        } else {
            self.text.push_str(&text);
        }
        let shift = |s: Span| s.shifted(offset);
        if self.contacts.is_empty() && offset == 0 {
            self.people = people;
            self.contacts = contacts;
        } else {
            self.people.add(&contacts, self.contacts.len());
            self.contacts
                .extend(contacts.into_iter().map(|contact| Contact {
                    company: shift(contact.company),
                    position: shift(contact.position),
                    ..contact
                }));
        }
        concat(&mut self.invitations, invitations);
        self.owner_urls.extend(owner_urls);
        self.owner_name = self.owner_name.or(owner_name);
        self.profile_name = profile_name.or(self.profile_name);
        self.profile_display = profile_display.or(self.profile_display.take());
        self.replies_across_files |=
            replies_across_files || (self.sent.is_some() && sent.is_some());
        if let Some(mut list) = sent {
            let rows = self.sent.as_ref().map_or(0, Vec::len);
            let rows = u32::try_from(rows).unwrap_or(u32::MAX);
            let part = self.message_parts;
            self.message_parts += 1;
            for m in &mut list {
                m.part = part;
                m.to = shift(m.to);
                m.title = shift(m.title);
                m.row = m.row.saturating_add(rows);
            }
            concat(&mut self.sent, Some(list));
        }
        if self.other_last.is_empty() {
            self.other_last = other_last;
        } else {
            for (conversation, at) in other_last {
                wrote(&mut self.other_last, conversation, at);
            }
        }
        for (mine, theirs) in [
            (&mut self.posts, posts),
            (&mut self.reposts, reposts),
            (&mut self.comments, comments),
            (&mut self.reactions, reactions),
            (&mut self.articles, articles),
        ] {
            concat(mine, theirs);
        }
        concat(&mut self.searches, searches);
        self.search_queries.extend(search_queries);
        self.group_posts.extend(group_posts);
        either(&mut self.profile_photo, profile_photo);
        either(&mut self.background_banner, background_banner);
        for (mine, theirs) in [
            (&mut self.skills, skills),
            (&mut self.positions, positions),
            (&mut self.education, education),
            (&mut self.recommendations, recommendations),
            (&mut self.endorsements, endorsements),
        ] {
            add(mine, theirs);
        }
        self.headline |= headline;
        self.about |= about;
        self.industry_location |= industry_location;
        self.website |= website;
        self.position_descriptions |= position_descriptions;
    }

    fn saw(&mut self, day: NaiveDate) {
        if self.newest.is_none_or(|n| day > n) {
            self.newest = Some(day);
        }
    }

    /// The report of the entry just read into this (fresh) `Collected`, and the warning it
    /// calls for: rows skipped, or a header missing.
    pub fn report(&mut self, name: &str) -> FileReport {
        let skipped = self.rows.saturating_sub(self.read);
        let reason = if self.no_header {
            Some(SkipReason::NoHeader)
        } else if skipped == 0 {
            None
        } else if self.bad_dates >= self.unreadable {
            Some(SkipReason::UnknownDate)
        } else {
            Some(SkipReason::Unreadable)
        };
        match reason {
            Some(SkipReason::NoHeader) => self.warnings.push(Warning::NoHeader {
                file: name.to_owned(),
            }),
            Some(reason) => self.warnings.push(Warning::Rows {
                file: name.to_owned(),
                rows: self.rows,
                read: self.read,
                reason,
            }),
            None => {}
        }
        FileReport {
            name: name.to_owned(),
            rows: self.rows,
            read: self.read,
            skipped,
            reason,
        }
    }

    /// Count a row a parser looked at: read, or skipped for its date.
    fn row(&mut self, read: bool) {
        self.rows += 1;
        if read {
            self.read += 1;
        } else {
            self.bad_dates += 1;
        }
    }
}

/// FNV-1a: message keys saved in client files are made of these, so it must never change.
fn fnv_bytes(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The records of a CSV entry after its header row (found by `required` column names).
/// Calls `row` for every record; returns false if no header was found.
fn records(
    r: Box<dyn Read + '_>,
    file: &str,
    required: &[&str],
    c: &mut Collected,
    mut row: impl FnMut(&Header, &Row<'_>, &mut Collected) -> bool,
) -> std::io::Result<bool> {
    let _ = file;
    let (reader, peek) = utf8_reader(r)?;
    let mut rows = Records::new(reader, delimiter(&peek));
    let mut header: Option<Header> = None;
    // records before a header: a preamble, a one-line placeholder ("No conversations
    // found"), or the data of a file whose header is not known
    let mut before = 0u32;
    let mut wide_before = false;
    while let Some(record) = rows.next_row()? {
        match &header {
            None => {
                header = Header::find(&record, required);
                if header.is_none() && !record.is_blank() {
                    before += 1;
                    wide_before |= record.iter().count() > 1;
                }
            }
            Some(h) => {
                if is_garbage(&record) {
                    c.rows += 1;
                    c.unreadable += 1;
                } else if !record.is_blank() {
                    let read = row(h, &record, c);
                    c.row(read);
                }
            }
        }
    }
    c.rows += rows.skipped;
    c.unreadable += rows.skipped;
    if header.is_none() && (wide_before || before > 1) {
        // rows, but none under a header this version knows: never a silent zero
        c.no_header = true;
        c.rows += before.saturating_sub(1);
    }
    Ok(header.is_some())
}

/// Connections.csv: every row counts (hidden ones too); decision makers among visible rows.
pub fn connections(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    c.contacts.reserve(reserve(c.size_hint / 64));
    c.text.reserve(reserve(c.size_hint / 4));
    let mut count = 0u32;
    let mut newest = NaiveDate::MIN;
    let mut cols = None;
    let found = records(
        r,
        "Connections.csv",
        &["First Name", "Connected On"],
        c,
        |h, rec, c| {
            let [on, first, last, position, company, url] = *cols.get_or_insert_with(|| {
                h.cols([
                    "Connected On",
                    "First Name",
                    "Last Name",
                    "Position",
                    "Company",
                    "URL",
                ])
            });
            let b = |col| trimmed(rec, col);
            let Some(on) = connection_date_bytes(b(on)) else {
                return false;
            };
            count += 1;
            newest = newest.max(on);
            let (first, last, url) = (b(first), b(last), b(url));
            if first.is_empty() && last.is_empty() && url.is_empty() {
                return true; // a hidden connection: counted, nothing more is known
            }
            let position = b(position);
            let decision_maker = is_decision_maker(std::str::from_utf8(position).unwrap_or(""));
            if decision_maker {
                c.decision_makers += 1;
            }
            let contact = Contact {
                name: name_key(first, last),
                url: (!url.is_empty()).then(|| url_key_bytes(url)),
                company: Span::push(&mut c.text, b(company)),
                position: Span::push(&mut c.text, position),
                decision_maker,
            };
            c.contacts.push(contact);
            true
        },
    )?;
    if found {
        c.connections = Some(count);
    }
    if count > 0 {
        c.saw(newest);
    }
    let mut people = std::mem::take(&mut c.people);
    people.add(&c.contacts, 0);
    c.people = people;
    Ok(())
}

/// Invitations.csv (5 or 7 columns). `Sent At` is US Pacific wall time: +8 h gives the UTC day.
pub fn invitations(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut list = Vec::new();
    let found = records(
        r,
        "Invitations.csv",
        &["From", "To", "Sent At", "Direction"],
        c,
        |h, rec, c| {
            let Some(at) = us_date_time(&field(rec, h.col("Sent At"))) else {
                return false;
            };
            let day = pacific_to_utc(at).date();
            c.saw(day);
            let outgoing = field(rec, h.col("Direction")).eq_ignore_ascii_case("OUTGOING");
            if outgoing {
                let inviter = field(rec, h.col("inviterProfileUrl"));
                if !inviter.is_empty() {
                    c.owner_urls.insert(url_key(&inviter));
                }
                if c.owner_name.is_none() {
                    let from = field(rec, h.col("From"));
                    if !from.is_empty() {
                        c.owner_name = Some(key(&from));
                    }
                }
            }
            let invitee_url = field(rec, h.col("inviteeProfileUrl"));
            list.push(Invitation {
                outgoing,
                with_note: !field(rec, h.col("Message")).is_empty(),
                day,
                invitee: key(&field(rec, h.col("To"))),
                invitee_url: (!invitee_url.is_empty()).then(|| url_key(&invitee_url)),
            });
            true
        },
    )?;
    if found {
        c.invitations = Some(list);
    }
    Ok(())
}

/// messages.csv, every column variant (2018 `Direction`, 2021-2026 with drafts and
/// attachments). The owner's messages are kept small (hashes and spans, not strings); of the
/// others only the newest time per conversation (for replies). Fields are compared and hashed
/// as bytes: this is the largest file of an export.
pub fn messages(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    // rows are at least ~100 bytes; memory reserved but never written costs nothing
    let mut sent = Vec::with_capacity(reserve(c.size_hint / 128));
    let mut arena = std::mem::take(&mut c.text);
    arena.reserve(reserve(c.size_hint / 8));
    // conversations have a few rows each: room for them, so the table is not regrown
    c.other_last.reserve(reserve(c.size_hint / 1024));
    let mut cols = None;
    let mut row = 0u32;
    let mut newest = i64::MIN;
    // a conversation's rows come one after the other, between the same two or three people:
    // the last few keys are remembered instead of hashing the same names again
    let mut names = Recent::new(key_bytes);
    let mut urls = Recent::new(url_key_bytes);
    let mut conversations = Recent::new(fnv_bytes);
    let mut by_name_urls: Vec<(usize, u64)> = Vec::new();
    let found = records(
        r,
        "messages.csv",
        &["From", "To", "Date"],
        c,
        |h, rec, c| {
            let [
                draft,
                conv_draft,
                folder,
                title,
                from,
                date,
                from_url,
                direction,
                conv,
                to,
                content,
            ] = *cols.get_or_insert_with(|| {
                h.cols([
                    "IS MESSAGE DRAFT",
                    "IS CONVERSATION DRAFT",
                    "FOLDER",
                    "CONVERSATION TITLE",
                    "FROM",
                    "DATE",
                    "SENDER PROFILE URL",
                    "Direction",
                    "CONVERSATION ID",
                    "TO",
                    "CONTENT",
                ])
            });
            let b = |col| trimmed(rec, col);
            let is = |col, word: &str| b(col).eq_ignore_ascii_case(word.as_bytes());
            // a message is a draft when its own flag says so; the conversation's flag only
            // counts where there is no message flag (a sent message in a conversation that
            // also holds a draft was sent)
            let is_draft = match draft {
                Some(_) => is(draft, "yes"),
                None => is(conv_draft, "yes"),
            };
            if is_draft || is(folder, "SPAM") {
                return true;
            }
            let (title, from) = (b(title), b(from));
            if title.eq_ignore_ascii_case(b"Sponsored Conversation")
                || from.eq_ignore_ascii_case(b"LinkedIn Member")
            {
                return true;
            }
            // 2018: `10/16/18, 8:36 AM`
            let Some(at) = iso_seconds(b(date)).or_else(|| {
                let t = us_date_time(std::str::from_utf8(b(date)).ok()?)?;
                Some(t.and_utc().timestamp())
            }) else {
                return false;
            };
            newest = newest.max(at);
            let to = b(to);
            let url = b(from_url);
            let from_url = (!url.is_empty()).then(|| urls.get(url));
            let mut from_key = None;
            let mut from_key = || *from_key.get_or_insert_with(|| names.get(from));
            // the owner is a profile URL, not a name: a namesake writing to the owner is
            // someone else. 2018: no URLs, the Direction column says who sent it.
            let by_owner = match (direction, from_url) {
                (Some(_), _) => is(direction, "OUTGOING"),
                (None, Some(u)) if !c.owner.urls.is_empty() => c.owner.urls.contains(&u),
                _ => {
                    let by_name = c.owner.name.is_some_and(|name| name == from_key());
                    if by_name && let Some(u) = from_url {
                        by_name_urls.push((sent.len(), u));
                    }
                    by_name
                }
            };
            let id = b(conv);
            // the recipients' key is needed for the owner's messages (who they wrote to) and
            // in 2018, when the two people make the conversation (there are no ids)
            let to_key = (by_owner || id.is_empty()).then(|| key_bytes(to));
            let conversation = match (id, to_key) {
                ([], Some(to_key)) => from_key() ^ to_key,
                (id, _) => conversations.get(id),
            };
            if by_owner {
                sent.push(Sent {
                    at,
                    conversation,
                    content_hash: fnv_bytes(b(content)),
                    to_key: to_key.unwrap_or_default(),
                    to: Span::push(&mut arena, to),
                    title: Span::push(&mut arena, title),
                    row,
                    part: 0,
                    replied: false,
                });
                row += 1;
            } else {
                wrote(&mut c.other_last, conversation, at);
            }
            true
        },
    )?;
    // no owner URL was known: the owner is the URL that sends most under the owner's name,
    // and a namesake's rows are someone else's
    if let Some(owner_url) = most_common(by_name_urls.iter().map(|&(_, u)| u)) {
        let namesake: HashSet<usize> = by_name_urls
            .iter()
            .filter(|&&(_, u)| u != owner_url)
            .map(|&(i, _)| i)
            .collect();
        if !namesake.is_empty() {
            let mut i = 0;
            sent.retain(|m: &Sent| {
                let keep = !namesake.contains(&i);
                if !keep {
                    wrote(&mut c.other_last, m.conversation, m.at);
                }
                i += 1;
                keep
            });
        }
    }
    if let Some(day) = chrono::DateTime::from_timestamp(newest, 0) {
        c.saw(day.date_naive());
    }
    c.text = arena;
    if !found && !c.no_header && c.rows == 0 {
        // a one-line placeholder ("No conversations found"): no messages, known
        c.sent.get_or_insert_with(Vec::new);
    }
    if found {
        // replies looked up in file order (a conversation's rows are together, so the
        // lookups stay in cache), and sorted here, while other files are read on other threads
        for m in &mut sent {
            m.replied = c.other_last.get(&m.conversation).is_some_and(|t| *t > m.at);
        }
        sent.sort_unstable_by_key(Sent::order);
        concat(&mut c.sent, Some(sent));
    }
    Ok(())
}

/// The value seen most often (the first of equals), if any.
fn most_common(values: impl Iterator<Item = u64>) -> Option<u64> {
    let mut counts: Vec<(u64, u32)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.iter().find(|&&(_, n)| n == best).map(|&(v, _)| v)
}

/// The keys of the last few texts (names, URLs, conversation ids) seen in a file.
struct Recent {
    hash: fn(&[u8]) -> u64,
    texts: [Vec<u8>; 4],
    keys: [u64; 4],
    next: usize,
    last: usize,
}

impl Recent {
    fn new(hash: fn(&[u8]) -> u64) -> Self {
        Self {
            hash,
            texts: Default::default(),
            keys: [0; 4],
            next: 0,
            last: 0,
        }
    }

    /// `hash(text)`, remembered.
    fn get(&mut self, text: &[u8]) -> u64 {
        if self.texts[self.last] == text {
            return self.keys[self.last];
        }
        if let Some(i) = self.texts.iter().position(|t| t.as_slice() == text) {
            self.last = i;
            return self.keys[i];
        }
        let i = self.next;
        self.last = i;
        self.next = (i + 1) % self.texts.len();
        self.texts[i].clear();
        self.texts[i].extend_from_slice(text);
        self.keys[i] = (self.hash)(text);
        self.keys[i]
    }
}

/// A field's bytes, trimmed like `str::trim` (the rows handed to parsers are valid UTF-8).
fn trimmed<'a>(record: &Row<'a>, col: Option<usize>) -> &'a [u8] {
    let Some(b) = col.and_then(|i| record.get(i)) else {
        return b"";
    };
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    if visible(b.first()) && visible(b.last()) {
        return b;
    }
    match std::str::from_utf8(b) {
        Ok(s) => s.trim().as_bytes(),
        Err(_) => b,
    }
}

/// [`connection_date`] on bytes.
fn connection_date_bytes(b: &[u8]) -> Option<NaiveDate> {
    super::text::fast_day_month_year(b).or_else(|| connection_date(std::str::from_utf8(b).ok()?))
}

/// [`iso_date_time`] on bytes as seconds since 1970 (UTC), without chrono in the common case.
fn iso_seconds(b: &[u8]) -> Option<i64> {
    super::text::fast_iso_seconds(b).or_else(|| {
        let at = iso_date_time(std::str::from_utf8(b).ok()?)?;
        Some(at.and_utc().timestamp())
    })
}

/// A case-insensitive (ASCII) hash of a name, for matching people across files.
pub fn key(s: &str) -> u64 {
    key_from(0xcbf29ce484222325, trim(s).as_bytes())
}

/// [`key`] of a field already trimmed by [`trimmed`].
fn key_bytes(trimmed: &[u8]) -> u64 {
    key_from(0xcbf29ce484222325, trimmed)
}

fn key_from(mut h: u64, s: &[u8]) -> u64 {
    for &b in s {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The same for "first last" (the key of the two joined by a space, without a `format!`), of
/// two fields already trimmed by [`trimmed`].
fn name_key(first: &[u8], last: &[u8]) -> u64 {
    match (first, last) {
        ([], name) | (name, []) => key_bytes(name),
        (first, last) => key_from(key_from(key_bytes(first), b" "), last),
    }
}

/// A profile URL's key: case-insensitive, without a trailing slash.
pub fn url_key(url: &str) -> u64 {
    key(trim(url).trim_end_matches('/'))
}

/// [`url_key`] of a field already trimmed by [`trimmed`].
fn url_key_bytes(trimmed: &[u8]) -> u64 {
    match std::str::from_utf8(trimmed) {
        Ok(url) => url_key(url),
        Err(_) => key_bytes(trimmed),
    }
}

/// The date in Rich_Media's prose: `you uploaded a video on november 12, 2024 at 2:56 am`.
fn prose_date(s: &str) -> Option<NaiveDate> {
    let i = s.rfind(" on ")?;
    let rest = &s[i + 4..];
    let date = rest.split(" at ").next()?.trim();
    NaiveDate::parse_from_str(date, "%B %d, %Y").ok()
}

/// LinkedIn wraps every line of a multi-line post in its own quotes: `"line 1"\n"line 2"`.
///
/// 2026 sends the lines as runs of doubled quote marks inside one field: a commentary of
/// nothing but quote marks and white space is empty (a repost).
fn clean_commentary(s: &str) -> String {
    if s.chars().all(|c| c == '"' || c.is_whitespace()) {
        return String::new();
    }
    let s = s.replace("\"\r\n\"", "\n").replace("\"\n\"", "\n");
    let t = s.trim();
    t.strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .unwrap_or(t)
        .trim()
        .to_owned()
}

/// Shares.csv: posts (with text) and reposts (without); group posts from `groupPost` links.
pub fn shares(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let (mut posts, mut reposts) = (
        c.posts.take().unwrap_or_default(),
        c.reposts.take().unwrap_or_default(),
    );
    let found = records(
        r,
        "Shares.csv",
        &["Date", "ShareCommentary"],
        c,
        |h, rec, c| {
            let Some(at) = iso_date_time(&field(rec, h.col("Date"))) else {
                return false;
            };
            let day = at.date();
            c.saw(day);
            if field(rec, h.col("ShareLink")).contains("groupPost") {
                c.group_posts.push(day);
            }
            if clean_commentary(&field(rec, h.col("ShareCommentary"))).is_empty() {
                reposts.push(day);
            } else {
                posts.push(day);
            }
            true
        },
    )?;
    if found {
        c.posts = Some(posts);
        c.reposts = Some(reposts);
    }
    Ok(())
}

/// InstantReposts.csv (2026): each row is a repost.
pub fn instant_reposts(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut reposts = c.reposts.take().unwrap_or_default();
    records(r, "InstantReposts.csv", &["Date"], c, |h, rec, c| {
        let Some(at) = iso_date_time(&field(rec, h.col("Date"))) else {
            return false;
        };
        c.saw(at.date());
        reposts.push(at.date());
        true
    })?;
    c.reposts = Some(reposts);
    if c.posts.is_none() {
        c.posts = Some(Vec::new());
    }
    Ok(())
}

/// Comments.csv, read by physical lines: a line that starts with a timestamp starts a
/// comment; any other line continues the previous one (2021-24 left newlines unquoted; 2026
/// escapes quotes with a backslash), so the count is the number of timestamped lines.
pub fn comments(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let (reader, _) = utf8_reader(r)?;
    let mut lines = BufReader::new(reader);
    let mut list = c.comments.take().unwrap_or_default();
    let mut header = false;
    let mut buf = Vec::new();
    let mut other_lines = 0u32;
    loop {
        buf.clear();
        if lines.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        if !header {
            let l = norm(&line);
            header = l.starts_with("date,link,message") || l.starts_with("date\tlink\tmessage");
            continue;
        }
        if buf.contains(&0) {
            c.rows += 1;
            c.unreadable += 1;
            continue;
        }
        let start = line.trim_start_matches('"');
        let stamp = start
            .get(..19)
            .and_then(|s| iso_date_time(s).filter(|_| s.as_bytes()[4] == b'-'));
        if let Some(at) = stamp {
            c.saw(at.date());
            if line.contains("groupPost") {
                c.group_posts.push(at.date());
            }
            list.push(at.date());
            c.rows += 1;
            c.read += 1;
        } else if !line.trim().is_empty() {
            other_lines += 1;
        }
    }
    if c.rows == 0 && other_lines > 0 {
        // lines, but none starts with a date this version knows: never a silent zero
        c.rows = other_lines;
        c.bad_dates = other_lines;
    }
    if header {
        c.comments = Some(list);
    } else {
        c.no_header = true;
    }
    Ok(())
}

/// Reactions.csv: one row per reaction (LIKE, PRAISE, EMPATHY ...).
pub fn reactions(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut list = c.reactions.take().unwrap_or_default();
    let mut col = None;
    let found = records(r, "Reactions.csv", &["Date", "Type"], c, |h, rec, c| {
        let date = *col.get_or_insert_with(|| h.col("Date"));
        let Some(at) = iso_date_time(&text(rec, date)) else {
            return false;
        };
        c.saw(at.date());
        list.push(at.date());
        true
    })?;
    if found {
        c.reactions = Some(list);
    }
    Ok(())
}

/// SearchQueries.csv: kept with their time; de-duplicated when summing up.
pub fn searches(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut list = Vec::new();
    let found = records(
        r,
        "SearchQueries.csv",
        &["Time", "Search Query"],
        c,
        |h, rec, c| {
            let Some(at) = iso_date_time(&field(rec, h.col("Time"))) else {
                return false;
            };
            c.saw(at.date());
            // 2025: a query with a comma is not quoted, so it spills into extra fields
            let query = match h.col("Search Query") {
                Some(i) => rec
                    .iter()
                    .skip(i)
                    .map(String::from_utf8_lossy)
                    .collect::<Vec<_>>()
                    .join(","),
                None => String::new(),
            };
            list.push((at, query.trim().to_lowercase()));
            true
        },
    )?;
    if found {
        c.search_queries.extend(list);
        c.searches = Some(Vec::new());
    }
    Ok(())
}

/// The same query within 60 seconds of its previous occurrence counts once.
pub fn dedup_searches(mut list: Vec<(NaiveDateTime, String)>) -> Vec<NaiveDateTime> {
    list.sort();
    let mut last: HashMap<String, NaiveDateTime> = HashMap::new();
    let mut out = Vec::new();
    for (at, q) in list {
        let repeat = last
            .get(&q)
            .is_some_and(|prev| at - *prev <= Duration::seconds(60));
        last.insert(q, at);
        if !repeat {
            out.push(at);
        }
    }
    out
}

/// Rich_Media.csv: evidence of a profile photo and a background banner.
pub fn rich_media(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let (mut photo, mut banner) = (false, false);
    let found = records(
        r,
        "Rich_Media.csv",
        &["Media Description"],
        c,
        |h, rec, c| {
            let first = field(rec, Some(0)).to_lowercase();
            if let Some(day) = prose_date(&first) {
                c.saw(day);
            }
            let text = format!(
                "{first} {}",
                field(rec, h.col("Media Description")).to_lowercase()
            );
            if text.contains("background photo") || text.contains("background image") {
                banner = true;
            } else if text.contains("profile photo") {
                photo = true;
            }
            true
        },
    )?;
    if found {
        c.profile_photo = Some(photo);
        c.background_banner = Some(banner);
    }
    Ok(())
}

/// One article's HTML: published if it has a real "Published on" date.
pub fn article(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut text = String::new();
    let (mut reader, _) = utf8_reader(r)?;
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    text.push_str(&String::from_utf8_lossy(&bytes));
    c.rows += 1;
    c.read += 1;
    let list = c.articles.get_or_insert_with(Vec::new);
    if let Some(i) = text.find("Published on ") {
        let rest = &text[i + "Published on ".len()..];
        if let Some(day) = rest
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            list.push(day);
            c.saw(day);
        }
    }
    Ok(())
}

/// Profile.csv (one row): headline, summary, industry and location, websites, the name.
pub fn profile(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    records(
        r,
        "Profile.csv",
        &["First Name", "Headline"],
        c,
        |h, rec, c| {
            let name = format!(
                "{} {}",
                field(rec, h.col("First Name")),
                field(rec, h.col("Last Name"))
            );
            if !name.trim().is_empty() {
                c.profile_name = Some(key(&name));
                c.profile_display = Some(name.trim().to_owned());
            }
            c.headline = !field(rec, h.col("Headline")).is_empty();
            c.about = !field(rec, h.col("Summary")).is_empty();
            c.industry_location = !field(rec, h.col("Industry")).is_empty()
                && !field(rec, h.col("Geo Location")).is_empty();
            c.website = !field(rec, h.col("Websites")).is_empty();
            true
        },
    )?;
    Ok(())
}

/// A file whose rows are only counted (Skills, Education, Recommendations, Endorsements).
pub fn count_rows(
    r: Box<dyn Read + '_>,
    file: &str,
    required: &[&str],
    c: &mut Collected,
    keep: impl Fn(&Header, &Row<'_>) -> bool,
) -> std::io::Result<Option<u32>> {
    count_dated_rows(r, file, required, None, c, keep)
}

/// A date column of a counted file and how to read it (a row whose date is there but not
/// understood is skipped and reported; the dates help date a renamed export).
pub type DateColumn<'a> = (&'a str, fn(&str) -> Option<NaiveDate>);

/// [`count_rows`] of a file with a date column.
pub fn count_dated_rows(
    r: Box<dyn Read + '_>,
    file: &str,
    required: &[&str],
    date: Option<DateColumn<'_>>,
    c: &mut Collected,
    keep: impl Fn(&Header, &Row<'_>) -> bool,
) -> std::io::Result<Option<u32>> {
    let mut n = 0;
    let found = records(r, file, required, c, |h, rec, c| {
        if let Some((col, parse)) = date {
            let text = field(rec, h.col(col));
            if !text.is_empty() {
                let Some(day) = parse(&text) else {
                    return false;
                };
                c.saw(day);
            }
        }
        if keep(h, rec) {
            n += 1;
        }
        true
    })?;
    Ok(found.then_some(n))
}

/// `2024/12/07 14:51:07 UTC` (Endorsements).
pub fn iso_day(s: &str) -> Option<NaiveDate> {
    iso_date_time(s).map(|t| t.date())
}

/// `11/27/24, 09:51 AM` (Recommendations).
pub fn us_day(s: &str) -> Option<NaiveDate> {
    us_date_time(s).map(|t| t.date())
}

/// `Sat Dec 14 08:57:55 UTC 2024` (Company Follows).
pub fn follow_day(s: &str) -> Option<NaiveDate> {
    NaiveDateTime::parse_from_str(s.trim(), "%a %b %d %H:%M:%S UTC %Y")
        .ok()
        .map(|t| t.date())
}

/// Positions.csv: how many, and whether any has a description.
pub fn positions(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let (mut n, mut described) = (0, false);
    let found = records(
        r,
        "Positions.csv",
        &["Company Name", "Title"],
        c,
        |h, rec, _| {
            n += 1;
            described |= !field(rec, h.col("Description")).is_empty();
            true
        },
    )?;
    if found {
        c.positions = Some(n);
        c.position_descriptions = described;
    }
    Ok(())
}

/// Day counts of one activity kind.
pub fn per_day(
    days: &[NaiveDate],
    kind: ActivityKind,
    out: &mut BTreeMap<(NaiveDate, ActivityKind), u32>,
) {
    for d in days {
        *out.entry((*d, kind)).or_default() += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_keys_are_the_keys() {
        let (mut keys, mut hashes) = (Recent::new(key_bytes), Recent::new(fnv_bytes));
        let names = [
            "Sam Ortega",
            "Dana",
            "Sam Ortega",
            "Lars",
            "Mia",
            "Ole",
            "Dana",
            "",
            "Sam",
        ];
        for _ in 0..3 {
            for name in names {
                assert_eq!(keys.get(name.as_bytes()), key(name), "{name}");
                assert_eq!(hashes.get(name.as_bytes()), fnv_bytes(name.as_bytes()));
            }
        }
    }

    #[test]
    fn name_key_is_the_key_of_the_joined_name() {
        for (first, last) in [
            ("Dana", "Whitfield"),
            (" Dana ", " WHITFIELD\u{a0}"),
            ("", "Whitfield"),
            ("Dana", ""),
            ("", ""),
            ("Søren", "Ærø"),
        ] {
            let joined = format!("{} {}", first.trim(), last.trim());
            let (f, l) = (trim(first).as_bytes(), trim(last).as_bytes());
            assert_eq!(name_key(f, l), key(&joined), "{first:?} {last:?}");
        }
        assert_eq!(key(" Sam Ortega "), key("sam ortega"));
        assert_ne!(key("Sam Ortega"), key("Sam Orteg"));
    }

    #[test]
    fn multi_line_commentary_is_joined() {
        assert_eq!(
            clean_commentary("\"Line one\"\n\"Line two\""),
            "Line one\nLine two"
        );
        assert_eq!(clean_commentary(""), "");
        assert_eq!(clean_commentary("plain"), "plain");
    }
}
