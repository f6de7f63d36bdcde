//! Reading the export: the ZIP (never extracted; each known entry read through a hard limit
//! on its inflated size, large entries inflated on threads of their own) or one export file on
//! its own. What was read goes to [`super::summary`] to become an [`Import`].

use std::collections::BTreeMap;
use std::io::{Read, Seek};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use super::parse::{self, Collected};
use super::summary::summarise;
use super::text;
use super::{
    FileReport, Import, ImportError, MAX_ARTICLE_BYTES, MAX_ENTRIES, MAX_ENTRY_BYTES,
    MAX_TOTAL_BYTES, SkipReason, Warning, printable,
};
use crate::model::Date;

/// Which file of the export an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Connections,
    Invitations,
    Messages,
    Shares,
    InstantReposts,
    Comments,
    Reactions,
    Searches,
    RichMedia,
    Article,
    Profile,
    Positions,
    Education,
    Skills,
    Recommendations,
    Endorsements,
    CompanyFollows,
}

/// Classify an entry name: case-insensitive, spaces and underscores ignored, numeric
/// `_<n>` suffixes stripped (`Shares_2.csv`), everything else ignored.
fn classify(name: &str) -> Option<Kind> {
    let lower = name.to_lowercase();
    if lower.starts_with("articles/") && lower.ends_with(".html") {
        return Some(Kind::Article);
    }
    if lower.contains('/') {
        return None;
    }
    let stem = lower.strip_suffix(".csv")?;
    let stem = match stem.rsplit_once('_') {
        Some((base, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => base,
        _ => stem,
    };
    let key: String = stem.chars().filter(|c| !matches!(c, ' ' | '_')).collect();
    Some(match key.as_str() {
        "connections" => Kind::Connections,
        "invitations" => Kind::Invitations,
        "messages" => Kind::Messages,
        "shares" => Kind::Shares,
        "instantreposts" => Kind::InstantReposts,
        "comments" => Kind::Comments,
        "reactions" => Kind::Reactions,
        "searchqueries" => Kind::Searches,
        "richmedia" => Kind::RichMedia,
        "profile" => Kind::Profile,
        "positions" => Kind::Positions,
        "education" => Kind::Education,
        "skills" => Kind::Skills,
        "recommendationsreceived" => Kind::Recommendations,
        "endorsementreceivedinfo" => Kind::Endorsements,
        "companyfollows" => Kind::CompanyFollows,
        _ => return None,
    })
}

/// The export date from a name like `Basic_LinkedInDataExport_03-14-2026.zip` (also with
/// ` (1)` before `.zip`).
pub fn date_from_name(name: &str) -> Option<Date> {
    let name = Path::new(name).file_name()?.to_str()?;
    let bytes = name.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let s = name.get(i..i + 10)?;
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if digits(0..2) && b[2] == b'-' && digits(3..5) && b[5] == b'-' && digits(6..10) {
            chrono::NaiveDate::parse_from_str(s, "%m-%d-%Y").ok()
        } else {
            None
        }
    })
}

