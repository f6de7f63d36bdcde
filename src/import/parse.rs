//! One parser per file of the export. Each reads a stream and adds to [`Collected`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::seniority::is_decision_maker;
use super::text::{
    Header, connection_date, csv_reader, delimiter, field, is_garbage, iso_date_time, norm, text,
    us_date_time, utf8_reader,
};
use crate::model::ActivityKind;

/// A message as read from messages.csv (kept small: 100,000 of them fit easily).
#[derive(Debug, Clone)]
pub struct RawMessage {
    /// Conversation id (hashed).
    pub conversation: u64,
    /// Conversation title (usually empty).
    pub title: String,
    /// Sender name ([`key`]).
    pub from: u64,
    /// Sender profile URL ([`url_key`]), if given.
    pub from_url: Option<u64>,
    /// 2018: `Direction` OUTGOING.
    pub outgoing: bool,
    /// Recipient names as written.
    pub to: String,
    /// When.
    pub at: NaiveDateTime,
    /// Hash of the content.
    pub content_hash: u64,
}

/// Everything read from the export before it is summed up.
#[derive(Debug, Default)]
pub struct Collected {
    pub files: Vec<String>,
    pub warnings: Vec<String>,
    pub newest: Option<NaiveDate>,
    // connections
    pub connections: Option<u32>,
    pub decision_makers: u32,
    pub connection_urls: HashSet<u64>,
    /// name key -> (company, position, decision maker)
    pub connection_names: HashMap<u64, (String, String, bool)>,
    pub connected_on: BTreeMap<NaiveDate, u32>,
    // invitations
    pub invitations: Option<Vec<Invitation>>,
    pub owner_urls: HashSet<u64>,
    pub owner_name: Option<u64>,
    // messages
    pub messages: Option<Vec<RawMessage>>,
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

impl Collected {
    fn saw(&mut self, day: NaiveDate) {
        if self.newest.is_none_or(|n| day > n) {
            self.newest = Some(day);
        }
    }

    fn garbage(&mut self, file: &str, rows: u32) {
        if rows > 0 {
            self.warnings.push(format!(
                "{file}: {rows} rows were not readable text and were skipped"
            ));
        }
    }
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
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
    mut row: impl FnMut(&Header, &csv::ByteRecord, &mut Collected),
) -> std::io::Result<bool> {
    let (reader, peek) = utf8_reader(r)?;
    let mut csv = csv_reader(reader, delimiter(&peek));
    let mut header: Option<Header> = None;
    let mut garbage = 0;
    let mut record = csv::ByteRecord::new();
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                if let csv::ErrorKind::Io(io) = e.into_kind() {
                    return Err(io);
                }
                garbage += 1;
                continue;
            }
        }
        match &header {
            None => header = Header::find(&record, required),
            Some(h) => {
                if is_garbage(&record) {
                    garbage += 1;
                } else if record.iter().any(|f| !f.is_empty()) {
                    row(h, &record, c);
                }
            }
        }
    }
    c.garbage(file, garbage);
    if header.is_none() {
        c.warnings
            .push(format!("{file}: no header row found; the file was skipped"));
    }
    Ok(header.is_some())
}

/// Connections.csv: every row counts (hidden ones too); decision makers among visible rows.
pub fn connections(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut count = 0u32;
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
            let Some(on) = connection_date(&text(rec, on)) else {
                return;
            };
            count += 1;
            c.saw(on);
            *c.connected_on.entry(on).or_default() += 1;
            let (first, last, url) = (text(rec, first), text(rec, last), text(rec, url));
            if first.is_empty() && last.is_empty() && url.is_empty() {
                return; // a hidden connection: counted, nothing more is known
            }
            let position = text(rec, position);
            let dm = is_decision_maker(&position);
            if dm {
                c.decision_makers += 1;
            }
            if !url.is_empty() {
                c.connection_urls.insert(url_key(&url));
            }
            c.connection_names.insert(
                name_key(&first, &last),
                (text(rec, company).into_owned(), position.into_owned(), dm),
            );
        },
    )?;
    if found {
        c.connections = Some(count);
    }
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
                return;
            };
            let day = (at + Duration::hours(8)).date();
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
        },
    )?;
    if found {
        c.invitations = Some(list);
    }
    Ok(())
}

