//! Coaching files sent between two copies of the app, by e-mail or any other way:
//!
//! - the **client file** (`.ssiclient`, "Send to my coach"): one client as the client's own
//!   app holds it, optionally without message texts and names ([`client_file`]);
//! - the **plan file** (`.ssiplan`, "Send to my client"): what a session agreed, the weekly
//!   goals, the notes the coach shares and the report ([`plan_file`]).
//!
//! Both are RON in a versioned envelope with a checksum (the store's [`text_checksum`]):
//!
//! ```ron
//! (
//!   kind: "ssi-coach-client",        // or "ssi-coach-plan"
//!   schema: 1,
//!   app_version: "0.1.0",
//!   checksum: "fnv1a64:0123456789abcdef",
//!   content: ( ... ),
//! )
//! ```
//!
//! Reading refuses, before anything changes: a file larger than [`MAX_EXCHANGE_BYTES`], a
//! file that is not one of ours ([`ExchangeError::Foreign`]), one whose checksum is missing or
//! does not match ([`ExchangeError::Damaged`]), one of a newer schema
//! ([`ExchangeError::Newer`]), the other kind of file ([`ExchangeError::WrongKind`]), and a
//! client no SSI Coach could have written (an id that is not a safe file name, a date in year
//! 0, a number that is not a number: the store's own checks, [`ExchangeError::BadValue`]).
//! Nothing in a file is ever used as a path: a new client's file is named by a checked id,
//! a report is written under a name the app makes.

pub mod client_file;
pub mod plan_file;

pub use client_file::{
    ClientFile, MergeSummary, export_client, find_match, merge_client_file, new_client_from,
};
pub use plan_file::{PlanFile, PlanSummary, SharedNote, apply_plan, export_plan};

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::i18n::{Language, tr, tr_args};
use crate::store::format::text_checksum;

/// The envelope schema this app writes and reads.
pub const EXCHANGE_SCHEMA: u32 = 1;
/// Coaching files larger than this are refused before they are read (32 MB: a client with
/// 50,000 messages is about 17 MB).
pub const MAX_EXCHANGE_BYTES: u64 = 32 * 1024 * 1024;
/// How deep RON may nest before the parser gives up.
const RECURSION_LIMIT: usize = 128;
/// The checksum field's value while the checksum is computed.
const CHECKSUM_PLACEHOLDER: &str = "fnv1a64:0000000000000000";

/// Which coaching file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A client file (client to coach).
    Client,
    /// A plan file (coach to client).
    Plan,
}

impl Kind {
    /// The envelope's `kind` value.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Client => "ssi-coach-client",
            Self::Plan => "ssi-coach-plan",
        }
    }

    /// The file name extension (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Client => "ssiclient",
            Self::Plan => "ssiplan",
        }
    }

    fn from_tag(tag: &str) -> Option<Self> {
        [Self::Client, Self::Plan]
            .into_iter()
            .find(|k| k.tag() == tag)
    }

    /// Whether `path` is named like a coaching file (any case).
    pub fn of_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?;
        [Self::Client, Self::Plan]
            .into_iter()
            .find(|k| ext.eq_ignore_ascii_case(k.extension()))
    }
}

/// Why a coaching file cannot be read. Nothing was changed when one of these is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeError {
    /// The file could not be read (the OS's reason).
    Io(String),
    /// Larger than [`MAX_EXCHANGE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        size: u64,
    },
    /// Not a coaching file of SSI Coach at all.
    Foreign,
    /// The other kind of coaching file.
    WrongKind {
        /// What the file is.
        found: Kind,
    },
    /// It changed after it was written (checksum), is cut short or cannot be parsed.
    Damaged(String),
    /// Written by a newer SSI Coach.
    Newer {
        /// The file's schema.
        schema: u32,
    },
    /// Holds a value no SSI Coach writes (the reason in English, for the details).
    BadValue(String),
}

impl ExchangeError {
    /// What went wrong, in `lang`, ending with what the user can do.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Self::Io(reason) => tr_args(lang, "exchange.error.io", &[("reason", reason)]),
            Self::TooLarge { size } => tr_args(
                lang,
                "exchange.error.too_large",
                &[(
                    "size",
                    &crate::i18n::format_number(lang, (*size / (1024 * 1024)) as f64, 0),
                )],
            ),
            Self::Foreign => tr(lang, "exchange.error.foreign").to_owned(),
            Self::WrongKind { found: Kind::Plan } => {
                tr(lang, "exchange.error.plan_not_client").to_owned()
            }
            Self::WrongKind {
                found: Kind::Client,
            } => tr(lang, "exchange.error.client_not_plan").to_owned(),
            Self::Damaged(reason) => tr_args(lang, "exchange.error.damaged", &[("reason", reason)]),
            Self::Newer { schema } => tr_args(
                lang,
                "exchange.error.newer",
                &[("schema", &schema.to_string())],
            ),
            Self::BadValue(reason) => {
                tr_args(lang, "exchange.error.bad_value", &[("reason", reason)])
            }
        }
    }
}

impl std::fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for ExchangeError {}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

#[derive(Serialize)]
struct EnvelopeOut<'a, T: Serialize> {
    kind: &'a str,
    schema: u32,
    app_version: &'a str,
    checksum: &'a str,
    content: &'a T,
}

/// Only the envelope's fields, read first so a file is never misread by the wrong types.
#[derive(Deserialize)]
struct Header {
    kind: String,
    schema: u32,
    #[serde(default)]
    checksum: String,
}

