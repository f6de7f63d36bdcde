//! The session report and the CSV exports: content, escaping, well-formedness, languages,
//! and `ssi-coach report` on the command line.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use chrono::Duration;
use quick_xml::events::Event;
use ssi_coach::engine;
use ssi_coach::i18n::{Language, format_date, format_number, format_points, tr};
use ssi_coach::model::{
    ActionItem, ActivityKind, Annotation, Channel, Client, Date, Lever, MessageEntry,
    MessageSource, PillarScores, Reading, Session, Snapshot, demo_client,
};
use ssi_coach::report::{self, csv, html};

const HOSTILE: &str = r#"<script>alert(1)</script> "Q" 'A' & </style><img src=x onerror=alert(2)>"#;

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn today() -> Date {
    day("2026-11-20")
}

fn reading(date: Date, p: [f64; 4]) -> Reading {
    let pillars = PillarScores {
        brand: p[0],
        find: p[1],
        engage: p[2],
        relationships: p[3],
    };
    Reading {
        date,
        total: pillars.total(),
        pillars,
        industry_rank_pct: None,
        network_rank_pct: None,
        industry_average: None,
        network_average: None,
    }
}

/// The demo client with readings, two sessions (the last one today), marked periods and
/// action items in every state.
fn coached(name: &str, text: &str) -> Client {
    let t = today();
    let mut c = demo_client(t);
    c.name = name.to_owned();
    c.readings = vec![
        reading(t - Duration::days(70), [12.0, 8.5, 7.0, 11.0]),
        reading(t - Duration::days(42), [12.5, 9.0, 8.0, 11.5]),
        reading(t - Duration::days(5), [13.0, 10.5, 10.2, 12.4]),
    ];
    let snap = |c: &Client, d: Date| Snapshot {
        estimate: engine::estimate(c, d).pillars,
        reading: c.latest_reading(d).cloned(),
        levers: Vec::new(),
    };
    let first = t - Duration::days(42);
    let s1 = Session {
        id: c.fresh_id(),
        date: first,
        notes: format!("First session.\n{text}"),
        snapshot: snap(&c, first),
    };
    c.sessions.push(s1);
    let s2 = Session {
        id: c.fresh_id(),
        date: t,
        notes: format!("Went through the plan.\nNext: comments & posts.\n{text}"),
        snapshot: snap(&c, t),
    };
    let s2_id = s2.id;
    c.sessions.push(s2);
    c.annotations = vec![
        Annotation {
            start: t - Duration::days(60),
            end: t - Duration::days(50),
            label: format!("Holiday {text}"),
        },
        Annotation {
            start: t - Duration::days(20),
            end: t - Duration::days(20),
            label: "Workshop".to_owned(),
        },
    ];
    let items = [
        (
            Lever::Comments,
            "3 comments a week on customers' posts",
            Some(5.0),
            Some(t - Duration::days(10)),
            Some(t - Duration::days(12)),
        ),
        (
            Lever::Posts,
            text,
            Some(1.0),
            Some(t - Duration::days(3)),
            None,
        ),
        (
            Lever::InvitationsWithNote,
            "",
            Some(2.5),
            Some(t + Duration::days(14)),
            None,
        ),
        (Lever::Searches, "Search for buyers", None, None, None),
    ];
    for (lever, description, target, due, done) in items {
        let id = c.fresh_id();
        c.action_items.push(ActionItem {
            id,
            session_id: Some(s2_id),
            lever,
            description: description.to_owned(),
            target,
            due,
            done,
        });
    }
    c
}

/// One element: its name and attributes (values unescaped).
type Element = (String, Vec<(String, String)>);

