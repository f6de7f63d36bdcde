//! The file format: RON with a versioned envelope, size-checked, parsed with a recursion
//! limit, migrated step by step from older schemas.
//!
//! ```ron
//! (
//!   schema: 2,
//!   app_version: "0.1.0",
//!   checksum: "fnv1a64:0123456789abcdef",   // optional, see [`text_checksum`]
//!   client: ( ... ),
//! )
//! ```
//!
//! # Adding a schema
//! A released schema is never changed in place. To change a persisted type:
//! 1. copy today's types into a frozen module `v<N>` below (plain serde structs, never edited
//!    again) and add a variant `Versioned::V<N>`;
//! 2. bump [`SCHEMA_VERSION`], make the newest variant the current model types;
//! 3. write `fn v<N>_to_v<N+1>` and add its arm to [`upgrade`], so every old file walks the
//!    chain one step at a time;
//! 4. commit a file of the old schema as `tests/fixtures/store/client_v<N>.ron`.
//!
//! The store keeps a copy of the original file in `backups/` before a migrated client is
//! written back.
//!
//! # Schema 2: the compact layout
//! Schema 1 wrote the whole client pretty-printed, one field per line: about 340 bytes and
//! 14 lines per logged message. Schema 2 writes the two logs that grow with time one entry
//! per line ([`client_to_ron`]): a message as `(id: 3, date: "2026-01-05", person: "Sam")`
//! with the fields that have their default value left out, a day of activity as
//! `"2026-01-05": {Post: 1, Comment: 4},`. Everything else is laid out as before. Both
//! layouts are RON that today's types read (left-out fields have defaults), so schema 2
//! changes the layout, not the types: [`v1_to_v2`] is the identity, and no frozen copy of
//! the types was needed for it. The number changed so an older app, which would write a
//! schema 2 file back in the long layout, treats it as a newer app's file (shown read-only,
//! never overwritten), and so a schema 1 file is kept in `backups/` before it is rewritten.
//!
//! Reading: the messaging log's lines, when they have exactly the layout written here, are
//! read by the line reader of `store::lines` and the rest of the file by ron; any other
//! layout is read by ron alone ([`parse_versioned`]).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::model::{Client, Settings};

/// The schema version of client files this app writes.
pub const SCHEMA_VERSION: u32 = 2;
/// The schema version of the settings file this app writes.
pub const SETTINGS_SCHEMA_VERSION: u32 = 1;
/// Files larger than this are refused before parsing (64 MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// How deep RON may nest before the parser gives up (ron's own default, kept explicitly).
pub const RECURSION_LIMIT: usize = 128;

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// The envelope as written.
#[derive(Serialize)]
struct ClientFileOut<'a> {
    schema: u32,
    app_version: &'a str,
    checksum: String,
    client: ClientOut<'a>,
}

/// The client as schema 2 writes it: every field in the order of [`Client`], the two logs as
/// `()` placeholders that [`client_to_ron`] replaces with one line per entry.
#[derive(Serialize)]
struct ClientOut<'a> {
    id: &'a crate::model::ClientId,
    name: &'a str,
    language: crate::model::Language,
    archived: bool,
    demo: bool,
    created: crate::model::Date,
    sales_navigator: bool,
    profile: &'a crate::model::ProfileChecklist,
    network: &'a crate::model::Network,
    goals: &'a crate::model::WeeklyGoals,
    activity: (),
    messages: (),
    readings: &'a [crate::model::Reading],
    sessions: &'a [crate::model::Session],
    action_items: &'a [crate::model::ActionItem],
    annotations: &'a [crate::model::Annotation],
    calibrate: bool,
    imports: &'a [crate::model::ImportRecord],
    next_id: u64,
    #[serde(skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    shared_notes: &'a std::collections::BTreeSet<u64>,
}

impl<'a> ClientOut<'a> {
    fn of(client: &'a Client) -> Self {
        // every field named (no `..`): a field added to `Client` does not compile here until
        // it is written
        let Client {
            id,
            name,
            language,
            archived,
            demo,
            created,
            sales_navigator,
            profile,
            network,
            goals,
            activity: _,
            messages: _,
            readings,
            sessions,
            action_items,
            annotations,
            calibrate,
            imports,
            next_id,
            shared_notes,
        } = client;
        Self {
            id,
            name,
            language: *language,
            archived: *archived,
            demo: *demo,
            created: *created,
            sales_navigator: *sales_navigator,
            profile,
            network,
            goals,
            activity: (),
            messages: (),
            readings,
            sessions,
            action_items,
            annotations,
            calibrate: *calibrate,
            imports,
            next_id: *next_id,
            shared_notes,
        }
    }
}