/// Read an export from a file.
pub fn read_zip_file(path: &Path) -> Result<Import, ImportError> {
    let file = std::fs::File::open(path).map_err(|source| ImportError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let name = path.file_name().and_then(|n| n.to_str());
    read_zip(At::new(file), name)
}

/// A file read at positions of its own: every clone (one per thread) keeps its own place.
#[derive(Clone)]
struct At {
    file: std::sync::Arc<std::fs::File>,
    pos: u64,
}

impl At {
    fn new(file: std::fs::File) -> Self {
        Self {
            file: std::sync::Arc::new(file),
            pos: 0,
        }
    }
}

impl Read for At {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(&*self.file, buf, self.pos)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(&*self.file, buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for At {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let base = match to {
            std::io::SeekFrom::Start(n) => {
                self.pos = n;
                return Ok(n);
            }
            std::io::SeekFrom::End(d) => (self.file.metadata()?.len(), d),
            std::io::SeekFrom::Current(d) => (self.pos, d),
        };
        self.pos = base
            .0
            .checked_add_signed(base.1)
            .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        Ok(self.pos)
    }
}

/// Read an export from bytes; `name` is the ZIP's file name (for its date), if known.
pub fn read_zip_bytes(bytes: &[u8], name: Option<&str>) -> Result<Import, ImportError> {
    read_zip(std::io::Cursor::new(bytes), name)
}

/// Read one export file on its own, named as inside the ZIP (`Connections.csv`,
/// `Comments_2.csv`, `Articles/Articles/x.html`...), through the same size limit as in a ZIP.
/// The fuzz target `import_csv` drives the CSV readers through this.
pub fn read_entry_bytes(entry_name: &str, bytes: &[u8]) -> Result<Import, ImportError> {
    let Some(kind) = classify(entry_name) else {
        return Err(ImportError::NotLinkedIn);
    };
    let limit = if kind == Kind::Article {
        MAX_ARTICLE_BYTES
    } else {
        MAX_ENTRY_BYTES
    };
    let mut c = Collected::default();
    let total = AtomicU64::new(MAX_TOTAL_BYTES);
    let limited = Limited {
        inner: bytes,
        left: limit,
        total_left: &total,
    };
    let shown = printable(entry_name);
    let mut reports = Vec::new();
    match read_entry(kind, Box::new(limited), &mut c) {
        Ok(()) => {
            reports.push(c.report(&shown));
            c.files.push(shown);
        }
        Err(e) if LimitExceeded::is(&e) => {
            return Err(ImportError::TooLarge {
                entry: shown,
                limit_mb: limit / (1024 * 1024),
            });
        }
        Err(e) => c.warnings.push(Warning::Damaged {
            file: shown,
            detail: e.to_string(),
        }),
    }
    Ok(summarise(
        c,
        DateHints::default(),
        reports,
        String::from("entry"),
    ))
}

/// A read went past the limit on an entry's inflated size (or that of all entries). Carried
/// inside the `std::io::Error` of a reader, and recognised by its type, not its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("past the size limit of the export's entries")]
pub(crate) struct LimitExceeded;

impl LimitExceeded {
    /// Whether `e` is this error.
    pub(crate) fn is(e: &std::io::Error) -> bool {
        e.get_ref().is_some_and(|inner| inner.is::<Self>())
    }
}

/// An entry that inflated past the size its header declares (a forged header, as in a ZIP
/// bomb): zip 9 stops it, and the ZIP is refused as a whole, not the entry skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub(crate) struct ForgedSize(String);

impl ForgedSize {
    /// The zip crate's message when `e` is this error.
    fn message(e: &std::io::Error) -> Option<String> {
        e.get_ref()
            .and_then(|inner| inner.downcast_ref::<Self>())
            .map(|f| f.0.clone())
    }
}

/// Counts bytes and fails past a limit for the entry and one shared by all entries.
struct Limited<'t, R> {
    inner: R,
    left: u64,
    total_left: &'t AtomicU64,
}

impl<R: Read> Read for Limited<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf).map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidData
                && e.to_string().contains("declared uncompressed size")
            {
                std::io::Error::other(ForgedSize(e.to_string()))
            } else {
                e
            }
        })?;
        let n64 = n as u64;
        let total = self
            .total_left
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| t.checked_sub(n64));
        if n64 > self.left || total.is_err() {
            return Err(std::io::Error::other(LimitExceeded));
        }
        self.left -= n64;
        Ok(n)
    }
}