/// Parse the page as XML (the report is written well-formed): every end tag must match its
/// start tag, nothing may be left open, and only the five XML entities or character
/// references may appear. Returns the elements in document order and all text (unescaped).
fn parse(page: &str) -> (Vec<Element>, String) {
    let body = page
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("starts with the HTML5 doctype");
    let mut reader = quick_xml::Reader::from_str(body);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<String> = Vec::new();
    let mut elements = Vec::new();
    let mut text = String::new();
    let element = |e: &quick_xml::events::BytesStart| -> Element {
        let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
        let attrs = e
            .attributes()
            .map(|a| {
                let a = a.unwrap();
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .unwrap()
                        .into_owned(),
                )
            })
            .collect();
        (name, attrs)
    };
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|e| panic!("not well-formed at {}: {e}", reader.buffer_position()));
        match event {
            Event::Start(e) => {
                let el = element(&e);
                stack.push(el.0.clone());
                elements.push(el);
            }
            Event::Empty(e) => elements.push(element(&e)),
            Event::End(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(name.as_str()),
                    "unbalanced </{name}>"
                );
            }
            Event::Text(t) => text.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().unwrap() {
                    text.push(c);
                } else {
                    let name = r.decode().unwrap();
                    text.push(match name.as_ref() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        other => panic!("entity &{other}; is not XML"),
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(stack.is_empty(), "left open: {stack:?}");
    (elements, text)
}

fn attr<'a>(el: &'a Element, name: &str) -> Option<&'a str> {
    el.1.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn the_page_is_well_formed_and_carries_the_csp_first_in_head() {
    for lang in Language::ALL {
        let page = report::session_report(&coached("Dana Whitfield", "plain"), today(), lang);
        let (elements, _) = parse(&page);
        assert_eq!(elements[0].0, "html");
        assert_eq!(attr(&elements[0], "lang"), Some(lang.code()));
        assert_eq!(elements[1].0, "head");
        let csp = &elements[2];
        assert_eq!(csp.0, "meta", "the first element in head is the CSP meta");
        assert_eq!(attr(csp, "http-equiv"), Some("Content-Security-Policy"));
        let policy = attr(csp, "content").unwrap();
        assert_eq!(policy, report::CONTENT_SECURITY_POLICY);
        assert!(policy.starts_with("default-src 'none'"));
        assert!(!policy.contains("script-src") && !policy.contains("unsafe-eval"));
        // the charset is declared within the first 1024 bytes
        let charset = page.find("<meta charset=\"utf-8\" />").unwrap();
        assert!(charset < 1024 - 30, "charset at byte {charset}");
        // exactly one head and body, one style sheet, svg charts
        let count = |n: &str| elements.iter().filter(|e| e.0 == n).count();
        assert_eq!((count("head"), count("body"), count("style")), (1, 1, 1));
        assert!(count("svg") >= 1);
    }
}

#[test]
fn everything_user_typed_is_escaped() {
    let mut c = coached(HOSTILE, HOSTILE);
    c.annotations[1].label = HOSTILE.to_owned();
    for lang in Language::ALL {
        let page = report::session_report(&c, today(), lang);
        let lower = page.to_lowercase();
        for bad in [
            "<script",
            "<img",
            "<iframe",
            "<object",
            "<embed",
            "<link",
            "<base",
            "<form",
            "javascript:",
        ] {
            assert!(!lower.contains(bad), "{lang:?}: {bad} in the page");
        }
        assert_eq!(page.matches("</style>").count(), 1, "only our own </style>");
        assert!(page.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Q&quot; &#39;A&#39; &amp; &lt;/style&gt;"
        ));
        let (elements, text) = parse(&page);
        // the hostile text is shown as text: in the title, the heading, the notes, the marked
        // periods and the action items
        assert!(
            text.matches(HOSTILE).count() >= 5,
            "{lang:?}: {}",
            text.matches(HOSTILE).count()
        );
        for el in &elements {
            assert!(
                !el.0.starts_with("script") && !el.0.starts_with("img"),
                "element {}",
                el.0
            );
            for (k, v) in &el.1 {
                assert!(!k.starts_with("on"), "event handler attribute {k}");
                assert!(
                    !v.contains("alert"),
                    "user text leaked into attribute {k}={v}"
                );
            }
        }
    }
}

#[test]
fn nothing_external_is_referenced() {
    let page = report::session_report(&coached("Ærø Østergård", "notes"), today(), Language::Da);
    for bad in [
        "http://", "https://", "src=", "href=", "url(", "@import", "<script", "xlink",
    ] {
        assert!(!page.contains(bad), "{bad} in the page");
    }
    assert!(page.contains("@page"), "print margins");
    assert!(page.contains("@media print"), "print style");
    assert!(page.contains("Ærø Østergård"));
}

