//! A streaming CSV record reader for the export's files.
//!
//! It reads the CSV dialect the `csv` crate reads with `flexible(true)` and no header
//! (RFC 4180 quoting, `""` for a quote inside a quoted field, a quote inside an unquoted field
//! taken literally, `\n`, `\r\n` and `\r` ending a record, blank lines skipped), and returns
//! the same fields; `tests` compares the two on random input. What makes it faster for the
//! export: fields are borrowed from the read buffer and only copied when a quoted field has
//! to be unescaped, and a quoted field (the long message texts) is skipped with `memchr`.
//!
//! A record longer than [`MAX_RECORD`] is not held in memory: it is skipped and counted in
//! [`Records::skipped`], so one line of a huge or hostile file cannot exhaust memory.

use std::io::{self, Read};
use std::ops::Range;

/// The longest record kept (a message of this size is far beyond any real one).
pub const MAX_RECORD: usize = 8 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

/// Where a field's bytes are: in the read buffer, or unescaped in the scratch buffer.
#[derive(Debug, Clone, Copy)]
struct Field {
    start: u32,
    end: u32,
    copied: bool,
}

/// Records read from a stream.
pub struct Records<R> {
    inner: R,
    delimiter: u8,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    eof: bool,
    fields: Vec<Field>,
    scratch: Vec<u8>,
    raw: Range<usize>,
    stop: [bool; 256],
    stops: Stops,
    // Records longer than [`MAX_RECORD`] that were skipped.
    pub skipped: u32,
}

/// One record: its fields, and its raw bytes (for checking the text is readable).
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    buf: &'a [u8],
    scratch: &'a [u8],
    fields: &'a [Field],
    raw: &'a [u8],
}

impl<'a> Row<'a> {
    /// Field `i`, unescaped.
    pub fn get(&self, i: usize) -> Option<&'a [u8]> {
        let f = self.fields.get(i)?;
        let src = if f.copied { self.scratch } else { self.buf };
        src.get(f.start as usize..f.end as usize)
    }

    /// Every field.
    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + '_ {
        (0..self.fields.len()).filter_map(|i| self.get(i))
    }

    /// Whether every field is empty (a row of delimiters only).
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.start == f.end)
    }

    /// The record as it was in the file (quotes and delimiters included).
    pub fn raw(&self) -> &'a [u8] {
        self.raw
    }
}

/// What scanning the buffered bytes found.
enum Scan {
    /// A whole record ends before this offset.
    Record(usize),
    /// The record goes on past the buffered bytes.
    More,
}

/// Byte classes for the unquoted scan: 1 = ends a field or a record.
fn stops(delimiter: u8) -> [bool; 256] {
    let mut t = [false; 256];
    t[usize::from(delimiter)] = true;
    t[usize::from(b'\n')] = true;
    t[usize::from(b'\r')] = true;
    t
}

/// Finds the bytes that end an unquoted field (the delimiter, `\n`, `\r`) 64 bytes at a
/// time: a bit mask per block, built eight bytes at a time without branches, is kept while
/// the fields of a record are split, so a field costs a few instructions instead of a loop
/// over its bytes with a hard-to-predict exit.
#[derive(Debug, Clone, Copy)]
struct Stops {
    delimiter: u64,
    base: usize,
    mask: u64,
}

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const ONES: u64 = 0x0101_0101_0101_0101;

impl Stops {
    fn new(delimiter: u8) -> Self {
        Self {
            delimiter: u64::from(delimiter) * ONES,
            base: usize::MAX,
            mask: 0,
        }
    }

    /// The buffer changed: the mask no longer applies.
    fn forget(&mut self) {
        self.base = usize::MAX;
    }

    /// The first stop byte at or after `i`, or `buf.len()`. Blocks start at multiples of 64
    /// in the buffer, so each is worked out once however the fields fall.
    #[inline(always)]
    fn next(&mut self, buf: &[u8], mut i: usize) -> usize {
        loop {
            if i >= self.base && i - self.base < 64 {
                let m = self.mask & (u64::MAX << (i - self.base));
                if m != 0 {
                    return self.base + m.trailing_zeros() as usize;
                }
                i = self.base + 64;
            }
            if i >= buf.len() {
                return buf.len();
            }
            self.base = i & !63;
            self.mask = match buf.get(self.base..self.base + 64) {
                Some(block) => self.block(block),
                None => self.tail(&buf[self.base..]),
            };
        }
    }

    /// Bit k set where `block[k]` is a stop byte (`block` has 64 bytes).
    #[inline(never)]
    fn block(&self, block: &[u8]) -> u64 {
        let mut mask = 0;
        for (k, word) in block.chunks_exact(8).enumerate() {
            if let Ok(bytes) = <[u8; 8]>::try_from(word) {
                mask |= self.word(u64::from_le_bytes(bytes)) << (k * 8);
            }
        }
        mask
    }

    /// The same for the last bytes of the buffer (fewer than 64).
    #[cold]
    fn tail(&self, bytes: &[u8]) -> u64 {
        let delimiter = self.delimiter.to_le_bytes()[0];
        bytes
            .iter()
            .take(64)
            .enumerate()
            .filter(|&(_, &b)| b == delimiter || b == b'\n' || b == b'\r')
            .fold(0, |mask, (k, _)| mask | 1 << k)
    }