fn read_zip<R: Read + Seek + Clone + Send>(
    reader: R,
    name: Option<&str>,
) -> Result<Import, ImportError> {
    // the entry count is read from the ZIP's end record before the ZIP reader allocates
    // anything per entry (a million tiny entries took 1.17 GB before they were refused)
    if declared_entries(reader.clone()).is_some_and(|n| n > MAX_ENTRIES as u64) {
        return Err(ImportError::TooManyEntries(MAX_ENTRIES));
    }
    let mut zip = zip::ZipArchive::new(reader).map_err(|e| ImportError::NotZip(e.to_string()))?;
    if zip.len() > MAX_ENTRIES {
        return Err(ImportError::TooManyEntries(MAX_ENTRIES));
    }
    // first pass: refuse unsafe entries before reading anything
    let mut entries = Vec::new();
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| ImportError::NotZip(e.to_string()))?;
        // zip 9 refuses a name it cannot decode; the file is then not a ZIP we can read
        let name = entry
            .name()
            .map_err(|e| ImportError::NotZip(e.to_string()))?
            .replace('\\', "/");
        let unsafe_name = name.starts_with('/')
            || name.split('/').any(|p| p == "..")
            || name.get(1..2) == Some(":");
        if unsafe_name || entry.is_symlink() {
            return Err(ImportError::Unsafe(printable(&name)));
        }
        if entry.is_dir() || name.starts_with("__MACOSX/") {
            continue;
        }
        let day = entry.last_modified().and_then(|t| {
            // 1980-01-01 is the DOS epoch: a ZIP writer that knew no time
            (t.year() > 1980)
                .then(|| Date::from_ymd_opt(i32::from(t.year()), t.month().into(), t.day().into()))
                .flatten()
        });
        entries.push((i, name, entry.size(), entry.crc32(), day));
    }
    // a re-zipped folder: every file under one top-level folder (which may carry the date)
    let folder = entries
        .first()
        .and_then(|(_, n, ..)| n.split_once('/'))
        .map(|(f, _)| format!("{f}/"));
    let folder = folder.filter(|f| entries.iter().all(|(_, n, ..)| n.starts_with(f.as_str())));
    let mut fingerprint: u64 = 0xcbf29ce484222325;
    let mut wanted = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut skipped = Vec::new();
    let mut unused = Vec::new();
    let mut entry_day: Option<Date> = None;
    entries.sort_by(|a, b| a.1.cmp(&b.1));
    for (index, full, size, crc, day) in entries {
        let name = folder
            .as_deref()
            .and_then(|f| full.strip_prefix(f))
            .unwrap_or(&full);
        let Some(kind) = classify(name) else {
            // every file found is listed, also those the estimate does not use
            if !name.ends_with('/') && name.to_lowercase().ends_with(".csv") {
                unused.push(printable(name));
            }
            continue;
        };
        entry_day = entry_day.max(day);
        let shown = printable(name);
        // `Connections.csv` and `connections.csv`: one file, read once
        let same: String = name
            .to_lowercase()
            .chars()
            .filter(|c| !matches!(c, ' ' | '_'))
            .collect();
        if let Some(kept) = seen.get(&same) {
            skipped.push(Warning::Duplicate {
                file: shown,
                kept: kept.clone(),
            });
            continue;
        }
        seen.insert(same, shown.clone());
        let limit = if kind == Kind::Article {
            MAX_ARTICLE_BYTES
        } else {
            MAX_ENTRY_BYTES
        };
        if size > limit {
            return Err(ImportError::TooLarge {
                entry: shown,
                limit_mb: limit / (1024 * 1024),
            });
        }
        for b in name.bytes().chain(crc.to_le_bytes()) {
            fingerprint ^= u64::from(b);
            fingerprint = fingerprint.wrapping_mul(0x100000001b3);
        }
        wanted.push(Wanted {
            index,
            kind,
            name: shown,
            limit,
            size,
        });
    }
    if wanted.is_empty() {
        return Err(ImportError::NotLinkedIn);
    }
    // what is read is added up in this order (Invitations first, then by name), whatever
    // order the threads finish in
    wanted.sort_by(|a, b| {
        (a.kind != Kind::Invitations, &a.name).cmp(&(b.kind != Kind::Invitations, &b.name))
    });
    let results = read_parallel(&zip, &wanted);
    let mut c = Collected::default();
    let mut reports = Vec::with_capacity(wanted.len() + skipped.len());
    for (want, result) in wanted.into_iter().zip(results) {
        match result {
            Ok(mut one) => {
                reports.push(one.report(&want.name));
                c.absorb(one);
                c.files.push(want.name);
            }
            Err(EntryError::Limit) => {
                return Err(ImportError::TooLarge {
                    entry: want.name,
                    limit_mb: want.limit.min(MAX_TOTAL_BYTES) / (1024 * 1024),
                });
            }
            Err(EntryError::Zip(e)) => return Err(ImportError::NotZip(e)),
            Err(EntryError::Read(e)) => {
                reports.push(FileReport {
                    name: want.name.clone(),
                    rows: 0,
                    read: 0,
                    skipped: 0,
                    reason: Some(SkipReason::Damaged),
                });
                c.warnings.push(Warning::Damaged {
                    file: want.name,
                    detail: e.to_string(),
                });
            }
        }
    }
    for w in skipped {
        if let Warning::Duplicate { file, .. } = &w {
            reports.push(FileReport {
                name: file.clone(),
                rows: 0,
                read: 0,
                skipped: 0,
                reason: Some(SkipReason::Duplicate),
            });
        }
        c.warnings.push(w);
    }
    reports.extend(unused.into_iter().map(|name| FileReport {
        name,
        rows: 0,
        read: 0,
        skipped: 0,
        reason: Some(SkipReason::NotUsed),
    }));
    let dated = name
        .and_then(date_from_name)
        .or_else(|| folder.as_deref().and_then(date_from_name));
    let hints = DateHints {
        name: dated,
        entries: entry_day,
    };
    Ok(summarise(c, hints, reports, format!("{fingerprint:016x}")))
}