/// The cells of the table row that carries `marker` (such as `data-row="total"`), as text.
fn row_cells(page: &str, marker: &str) -> Vec<String> {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("no row {marker}"));
    let row = &page[start..start + page[start..].find("</tr>").unwrap()];
    row.split("<td")
        .skip(1)
        .map(|cell| {
            let mut text = String::new();
            let mut in_tag = true; // the rest of the <td ...> tag
            for ch in cell.chars() {
                match ch {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.replace("&amp;", "&").replace("&#39;", "'")
        })
        .collect()
}

#[test]
fn numbers_and_headings_follow_the_language() {
    let c = coached("Dana Whitfield", "plain");
    let e = engine::estimate(&c, today());
    let prev = &c.sessions[0].snapshot;
    let now = &c.sessions[1].snapshot;
    let expected_headings = [
        (
            Language::En,
            ["Action items", "Top knobs to turn", "Keep in mind"],
        ),
        (
            Language::Nl,
            [
                "Actiepunten",
                "De hefbomen die het meest opleveren",
                "Houd in gedachten",
            ],
        ),
        (
            Language::Da,
            ["Handlingspunkter", "De greb, der giver mest", "Husk"],
        ),
    ];
    for (lang, headings) in expected_headings {
        let page = report::session_report(&c, today(), lang);
        let (elements, text) = parse(&page);
        let h2: Vec<&str> = headings.to_vec();
        for h in h2 {
            assert!(
                page.contains(&format!("<h2>{}</h2>", html::escape(h))),
                "{lang:?}: heading {h}"
            );
        }
        for key in [
            "report.title",
            "report.chart.title",
            "report.changes.title",
            "caution.score_not_goal",
            "caution.quality_invitations",
            "caution.inform_not_sell",
            "caution.estimate_not_linkedin",
        ] {
            assert!(text.contains(tr(lang, key)), "{lang:?}: {key}");
        }
        assert!(text.contains(&format_date(lang, today())));
        // the total as shown, its band and the gap to 70
        let big = format!("{} /", format_number(lang, e.total().round(), 0));
        assert!(text.contains(&big), "{lang:?}: {big}");
        assert!(text.contains(tr(lang, e.band().label_key())));
        let band = elements
            .iter()
            .find(|el| attr(el, "data-band").is_some())
            .unwrap();
        assert_eq!(attr(band, "data-band"), Some(e.band().key()));
        let gap = format_number(lang, 70.0 - e.total().round(), 0);
        assert!(text.contains(&format!("{gap} ")), "{lang:?}: gap {gap}");
        // each pillar: its name, the estimate and the latest reading
        let latest = c.latest_reading(today()).unwrap();
        for p in ssi_coach::model::Pillar::ALL {
            let cells = row_cells(&page, &format!("data-pillar=\"{}\"", p.key()));
            assert_eq!(cells[0], tr(lang, &format!("pillar.{}", p.key())));
            assert_eq!(
                cells[2],
                format_points(lang, e.pillars.get(p)),
                "{lang:?} {p:?}"
            );
            assert_eq!(cells[3], format_points(lang, latest.pillars.get(p)));
        }
        // what changed: the previous session against today's, estimate and reading
        let signed = |v: f64| {
            let s = format_points(lang, v);
            if v >= 0.05 { format!("+{s}") } else { s }
        };
        let (r0, r1) = (
            prev.reading.as_ref().unwrap(),
            now.reading.as_ref().unwrap(),
        );
        assert_eq!(
            row_cells(&page, "data-row=\"total\""),
            vec![
                tr(lang, "report.total").to_owned(),
                format_points(lang, prev.estimate.total()),
                format_points(lang, now.estimate.total()),
                signed(now.estimate.total() - prev.estimate.total()),
                format_points(lang, r0.total),
                format_points(lang, r1.total),
                signed(r1.total - r0.total),
            ]
        );
        assert_eq!(
            row_cells(&page, "data-row=\"engage\"")[3],
            signed(now.estimate.engage - prev.estimate.engage)
        );
        // the top knob with its reason
        let top = &engine::knobs(&engine::inputs(&c, today()))[0];
        let cells = row_cells(
            &page,
            &format!("data-knob=\"{}\"", engine::lever_key(top.lever)),
        );
        assert!(cells[0].starts_with(tr(lang, engine::label_key(top.lever))));
        assert_eq!(cells[2], signed(top.points));
        assert_eq!(
            cells[4],
            tr(lang, top.reason_key),
            "{lang:?}: top knob reason"
        );
    }
    // decimals follow the language
    let nl = report::session_report(&c, today(), Language::Nl);
    assert!(row_cells(&nl, "data-row=\"total\"")[1].contains(','));
    let en = report::session_report(&c, today(), Language::En);
    assert!(row_cells(&en, "data-row=\"total\"")[1].contains('.'));
}

#[test]
fn action_items_show_done_open_and_overdue() {
    let c = coached("Dana", "Post one article");
    let page = report::session_report(&c, today(), Language::En);
    let (elements, text) = parse(&page);
    let class_count = |cls: &str| {
        elements
            .iter()
            .filter(|e| e.0 == "tr" && attr(e, "class") == Some(&format!("action {cls}")))
            .count()
    };
    assert_eq!(
        (
            class_count("done"),
            class_count("open"),
            class_count("overdue")
        ),
        (1, 2, 1)
    );
    assert!(text.contains("1 done, 2 open, 1 overdue"));
    assert!(text.contains(&format!(
        "Overdue since {}",
        format_date(Language::En, today() - Duration::days(3))
    )));
    assert!(text.contains(&format!(
        "Done on {}",
        format_date(Language::En, today() - Duration::days(12))
    )));
    // an item without a description shows its lever
    assert!(text.contains(tr(Language::En, "lever.invitations_with_note")));
    // overdue first
    let overdue = page.find("action overdue").unwrap();
    let done = page.find("action done").unwrap();
    assert!(overdue < done);
}

#[test]
fn changes_compare_with_the_previous_session_or_with_now() {
    let t = today();
    // two sessions, the last today: previous session against today's session
    let c = coached("Dana", "x");
    let text = parse(&report::session_report(&c, t, Language::En)).1;
    assert!(text.contains(&format!(
        "From the session on {} to the session on {}",
        format_date(Language::En, t - Duration::days(42)),
        format_date(Language::En, t)
    )));
    // the activity that moved between the sessions, from the logs at both dates
    let page = report::session_report(&c, t, Language::En);
    let likes_then = engine::lever_value(&engine::inputs(&c, t - Duration::days(42)), Lever::Likes);
    let likes_now = engine::lever_value(&engine::inputs(&c, t), Lever::Likes);
    assert!(
        (likes_now - likes_then).abs() >= 0.5,
        "the fixture moves likes"
    );
    let cells = row_cells(&page, "data-moved=\"likes\"");
    assert_eq!(cells[0], tr(Language::En, "lever.likes"));
    assert_eq!(cells[1], format_number(Language::En, likes_then, 1));
    assert_eq!(cells[2], format_number(Language::En, likes_now, 1));
    // lever values recorded in the snapshots win over the logs
    let mut recorded = c.clone();
    recorded.sessions[0].snapshot.levers = vec![(Lever::Connections, 400.0)];
    recorded.sessions[1].snapshot.levers = vec![(Lever::Connections, 640.0)];
    let page = report::session_report(&recorded, t, Language::En);
    assert_eq!(
        row_cells(&page, "data-moved=\"connections\""),
        vec![
            "Connections".to_owned(),
            "400".to_owned(),
            "640".to_owned(),
            "+240".to_owned()
        ]
    );
    assert!(!page.contains("data-moved=\"likes\""));
    // the same client a week later: the last session against now
    let later = t + Duration::days(7);
    let text = parse(&report::session_report(&c, later, Language::En)).1;
    assert!(text.contains(&format!(
        "From the session on {} to today, {}",
        format_date(Language::En, t),
        format_date(Language::En, later)
    )));
    let now = engine::estimate(&c, later).total();
    assert!(text.contains(&format_points(
        Language::En,
        now - c.sessions[1].snapshot.estimate.total()
    )));
    // one session today: nothing to compare yet; none: say so
    let mut one = c.clone();
    one.sessions.remove(0);
    let text = parse(&report::session_report(&one, t, Language::Nl)).1;
    assert!(text.contains(tr(Language::Nl, "report.changes.first")));
    let mut none = c.clone();
    none.sessions.clear();
    none.action_items.clear();
    none.annotations.clear();
    none.readings.clear();
    let text = parse(&report::session_report(&none, t, Language::Da)).1;
    assert!(text.contains(tr(Language::Da, "report.changes.none")));
    assert!(text.contains(tr(Language::Da, "report.actions.none")));
    assert!(text.contains(tr(Language::Da, "report.score.no_reading")));
}

#[test]
fn the_chart_shows_readings_sessions_and_marked_periods() {
    let c = coached("Dana", "x");
    let page = report::session_report(&c, today(), Language::En);
    let (elements, text) = parse(&page);
    let with_class = |cls: &str| {
        elements
            .iter()
            .filter(|e| attr(e, "class") == Some(cls))
            .count()
    };
    assert_eq!(with_class("reading"), 3);
    assert_eq!(with_class("session"), 2);
    assert_eq!(
        elements
            .iter()
            .filter(|e| e.0 == "rect" && attr(e, "class") == Some("period"))
            .count(),
        2
    );
    assert!(text.contains("Holiday x"));
    assert!(text.contains("Workshop"));
    // the estimate line has weekly points, at most about a year of them
    let estimate = elements
        .iter()
        .find(|e| attr(e, "class") == Some("estimate"))
        .unwrap();
    let points = attr(estimate, "points").unwrap().split(' ').count();
    assert!((12..=53).contains(&points), "{points} points");
    // the target of 70 is drawn and named
    assert!(text.contains(tr(Language::En, "common.target_70")));
}

#[test]
fn escape_is_safe_for_text_and_attributes() {
    assert_eq!(html::escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
}

/// Parse exported CSV bytes back (after checking and stripping the BOM).
fn read_csv(bytes: &[u8], sep: u8) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("UTF-8 BOM");
    ::csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn messages_csv_is_utf8_with_bom_localised_and_safe() {
    let d = day("2026-10-01");
    let mut c = ssi_coach::model::Client::new(ssi_coach::model::ClientId("c".into()), "C", d);
    let mut m = MessageEntry::new(1, d, "Søren Ærø-Åby");
    m.company = "=HYPERLINK(\"http://evil\",\"x\")".into();
    m.title = "+1 CEO, Nordic".into();
    m.note = "-2+3\nsecond line with \"quotes\"; and ; semis".to_owned();
    m.channel = Channel::InMail;
    m.decision_maker = true;
    m.replied = true;
    m.follow_up = Some(day("2026-10-08"));
    c.add_message(m);
    let mut m2 = MessageEntry::new(2, day("2026-09-01"), "@handle");
    m2.note = "\tTabbed\r".to_owned();
    m2.source = MessageSource::Import;
    c.add_message(m2);

    let en = csv::messages_csv(&c, Language::En);
    assert!(en.starts_with(b"\xEF\xBB\xBF"));
    assert!(std::str::from_utf8(&en).is_ok());
    let rows = read_csv(&en, b',');
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0], "Date");
    assert_eq!(rows[0].len(), 10);
    assert_eq!(rows[1][0], "2026-09-01", "oldest first");
    assert_eq!(rows[1][1], "'@handle");
    assert_eq!(rows[1][8], "'\tTabbed\r");
    assert_eq!(rows[1][9], tr(Language::En, "report.csv.source.import"));
    assert_eq!(rows[2][1], "Søren Ærø-Åby");
    assert_eq!(rows[2][2], "'=HYPERLINK(\"http://evil\",\"x\")");
    assert_eq!(rows[2][3], "'+1 CEO, Nordic");
    assert_eq!(rows[2][4], "InMail");
    assert_eq!(rows[2][5], "Yes");
    assert_eq!(rows[2][7], "2026-10-08");
    assert_eq!(
        rows[2][8],
        "'-2+3\nsecond line with \"quotes\"; and ; semis"
    );
    // no cell of any row starts with a formula character
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }

    let da = csv::messages_csv(&c, Language::Da);
    let rows = read_csv(&da, b';');
    assert_eq!(rows[0][0], "Dato");
    assert_eq!(rows[0][1], "Person");
    assert_eq!(rows[2][5], "Ja");
    assert_eq!(rows[2][1], "Søren Ærø-Åby");
    assert_eq!(rows[2][3], "'+1 CEO, Nordic");
    assert_eq!(
        rows[2][8],
        "'-2+3\nsecond line with \"quotes\"; and ; semis"
    );
    let nl = csv::messages_csv(&c, Language::Nl);
    assert_eq!(read_csv(&nl, b';')[0][2], "Bedrijf");
}