    /// Bit k set where byte k of `x` is a stop byte.
    #[inline]
    fn word(&self, x: u64) -> u64 {
        // a byte of y is zero exactly where its bit 7 comes out set
        let zero = |y: u64| !(((y & LOW7).wrapping_add(LOW7)) | y | LOW7);
        let hits = zero(x ^ self.delimiter)
            | zero(x ^ (u64::from(b'\n') * ONES))
            | zero(x ^ (u64::from(b'\r') * ONES));
        // gather bit 7 of each byte into the low 8 bits
        ((hits >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
    }
}

impl<R: Read> Records<R> {
    /// Records of `inner`, fields separated by `delimiter`.
    pub fn new(inner: R, delimiter: u8) -> Self {
        Self {
            inner,
            delimiter,
            buf: vec![0; CHUNK],
            pos: 0,
            end: 0,
            eof: false,
            fields: Vec::with_capacity(16),
            scratch: Vec::new(),
            raw: 0..0,
            stop: stops(delimiter),
            stops: Stops::new(delimiter),
            skipped: 0,
        }
    }

    /// The next record, `None` at the end.
    pub fn next_row(&mut self) -> io::Result<Option<Row<'_>>> {
        loop {
            // skip blank lines
            while self.pos < self.end && matches!(self.buf[self.pos], b'\n' | b'\r') {
                self.pos += 1;
            }
            if self.pos == self.end {
                if self.eof {
                    return Ok(None);
                }
                self.refill()?;
                continue;
            }
            match self.scan() {
                Scan::Record(next) => {
                    self.raw = self.pos..next;
                    self.pos = next;
                    return Ok(Some(Row {
                        buf: &self.buf,
                        scratch: &self.scratch,
                        fields: &self.fields,
                        raw: &self.buf[self.raw.clone()],
                    }));
                }
                Scan::More if self.end - self.pos >= MAX_RECORD => self.skip_record()?,
                Scan::More => self.refill()?,
            }
        }
    }

    /// Move the unread bytes to the front and read more (growing the buffer when one record
    /// fills it).
    fn refill(&mut self) -> io::Result<()> {
        self.stops.forget();
        self.buf.copy_within(self.pos..self.end, 0);
        self.end -= self.pos;
        self.pos = 0;
        if self.buf.len() - self.end < CHUNK / 2 {
            let grown = (self.buf.len() * 2).min(MAX_RECORD + CHUNK);
            self.buf.resize(grown.max(self.end + CHUNK / 2), 0);
        }
        loop {
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(());
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Drop a record too long to keep: read on until a line end outside quotes.
    fn skip_record(&mut self) -> io::Result<()> {
        self.skipped += 1;
        let mut quoted = false;
        loop {
            while self.pos < self.end {
                let b = self.buf[self.pos];
                self.pos += 1;
                if b == b'"' {
                    quoted = !quoted;
                } else if !quoted && matches!(b, b'\n' | b'\r') {
                    return Ok(());
                }
            }
            if self.eof {
                return Ok(());
            }
            self.refill()?;
        }
    }

    /// Split the record starting at `self.pos` into fields, if it ends in the buffer.
    fn scan(&mut self) -> Scan {
        let Self {
            buf,
            fields,
            scratch,
            stop,
            stops,
            ..
        } = self;
        fields.clear();
        scratch.clear();
        let (buf, end, eof, delimiter) = (&buf[..self.end], self.end, self.eof, self.delimiter);
        let mut push = |start: usize, end: usize, copied: bool| {
            // records are at most MAX_RECORD + CHUNK long, well inside u32
            let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
            fields.push(Field {
                start: n(start),
                end: n(end),
                copied,
            });
        };
        let mut i = self.pos;
        loop {
            // one field starts at i
            if buf.get(i) == Some(&b'"') {
                let mut seg = i + 1;
                let mut j = seg;
                let mut copy_from: Option<usize> = None;
                let field_end;
                loop {
                    let Some(k) = memchr::memchr(b'"', &buf[j..]) else {
                        if !eof {
                            return Scan::More;
                        }
                        // an unclosed quote runs to the end of the file
                        field_end = end;
                        i = end;
                        break;
                    };
                    let q = j + k;
                    if q + 1 == end && !eof {
                        return Scan::More; // a doubled quote or the closing one?
                    }
                    if buf.get(q + 1) == Some(&b'"') {
                        copy_from.get_or_insert(scratch.len());
                        scratch.extend_from_slice(&buf[seg..=q]);
                        seg = q + 2;
                        j = q + 2;
                        continue;
                    }
                    // the closing quote
                    field_end = q;
                    i = q + 1;
                    break;
                }
                let at_stop = i >= end || stop[usize::from(buf[i])];
                if at_stop && copy_from.is_none() {
                    push(seg, field_end, false);
                } else {
                    let from = *copy_from.get_or_insert(scratch.len());
                    scratch.extend_from_slice(&buf[seg..field_end]);
                    if !at_stop {
                        // text after the closing quote belongs to the field, quotes literal
                        let rest = i;
                        i = stops.next(buf, i);
                        if i == end && !eof {
                            return Scan::More;
                        }
                        scratch.extend_from_slice(&buf[rest..i]);
                    }
                    let to = scratch.len();
                    push(from, to, true);
                }
            } else {
                let start = i;
                i = stops.next(buf, i);
                if i == end && !eof {
                    return Scan::More;
                }
                push(start, i, false);
            }
            // after a field: a delimiter starts the next one, anything else ends the record
            match buf.get(i) {
                Some(&b) if b == delimiter => i += 1,
                Some(b'\r') if buf.get(i + 1) == Some(&b'\n') => return Scan::Record(i + 2),
                Some(b'\r') if i + 1 == end && !eof => return Scan::More,
                Some(_) => return Scan::Record(i + 1),
                None => return Scan::Record(i),
            }
            if i == end && !eof {
                return Scan::More;
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The records as the `csv` crate reads them (the reference).
    fn reference(input: &[u8], delimiter: u8) -> Vec<Vec<Vec<u8>>> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(input);
        let mut out = Vec::new();
        let mut rec = csv::ByteRecord::new();
        while r.read_byte_record(&mut rec).unwrap() {
            out.push(rec.iter().map(<[u8]>::to_vec).collect());
        }
        out
    }

    /// A reader that hands out `step` bytes at a time (records cut at every place).
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    /// A row's fields, copied.
    fn owned(row: &Row<'_>) -> Vec<Vec<u8>> {
        row.iter().map(<[u8]>::to_vec).collect()
    }

    fn ours(input: &[u8], delimiter: u8, step: usize) -> Vec<Vec<Vec<u8>>> {
        let mut r = Records::new(Trickle { data: input, step }, delimiter);
        let mut out = Vec::new();
        while let Some(row) = r.next_row().unwrap() {
            out.push(owned(&row));
        }
        out
    }

    #[test]
    fn quirks_read_like_the_csv_crate() {
        for input in [
            &b"a,b,c\n1,2,3\n"[..],
            b"a,\"b,c\",d\r\n\"x\"\"y\",,\"\"\r\n",
            b"\n\n\r\na,b\r\rc\n",
            b"\"abc\"def,\"gh\"\"\"i\n",
            b"plain \"quote\" inside,x",
            b"\"unclosed,field\nstill",
            b"\"line 1\nline 2\",next\n",
            b"trailing,comma,\n,,\n",
            b"\"ends with quote\"",
            b"a\tb\t\"c\td\"\n",
        ] {
            for step in [1, 2, 3, 7, 4096] {
                let delim = if input.contains(&b'\t') { b'\t' } else { b',' };
                assert_eq!(
                    ours(input, delim, step),
                    reference(input, delim),
                    "{:?} step {step}",
                    String::from_utf8_lossy(input)
                );
            }
        }
    }

    #[test]
    fn a_huge_record_is_skipped_not_kept() {
        let mut input = b"head,er\n\"".to_vec();
        input.extend(std::iter::repeat_n(b'x', MAX_RECORD + 10));
        input.extend_from_slice(b"\n, still inside\"\nlast,row\n");
        let mut r = Records::new(&input[..], b',');
        let mut next = || owned(&r.next_row().unwrap().unwrap());
        assert_eq!(next(), vec![b"head".to_vec(), b"er".to_vec()]);
        assert_eq!(next(), vec![b"last".to_vec(), b"row".to_vec()]);
        assert_eq!(r.skipped, 1);
        assert!(r.next_row().unwrap().is_none());
        assert!(r.buf.len() <= MAX_RECORD + CHUNK);
    }

    #[test]
    fn raw_is_the_record_as_written() {
        let mut r = Records::new(&b"a,\"b\"\"c\"\r\nd\n"[..], b',');
        assert_eq!(r.next_row().unwrap().unwrap().raw(), b"a,\"b\"\"c\"\r\n");
        let row = r.next_row().unwrap().unwrap();
        assert_eq!(row.raw(), b"d\n");
        assert_eq!(row.get(0), Some(&b"d"[..]));
        assert_eq!(row.get(1), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn any_input_reads_like_the_csv_crate(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just(b",".to_vec()), Just(b"\"".to_vec()), Just(b"\"\"".to_vec()),
                    Just(b"\n".to_vec()), Just(b"\r\n".to_vec()), Just(b"\r".to_vec()),
                    Just(b"\t".to_vec()), Just(b" ".to_vec()),
                    "[a-zæ]{1,6}".prop_map(String::into_bytes),
                    "[a-z ]{50,150}".prop_map(String::into_bytes),
                    proptest::collection::vec(any::<u8>(), 1..4),
                ],
                0..40,
            ),
            step in 1usize..9,
            tab in any::<bool>(),
        ) {
            let input = parts.concat();
            let delim = if tab { b'\t' } else { b',' };
            prop_assert_eq!(ours(&input, delim, step), reference(&input, delim));
        }
    }
}