/// How many entries the ZIP's end record declares (ZIP64 too), read without the ZIP reader;
/// `None` when there is no end record (the ZIP reader then says what is wrong).
fn declared_entries<R: Read + Seek>(mut r: R) -> Option<u64> {
    let len = r.seek(std::io::SeekFrom::End(0)).ok()?;
    let tail = len.min(22 + 65_535);
    r.seek(std::io::SeekFrom::Start(len - tail)).ok()?;
    let mut buf = vec![0u8; usize::try_from(tail).ok()?];
    r.read_exact(&mut buf).ok()?;
    let at = (0..buf.len().saturating_sub(21))
        .rev()
        .find(|&i| buf[i..].starts_with(b"PK\x05\x06"))?;
    let u16_at = |i: usize| u16::from_le_bytes([buf[i], buf[i + 1]]);
    let entries = u64::from(u16_at(at + 10));
    if entries != 0xFFFF || at < 20 || !buf[at - 20..].starts_with(b"PK\x06\x07") {
        return Some(entries);
    }
    // ZIP64: the locator says where the ZIP64 end record is
    let mut offset = [0u8; 8];
    offset.copy_from_slice(&buf[at - 12..at - 4]);
    r.seek(std::io::SeekFrom::Start(u64::from_le_bytes(offset)))
        .ok()?;
    let mut record = [0u8; 40];
    r.read_exact(&mut record).ok()?;
    if !record.starts_with(b"PK\x06\x06") {
        return Some(entries);
    }
    let mut total = [0u8; 8];
    total.copy_from_slice(&record[32..40]);
    Some(u64::from_le_bytes(total))
}

/// What can date an export besides its content.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct DateHints {
    /// A date in the ZIP's name or its top-level folder's.
    pub(super) name: Option<Date>,
    /// The newest time stored with the entries.
    pub(super) entries: Option<Date>,
}

/// Why an entry was not read.
enum EntryError {
    /// Past the limit on its inflated size (or that of all entries).
    Limit,
    /// The ZIP could not give the entry.
    Zip(String),
    /// Reading it failed (a damaged entry, or nobody got to it after a limit was hit).
    Read(std::io::Error),
}

impl From<std::io::Error> for EntryError {
    fn from(e: std::io::Error) -> Self {
        if LimitExceeded::is(&e) {
            Self::Limit
        } else if let Some(zip) = ForgedSize::message(&e) {
            Self::Zip(zip)
        } else {
            Self::Read(e)
        }
    }
}

type EntryResult = Result<Collected, EntryError>;

/// Entries at least this large are inflated on a thread of their own while they are parsed.
const PIPELINE_BYTES: u64 = 4 * 1024 * 1024;
const CHUNK_BYTES: usize = 64 * 1024;