#[derive(Deserialize)]
struct EnvelopeIn<T> {
    content: T,
}

/// The file text of `content` as a coaching file of `kind`, with its checksum.
pub fn to_text<T: Serialize>(kind: Kind, content: &T) -> Result<String, ExchangeError> {
    let envelope = EnvelopeOut {
        kind: kind.tag(),
        schema: EXCHANGE_SCHEMA,
        app_version: env!("CARGO_PKG_VERSION"),
        checksum: CHECKSUM_PLACEHOLDER,
        content,
    };
    let mut text =
        ron::ser::to_string_pretty(&envelope, ron::ser::PrettyConfig::new().indentor("  "))
            .map_err(|e| ExchangeError::BadValue(e.to_string()))?;
    text.push('\n');
    let sum = text_checksum(&text);
    Ok(text.replacen(
        &format!("\"{CHECKSUM_PLACEHOLDER}\""),
        &format!("\"{sum}\""),
        1,
    ))
}

/// The kind of coaching file `text` is, after checking its envelope: ours, undamaged (the
/// checksum is required), not newer. Returns the kind and the checksum (the file's
/// fingerprint).
pub fn check_envelope(text: &str) -> Result<(Kind, String), ExchangeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let head: Header = match ron_options().from_str(text) {
        Ok(h) => h,
        // ours but cut short or garbled: damaged; anything else: not ours
        Err(e) if text.contains(Kind::Client.tag()) || text.contains(Kind::Plan.tag()) => {
            return Err(ExchangeError::Damaged(e.to_string()));
        }
        Err(_) => return Err(ExchangeError::Foreign),
    };
    let kind = Kind::from_tag(&head.kind).ok_or(ExchangeError::Foreign)?;
    if !head.checksum.starts_with("fnv1a64:") {
        return Err(ExchangeError::Damaged("no checksum".to_owned()));
    }
    let zeroed = text.replacen(
        &format!("\"{}\"", head.checksum),
        &format!("\"{CHECKSUM_PLACEHOLDER}\""),
        1,
    );
    let actual = text_checksum(&zeroed);
    if actual != head.checksum {
        return Err(ExchangeError::Damaged(format!(
            "the content does not match its checksum ({}, content {actual})",
            head.checksum
        )));
    }
    match head.schema {
        s if s > EXCHANGE_SCHEMA => Err(ExchangeError::Newer { schema: s }),
        EXCHANGE_SCHEMA => Ok((kind, head.checksum)),
        s => Err(ExchangeError::Damaged(format!("unknown version {s}"))),
    }
}

/// Parse the content of a coaching file of `wanted` kind (after [`check_envelope`]).
fn parse_content<T: DeserializeOwned>(
    text: &str,
    wanted: Kind,
) -> Result<(T, String), ExchangeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (kind, checksum) = check_envelope(text)?;
    if kind != wanted {
        return Err(ExchangeError::WrongKind { found: kind });
    }
    let envelope: EnvelopeIn<T> = ron_options()
        .from_str(text)
        .map_err(|e| ExchangeError::Damaged(e.to_string()))?;
    Ok((envelope.content, checksum))
}

/// A coaching file as read: which kind, its content and its checksum.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// A client file and its checksum.
    Client(Box<ClientFile>, String),
    /// A plan file.
    Plan(Box<PlanFile>),
}

/// Read a coaching file's text of either kind.
pub fn parse(text: &str) -> Result<Opened, ExchangeError> {
    let (kind, _) = check_envelope(text)?;
    match kind {
        Kind::Client => {
            let (file, sum) = client_file::parse_client_file(text)?;
            Ok(Opened::Client(Box::new(file), sum))
        }
        Kind::Plan => Ok(Opened::Plan(Box::new(plan_file::parse_plan_file(text)?))),
    }
}

/// Read a coaching file of either kind from disk: its size is checked before it is read.
pub fn read(path: &Path) -> Result<Opened, ExchangeError> {
    let bytes = read_limited(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| ExchangeError::Foreign)?;
    parse(text)
}

/// Read a file's bytes, refusing one larger than [`MAX_EXCHANGE_BYTES`] before reading it.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, ExchangeError> {
    use std::io::Read;
    let io = |e: std::io::Error| ExchangeError::Io(format!("{}: {e}", path.display()));
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_EXCHANGE_BYTES {
        return Err(ExchangeError::TooLarge { size });
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(io)?
        // the file may have grown since the size check
        .take(MAX_EXCHANGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_EXCHANGE_BYTES {
        return Err(ExchangeError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// The session report `html` as a page that opens the browser's print dialog once loaded
/// ("Print or save as PDF"): one inline script, allowed by the page's policy through `nonce`
/// and nothing else (every other script stays forbidden).
pub fn printable(html: &str, nonce: &str) -> String {
    let csp = crate::report::html::escape(crate::report::CONTENT_SECURITY_POLICY);
    let nonce: String = nonce.chars().filter(char::is_ascii_alphanumeric).collect();
    let with_script = format!("{csp}; script-src &#39;nonce-{nonce}&#39;");
    let page = html.replacen(&csp, &with_script, 1);
    let script = format!(
        "<script nonce=\"{nonce}\">window.addEventListener(\"load\", function () {{ window.print(); }});</script>\n"
    );
    match page.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &page[..at], &page[at..]),
        None => format!("{page}{script}"),
    }
}