/// The size in bytes of `c` in a compact encoding, the yardstick for the file-size goal of
/// issue #19: each message one JSON array (its fields by position, no names) on its own
/// line, the rest of the client as JSON without spaces.
pub fn compact_json_size(c: &Client) -> Result<usize, StoreError> {
    let json = |e: serde_json::Error| StoreError::Serialize(e.to_string());
    let mut rest = c.clone();
    rest.messages.clear();
    let mut size = serde_json::to_string(&rest).map_err(json)?.len();
    for m in &c.messages {
        let row = (
            m.id,
            m.date,
            &m.person,
            &m.company,
            &m.title,
            m.decision_maker,
            m.channel,
            m.replied,
            m.follow_up,
            &m.note,
            m.source,
            &m.external_key,
        );
        size += serde_json::to_string(&row).map_err(json)?.len() + 1;
    }
    Ok(size)
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One message on one line, the fields with their default value left out (they read back
/// as that default).
#[derive(Serialize)]
struct MessageLine<'a> {
    id: u64,
    date: crate::model::Date,
    person: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    company: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    title: &'a str,
    #[serde(skip_serializing_if = "is_false")]
    decision_maker: bool,
    #[serde(skip_serializing_if = "is_default")]
    channel: crate::model::Channel,
    #[serde(skip_serializing_if = "is_false")]
    replied: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    follow_up: Option<crate::model::Date>,
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
    #[serde(skip_serializing_if = "is_default")]
    source: crate::model::MessageSource,
    #[serde(skip_serializing_if = "Option::is_none")]
    external_key: Option<&'a str>,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

impl<'a> MessageLine<'a> {
    fn of(m: &'a crate::model::MessageEntry) -> Self {
        // every field named: a new field does not compile here until it is written
        let crate::model::MessageEntry {
            id,
            date,
            person,
            company,
            title,
            decision_maker,
            channel,
            replied,
            follow_up,
            note,
            source,
            external_key,
        } = m;
        Self {
            id: *id,
            date: *date,
            person,
            company,
            title,
            decision_maker: *decision_maker,
            channel: *channel,
            replied: *replied,
            follow_up: *follow_up,
            note,
            source: *source,
            external_key: external_key.as_deref(),
        }
    }
}

/// RON on one line with a space after `:` and `,` (what schema 2 writes per log entry).
fn one_line() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .compact_structs(true)
        .compact_maps(true)
        .compact_arrays(true)
}

/// Where a client field starts in the pretty text: its own line at the client's indentation.
/// Strings are written escaped (a line break in a note is `\n`), so no text typed by the user
/// starts a line.
const FIELD_INDENT: &str = "\n    ";
/// How the entries of a log are indented.
const ENTRY_INDENT: &str = "      ";

/// Put the lines of a log in place of its `()` placeholder (`field: (),`), as
/// `field: [` / entry lines / `],` (or `{` `}`; `[]` / `{}` when empty).
fn splice_log(
    text: &mut String,
    field: &str,
    brackets: (&str, &str),
    lines: &[String],
) -> Result<(), StoreError> {
    let placeholder = format!("{FIELD_INDENT}{field}: (),\n");
    let at = text
        .find(&placeholder)
        .ok_or_else(|| StoreError::Serialize(format!("no place for the {field} in the file")))?;
    let mut block = format!("{FIELD_INDENT}{field}: {}", brackets.0);
    if !lines.is_empty() {
        block.push('\n');
        for line in lines {
            block.push_str(ENTRY_INDENT);
            block.push_str(line);
            block.push_str(",\n");
        }
        block.push_str(&FIELD_INDENT[1..]);
    }
    block.push_str(brackets.1);
    block.push_str(",\n");
    text.replace_range(at..at + placeholder.len(), &block);
    Ok(())
}

/// The current envelope as read. The checksum is optional: a file written by hand (or with
/// its checksum line removed to edit it) is not checked.
#[derive(Deserialize)]
struct ClientFileIn {
    client: Client,
}

/// The checksum field's value while the checksum is computed.
const CHECKSUM_PLACEHOLDER: &str = "fnv1a64:0000000000000000";

/// The checksum of a client file's text: FNV-1a (64 bit) over the text with the checksum's
/// own value set to zeros and the whitespace outside strings left out. So a changed value (a
/// flipped bit that still reads as valid data) is caught, while layout (indentation, Windows
/// line endings, a byte order mark) does not matter. It is computed over the text, not over
/// today's types, so a field added by a later version never breaks the checksums of files
/// written before it.
pub fn text_checksum(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let (mut in_string, mut escaped) = (false, false);
    for b in text.bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
        } else if b.is_ascii_whitespace() {
            continue;
        }
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

/// Check the text's checksum, if it has one (`expected` empty: a file written by hand or with
/// its checksum line removed to edit it).
fn verify_checksum(text: &str, expected: &str, path: &Path) -> Result<(), StoreError> {
    if expected.is_empty() {
        return Ok(());
    }
    let zeroed = text.replacen(
        &format!("\"{expected}\""),
        &format!("\"{CHECKSUM_PLACEHOLDER}\""),
        1,
    );
    let actual = text_checksum(&zeroed);
    if expected == actual {
        Ok(())
    } else {
        Err(StoreError::ChangedOutside {
            path: path.to_owned(),
        })
    }
}

/// The whole file in one pass: the version fields and the client in the current types.
/// Used only when the schema turns out to be one this app reads.
#[derive(Deserialize)]
struct WholeFileIn {
    schema: u32,
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    checksum: String,
    client: Client,
}

/// Only the version fields, read when the whole file does not read, so a file is never
/// misread by the wrong types.
#[derive(Deserialize)]
struct Header {
    schema: u32,
    #[serde(default)]
    app_version: String,
    #[serde(default)]
    checksum: String,
}

#[derive(Serialize)]
struct SettingsFileOut<'a> {
    schema: u32,
    app_version: &'a str,
    settings: &'a Settings,
}

