//! A fast reader for the messaging log of a schema 2 file: one message per line, as
//! [`super::format::client_to_ron`] writes it.
//!
//! ron's parser reads about 50 MB/s; a recruiter's 50,000 messages are 6 MB of the file and
//! took most of the 110-135 ms before their dashboard could show (issue #19). These lines have
//! one simple shape, `(id: 3, date: "2026-01-05", person: "Sam", replied: true),`, so they are
//! read here by hand and the rest of the file by ron.
//!
//! The reader only ever says "these are the messages" or "not sure": any line it does not
//! recognise exactly (a field it does not know, a comment, another spacing, Windows line
//! endings, a date outside years 0000-9999, an escape ron would not write) makes it give up,
//! and the whole file is read by ron as before. What it accepts, it reads to the same values
//! as ron (a unit test compares the two on arbitrary messages), so a hand-edited file behaves
//! exactly as it did.

use crate::model::{Channel, Date, MessageEntry, MessageSource, SmolStr};

/// Where the messages block starts: the field on its own line at the client's indentation,
/// its entries on the lines that follow.
const OPEN: &str = "\n    messages: [\n";
/// Where it ends.
const CLOSE: &str = "\n    ],";

/// The text with the messaging log's entries cut out (`messages: []`), and the messages read
/// from them; `None` when the file does not have exactly the layout schema 2 writes.
pub(crate) fn split_messages(text: &str) -> Option<(String, Vec<MessageEntry>)> {
    let start = text.find(OPEN)?;
    if text[start + OPEN.len()..].contains(OPEN) {
        return None;
    }
    let body_start = start + OPEN.len();
    // the block's last line is `    ],`; the entries end with the line break before it
    let close = body_start - 1 + text[body_start - 1..].find(CLOSE)?;
    let body = &text[body_start..=close];
    // one entry a line: room for exactly that many (a guess from the size left up to half of
    // a 50,000-message log's room unused, for as long as the client is open)
    let mut messages = Vec::with_capacity(memchr::memchr_iter(b'\n', body.as_bytes()).count());
    for line in body.lines() {
        let entry = line.strip_prefix("      ")?.strip_suffix(',')?;
        messages.push(read_line(entry)?);
    }
    let mut rest = String::with_capacity(text.len() - body.len());
    rest.push_str(&text[..body_start - 1]);
    rest.push_str(&text[close..]);
    Some((rest, messages))
}

/// One message: `(field: value, field: value)`.
fn read_line(line: &str) -> Option<MessageEntry> {
    let mut r = Reader {
        s: line.as_bytes(),
        at: 0,
    };
    r.eat(b"(")?;
    let mut seen = 0u16;
    let mut m = MessageEntry::new(0, Date::MIN, String::new());
    loop {
        let name = r.field_name()?;
        let bit = match name {
            b"id" => {
                m.id = r.number()?;
                0
            }
            b"date" => {
                m.date = r.date()?;
                1
            }
            b"person" => {
                m.person = SmolStr::from(r.string()?.as_ref());
                2
            }
            b"company" => {
                m.company = SmolStr::from(r.string()?.as_ref());
                3
            }
            b"title" => {
                m.title = SmolStr::from(r.string()?.as_ref());
                4
            }
            b"decision_maker" => {
                m.decision_maker = r.boolean()?;
                5
            }
            b"channel" => {
                m.channel = match r.word()? {
                    b"Message" => Channel::Message,
                    b"InMail" => Channel::InMail,
                    b"InvitationNote" => Channel::InvitationNote,
                    _ => return None,
                };
                6
            }
            b"replied" => {
                m.replied = r.boolean()?;
                7
            }
            b"follow_up" => {
                m.follow_up = r.option(Reader::date)?;
                8
            }
            b"note" => {
                m.note = r.string()?.into_owned();
                9
            }
            b"source" => {
                m.source = match r.word()? {
                    b"Manual" => MessageSource::Manual,
                    b"Import" => MessageSource::Import,
                    _ => return None,
                };
                10
            }
            b"external_key" => {
                m.external_key = r.option(Reader::string)?.map(std::borrow::Cow::into_owned);
                11
            }
            _ => return None,
        };
        // a field twice is an error for ron: leave it to ron to say so
        if seen & (1 << bit) != 0 {
            return None;
        }
        seen |= 1 << bit;
        if r.eat(b", ").is_none() {
            break;
        }
    }
    r.eat(b")")?;
    // id, date and person are always written; without them ron reports the missing field
    (r.at == r.s.len() && seen & 0b111 == 0b111).then_some(m)
}

