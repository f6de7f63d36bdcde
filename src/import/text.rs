//! Turning an entry's bytes into text records: encoding sniffing (UTF-8, UTF-8 with BOM,
//! UTF-16LE with BOM), delimiter sniffing, header location, dates in LinkedIn's formats.

use std::borrow::Cow;
use std::io::{self, Read};

use chrono::{NaiveDate, NaiveDateTime};

use super::records::Row;

/// A reader that turns UTF-16LE bytes into UTF-8, streaming (legacy 2018/2022 files).
pub struct Utf16Le<R> {
    inner: R,
    out: Vec<u8>,
    pos: usize,
    odd: Option<u8>,
    high: Option<u16>,
    done: bool,
}

impl<R: Read> Utf16Le<R> {
    /// Wrap `inner` (positioned after the BOM).
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            out: Vec::new(),
            pos: 0,
            odd: None,
            high: None,
            done: false,
        }
    }

    fn refill(&mut self) -> io::Result<()> {
        let mut buf = [0u8; 16 * 1024];
        self.out.clear();
        self.pos = 0;
        while self.out.is_empty() && !self.done {
            let n = self.inner.read(&mut buf)?;
            if n == 0 {
                self.done = true;
                if self.high.take().is_some() || self.odd.take().is_some() {
                    self.out.extend_from_slice("\u{FFFD}".as_bytes());
                }
                break;
            }
            let mut bytes: Vec<u8> = self.odd.take().into_iter().collect();
            bytes.extend_from_slice(&buf[..n]);
            if bytes.len() % 2 == 1 {
                self.odd = bytes.pop();
            }
            let mut units: Vec<u16> = self.high.take().into_iter().collect();
            units.extend(
                bytes
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]])),
            );
            if let Some(&last) = units.last()
                && (0xD800..0xDC00).contains(&last)
            {
                self.high = units.pop();
            }
            let mut s = String::with_capacity(units.len());
            for c in char::decode_utf16(units) {
                s.push(c.unwrap_or('\u{FFFD}'));
            }
            self.out.extend_from_slice(s.as_bytes());
        }
        Ok(())
    }
}

impl<R: Read> Read for Utf16Le<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.out.len() {
            self.refill()?;
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Sniff the encoding from the first bytes and return a UTF-8 reader plus the first bytes of
/// text (for delimiter sniffing).
pub fn utf8_reader<'a, R: Read + 'a>(mut r: R) -> io::Result<(Box<dyn Read + 'a>, Vec<u8>)> {
    let mut head = [0u8; 3];
    let mut n = 0;
    while n < 3 {
        let k = r.read(&mut head[n..])?;
        if k == 0 {
            break;
        }
        n += k;
    }
    let head = &head[..n];
    let mut reader: Box<dyn Read + 'a> = if head.starts_with(&[0xFF, 0xFE]) {
        let rest = io::Cursor::new(head[2..].to_vec()).chain(r);
        Box::new(Utf16Le::new(rest))
    } else if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Box::new(r)
    } else {
        Box::new(io::Cursor::new(head.to_vec()).chain(r))
    };
    // peek at the first text to choose the delimiter
    let mut peek = vec![0u8; 4096];
    let mut got = 0;
    while got < peek.len() {
        let k = reader.read(&mut peek[got..])?;
        if k == 0 {
            break;
        }
        got += k;
    }
    peek.truncate(got);
    let reader: Box<dyn Read + 'a> = Box::new(io::Cursor::new(peek.clone()).chain(reader));
    Ok((reader, peek))
}

/// Tab for legacy tab-separated files, `;` for a file a European spreadsheet re-saved, else
/// comma: whichever appears most on the first line that has any.
pub fn delimiter(peek: &[u8]) -> u8 {
    for line in peek.split(|&b| b == b'\n') {
        let count = |d: u8| line.iter().filter(|&&b| b == d).count();
        let (tabs, commas, semis) = (count(b'\t'), count(b','), count(b';'));
        if tabs + commas + semis > 0 {
            return if tabs > commas && tabs >= semis {
                b'\t'
            } else if semis > commas {
                b';'
            } else {
                b','
            };
        }
    }
    b','
}

