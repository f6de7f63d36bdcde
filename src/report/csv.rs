//! CSV exports of the messaging and activity logs, for spreadsheets.
//!
//! - UTF-8 with a byte-order mark, so Excel shows æøå correctly.
//! - The header row is in the chosen language.
//! - The separator follows the region, not the language: `;` where the decimal separator is
//!   a comma (the list separator Excel uses there: the Netherlands, Denmark, also under an
//!   English UI), `,` elsewhere (the United States, the United Kingdom), see [`separator`].
//! - A cell that contains either separator (`,` or `;`), a tab, a quote, a newline or a
//!   carriage return is quoted, quotes doubled (RFC 4180): so a file opened with the other
//!   separator than the one it was written with (or with tabs) still splits no cell.
//! - Formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return,
//!   also after leading spaces or quotes, gets a leading `'`, so a spreadsheet shows it as
//!   text instead of running it.
//! - Dates are ISO (`2025-03-09`), which every spreadsheet reads as a date.

use crate::i18n::{Language, Locale, Region, tr};
use crate::model::{ActivityKind, Channel, Client, MessageSource};

/// The UTF-8 byte-order mark every export starts with.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The field separator for `region`: `;` where numbers have a decimal comma, `,` elsewhere.
pub fn separator(region: Region) -> char {
    region.csv_separator()
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Where a spreadsheet may start a new cell when it reads the file with another separator
/// than the one it was written with (or breaks a line).
const ANY_SEPARATOR: [char; 5] = [',', ';', '\t', '\n', '\r'];

/// Whether `text` reads as a formula: it starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, also after leading spaces and quotes (which some spreadsheets skip).
fn reads_as_formula(text: &str) -> bool {
    text.starts_with(FORMULA_START)
        || text
            .trim_start_matches(['"', '\'', ' '])
            .starts_with(FORMULA_START)
}

/// Neutralise a cell a spreadsheet would read as a formula, whatever separator it splits the
/// line at: a `'` goes before the cell, and after any `,`, `;`, tab or line break inside it,
/// when what follows starts (after spaces and quotes) with `=`, `+`, `-` or `@`. So the
/// spreadsheet shows text instead of running it.
pub fn neutralise(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len() + 1);
    if reads_as_formula(cell) {
        out.push('\'');
    }
    let mut rest = cell;
    while let Some(i) = rest.find(ANY_SEPARATOR) {
        let sep_len = rest[i..].chars().next().map_or(1, char::len_utf8);
        let (head, tail) = rest.split_at(i + sep_len);
        out.push_str(head);
        let inner = tail.trim_start_matches(['"', '\'', ' ']);
        if inner.starts_with(['=', '+', '-', '@']) {
            out.push('\'');
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// One cell as written: neutralised, then quoted when it holds either separator (`,` or
/// `;`, whichever `sep` is), a tab, a quote or a line break, so it stays one cell whatever
/// separator the spreadsheet splits at.
pub fn cell(value: &str, sep: char) -> String {
    let v = neutralise(value);
    if v.contains([sep, ',', ';', '\t', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// Rows to CSV bytes: BOM, cells joined by the separator, lines ended by CRLF (RFC 4180).
fn write(rows: &[Vec<String>], region: Region) -> Vec<u8> {
    let sep = separator(region);
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row.iter().map(|c| cell(c, sep)).collect();
        out.push_str(&line.join(&sep.to_string()));
        out.push_str("\r\n");
    }
    let mut bytes = BOM.to_vec();
    bytes.extend_from_slice(out.as_bytes());
    bytes
}

fn yes_no(lang: Language, b: bool) -> String {
    crate::i18n::yes_no(lang, b).to_owned()
}

/// The messaging log as CSV, oldest first: date, person, company, job title, channel,
/// decision maker, replied, follow-up date, note, source. Words in the locale's language,
/// the separator of its region.
pub fn messages_csv(client: &Client, locale: impl Into<Locale>) -> Vec<u8> {
    let Locale { lang, region } = locale.into();
    let header: Vec<String> = [
        "report.csv.date",
        "report.csv.person",
        "report.csv.company",
        "report.csv.title",
        "report.csv.channel",
        "report.csv.decision_maker",
        "report.csv.replied",
        "report.csv.follow_up",
        "report.csv.note",
        "report.csv.source",
    ]
    .iter()
    .map(|k| tr(lang, k).to_owned())
    .collect();
    let mut messages: Vec<_> = client.messages.iter().collect();
    messages.sort_by_key(|m| (m.date, m.id));
    let mut rows = vec![header];
    for m in messages {
        let channel = match m.channel {
            Channel::Message => "channel.message",
            Channel::InMail => "channel.inmail",
            Channel::InvitationNote => "channel.invitation_note",
        };
        let source = match m.source {
            MessageSource::Manual => "report.csv.source.manual",
            MessageSource::Import => "report.csv.source.import",
        };
        rows.push(vec![
            m.date.to_string(),
            m.person.to_string(),
            m.company.to_string(),
            m.title.to_string(),
            tr(lang, channel).to_owned(),
            yes_no(lang, m.decision_maker),
            yes_no(lang, m.replied),
            m.follow_up.map(|d| d.to_string()).unwrap_or_default(),
            m.note.clone(),
            tr(lang, source).to_owned(),
        ]);
    }
    write(&rows, region)
}

/// The activity log as CSV: one row per day with any activity, oldest first; the date, then
/// one column per activity kind (in [`ActivityKind::ALL`] order) with that day's count.
pub fn activity_csv(client: &Client, locale: impl Into<Locale>) -> Vec<u8> {
    let Locale { lang, region } = locale.into();
    let mut header = vec![tr(lang, "report.csv.date").to_owned()];
    header.extend(
        ActivityKind::ALL
            .iter()
            .map(|k| tr(lang, &format!("activity.{}", k.key())).to_owned()),
    );
    let mut rows = vec![header];
    for (day, counts) in &client.activity.0 {
        if counts.is_empty() {
            continue;
        }
        let mut row = vec![day.to_string()];
        row.extend(
            ActivityKind::ALL
                .iter()
                .map(|k| counts.count(*k).to_string()),
        );
        rows.push(row);
    }
    write(&rows, region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        for bad in ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("Søren"), "Søren");
        assert_eq!(neutralise(""), "");
        assert_eq!(neutralise("a=b"), "a=b");
        // a part a spreadsheet splits off at another separator, or after spaces and quotes
        assert_eq!(neutralise("a;=cmd|x"), "a;'=cmd|x");
        assert_eq!(neutralise("a, \"@x"), "a,' \"@x");
        assert_eq!(neutralise(" =1+1"), "' =1+1");
        assert_eq!(neutralise("x\n-1"), "x\n'-1");
        assert_eq!(neutralise("a; b, c"), "a; b, c");
    }

    #[test]
    fn cells_are_quoted_when_needed() {
        assert_eq!(cell("a,b", ','), "\"a,b\"");
        // either separator: a file opened with the other one still splits no cell
        assert_eq!(cell("a,b", ';'), "\"a,b\"");
        assert_eq!(cell("a;b", ','), "\"a;b\"");
        assert_eq!(cell("a\tb", ','), "\"a\tb\"");
        assert_eq!(cell("a;b", ';'), "\"a;b\"");
        assert_eq!(cell("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines", ','), "\"two\nlines\"");
        assert_eq!(cell("=HYPERLINK(\"x\")", ','), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("\rcr", ','), "\"'\rcr\"");
    }

    #[test]
    fn no_cell_reads_as_a_formula_whatever_separator_the_file_is_opened_with() {
        use crate::model::{ClientId, MessageEntry};
        let d = chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap_or_default();
        let mut c = Client::new(ClientId("c".into()), "C", d);
        let hostile = [
            "a;=cmd|' /C calc'!A0",
            "a,=cmd|' /C calc'!A0",
            "a\t=cmd|' /C calc'!A0",
            "  =1+1",
            "\"=1+1\"",
            " \"@SUM(A1)",
            "x; +1; -1, @x",
        ];
        for (i, h) in hostile.iter().enumerate() {
            let mut m = MessageEntry::new(i as u64, d, *h);
            m.company = (*h).into();
            m.title = (*h).into();
            m.note = (*h).to_owned();
            c.add_message(m);
        }
        for lang in Language::ALL {
            let bytes = messages_csv(&c, lang);
            let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
            for sep in [b',', b';', b'\t'] {
                let mut reader = ::csv::ReaderBuilder::new()
                    .delimiter(sep)
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(body);
                let mut cells = 0;
                for row in reader.records() {
                    let Ok(row) = row else {
                        panic!("{lang:?} read with {:?}: not CSV", char::from(sep));
                    };
                    for cell in row.iter() {
                        cells += 1;
                        let rest = cell.trim_start_matches(|c: char| c == '"' || c.is_whitespace());
                        assert!(
                            !rest.starts_with(FORMULA_START),
                            "{lang:?} read with {:?}: {cell:?}",
                            char::from(sep)
                        );
                    }
                }
                assert!(cells > hostile.len(), "{lang:?}: nothing read");
            }
        }
    }
}