#[derive(Deserialize)]
struct SettingsFileIn {
    #[serde(default)]
    settings: Settings,
}

/// A client file's content in the types of its own schema.
enum Versioned {
    /// Schema 1 (app 0.1.0): one field per line; read by the current types.
    V1(Client),
    /// Schema 2: the logs one entry per line; the current types.
    V2(Client),
}

/// Schema 1 to 2: the same types in another layout (see the module doc), so nothing changes
/// in memory; the next save writes the compact layout.
fn v1_to_v2(c: Client) -> Client {
    c
}

/// Walk a file's content up the migration chain to the current types, one step at a time.
fn upgrade(v: Versioned) -> Client {
    match v {
        Versioned::V1(c) => upgrade(Versioned::V2(v1_to_v2(c))),
        Versioned::V2(c) => c,
    }
}

/// A parsed client file.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The client, migrated to the current schema.
    pub client: Client,
    /// The schema the file was written in.
    pub schema: u32,
    /// The app version that wrote the file.
    pub app_version: String,
}

fn damaged(path: &Path) -> impl Fn(ron::error::SpannedError) -> StoreError + '_ {
    move |e| StoreError::Damaged {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

fn header(text: &str, path: &Path) -> Result<Header, StoreError> {
    ron_options().from_str(text).map_err(damaged(path))
}

fn check_id(client: &Client, path: &Path) -> Result<(), StoreError> {
    if client.id.is_valid() {
        Ok(())
    } else {
        Err(StoreError::Damaged {
            path: path.to_owned(),
            message: format!("invalid client id '{}'", client.id.0),
        })
    }
}

/// The first year a date in a client file may have (the proptests and the docs promise dates
/// from 1900 on).
pub const FIRST_YEAR: i32 = 1900;
/// The last year a date in a client file may have.
pub const LAST_YEAR: i32 = 9999;

/// Refuse what the types accept but no SSI Coach ever writes (a hand-edited file): numbers
/// that are not finite (`NaN`, `inf`) and dates outside [`FIRST_YEAR`]..=[`LAST_YEAR`] (year
/// 0). Readings are checked with [`crate::model::Reading::check`] for non-finite values (a
/// reading out of the form's range is kept: older versions accepted it).
fn check_values(client: &Client, path: &Path) -> Result<(), StoreError> {
    use crate::model::{PillarScores, Reading, ReadingProblem};
    let refuse = |what: String| StoreError::BadValue {
        path: path.to_owned(),
        message: what,
    };
    let date_ok = |d: &crate::model::Date| {
        use chrono::Datelike;
        (FIRST_YEAR..=LAST_YEAR).contains(&d.year())
    };
    let bad_date = |what: &str, d: &crate::model::Date| {
        refuse(format!(
            "{what}: the date {d} is not possible (dates from {FIRST_YEAR} to {LAST_YEAR})"
        ))
    };
    let not_finite = |what: &str, v: f64| refuse(format!("{what}: {v} is not a number"));
    let far_future = chrono::NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or_default();
    let check_reading = |what: &str, r: &Reading| -> Result<(), StoreError> {
        if !date_ok(&r.date) {
            return Err(bad_date(what, &r.date));
        }
        if let Err(p @ ReadingProblem::NotFinite(_)) = r.check(far_future) {
            return Err(refuse(format!(
                "{what} of {}: {}",
                r.date,
                crate::i18n::reading_problem(crate::i18n::Language::En, &p)
            )));
        }
        Ok(())
    };
    let check_scores = |what: &str, s: &PillarScores| -> Result<(), StoreError> {
        for v in [s.brand, s.find, s.engage, s.relationships] {
            if !v.is_finite() {
                return Err(not_finite(what, v));
            }
        }
        Ok(())
    };
    if !date_ok(&client.created) {
        return Err(bad_date("created", &client.created));
    }
    if let Some(d) = client.activity.0.keys().find(|d| !date_ok(d)) {
        return Err(bad_date("activity", d));
    }
    for m in &client.messages {
        if let Some(d) = std::iter::once(&m.date)
            .chain(m.follow_up.as_ref())
            .find(|d| !date_ok(d))
        {
            return Err(bad_date("message", d));
        }
    }
    for r in &client.readings {
        check_reading("reading", r)?;
    }
    for s in &client.sessions {
        if !date_ok(&s.date) {
            return Err(bad_date("session", &s.date));
        }
        check_scores("session estimate", &s.snapshot.estimate)?;
        if let Some(r) = &s.snapshot.reading {
            check_reading("session reading", r)?;
        }
        if let Some((_, v)) = s.snapshot.levers.iter().find(|(_, v)| !v.is_finite()) {
            return Err(not_finite("session lever", *v));
        }
    }
    for a in &client.action_items {
        if let Some(v) = a.target.filter(|v| !v.is_finite()) {
            return Err(not_finite("action item target", v));
        }
        if let Some(d) = a.due.iter().chain(a.done.iter()).find(|d| !date_ok(d)) {
            return Err(bad_date("action item", d));
        }
    }
    for a in &client.annotations {
        if let Some(d) = [&a.start, &a.end].into_iter().find(|d| !date_ok(d)) {
            return Err(bad_date("annotation", d));
        }
    }
    for i in &client.imports {
        if let Some(d) = [&i.as_of, &i.imported_on].into_iter().find(|d| !date_ok(d)) {
            return Err(bad_date("import", d));
        }
    }
    Ok(())
}

/// Parse the text of a client file of any known schema (`path` is only used in messages).
pub fn parse_versioned(text: &str, path: &Path) -> Result<Parsed, StoreError> {
    // one pass over the text in the usual case (a file of a schema this app reads); the
    // version fields alone are read only when that fails, to tell damage from a newer app
    // the messaging log's lines, the bulk of a long file, are read by hand when they have
    // exactly the layout schema 2 writes ([`super::lines`]); anything else is read by ron
    let whole = match super::lines::split_messages(text) {
        Some((rest, messages)) => ron_options()
            .from_str::<WholeFileIn>(&rest)
            .map(|mut file| {
                file.client.messages = messages;
                file
            })
            // the error and its position as in the file itself
            .or_else(|_| ron_options().from_str::<WholeFileIn>(text)),
        None => ron_options().from_str::<WholeFileIn>(text),
    };
    let (head, client) = match whole {
        Ok(file) => {
            let known = (1..=SCHEMA_VERSION).contains(&file.schema);
            let head = Header {
                schema: file.schema,
                app_version: file.app_version,
                checksum: file.checksum,
            };
            (head, Some(file.client).filter(|_| known))
        }
        Err(e) => {
            let head = header(text, path)?;
            if (1..=SCHEMA_VERSION).contains(&head.schema) {
                return Err(damaged(path)(e));
            }
            (head, None)
        }
    };
    let versioned = match (head.schema, client) {
        (s, _) if s > SCHEMA_VERSION => {
            // a schema this app never wrote, in a file whose checksum fails, is damage (one
            // flipped bit in `schema: 1`), not a file of a newer app (a newer app writes a
            // checksum that verifies; one of another kind cannot be checked here)
            let ours = head.checksum.starts_with("fnv1a64:");
            let checksum = if ours { head.checksum.as_str() } else { "" };
            verify_checksum(text, checksum, path).map_err(|e| StoreError::Damaged {
                path: path.to_owned(),
                message: format!("schema {s} in a file whose checksum does not match: {e}"),
            })?;
            return Err(StoreError::NewerSchema {
                path: path.to_owned(),
                schema: s,
            });
        }
        (1, Some(client)) => {
            verify_checksum(text, &head.checksum, path)?;
            Versioned::V1(client)
        }
        (2, Some(client)) => {
            verify_checksum(text, &head.checksum, path)?;
            Versioned::V2(client)
        }
        (s, _) => {
            return Err(StoreError::UnknownSchema {
                path: path.to_owned(),
                schema: s,
            });
        }
    };
    let mut client = upgrade(versioned);
    check_id(&client, path)?;
    check_values(&client, path)?;
    client.sort_messages();
    Ok(Parsed {
        client,
        schema: head.schema,
        app_version: head.app_version,
    })
}

/// Parse a client file as it is now, without checking its checksum: what "Keep the changed
/// file" does with a file changed outside SSI Coach ([`StoreError::ChangedOutside`]). Every
/// other check (schema, id, values) still applies.
pub(crate) fn parse_ignoring_checksum(text: &str, path: &Path) -> Result<Client, StoreError> {
    let head = header(text, path)?;
    if head.checksum.is_empty() {
        return parse_client(text, path);
    }
    let unchecked = text.replacen(&format!("\"{}\"", head.checksum), "\"\"", 1);
    parse_client(&unchecked, path)
}

/// Parse a file of a newer schema as far as today's types understand it (unknown fields are
/// skipped), to show it read-only. `None` if that fails.
pub(crate) fn parse_newer_leniently(text: &str, path: &Path) -> Option<Client> {
    let file: ClientFileIn = ron_options().from_str(text).ok()?;
    check_id(&file.client, path).ok()?;
    check_values(&file.client, path).ok()?;
    let mut client = file.client;
    client.sort_messages();
    Some(client)
}

/// Parse the text of a client file (`path` is only used in messages).
pub fn parse_client(text: &str, path: &Path) -> Result<Client, StoreError> {
    parse_versioned(text, path).map(|p| p.client)
}

/// Read a file's bytes after checking its size; never changes anything on disk.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, StoreError> {
    let size = std::fs::metadata(path)
        .map_err(|e| StoreError::io(path, e))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    let mut bytes = Vec::new();
    use std::io::Read;
    std::fs::File::open(path)
        .map_err(|e| StoreError::io(path, e))?
        // the file may have grown since the size check
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// The bytes of a file as text, or `Damaged`. A byte order mark (added by some editors) is
/// skipped.
pub(crate) fn as_text<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, StoreError> {
    std::str::from_utf8(bytes)
        .map(|text| text.strip_prefix('\u{feff}').unwrap_or(text))
        .map_err(|e| StoreError::Damaged {
            path: path.to_owned(),
            message: format!("not UTF-8 text at byte {}", e.valid_up_to()),
        })
}

/// Read and parse a client file of any known schema without changing anything on disk.
pub fn load_versioned_file(path: &Path) -> Result<Parsed, StoreError> {
    let bytes = read_limited(path)?;
    parse_versioned(as_text(&bytes, path)?, path)
}

/// Read a client file without changing anything on disk: size-checked, parsed with the
/// recursion limit, migrated in memory.
pub fn load_client_file(path: &Path) -> Result<Client, StoreError> {
    load_versioned_file(path).map(|p| p.client)
}

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new().indentor("  ")
}