/// Column positions by (normalised) name.
#[derive(Debug, Clone)]
pub struct Header {
    names: Vec<String>,
}

/// Lower case, no spaces or underscores: `Connected On` = `connected_on` = `CONNECTED ON`.
pub fn norm(s: &str) -> String {
    s.trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Header {
    /// The header row if `record` has all of `required` (so preambles are skipped).
    pub fn find(record: &Row<'_>, required: &[&str]) -> Option<Self> {
        let names: Vec<String> = record
            .iter()
            .map(|f| norm(&String::from_utf8_lossy(f)))
            .collect();
        required
            .iter()
            .all(|r| names.iter().any(|n| *n == norm(r)))
            .then_some(Self { names })
    }

    /// The index of a column.
    pub fn col(&self, name: &str) -> Option<usize> {
        let n = norm(name);
        self.names.iter().position(|x| *x == n)
    }

    /// The indices of several columns (look them up once per file, not per row).
    pub fn cols<const N: usize>(&self, names: [&str; N]) -> [Option<usize>; N] {
        names.map(|n| self.col(n))
    }
}

/// A field of a record as text (lossy: invalid UTF-8 becomes U+FFFD).
pub fn field(record: &Row<'_>, col: Option<usize>) -> String {
    text(record, col).into_owned()
}

/// A field of a record as borrowed text where it is valid UTF-8, trimmed.
pub fn text<'a>(record: &Row<'a>, col: Option<usize>) -> Cow<'a, str> {
    match col.and_then(|i| record.get(i)) {
        None => Cow::Borrowed(""),
        Some(b) => match std::str::from_utf8(b) {
            Ok(s) => Cow::Borrowed(trim(s)),
            Err(_) => Cow::Owned(String::from_utf8_lossy(b).trim().to_owned()),
        },
    }
}

/// `str::trim`, with a shortcut for the usual field that starts and ends with a visible ASCII
/// character (nothing to trim; no character decoding needed).
pub fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    let bytes = s.as_bytes();
    if visible(bytes.first()) && visible(bytes.last()) {
        s
    } else {
        s.trim()
    }
}

/// Whether a record looks like binary garbage (NUL bytes or invalid UTF-8).
pub fn is_garbage(record: &Row<'_>) -> bool {
    // the fields are split at ASCII bytes, so they are all valid UTF-8 when the record is
    let bytes = record.raw();
    memchr::memchr(0, bytes).is_some() || (!bytes.is_ascii() && std::str::from_utf8(bytes).is_err())
}

/// `YYYY-MM-DD ...` or `YYYY/MM/DD ...` (messages, shares, comments, reactions, searches).
pub fn iso_date_time(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    if let Some(t) = fast_iso(s.as_bytes()) {
        return Some(t);
    }
    let head: String = s
        .chars()
        .take(19)
        .map(|c| if c == '/' { '-' } else { c })
        .collect();
    NaiveDateTime::parse_from_str(&head, "%Y-%m-%d %H:%M:%S")
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(head.get(..10)?, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

/// `YYYY-MM-DD HH:MM:SS` without allocating (the common case, 100,000s of rows).
pub fn fast_iso(b: &[u8]) -> Option<NaiveDateTime> {
    let b = b.get(..19)?;
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if !matches!(b[4], b'-' | b'/') || b[7] != b[4] || b[10] != b' ' || b[13] != b':' {
        return None;
    }
    let day = NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)?;
    day.and_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)
}

/// `09 Mar 2025` (Connections), the 2018 `1/8/18, 6:14 PM`, and what Excel makes of them
/// when a member re-saves the file: `29-Feb-20`, `29-Feb-2020`, `2020-02-29`.
pub fn connection_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    fast_day_month_year(s.as_bytes())
        .or_else(|| NaiveDate::parse_from_str(s, "%d %b %Y").ok())
        .or_else(|| us_date_time(s).map(|t| t.date()))
        .or_else(|| {
            let (day, rest) = s.split_once('-')?;
            let (month, year) = rest.split_once('-')?;
            let short = year.trim().len() <= 2;
            let year: i32 = year.trim().parse().ok()?;
            let year = if short { 2000 + year } else { year };
            let day: u32 = day.trim().parse().ok()?;
            NaiveDate::parse_from_str(&format!("{day} {} {year}", month.trim()), "%d %b %Y").ok()
        })
        .or_else(|| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok())
}