#[test]
fn activity_csv_has_one_row_per_active_day() {
    let d = day("2026-10-01");
    let mut c = ssi_coach::model::Client::new(ssi_coach::model::ClientId("c".into()), "C", d);
    c.activity.add(d, ActivityKind::Comment, 3);
    c.activity.add(d, ActivityKind::Like, 12);
    c.activity.add(d + Duration::days(2), ActivityKind::Post, 1);
    for lang in Language::ALL {
        let sep = if lang == Language::En { b',' } else { b';' };
        let rows = read_csv(&csv::activity_csv(&c, lang), sep);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].len(), 1 + ActivityKind::ALL.len());
        assert_eq!(rows[0][1], tr(lang, "activity.post"));
        let col = |k: ActivityKind| 1 + ActivityKind::ALL.iter().position(|x| *x == k).unwrap();
        assert_eq!(rows[1][0], "2026-10-01");
        assert_eq!(rows[1][col(ActivityKind::Comment)], "3");
        assert_eq!(rows[1][col(ActivityKind::Like)], "12");
        assert_eq!(rows[2][0], "2026-10-03");
        assert_eq!(rows[2][col(ActivityKind::Post)], "1");
    }
    assert_eq!(
        read_csv(&csv::activity_csv(&c, Language::Da), b';')[0][0],
        "Dato"
    );
}