/// The file text of a client: RON in the current schema, pretty-printed so files can be read,
/// diffed and edited, with the activity log one day per line and the messaging log one
/// message per line (schema 2, see the module doc).
pub fn client_to_ron(client: &Client) -> Result<String, StoreError> {
    if !client.id.is_valid() {
        return Err(StoreError::InvalidId {
            id: client.id.0.clone(),
        });
    }
    let file = ClientFileOut {
        schema: SCHEMA_VERSION,
        app_version: env!("CARGO_PKG_VERSION"),
        checksum: CHECKSUM_PLACEHOLDER.to_owned(),
        client: ClientOut::of(client),
    };
    let ser = |e: ron::Error| StoreError::Serialize(e.to_string());
    let mut text = ron::ser::to_string_pretty(&file, pretty()).map_err(ser)?;
    text.push('\n');
    let days = client
        .activity
        .0
        .iter()
        .map(|(day, counts)| {
            Ok(format!(
                "{}: {}",
                ron::ser::to_string(day).map_err(ser)?,
                ron::ser::to_string_pretty(counts, one_line()).map_err(ser)?
            ))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    splice_log(&mut text, "activity", ("{", "}"), &days)?;
    let messages = client
        .messages
        .iter()
        .map(|m| ron::ser::to_string_pretty(&MessageLine::of(m), one_line()).map_err(ser))
        .collect::<Result<Vec<_>, StoreError>>()?;
    splice_log(&mut text, "messages", ("[", "]"), &messages)?;
    let sum = text_checksum(&text);
    Ok(text.replacen(
        &format!("\"{CHECKSUM_PLACEHOLDER}\""),
        &format!("\"{sum}\""),
        1,
    ))
}

/// The file text of the settings.
pub fn settings_to_ron(settings: &Settings) -> Result<String, StoreError> {
    let file = SettingsFileOut {
        schema: SETTINGS_SCHEMA_VERSION,
        app_version: env!("CARGO_PKG_VERSION"),
        settings,
    };
    let mut text = ron::ser::to_string_pretty(&file, pretty())
        .map_err(|e| StoreError::Serialize(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Parse a settings file: the settings and the file's schema. A newer schema is read as far
/// as today's types understand it (the caller must not overwrite it); if even that fails,
/// `Err(NewerSchema)`.
pub fn parse_settings(text: &str, path: &Path) -> Result<(Settings, u32), StoreError> {
    let head = header(text, path)?;
    if head.schema == 0 {
        return Err(StoreError::UnknownSchema {
            path: path.to_owned(),
            schema: 0,
        });
    }
    match ron_options().from_str::<SettingsFileIn>(text) {
        Ok(file) => Ok((file.settings, head.schema)),
        // a newer app may have changed a field beyond what today's types read
        Err(_) if head.schema > SETTINGS_SCHEMA_VERSION => Err(StoreError::NewerSchema {
            path: path.to_owned(),
            schema: head.schema,
        }),
        Err(e) => Err(damaged(path)(e)),
    }
}

/// What the fuzzer (`fuzz/fuzz_targets/load_client.rs`) checks for any bytes: the loader
/// returns a client or an error and never panics, and a client it returns is written back as
/// text that loads again and is then written identically. `Err` says which part failed.
pub fn check_loader(bytes: &[u8]) -> Result<(), String> {
    let path = Path::new("fuzz.ron");
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Ok(());
    }
    let Ok(text) = as_text(bytes, path) else {
        return Ok(());
    };
    let Ok(client) = parse_client(text, path) else {
        return Ok(());
    };
    let written =
        client_to_ron(&client).map_err(|e| format!("a loaded client cannot be written: {e}"))?;
    let again = parse_client(&written, path)
        .map_err(|e| format!("a written client does not load again: {e}\n{written}"))?;
    let rewritten = client_to_ron(&again).map_err(|e| e.to_string())?;
    if rewritten == written {
        Ok(())
    } else {
        Err(format!(
            "writing is not stable:\n{written}\n---\n{rewritten}"
        ))
    }
}