/// The UTC time of a US Pacific wall time (LinkedIn's invitation `Sent At`): daylight saving
/// time (UTC-7) from the second Sunday of March to the first Sunday of November, 2:00 local
/// (2007 on; before: the first Sunday of April to the last Sunday of October), else UTC-8.
pub fn pacific_to_utc(t: NaiveDateTime) -> NaiveDateTime {
    use chrono::{Datelike, Weekday};
    let y = t.year();
    let nth_sunday =
        |month: u32, n: u8| NaiveDate::from_weekday_of_month_opt(y, month, Weekday::Sun, n);
    let last_sunday = |month: u32| {
        (1..=5)
            .rev()
            .find_map(|n| NaiveDate::from_weekday_of_month_opt(y, month, Weekday::Sun, n))
    };
    let (start, end) = if y >= 2007 {
        (nth_sunday(3, 2), nth_sunday(11, 1))
    } else {
        (nth_sunday(4, 1), last_sunday(10))
    };
    let two = |d: Option<NaiveDate>| d.and_then(|d| d.and_hms_opt(2, 0, 0));
    // the repeated hour in November is read as the first (daylight) one
    let summer = match (two(start), two(end)) {
        (Some(start), Some(end)) => t >= start && t < end,
        _ => false,
    };
    t + chrono::Duration::hours(if summer { 7 } else { 8 })
}

/// `YYYY-MM-DD HH:MM:SS` (or with `/`) as seconds since 1970, UTC, without chrono: the
/// same dates [`fast_iso`] accepts, checked the same way (real months, days and times).
pub fn fast_iso_seconds(b: &[u8]) -> Option<i64> {
    let b = b.get(..19)?;
    if !matches!(b[4], b'-' | b'/') || b[7] != b[4] || b[10] != b' ' || b[13] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
        })
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if d < 1 || d > month_days || hh > 23 || mm > 59 || ss > 59 {
        return None;
    }
    // days since 1970-01-01 (Howard Hinnant's days_from_civil)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss)
}

/// `09 Mar 2025` without allocating (30,000s of rows); anything else is left to chrono.
pub fn fast_day_month_year(b: &[u8]) -> Option<NaiveDate> {
    const MONTHS: [&[u8; 3]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let [d1, d2, b' ', m1, m2, m3, b' ', y1, y2, y3, y4] = *b else {
        return None;
    };
    let digit = |c: u8| c.is_ascii_digit().then(|| u32::from(c - b'0'));
    let day = digit(d1)? * 10 + digit(d2)?;
    let year = [y1, y2, y3, y4]
        .into_iter()
        .try_fold(0u32, |acc, c| Some(acc * 10 + digit(c)?))?;
    let month = [m1, m2, m3].map(|c| c.to_ascii_lowercase());
    let month = MONTHS.iter().position(|m| **m == month)?;
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()? + 1,
        day,
    )
}