/// messages.csv, every column variant (2018 `Direction`, 2021-2026 with drafts and
/// attachments). Rows are kept small (hashes, not strings); who the owner is gets decided
/// later.
pub fn messages(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut list = Vec::new();
    let mut cols = None;
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
            let yes = |col| text(rec, col).eq_ignore_ascii_case("yes");
            if yes(draft) || yes(conv_draft) || text(rec, folder).eq_ignore_ascii_case("SPAM") {
                return;
            }
            let title = text(rec, title);
            let from = text(rec, from);
            if title.eq_ignore_ascii_case("Sponsored Conversation")
                || from.eq_ignore_ascii_case("LinkedIn Member")
            {
                return;
            }
            let Some(at) = iso_date_time(&text(rec, date)) else {
                return;
            };
            c.saw(at.date());
            let to = text(rec, to);
            // 2018 has no conversation ids: the two people make the conversation
            let conversation = match text(rec, conv) {
                id if id.is_empty() => key(&from) ^ key(&to),
                id => fnv(&id),
            };
            let url = text(rec, from_url);
            list.push(RawMessage {
                conversation,
                title: if title.is_empty() {
                    String::new()
                } else {
                    title.into_owned()
                },
                from: key(&from),
                from_url: (!url.is_empty()).then(|| url_key(&url)),
                // 2018: no URLs, a Direction column says who sent it
                outgoing: text(rec, direction).eq_ignore_ascii_case("OUTGOING"),
                to: to.into_owned(),
                at,
                content_hash: fnv(&text(rec, content)),
            });
        },
    )?;
    if found {
        c.messages = Some(list);
    }
    Ok(())
}

/// A case-insensitive (ASCII) hash of a name, for matching people across files.
pub fn key(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.trim().bytes() {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The same for "first last".
pub fn name_key(first: &str, last: &str) -> u64 {
    key(&format!("{} {}", first.trim(), last.trim()))
}

/// A profile URL's key: case-insensitive, without a trailing slash.
pub fn url_key(url: &str) -> u64 {
    key(url.trim().trim_end_matches('/'))
}

/// LinkedIn wraps every line of a multi-line post in its own quotes: `"line 1"\n"line 2"`.
fn clean_commentary(s: &str) -> String {
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
                return;
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
        if let Some(at) = iso_date_time(&field(rec, h.col("Date"))) {
            c.saw(at.date());
            reposts.push(at.date());
        }
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
    let mut garbage = 0u32;
    let mut buf = Vec::new();
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
            garbage += 1;
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
        }
    }
    c.garbage("Comments.csv", garbage);
    if header {
        c.comments = Some(list);
    } else {
        c.warnings
            .push("Comments.csv: no header row found; the file was skipped".to_owned());
    }
    Ok(())
}

/// Reactions.csv: one row per reaction (LIKE, PRAISE, EMPATHY ...).
pub fn reactions(r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    let mut list = c.reactions.take().unwrap_or_default();
    let mut col = None;
    let found = records(r, "Reactions.csv", &["Date", "Type"], c, |h, rec, c| {
        let date = *col.get_or_insert_with(|| h.col("Date"));
        if let Some(at) = iso_date_time(&text(rec, date)) {
            c.saw(at.date());
            list.push(at.date());
        }
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
            if let Some(at) = iso_date_time(&field(rec, h.col("Time"))) {
                c.saw(at.date());
                list.push((at, field(rec, h.col("Search Query")).to_lowercase()));
            }
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
        |h, rec, _| {
            let first = field(rec, Some(0)).to_lowercase();
            let text = format!(
                "{first} {}",
                field(rec, h.col("Media Description")).to_lowercase()
            );
            if text.contains("background photo") || text.contains("background image") {
                banner = true;
            } else if text.contains("profile photo") {
                photo = true;
            }
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
                c.owner_name = Some(key(&name));
            }
            c.headline = !field(rec, h.col("Headline")).is_empty();
            c.about = !field(rec, h.col("Summary")).is_empty();
            c.industry_location = !field(rec, h.col("Industry")).is_empty()
                && !field(rec, h.col("Geo Location")).is_empty();
            c.website = !field(rec, h.col("Websites")).is_empty();
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
    keep: impl Fn(&Header, &csv::ByteRecord) -> bool,
) -> std::io::Result<Option<u32>> {
    let mut n = 0;
    let found = records(r, file, required, c, |h, rec, _| {
        if keep(h, rec) {
            n += 1;
        }
    })?;
    Ok(found.then_some(n))
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
    fn multi_line_commentary_is_joined() {
        assert_eq!(
            clean_commentary("\"Line one\"\n\"Line two\""),
            "Line one\nLine two"
        );
        assert_eq!(clean_commentary(""), "");
        assert_eq!(clean_commentary("plain"), "plain");
    }
}
