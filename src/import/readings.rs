//! SSI readings from spreadsheets: the wide layout coaches keep (one row per reading, columns
//! named in en/nl/da in any order, `;` `,` or tab separated, decimal commas or points, the
//! common date forms) and the long `field;value` layout that scrapers of LinkedIn's SSI page
//! write (one file per day, one row per figure, in the page's fixed order). Every reading is
//! checked with [`Reading::check`]; merging skips a day already there. Also the CSV export.

use crate::model::{Client, Date, Pillar, PillarScores, Reading, ReadingField, ReadingProblem};

use super::records::Records;
use super::text::{delimiter, utf8_reader};

/// A row that did not give a reading, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum RowProblem {
    /// The date is missing or in a form this version does not know.
    Date {
        /// The line in the file (1 = the first).
        line: u32,
    },
    /// A value that must be there is missing or not a number.
    Number {
        /// The line in the file.
        line: u32,
    },
    /// The reading does not pass the same check as the form.
    Invalid {
        /// The line in the file.
        line: u32,
        /// What is wrong.
        problem: ReadingProblem,
    },
}

/// Why a whole file gave no readings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadingsError {
    /// Neither a header with a date, a total and the four pillars, nor the long layout.
    Layout,
    /// The file could not be read.
    Io(String),
}

/// What one file holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadingsFile {
    /// The readings that passed the check, in file order.
    pub readings: Vec<Reading>,
    /// The rows that did not.
    pub problems: Vec<RowProblem>,
}

/// What a column of the wide layout holds: the date, or one value of a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Date,
    Field(ReadingField),
}