/// `3/8/25, 9:41 PM` (Invitations, Recommendations, 2018 Connections).
pub fn us_date_time(s: &str) -> Option<NaiveDateTime> {
    let (date, time) = s.trim().split_once(',').unwrap_or((s.trim(), ""));
    let mut parts = date.trim().split('/').map(|p| p.trim().parse::<u32>().ok());
    let (m, d, y) = (parts.next()??, parts.next()??, parts.next()??);
    let year = if y < 100 { 2000 + y as i32 } else { y as i32 };
    let day = NaiveDate::from_ymd_opt(year, m, d)?;
    let time = time.trim().to_uppercase();
    let (hm, pm) = match time.strip_suffix("PM") {
        Some(t) => (t.trim().to_owned(), true),
        None => (time.trim_end_matches("AM").trim().to_owned(), false),
    };
    let (h, min) = hm.split_once(':').unwrap_or(("0", "0"));
    let mut h: u32 = h.trim().parse().unwrap_or(0) % 12;
    if pm {
        h += 12;
    }
    day.and_hms_opt(h, min.trim().parse().unwrap_or(0), 0)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_format() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(connection_date("09 Mar 2025"), Some(d(2025, 3, 9)));
        assert_eq!(connection_date("1/8/18, 6:14 PM"), Some(d(2018, 1, 8)));
        assert_eq!(connection_date("9 Mar 2025"), Some(d(2025, 3, 9)));
        assert_eq!(connection_date("31 DEC 1999"), Some(d(1999, 12, 31)));
        assert_eq!(connection_date("31 Feb 2025"), None);
        assert_eq!(connection_date("09 Mrt 2025"), None);
        assert_eq!(trim(" a "), "a");
        assert_eq!(trim("a\u{a0}"), "a");
        assert_eq!(trim("plain"), "plain");
        let t = us_date_time("3/8/25, 9:41 PM").unwrap();
        assert_eq!(t, d(2025, 3, 8).and_hms_opt(21, 41, 0).unwrap());
        let t = iso_date_time("2025/03/12 16:30:44 UTC").unwrap();
        assert_eq!(t, d(2025, 3, 12).and_hms_opt(16, 30, 44).unwrap());
        assert_eq!(
            iso_date_time("2025-03-10 14:22:05 UTC").unwrap().date(),
            d(2025, 3, 10)
        );
        assert!(iso_date_time("garbage").is_none());
        // the chrono-free seconds agree with chrono wherever either accepts a date
        for s in [
            "1970-01-01 00:00:00",
            "2025-03-10 14:22:05 UTC",
            "2024-02-29 23:59:59",
            "2000-02-29 12:00:00",
            "1900-03-01 00:00:00",
            "2025/12/31 08:00:01",
            "1969-12-31 23:59:59",
        ] {
            let chrono = fast_iso(s.as_bytes()).map(|t| t.and_utc().timestamp());
            assert!(chrono.is_some(), "{s}");
            assert_eq!(fast_iso_seconds(s.as_bytes()), chrono, "{s}");
        }
        for s in [
            "2025-02-29 00:00:00",
            "1900-02-29 00:00:00",
            "2025-13-01 00:00:00",
            "2025-04-31 00:00:00",
            "2025-01-01 24:00:00",
            "2025-01-01 10:60:00",
            "2025-00-10 10:00:00",
            "2025-01-00 10:00:00",
            "2025-01-01T10:00:00",
        ] {
            assert_eq!(fast_iso_seconds(s.as_bytes()), None, "{s}");
            assert_eq!(fast_iso(s.as_bytes()), None, "{s}");
        }
    }

    proptest::proptest! {
        #[test]
        fn seconds_agree_with_chrono(
            y in 0u32..10000, m in 0u32..14, d in 0u32..33, hh in 0u32..26, mm in 0u32..62,
            ss in 0u32..62, sep in proptest::sample::select(vec!['-', '/', 'x'])
        ) {
            let s = format!("{y:04}{sep}{m:02}{sep}{d:02} {hh:02}:{mm:02}:{ss:02}");
            let chrono = fast_iso(s.as_bytes()).map(|t| t.and_utc().timestamp());
            proptest::prop_assert_eq!(fast_iso_seconds(s.as_bytes()), chrono, "{}", s);
        }
    }

    #[test]
    fn utf16_is_decoded_across_chunks() {
        let text = "Time\tSearch Query\næøå 🚀 ".repeat(3000);
        let mut bytes = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let (mut r, peek) = utf8_reader(io::Cursor::new(bytes)).unwrap();
        assert_eq!(delimiter(&peek), b'\t');
        let mut out = String::new();
        r.read_to_string(&mut out).unwrap();
        assert_eq!(out, text);
    }
}