/// A cursor over one line's bytes.
struct Reader<'a> {
    s: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn eat(&mut self, what: &[u8]) -> Option<()> {
        if self.s[self.at..].starts_with(what) {
            self.at += what.len();
            Some(())
        } else {
            None
        }
    }

    /// An identifier of ASCII letters and `_`.
    fn word(&mut self) -> Option<&[u8]> {
        let start = self.at;
        while self
            .s
            .get(self.at)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            self.at += 1;
        }
        (self.at > start).then(|| &self.s[start..self.at])
    }

    fn field_name(&mut self) -> Option<&[u8]> {
        let start = self.at;
        self.word()?;
        let end = self.at;
        self.eat(b": ")?;
        Some(&self.s[start..end])
    }

    fn number(&mut self) -> Option<u64> {
        let start = self.at;
        let mut n: u64 = 0;
        while let Some(d) = self.s.get(self.at).filter(|b| b.is_ascii_digit()) {
            n = n.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
            self.at += 1;
        }
        // ron writes no leading zeros; `007` is left to ron
        let digits = self.at - start;
        (digits > 0 && (digits == 1 || self.s[start] != b'0')).then_some(n)
    }

    fn boolean(&mut self) -> Option<bool> {
        match self.word()? {
            b"true" => Some(true),
            b"false" => Some(false),
            _ => None,
        }
    }

    fn option<T>(&mut self, value: fn(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.word()? {
            b"None" => Some(None),
            b"Some" => {
                self.eat(b"(")?;
                let v = value(self)?;
                self.eat(b")")?;
                Some(Some(v))
            }
            _ => None,
        }
    }

    /// `"YYYY-MM-DD"`, the only form chrono writes for years 0-9999.
    fn date(&mut self) -> Option<Date> {
        let d = self.s.get(self.at..self.at + 12)?;
        let ok = d[0] == b'"'
            && d[5] == b'-'
            && d[8] == b'-'
            && d[11] == b'"'
            && [1, 2, 3, 4, 6, 7, 9, 10]
                .iter()
                .all(|&i| d[i].is_ascii_digit());
        if !ok {
            return None;
        }
        let num =
            |r: std::ops::Range<usize>| d[r].iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
        let year = i32::try_from(num(1..5)).ok()?;
        let date = Date::from_ymd_opt(year, num(6..8), num(9..11))?;
        self.at += 12;
        Some(date)
    }

    /// A string as ron writes it (`char::escape_debug`): `\\ \" \' \n \r \t \0 \u{..}`.
    /// A quoted string: borrowed from the line when nothing in it is escaped (the common
    /// case; a name becomes a `SmolStr` without a `String` in between).
    fn string(&mut self) -> Option<std::borrow::Cow<'a, str>> {
        self.eat(b"\"")?;
        let start = self.at;
        // the common case: nothing escaped
        while let Some(&b) = self.s.get(self.at) {
            match b {
                b'"' => {
                    let text = std::str::from_utf8(&self.s[start..self.at]).ok()?;
                    self.at += 1;
                    return Some(text.into());
                }
                b'\\' => break,
                // ron reads a raw control character, but never writes one: not ours
                0..=0x1f | 0x7f => return None,
                _ => self.at += 1,
            }
        }
        let mut out = std::str::from_utf8(&self.s[start..self.at])
            .ok()?
            .to_owned();
        loop {
            let run = self.at;
            while let Some(&b) = self.s.get(self.at) {
                if matches!(b, b'"' | b'\\' | 0..=0x1f | 0x7f) {
                    break;
                }
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(&self.s[run..self.at]).ok()?);
            match *self.s.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    return Some(out.into());
                }
                b'\\' => {
                    self.at += 1;
                    let c = match *self.s.get(self.at)? {
                        b'\\' => '\\',
                        b'"' => '"',
                        b'\'' => '\'',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'0' => '\0',
                        b'u' => {
                            self.at += 1;
                            self.eat(b"{")?;
                            let digits = self.s[self.at..]
                                .iter()
                                .take_while(|b| b.is_ascii_hexdigit())
                                .count();
                            if !(1..=6).contains(&digits) {
                                return None;
                            }
                            let hex =
                                std::str::from_utf8(&self.s[self.at..self.at + digits]).ok()?;
                            let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                            self.at += digits;
                            if self.s.get(self.at) != Some(&b'}') {
                                return None;
                            }
                            c
                        }
                        _ => return None,
                    };
                    self.at += 1;
                    out.push(c);
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_ron(line: &str) -> Option<MessageEntry> {
        ron::from_str(line).ok()
    }

    #[test]
    fn reads_the_lines_schema_2_writes() {
        let line = r#"(id: 3, date: "2026-01-05", person: "Sam \"Sammy\" Ortega", company: "Nordlys A/S", title: "Chief Operating Officer", decision_maker: true, channel: InMail, replied: true, note: "Likes short mails.\nTwo lines, a tab\there \u{301} and \\.")"#;
        let m = read_line(line).unwrap();
        assert_eq!(m.person, "Sam \"Sammy\" Ortega");
        assert_eq!(
            m.note,
            "Likes short mails.\nTwo lines, a tab\there \u{301} and \\."
        );
        assert_eq!(m.channel, Channel::InMail);
        assert!(m.decision_maker && m.replied);
        assert_eq!(Some(m), by_ron(line));
        let line = r#"(id: 4, date: "2026-01-06", person: "Søren Ægidius Østergård", follow_up: Some("2026-01-13"), source: Import, external_key: Some("msg-7f3a"))"#;
        let m = read_line(line).unwrap();
        assert_eq!(m.follow_up, Date::from_ymd_opt(2026, 1, 13));
        assert_eq!(m.external_key.as_deref(), Some("msg-7f3a"));
        assert_eq!(Some(m), by_ron(line));
    }

    #[test]
    fn gives_up_on_what_it_does_not_know_and_leaves_it_to_ron() {
        for line in [
            // a field written twice, a field missing, an unknown field, a comment
            r#"(id: 3, date: "2026-01-05", person: "A", person: "B")"#,
            r#"(id: 3, person: "A")"#,
            r#"(id: 3, date: "2026-01-05", person: "A", mood: "good")"#,
            r#"(id: 3, date: "2026-01-05", person: "A") // called"#,
            // other spacing, a trailing comma, a date ron reads differently or not at all
            r#"(id:3, date: "2026-01-05", person: "A")"#,
            r#"(id: 3, date: "2026-01-05", person: "A",)"#,
            r#"(id: 3, date: "2026-02-30", person: "A")"#,
            r#"(id: 3, date: "+12026-01-05", person: "A")"#,
            // a number ron would not write, an escape ron never writes, a raw tab
            r#"(id: 007, date: "2026-01-05", person: "A")"#,
            r#"(id: 18446744073709551616, date: "2026-01-05", person: "A")"#,
            r#"(id: 3, date: "2026-01-05", person: "\x41")"#,
            "(id: 3, date: \"2026-01-05\", person: \"A\tB\")",
            r#"(id: 3, date: "2026-01-05", person: "A", channel: Pigeon)"#,
        ] {
            assert_eq!(read_line(line), None, "{line}");
        }
    }

    #[test]
    fn cuts_the_block_out_of_the_file_and_nothing_else() {
        let text = "(\n  client: (\n    id: \"a\",\n    messages: [\n      (id: 1, date: \"2026-01-05\", person: \"A\"),\n      (id: 2, date: \"2026-01-06\", person: \"B\"),\n    ],\n    readings: [],\n  ),\n)\n";
        let (rest, messages) = split_messages(text).unwrap();
        assert_eq!(
            rest,
            "(\n  client: (\n    id: \"a\",\n    messages: [\n    ],\n    readings: [],\n  ),\n)\n"
        );
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[1].person, "B");
        // room for exactly the entries read: a long log is kept in memory as it was read
        assert_eq!(messages.capacity(), 2);
        // Windows line endings, or one line ron must read: the whole file goes to ron
        assert!(split_messages(&text.replace('\n', "\r\n")).is_none());
        assert!(split_messages(&text.replace("(id: 2,", "(id: 2,  ")).is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn reads_what_ron_writes_as_ron_reads_it(
            id in any::<u64>(),
            (y, mo, d) in (0i32..=9999, 1u32..=12, 1u32..=28),
            texts in prop::array::uniform4(any::<String>()),
            flags in any::<[bool; 2]>(),
            channel in prop::sample::select(Channel::ALL.to_vec()),
            follow_up in prop::option::of(1i32..=9999),
            key in prop::option::of(any::<String>()),
        ) {
            let date = Date::from_ymd_opt(y, mo, d).unwrap();
            let [person, company, title, note] = texts;
            let m = MessageEntry {
                id,
                date,
                person: person.into(),
                company: company.into(),
                title: title.into(),
                decision_maker: flags[0],
                channel,
                replied: flags[1],
                follow_up: follow_up.and_then(|y| Date::from_ymd_opt(y, mo, d)),
                note,
                source: if flags[0] { MessageSource::Import } else { MessageSource::Manual },
                external_key: key,
            };
            let c = {
                let mut c = crate::model::Client::new(
                    crate::model::ClientId("a".into()),
                    "A",
                    date,
                );
                c.messages = vec![m.clone()];
                c
            };
            let text = super::super::client_to_ron(&c).unwrap();
            // the fast reader takes every line schema 2 writes, and reads it as ron does
            let (_, read) = split_messages(&text).expect("the fast reader takes the file");
            prop_assert_eq!(&read, &vec![m.clone()]);
            let line = text.lines().find(|l| l.starts_with("      (id:")).unwrap().trim();
            prop_assert_eq!(by_ron(line.trim_end_matches(',')), Some(m));
        }
    }
}