fn lower_alnum(s: &str) -> String {
    s.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn has(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

const INDUSTRY: &[&str] = &["industr", "branche", "sector", "setor", "indústria"];
const NETWORK: &[&str] = &["network", "netwerk", "netværk", "netvaerk", "rede"];

/// A header name in English, Dutch or Danish (a few forms each).
fn column(name: &str) -> Option<Col> {
    let n = lower_alnum(name);
    if n.is_empty() {
        return None;
    }
    if matches!(
        n.as_str(),
        "date" | "dato" | "datum" | "day" | "dag" | "data"
    ) {
        return Some(Col::Date);
    }
    let industry = has(&n, INDUSTRY);
    let network = has(&n, NETWORK);
    if has(
        &n,
        &["rank", "rang", "top", "placering", "positie", "classifica"],
    ) {
        return match (industry, network) {
            (true, _) => Some(Col::Field(ReadingField::IndustryRank)),
            (_, true) => Some(Col::Field(ReadingField::NetworkRank)),
            _ => None,
        };
    }
    if has(
        &n,
        &[
            "average",
            "avg",
            "gemiddeld",
            "gennemsnit",
            "snit",
            "médio",
            "medio",
        ],
    ) {
        return match (industry, network) {
            (true, _) => Some(Col::Field(ReadingField::IndustryAverage)),
            (_, true) => Some(Col::Field(ReadingField::NetworkAverage)),
            _ => None,
        };
    }
    if industry || network {
        return None;
    }
    if has(&n, &["brand", "merk", "marca"]) {
        return Some(Col::Field(ReadingField::Pillar(Pillar::Brand)));
    }
    if has(
        &n,
        &["find", "vind", "people", "mensen", "personer", "pessoas"],
    ) {
        return Some(Col::Field(ReadingField::Pillar(Pillar::Find)));
    }
    if has(&n, &["engag", "insight", "inzicht", "indsigt", "interag"]) {
        return Some(Col::Field(ReadingField::Pillar(Pillar::Engage)));
    }
    if has(&n, &["relation", "relatie", "relaç", "relac"]) {
        return Some(Col::Field(ReadingField::Pillar(Pillar::Relationships)));
    }
    if has(&n, &["total", "totaal", "samlet", "ssi", "score"]) {
        return Some(Col::Field(ReadingField::Total));
    }
    None
}

/// `52.603`, `52,603`, `1.234,5`, `Top 5%`, `5 %`: a number with a decimal point or comma.
pub fn number(s: &str) -> Option<f64> {
    let s = s.trim().trim_start_matches('\u{feff}');
    let lower = s.to_lowercase();
    let s = lower
        .trim_start_matches("top")
        .trim()
        .trim_end_matches('%')
        .trim();
    if s.is_empty() {
        return None;
    }
    let s = match (s.rfind('.'), s.rfind(',')) {
        (Some(p), Some(c)) if c > p => s.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => s.replace(',', ""),
        (None, Some(_)) => s.replace(',', "."),
        _ => s.to_owned(),
    };
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

const MONTHS: [&[&str]; 12] = [
    &["jan", "januari", "januar", "january"],
    &["feb", "februari", "februar", "february"],
    &["mar", "mrt", "maart", "marts", "march"],
    &["apr", "april"],
    &["may", "mei", "maj"],
    &["jun", "juni", "june"],
    &["jul", "juli", "july"],
    &["aug", "augustus", "august"],
    &["sep", "sept", "september"],
    &["oct", "okt", "oktober", "october"],
    &["nov", "november"],
    &["dec", "december"],
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The common date forms: `2026-11-20`, `2026/11/20`, `20-11-2026`, `20.11.2026`,
/// `11/20/2026` (month first when `month_first`, or when the day cannot be first),
/// `20 Nov 2026`, `20. november 2026`, `Nov 20, 2026`; a time after the date is ignored.
pub fn date(s: &str, month_first: bool) -> Option<Date> {
    let s = s.trim().trim_start_matches('\u{feff}');
    let head = s.split(['T', ' ']).next().unwrap_or(s);
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    if let [a, b, c] = parts.as_slice()
        && let (Ok(a), Ok(b), Ok(c)) = (a.parse::<u32>(), b.parse::<u32>(), c.parse::<i32>())
    {
        if a > 31 {
            // year first
            let y = i32::try_from(a).ok()?;
            return Date::from_ymd_opt(y, b, u32::try_from(c).ok()?);
        }
        let y = if c < 100 { 2000 + c } else { c };
        let (d, m) = if (month_first && a <= 12) || b > 12 {
            (b, a)
        } else {
            (a, b)
        };
        return Date::from_ymd_opt(y, m, d);
    }
    // words: `20 Nov 2026`, `20. november 2026`, `Nov 20, 2026`
    let words: Vec<&str> = s
        .split([' ', ','])
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let [a, b, c, ..] = words.as_slice() else {
        return None;
    };
    let y: i32 = c.parse().ok()?;
    match (a.parse::<u32>(), month(b), month(a), b.parse::<u32>()) {
        (Ok(d), Some(m), _, _) | (_, _, Some(m), Ok(d)) => Date::from_ymd_opt(y, m, d),
        _ => None,
    }
}

/// Read one file of readings (either layout). `today` for the check.
pub fn read_readings(bytes: &[u8], today: Date) -> Result<ReadingsFile, ReadingsError> {
    let rows = records(bytes)?;
    if let Some(file) = wide(&rows, today) {
        return Ok(file);
    }
    long(&rows, today).ok_or(ReadingsError::Layout)
}

/// The records of a file as text (any encoding the export reader knows, any separator).
fn records(bytes: &[u8]) -> Result<Vec<Vec<String>>, ReadingsError> {
    let (reader, peek) = utf8_reader(bytes).map_err(|e| ReadingsError::Io(e.to_string()))?;
    let mut rows = Records::new(reader, delimiter(&peek));
    let mut out = Vec::new();
    while let Some(r) = rows
        .next_row()
        .map_err(|e| ReadingsError::Io(e.to_string()))?
    {
        out.push(
            r.iter()
                .map(|f| String::from_utf8_lossy(f).trim().to_owned())
                .collect(),
        );
    }
    Ok(out)
}

/// Whether the file's dates read month first: a `/` date whose second part is above 12
/// somewhere and whose first part never is.
fn month_first(values: impl Iterator<Item = String> + Clone) -> bool {
    let parts = |s: &str| -> Option<(u32, u32)> {
        let mut p = s.split('/');
        Some((
            p.next()?.trim().parse().ok()?,
            p.next()?.trim().parse().ok()?,
        ))
    };
    let slashed: Vec<(u32, u32)> = values.filter_map(|v| parts(&v)).collect();
    !slashed.is_empty()
        && slashed.iter().all(|&(a, _)| a <= 12)
        && slashed.iter().any(|&(_, b)| b > 12)
}

/// The wide layout: a header naming a date, a total and the four pillars.
fn wide(rows: &[Vec<String>], today: Date) -> Option<ReadingsFile> {
    let (at, cols) = rows.iter().enumerate().find_map(|(i, r)| {
        let cols: Vec<Option<Col>> = r.iter().map(|h| column(h)).collect();
        let all = [
            Col::Date,
            Col::Field(ReadingField::Total),
            Col::Field(ReadingField::Pillar(Pillar::Brand)),
            Col::Field(ReadingField::Pillar(Pillar::Find)),
            Col::Field(ReadingField::Pillar(Pillar::Engage)),
            Col::Field(ReadingField::Pillar(Pillar::Relationships)),
        ];
        all.iter()
            .all(|c| cols.contains(&Some(*c)))
            .then_some((i, cols))
    })?;
    let pos = |c: Col| cols.iter().position(|x| *x == Some(c));
    let date_col = pos(Col::Date)?;
    let first = month_first(
        rows[at + 1..]
            .iter()
            .filter_map(|r| r.get(date_col).cloned()),
    );
    let mut file = ReadingsFile::default();
    for (i, r) in rows.iter().enumerate().skip(at + 1) {
        if r.iter().all(String::is_empty) {
            continue;
        }
        let line = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let get = |c: Col| pos(c).and_then(|p| r.get(p)).and_then(|v| number(v));
        let Some(day) = r.get(date_col).and_then(|d| date(d, first)) else {
            file.problems.push(RowProblem::Date { line });
            continue;
        };
        let pillar = |p| get(Col::Field(ReadingField::Pillar(p)));
        let (Some(total), Some(brand), Some(find), Some(engage), Some(relationships)) = (
            get(Col::Field(ReadingField::Total)),
            pillar(Pillar::Brand),
            pillar(Pillar::Find),
            pillar(Pillar::Engage),
            pillar(Pillar::Relationships),
        ) else {
            file.problems.push(RowProblem::Number { line });
            continue;
        };
        let reading = Reading {
            date: day,
            total,
            pillars: PillarScores {
                brand,
                find,
                engage,
                relationships,
            },
            industry_rank_pct: get(Col::Field(ReadingField::IndustryRank)),
            network_rank_pct: get(Col::Field(ReadingField::NetworkRank)),
            industry_average: get(Col::Field(ReadingField::IndustryAverage)),
            network_average: get(Col::Field(ReadingField::NetworkAverage)),
        };
        push_checked(&mut file, reading, line, today);
    }
    Some(file)
}

fn push_checked(file: &mut ReadingsFile, reading: Reading, line: u32, today: Date) {
    match reading.check(today) {
        Ok(()) => file.readings.push(reading),
        Err(problem) => file.problems.push(RowProblem::Invalid { line, problem }),
    }
}

/// One figure of the long layout.
struct Figure {
    section: String,
    name: String,
    value: f64,
    percent: bool,
}

/// The long layout of SSI page scrapers: one row per figure with a date, (a section,) a field
/// name and a value. Names are recognised where they are known (en/nl/da, and a few
/// Portuguese); otherwise the page's fixed order tells: total, the four pillars, then per
/// section (industry, network) the rank ("Top N%") and the average with its pillars.
fn long(rows: &[Vec<String>], today: Date) -> Option<ReadingsFile> {
    let width = rows.iter().map(Vec::len).max()?;
    if width < 2 || rows.len() < 6 {
        return None;
    }
    let header = rows.first()?;
    // the first word (in the order given) that a header contains
    let named = |words: &[&str]| {
        words.iter().find_map(|w| {
            header
                .iter()
                .position(|h| lower_alnum(h).contains(&lower_alnum(w)))
        })
    };
    let data = &rows[1..];
    // the date: a named column, else the first column whose values are dates
    let date_col = named(&["date", "datum", "dato", "data"]).or_else(|| {
        (0..width).find(|&c| {
            data.iter()
                .all(|r| r.get(c).is_some_and(|v| date(v, false).is_some()))
        })
    })?;
    // the value: a named numeric column, else the column with the most numbers
    let numbers_in = |c: usize| {
        data.iter()
            .filter(|r| r.get(c).and_then(|v| number(v)).is_some())
            .count()
    };
    let value_col = named(&[
        "numeric", "numerico", "value", "waarde", "værdi", "vaerdi", "valor",
    ])
    .filter(|&c| numbers_in(c) * 2 >= data.len())
    .or_else(|| {
        (0..width)
            .filter(|&c| c != date_col)
            .max_by_key(|&c| (numbers_in(c), std::cmp::Reverse(c)))
    })?;
    let texts: Vec<usize> = (0..width)
        .filter(|&c| c != date_col && c != value_col && numbers_in(c) == 0)
        .collect();
    let section_col = named(&["section", "sectie", "sektion", "secao", "seção"])
        .or_else(|| texts.first().copied().filter(|_| texts.len() > 1));
    let name_col = named(&["field", "veld", "felt", "campo", "name", "naam", "navn"])
        .or_else(|| texts.iter().copied().find(|&c| Some(c) != section_col))?;
    let day = data
        .iter()
        .find_map(|r| r.get(date_col).and_then(|d| date(d, false)))?;
    let figures: Vec<Figure> = data
        .iter()
        .filter_map(|r| {
            let cell = |c: Option<usize>| c.and_then(|c| r.get(c)).cloned().unwrap_or_default();
            let value = number(r.get(value_col)?)?;
            let percent = r
                .iter()
                .any(|f| f.contains('%') || lower_alnum(f).starts_with("top"));
            Some(Figure {
                section: cell(section_col),
                name: cell(Some(name_col)),
                value,
                percent,
            })
        })
        .collect();
    if figures.len() < 5 {
        return None;
    }
    let mut reading = Reading {
        date: day,
        total: figures[0].value,
        pillars: PillarScores::default(),
        industry_rank_pct: None,
        network_rank_pct: None,
        industry_average: None,
        network_average: None,
    };
    // the member's own figures: the first five, unless the names say otherwise
    for (i, p) in Pillar::ALL.into_iter().enumerate() {
        *reading.pillars.get_mut(p) = figures[i + 1].value;
    }
    for f in &figures[..5] {
        if let Some(Col::Field(ReadingField::Pillar(p))) = column(&f.name) {
            *reading.pillars.get_mut(p) = f.value;
        }
    }
    // the rest: sections in page order (industry, then network), unless named
    let rest = &figures[5..];
    let mut sections: Vec<&str> = Vec::new();
    for f in rest {
        if !sections.contains(&f.section.as_str()) {
            sections.push(&f.section);
        }
    }
    let groups: Vec<Vec<&Figure>> = if sections.len() >= 2 {
        sections
            .iter()
            .map(|s| rest.iter().filter(|f| f.section == *s).collect())
            .collect()
    } else {
        // no sections: rank, average and four pillars per group
        rest.chunks(6).map(|c| c.iter().collect()).collect()
    };
    for (i, group) in groups.iter().enumerate() {
        let label = lower_alnum(&format!(
            "{} {}",
            group.first().map_or("", |f| f.section.as_str()),
            group.first().map_or("", |f| f.name.as_str())
        ));
        let network = if has(&label, NETWORK) && !has(&label, INDUSTRY) {
            true
        } else if has(&label, INDUSTRY) {
            false
        } else {
            i == 1
        };
        if i > 1 && !has(&label, NETWORK) {
            break;
        }
        let rank = group.iter().find(|f| f.percent).map(|f| f.value);
        let average = group.iter().find(|f| !f.percent).map(|f| f.value);
        if network {
            reading.network_rank_pct = rank;
            reading.network_average = average;
        } else {
            reading.industry_rank_pct = rank;
            reading.industry_average = average;
        }
    }
    let mut file = ReadingsFile::default();
    push_checked(&mut file, reading, 2, today);
    Some(file)
}

/// Add `readings` to the client's, oldest first, skipping a day it already has. Returns how
/// many were added.
pub fn merge_readings(client: &mut Client, readings: &[Reading]) -> usize {
    let mut added = 0;
    for r in readings {
        if client.readings.iter().any(|x| x.date == r.date) {
            continue;
        }
        client.readings.push(r.clone());
        added += 1;
    }
    client.readings.sort_by_key(|r| r.date);
    added
}

/// The readings as CSV (comma separated, decimal points, ISO dates), the header the wide
/// reader recognises.
pub fn readings_csv(readings: &[Reading]) -> String {
    let mut out = String::from(
        "date,total,brand,find,engage,relationships,industry_rank,network_rank,industry_average,network_average\n",
    );
    let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for r in readings {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{}\n",
            r.date.format("%Y-%m-%d"),
            r.total,
            r.pillars.brand,
            r.pillars.find,
            r.pillars.engage,
            r.pillars.relationships,
            opt(r.industry_rank_pct),
            opt(r.network_rank_pct),
            opt(r.industry_average),
            opt(r.network_average),
        ));
    }
    out
}

impl RowProblem {
    /// The problem in `lang`, with its line.
    pub fn message(&self, lang: crate::i18n::Language) -> String {
        use crate::i18n::tr_args;
        match self {
            Self::Date { line } => {
                tr_args(lang, "import.readings.date", &[("line", &line.to_string())])
            }
            Self::Number { line } => tr_args(
                lang,
                "import.readings.number",
                &[("line", &line.to_string())],
            ),
            Self::Invalid { line, problem } => tr_args(
                lang,
                "import.readings.invalid",
                &[
                    ("line", &line.to_string()),
                    ("problem", &crate::i18n::reading_problem(lang, problem)),
                ],
            ),
        }
    }
}

impl ReadingsError {
    /// The error in `lang`.
    pub fn message(&self, lang: crate::i18n::Language) -> String {
        use crate::i18n::tr_args;
        match self {
            Self::Layout => tr_args(lang, "import.readings.layout", &[]),
            Self::Io(e) => tr_args(lang, "import.readings.io", &[("reason", e)]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_in_every_common_form() {
        assert_eq!(number("52,603"), Some(52.603));
        assert_eq!(number("52.603"), Some(52.603));
        assert_eq!(number("1.234,5"), Some(1234.5));
        assert_eq!(number("Top 5%"), Some(5.0));
        assert_eq!(number(""), None);
        let d = |y, m, dd| Date::from_ymd_opt(y, m, dd);
        assert_eq!(date("2026-11-20", false), d(2026, 11, 20));
        assert_eq!(date("20-11-2026", false), d(2026, 11, 20));
        assert_eq!(date("20.11.2026", false), d(2026, 11, 20));
        assert_eq!(date("11/20/2026", false), d(2026, 11, 20));
        assert_eq!(date("03/04/2026", true), d(2026, 3, 4));
        assert_eq!(date("03/04/2026", false), d(2026, 4, 3));
        assert_eq!(date("20 Nov 2026", false), d(2026, 11, 20));
        assert_eq!(date("20. november 2026", false), d(2026, 11, 20));
        assert_eq!(date("1 maart 2026", false), d(2026, 3, 1));
        assert_eq!(date("Nov 20, 2026", false), d(2026, 11, 20));
        assert_eq!(date("2026-11-20 08:15", false), d(2026, 11, 20));
        assert_eq!(date("gisteren", false), None);
    }

    #[test]
    fn headers_in_three_languages() {
        for (h, c) in [
            ("Date", Col::Date),
            ("Datum", Col::Date),
            ("Dato", Col::Date),
            ("SSI", Col::Field(ReadingField::Total)),
            ("Totaal", Col::Field(ReadingField::Total)),
            ("Samlet", Col::Field(ReadingField::Total)),
            (
                "Establish your professional brand",
                Col::Field(ReadingField::Pillar(Pillar::Brand)),
            ),
            (
                "Professioneel merk",
                Col::Field(ReadingField::Pillar(Pillar::Brand)),
            ),
            (
                "Vind de juiste mensen",
                Col::Field(ReadingField::Pillar(Pillar::Find)),
            ),
            (
                "Find de rette personer",
                Col::Field(ReadingField::Pillar(Pillar::Find)),
            ),
            (
                "Engage with insights",
                Col::Field(ReadingField::Pillar(Pillar::Engage)),
            ),
            (
                "Relaties opbouwen",
                Col::Field(ReadingField::Pillar(Pillar::Relationships)),
            ),
            (
                "Opbyg relationer",
                Col::Field(ReadingField::Pillar(Pillar::Relationships)),
            ),
            ("Industry rank", Col::Field(ReadingField::IndustryRank)),
            ("Netwerk rang", Col::Field(ReadingField::NetworkRank)),
            (
                "Branchegennemsnit",
                Col::Field(ReadingField::IndustryAverage),
            ),
            ("Network average", Col::Field(ReadingField::NetworkAverage)),
        ] {
            assert_eq!(column(h), Some(c), "{h}");
        }
    }
}