/// Inflate `entry` into chunks for [`Chunks`]; stops when the reader hangs up.
fn inflate_into(
    mut entry: impl Read,
    chunks: &std::sync::mpsc::SyncSender<Result<Vec<u8>, EntryError>>,
    spares: &std::sync::mpsc::Receiver<Vec<u8>>,
) -> Result<(), std::sync::mpsc::SendError<Result<Vec<u8>, EntryError>>> {
    loop {
        let mut chunk = spares.try_recv().unwrap_or_default();
        chunk.resize(CHUNK_BYTES, 0);
        let mut filled = 0;
        let end = loop {
            match entry.read(&mut chunk[filled..]) {
                Ok(0) => break true,
                Ok(n) => {
                    filled += n;
                    if filled == chunk.len() {
                        break false;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return chunks.send(Err(EntryError::from(e))),
            }
        };
        chunk.truncate(filled);
        if filled > 0 {
            chunks.send(Ok(chunk))?;
        }
        if end {
            return Ok(());
        }
    }
}

/// Reads the chunks [`inflate_into`] sends, handing used ones back.
struct Chunks {
    rx: std::sync::mpsc::Receiver<Result<Vec<u8>, EntryError>>,
    spare: std::sync::mpsc::Sender<Vec<u8>>,
    chunk: Vec<u8>,
    pos: usize,
    zip_error: Option<String>,
}

impl Read for Chunks {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.pos == self.chunk.len() {
            match self.rx.recv() {
                Ok(Ok(chunk)) => {
                    let used = std::mem::replace(&mut self.chunk, chunk);
                    let _ = self.spare.send(used);
                    self.pos = 0;
                }
                Ok(Err(EntryError::Limit)) => return Err(std::io::Error::other(LimitExceeded)),
                Ok(Err(EntryError::Read(e))) => return Err(e),
                Ok(Err(EntryError::Zip(e))) => {
                    self.zip_error = Some(e);
                    return Err(std::io::Error::other("zip"));
                }
                Err(_) => return Ok(0), // the whole entry was sent
            }
        }
        let n = buf.len().min(self.chunk.len() - self.pos);
        buf[..n].copy_from_slice(&self.chunk[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// An entry to read.
struct Wanted {
    index: usize,
    kind: Kind,
    name: String,
    limit: u64,
    size: u64,
}

/// Read the entries, each into its own [`Collected`]; the results come back in the order of
/// `wanted`. Invitations and the profile come first (they tell who the owner is, which the
/// messages are sorted by as they are read); the rest is read on up to four threads, the
/// largest entry first, each thread taking the next entry when it is done. The limit on the
/// inflated size of all entries is shared.
fn read_parallel<R: Read + Seek + Clone + Send>(
    zip: &zip::ZipArchive<R>,
    wanted: &[Wanted],
) -> Vec<EntryResult> {
    let total_left = AtomicU64::new(MAX_TOTAL_BYTES);
    let several = std::thread::available_parallelism().map_or(1, usize::from) > 1;
    let read_one = |zip: &mut zip::ZipArchive<R>, want: &Wanted, owner: &parse::Owner| {
        let mut c = Collected {
            owner: owner.clone(),
            size_hint: usize::try_from(want.size.min(want.limit)).unwrap_or(0),
            ..Collected::default()
        };
        if several && want.size >= PIPELINE_BYTES {
            // a large entry is inflated on a thread of its own while it is parsed
            let mut zip = zip.clone();
            let total_left = &total_left;
            std::thread::scope(|scope| {
                let (chunks, rx) = std::sync::mpsc::sync_channel(8);
                let (spare, spares) = std::sync::mpsc::channel();
                scope.spawn(move || {
                    let sent = match zip.by_index(want.index) {
                        Ok(entry) => {
                            let limited = Limited {
                                inner: entry,
                                left: want.limit,
                                total_left,
                            };
                            inflate_into(limited, &chunks, &spares)
                        }
                        Err(e) => chunks.send(Err(EntryError::Zip(e.to_string()))),
                    };
                    drop(sent); // the reader stopped early: nothing more to do
                });
                let reader = Chunks {
                    rx,
                    spare,
                    chunk: Vec::new(),
                    pos: 0,
                    zip_error: None,
                };
                let mut reader = reader;
                let result = read_entry(want.kind, Box::new(&mut reader), &mut c);
                match reader.zip_error.take() {
                    Some(e) => Err(EntryError::Zip(e)),
                    None => result.map_err(EntryError::from),
                }
            })?;
            return Ok(c);
        }
        let entry = zip
            .by_index(want.index)
            .map_err(|e| EntryError::Zip(e.to_string()))?;
        let limited = Limited {
            inner: entry,
            left: want.limit,
            total_left: &total_left,
        };
        read_entry(want.kind, Box::new(limited), &mut c)?;
        Ok(c)
    };
    let mut results: Vec<Option<EntryResult>> =
        std::iter::repeat_with(|| None).take(wanted.len()).collect();
    let (first, rest): (Vec<usize>, Vec<usize>) = (0..wanted.len())
        .partition(|&i| matches!(wanted[i].kind, Kind::Invitations | Kind::Profile));
    let mut zip0 = zip.clone();
    let mut owner = parse::Owner::default();
    let (mut invited_as, mut profile_name) = (None, None);
    for i in first {
        let result = read_one(&mut zip0, &wanted[i], &owner);
        if let Ok(c) = &result {
            owner.urls.extend(c.owner_urls.iter().copied());
            invited_as = invited_as.or(c.owner_name);
            profile_name = c.profile_name.or(profile_name);
        }
        let stop = matches!(result, Err(EntryError::Limit));
        results[i] = Some(result);
        if stop {
            return finish(results);
        }
    }
    owner.name = profile_name.or(invited_as);
    let mut order = rest;
    order.sort_by_key(|&i| std::cmp::Reverse(wanted[i].size));
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 4)
        .min(order.len());
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let work = |mut zip: zip::ZipArchive<R>| {
        let mut done = Vec::new();
        while !failed.load(Ordering::Relaxed) {
            let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) else {
                break;
            };
            let result = read_one(&mut zip, &wanted[i], &owner);
            if matches!(result, Err(EntryError::Limit)) {
                failed.store(true, Ordering::Relaxed);
            }
            done.push((i, result));
        }
        done
    };
    let mut place = |done: Vec<(usize, EntryResult)>| {
        for (i, result) in done {
            results[i] = Some(result);
        }
    };
    if threads <= 1 {
        place(work(zip0));
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (1..threads)
                .map(|_| {
                    let zip = zip.clone();
                    scope.spawn(|| work(zip))
                })
                .collect();
            place(work(zip0));
            for handle in handles {
                match handle.join() {
                    Ok(done) => place(done),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
        });
    }
    finish(results)
}

/// The results, an entry nobody got to (reading stopped at a limit) reported as not read.
fn finish(results: Vec<Option<EntryResult>>) -> Vec<EntryResult> {
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(EntryError::Read(std::io::Error::other("not read")))))
        .collect()
}

fn read_entry(kind: Kind, r: Box<dyn Read + '_>, c: &mut Collected) -> std::io::Result<()> {
    match kind {
        Kind::Connections => parse::connections(r, c),
        Kind::Invitations => parse::invitations(r, c),
        Kind::Messages => parse::messages(r, c),
        Kind::Shares => parse::shares(r, c),
        Kind::InstantReposts => parse::instant_reposts(r, c),
        Kind::Comments => parse::comments(r, c),
        Kind::Reactions => parse::reactions(r, c),
        Kind::Searches => parse::searches(r, c),
        Kind::RichMedia => parse::rich_media(r, c),
        Kind::Article => parse::article(r, c),
        Kind::Profile => parse::profile(r, c),
        Kind::Positions => parse::positions(r, c),
        Kind::Education => {
            c.education = parse::count_rows(r, "Education.csv", &["School Name"], c, |_, _| true)?;
            Ok(())
        }
        Kind::Skills => {
            let n = parse::count_rows(r, "Skills.csv", &["Name"], c, |_, _| true)?;
            c.skills = Some(c.skills.unwrap_or(0) + n.unwrap_or(0));
            Ok(())
        }
        Kind::Recommendations => {
            c.recommendations = parse::count_dated_rows(
                r,
                "Recommendations_Received.csv",
                &["First Name", "Status"],
                Some(("Creation Date", parse::us_day)),
                c,
                |h, rec| {
                    let status = text::field(rec, h.col("Status"));
                    status.is_empty() || status.eq_ignore_ascii_case("VISIBLE")
                },
            )?;
            Ok(())
        }
        Kind::Endorsements => {
            c.endorsements = parse::count_dated_rows(
                r,
                "Endorsement_Received_Info.csv",
                &["Skill Name"],
                Some(("Endorsement Date", parse::iso_day)),
                c,
                |_, _| true,
            )?;
            Ok(())
        }
        Kind::CompanyFollows => {
            // read for its dates only (a renamed export is dated by its newest date)
            parse::count_dated_rows(
                r,
                "Company Follows.csv",
                &["Organization", "Followed On"],
                Some(("Followed On", parse::follow_day)),
                c,
                |_, _| true,
            )?;
            Ok(())
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_is_known_by_its_type_not_its_text() {
        // a damaged entry whose reader happens to say "limit" is not a size limit
        assert!(!LimitExceeded::is(&std::io::Error::other("limit")));
        let total = AtomicU64::new(MAX_TOTAL_BYTES);
        let mut r = Limited {
            inner: &[0u8; 100][..],
            left: 10,
            total_left: &total,
        };
        let mut buf = Vec::new();
        let e = r.read_to_end(&mut buf).unwrap_err();
        assert!(LimitExceeded::is(&e));
        assert!(matches!(EntryError::from(e), EntryError::Limit));
    }

    #[test]
    fn an_article_past_its_limit_is_too_large_with_its_name() {
        let big = vec![b'a'; usize::try_from(MAX_ARTICLE_BYTES).unwrap() + 1];
        let e = read_entry_bytes("Articles/Articles/long.html", &big).unwrap_err();
        assert!(
            matches!(&e, ImportError::TooLarge { entry, limit_mb: 4 } if entry.contains("long.html")),
            "{e:?}"
        );
    }
}