/// Write `client` into `<dir>/clients/<id>.ron`.
fn save(dir: &std::path::Path, client: &Client) {
    let path = dir.join("clients").join(format!("{}.ron", client.id.0));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    ssi_coach::store::save_client_file(&path, client).unwrap();
}

fn run(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ssi-coach"))
        .args(args)
        .env("SSI_COACH_DATA_DIR", dir)
        .output()
        .unwrap()
}

#[test]
fn the_report_command_writes_the_page_for_a_saved_client() {
    let tmp = tempfile::tempdir().unwrap();
    let mut c = coached("Dana Whitfield", "plain");
    c.id = ssi_coach::model::ClientId("dana-1".into());
    c.language = Language::Da;
    save(tmp.path(), &c);
    let mut other = coached("Sam Ortega", "plain");
    other.id = ssi_coach::model::ClientId("sam-2".into());
    save(tmp.path(), &other);

    // by name, any case; the client's own language by default
    let out = tmp.path().join("dana.html");
    let o = run(
        tmp.path(),
        &[
            "report",
            "dana WHITFIELD",
            "--out",
            out.to_str().unwrap(),
            "--today",
            "2026-11-20",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("<html lang=\"da\">"));
    assert!(page.contains("Dana Whitfield"));
    assert!(page.contains(tr(Language::Da, "report.actions.title")));
    assert_eq!(page, report::session_report(&c, today(), Language::Da));

    // by id, with --lang
    let out2 = tmp.path().join("sam.html");
    let o = run(
        tmp.path(),
        &[
            "report",
            "sam-2",
            "--out",
            out2.to_str().unwrap(),
            "--lang",
            "nl",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let page = std::fs::read_to_string(&out2).unwrap();
    assert!(page.contains("<html lang=\"nl\">") && page.contains("Sam Ortega"));
}

#[test]
fn the_report_command_refuses_bad_input_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    save(tmp.path(), &coached("Dana Whitfield", "plain"));
    let out = tmp.path().join("out.html");
    let o = out.to_str().unwrap();
    let missing_dir = tmp.path().join("no-such-folder").join("out.html");
    for args in [
        vec!["report", "Nobody", "--out", o],
        vec!["report", "Dana Whitfield"],
        vec!["report", "Dana Whitfield", "--out", o, "--lang", "fr"],
        vec!["report", "--out", o],
        vec![
            "report",
            "Dana Whitfield",
            "--out",
            o,
            "--today",
            "tomorrow",
        ],
        vec!["report", "Dana Whitfield", "--out", o, "--bogus"],
        vec!["report", "Dana Whitfield", "--out", ""],
        vec![
            "report",
            "Dana Whitfield",
            "--out",
            missing_dir.to_str().unwrap(),
        ],
    ] {
        let r = run(tmp.path(), &args);
        assert_eq!(r.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&r.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("ssi-coach: "), "{err}");
        assert!(
            !out.exists() && !missing_dir.exists(),
            "{args:?} wrote a file"
        );
    }
    let r = run(tmp.path(), &["report", "Nobody", "--out", o]);
    assert!(String::from_utf8_lossy(&r.stderr).contains("Nobody"));
}

/// With `SSI_COACH_REPORT_SAMPLES=DIR` set, also write the sample pages (en, nl, da) there,
/// for looking at them in a browser; the checks run either way.
#[test]
fn sample_pages_render_for_every_language() {
    let mut c = coached(
        "Dana Whitfield",
        "Agreed: one post a week & a comment a day on customers' posts.",
    );
    c.annotations[0].label = "Holiday".to_owned();
    for lang in Language::ALL {
        let page = report::session_report(&c, today(), lang);
        assert!(
            page.len() > 10_000 && page.len() < 200_000,
            "{} bytes",
            page.len()
        );
        // every part is there, in reading order
        let order: Vec<usize> = [
            "score", "chart", "changes", "notes", "actions", "knobs", "cautions",
        ]
        .iter()
        .map(|id| page.find(&format!("<section id=\"{id}\">")).unwrap())
        .collect();
        assert!(order.is_sorted(), "{lang:?}: {order:?}");
        assert!(page.contains(">Holiday</text>") && page.contains(": Holiday</li>"));
        if let Some(dir) = std::env::var_os("SSI_COACH_REPORT_SAMPLES") {
            std::fs::write(
                std::path::Path::new(&dir).join(format!("report-{}.html", lang.code())),
                &page,
            )
            .unwrap();
        }
    }
}

#[test]
fn a_new_client_without_any_data_gets_a_page() {
    let c = Client::new(ssi_coach::model::ClientId("new".into()), "New", today());
    let page = report::session_report(&c, today(), Language::Nl);
    let (_, text) = parse(&page);
    assert!(text.contains(tr(Language::Nl, "report.changes.none")));
    assert!(text.contains(tr(Language::Nl, "report.actions.none")));
    assert!(text.contains(tr(Language::Nl, "report.score.no_reading")));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// Whatever a user types, the page stays well-formed, runs nothing, and shows the text.
    #[test]
    fn any_typed_text_is_shown_as_text(
        name in "[a-zA-Z0-9 <>&\"'/=;:!()æøåÆØÅ-]{1,40}",
        notes in "[a-zA-Z0-9 <>&\"'/=;:!()\n\tæøå-]{1,80}",
        label in "[a-zA-Z0-9 <>&\"'/=;:!()æøå-]{1,20}",
    ) {
        let mut c = coached(&name, "x");
        c.sessions[1].notes = notes.clone();
        c.annotations[1].label = label.clone();
        c.action_items[0].description = label.clone();
        let page = report::session_report(&c, today(), Language::En);
        let (elements, text) = parse(&page);
        proptest::prop_assert!(!page.to_lowercase().contains("<script"));
        proptest::prop_assert_eq!(page.matches("</style>").count(), 1);
        proptest::prop_assert!(text.contains(&name));
        proptest::prop_assert!(text.contains(notes.trim_end()));
        let shown = format!(": {}", label);
        proptest::prop_assert!(text.contains(&shown));
        for el in &elements {
            proptest::prop_assert!(el.1.iter().all(|(k, _)| !k.starts_with("on")));
        }
    }
}
