//! LinkedIn data export import: every era and quirk of `LINKEDIN-EXPORT.md` with exact counts,
//! the hostile inputs, merging, and the command line. All fixtures are generated here.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::fmt::Write as _;
use std::io::Write;
use std::process::Command;

use chrono::{Datelike, NaiveDate};
use ssi_coach::i18n::Language;
use ssi_coach::import::{
    DateSource, ImportError, SkipReason, Warning, merge, read_entry_bytes, read_zip_bytes,
    read_zip_file,
};
use ssi_coach::model::{ActivityKind, Client, ClientId, ProfileItem};
use zip::write::SimpleFileOptions;

fn zip_of(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        w.start_file(*name, SimpleFileOptions::default()).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn utf16(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const CONNECTIONS_2026: &str = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nDana,Whitfield,https://www.linkedin.com/in/dana-whitfield-4b7a21,,\"Northwind Traders, Inc.\",VP Sales EMEA,09 Mar 2025\nLars,Jensen,https://www.linkedin.com/in/larsjensen,,Jensen ApS,Adm. direktør,01 Feb 2025\nEva,de Vries,https://www.linkedin.com/in/evadevries,,Acme BV,Accountmanager ,15 Jan 2025\nMia,Berg,https://www.linkedin.com/in/miaberg,,,,10 Jan 2025\n,,,,,,14 Sep 2024\nTom,Smit,https://www.linkedin.com/in/tomsmit,,Smit Holding,Eigenaar,02 Sep 2024";

const MESSAGES_2026: &str = "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\",\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\",\"IS MESSAGE DRAFT\",\"IS CONVERSATION DRAFT\"
\"c1\",\"\",\"Sam Ortega\",\"https://www.linkedin.com/in/samortega\",\"Dana Whitfield\",\"https://www.linkedin.com/in/dana-whitfield-4b7a21\",\"2025-03-10 14:22:05 UTC\",\"\",\"Thanks for connecting!\nLet's talk.\",\"INBOX\",\"\",\"No\",\"No\"
\"c1\",\"\",\"Dana Whitfield\",\"https://www.linkedin.com/in/dana-whitfield-4b7a21\",\"Sam Ortega\",\"https://www.linkedin.com/in/samortega\",\"2025-03-11 09:00:00 UTC\",\"\",\"Sure, \"\"Tuesday\"\"?\",\"INBOX\",\"\",\"No\",\"No\"
\"c2\",\"\",\"Sam Ortega\",\"https://www.linkedin.com/in/samortega\",\"Lars Jensen\",\"https://www.linkedin.com/in/larsjensen\",\"2025-03-12 10:00:00 UTC\",\"\",\"Hej Lars\",\"ARCHIVE\",\"\",\"No\",\"No\"
\"c3\",\"\",\"Sam Ortega\",\"https://www.linkedin.com/in/samortega\",\"Eva de Vries\",\"\",\"2025-03-13 10:00:00 UTC\",\"\",\"draft text\",\"INBOX\",\"\",\"Yes\",\"No\"
\"c4\",\"\",\"Spammer\",\"https://www.linkedin.com/in/spam\",\"Sam Ortega\",\"\",\"2025-03-13 11:00:00 UTC\",\"\",\"buy now\",\"SPAM\",\"\",\"No\",\"No\"
\"c5\",\"Sponsored Conversation\",\"LinkedIn Member\",\"\",\"Sam Ortega\",\"\",\"2025-03-14 11:00:00 UTC\",\"\",\"ad\",\"INBOX\",\"\",\"No\",\"No\"
\"c6\",\"\",\"Sam Ortega\",\"https://www.linkedin.com/in/samortega\",\"Tom Smit\",\"https://www.linkedin.com/in/tomsmit\",\"2025-03-15 08:00:00 UTC\",\"\",\"Hoi Tom\",\"INBOX\",\"\",\"No\",\"No\"";

const INVITATIONS_7: &str = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
Sam Ortega,Dana Whitfield,\"3/8/25, 9:41 PM\",Enjoyed your talk - would love to connect.,OUTGOING,https://www.linkedin.com/in/samortega,https://www.linkedin.com/in/dana-whitfield-4b7a21
Sam Ortega,Kim Lee,\"3/9/25, 8:00 AM\",,OUTGOING,https://www.linkedin.com/in/samortega,https://www.linkedin.com/in/kimlee
Sam Ortega,Lars Jensen,\"1/30/25, 11:15 AM\",Hej Lars - we met in Aarhus.,OUTGOING,https://www.linkedin.com/in/samortega,https://www.linkedin.com/in/larsjensen
Jo Park,Sam Ortega,\"2/2/25, 1:00 PM\",,INCOMING,https://www.linkedin.com/in/jopark,https://www.linkedin.com/in/samortega";

fn complete_2026() -> Vec<u8> {
    let shares_1 = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
2025-03-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,\"\"\"Three lessons from Q1:\"\"
\"\"1. listen\"\"
\"\"2. ask\"\"\",,,MEMBER_NETWORK
2025-03-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,,https://example.com/a,,MEMBER_NETWORK
2025-03-03 10:00:00,https://www.linkedin.com/feed/update/urn:li:groupPost:3,A question for the group,,,MEMBER_NETWORK";
    let shares_2 = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility
2025-02-01 09:00:00,https://www.linkedin.com/feed/update/urn:li:share:4,Plain post,,,MEMBER_NETWORK";
    let instant =
        "Date,Link\n2025-03-05 12:00:00,https://www.linkedin.com/feed/update/urn:li:share:9";
    let comments = "Date,Link,Message
2025-03-04 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,\"Great point, \\\"really\\\" great\"
2025-03-04 11:00:00,https://www.linkedin.com/feed/update/urn:li:activity:2,Agreed
2025-03-05 11:00:00,https://www.linkedin.com/feed/update/urn:li:activity:3,Thanks";
    let reactions = "Date,Type,Link
2025-03-04 10:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:1
2025-03-04 10:01:00,PRAISE,https://www.linkedin.com/feed/update/urn:li:activity:2
2025-03-06 10:01:00,EMPATHY,https://www.linkedin.com/feed/update/urn:li:activity:4";
    let searches = "Time,Search Query
2025/03/12 16:30:44 UTC,head of procurement
2025/03/12 16:30:59 UTC,head of procurement
2025/03/12 16:31:20 UTC,head of procurement
2025/03/12 18:00:00 UTC,head of procurement
2025/03/13 09:00:00 UTC,ceo logistics";
    let rich = "Date/Time,Media Description,Media Link
\"You uploaded a profile photo on March 2, 2025 at 8:14 AM (GMT)\",,https://media.licdn.com/1
\"You uploaded a profile background photo on March 3, 2025 at 8:14 AM (GMT)\",,https://media.licdn.com/2
\"You uploaded a feed photo on March 4, 2025 at 8:14 AM (GMT)\",,https://media.licdn.com/3";
    let article = "<html><body><h1>Why notes matter</h1><p class=\"created\">Created on 2024-09-01 19:35</p><p class=\"published\">Published on 2024-09-01 20:31</p></body></html>";
    let draft = "<html><body><p class=\"created\">Created on 2024-11-26 23:56</p><p class=\"published\">Published on ---</p></body></html>";
    let profile = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
Sam,Ortega,,,,Helping logistics teams buy better,\"I help &amp; coach\nbuyers\",Logistics,,Copenhagen,,,";
    let skills = "Name\nNegotiation\nLogistics\nSales\nCRM";
    let positions = "Company Name,Title,Description,Location,Started On,Finished On\nNorthwind,Account Executive,Selling to buyers,Copenhagen,Aug 2022,";
    zip_of(&[
        ("Connections.csv", CONNECTIONS_2026.as_bytes().to_vec()),
        ("messages.csv", MESSAGES_2026.as_bytes().to_vec()),
        ("guide_messages.csv", MESSAGES_2026.as_bytes().to_vec()),
        ("Invitations.csv", INVITATIONS_7.as_bytes().to_vec()),
        ("Shares_1.csv", shares_1.as_bytes().to_vec()),
        ("Shares_2.csv", shares_2.as_bytes().to_vec()),
        ("InstantReposts_1.csv", instant.as_bytes().to_vec()),
        ("Comments_1.csv", comments.as_bytes().to_vec()),
        ("Reactions_1.csv", reactions.as_bytes().to_vec()),
        ("SearchQueries.csv", searches.as_bytes().to_vec()),
        ("Rich Media.csv", rich.as_bytes().to_vec()),
        (
            "Articles/Articles/why-notes-matter.html",
            article.as_bytes().to_vec(),
        ),
        (
            "Articles/Articles/2024-11-26 23_56_48.0-Draft.html",
            draft.as_bytes().to_vec(),
        ),
        ("Profile.csv", profile.as_bytes().to_vec()),
        ("Skills.csv", skills.as_bytes().to_vec()),
        ("Positions.csv", positions.as_bytes().to_vec()),
        ("Receipts_v2.csv", b"Date,Amount\n".to_vec()),
        ("Jobs/Job Applications.csv", b"x\n".to_vec()),
    ])
}

#[test]
fn complete_2026_export_gives_exact_counts() {
    let zip = complete_2026();
    let i = read_zip_bytes(&zip, Some("Complete_LinkedInDataExport_03-16-2025 (1).zip")).unwrap();
    assert_eq!(i.as_of, day(2025, 3, 16));
    let s = &i.signals;
    assert_eq!(s.connections, Some(6), "hidden connection counted");
    assert_eq!(s.decision_makers, Some(3), "VP, adm. direktør, eigenaar");
    assert_eq!(s.invitations_sent, Some(3));
    assert_eq!(s.invitations_with_note, Some(2));
    assert_eq!(
        s.messages_sent,
        Some(3),
        "no drafts, spam, sponsored, guide"
    );
    assert_eq!(s.posts, Some(3), "multi-line post, group post, plain post");
    assert_eq!(s.reposts, Some(2), "empty commentary and an instant repost");
    assert_eq!(s.comments, Some(3));
    assert_eq!(s.reactions, Some(3));
    assert_eq!(s.searches, Some(3), "repeats within a minute count once");
    assert_eq!(s.articles_published, Some(1), "the draft is not published");
    assert_eq!(s.profile_photo, Some(true));
    assert_eq!(s.background_banner, Some(true));
    assert_eq!(s.skills, Some(4));
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
    // messages: who, to whom, decision maker from the connection's position, reply
    let to_dana = i.messages().find(|m| m.person == "Dana Whitfield").unwrap();
    assert!(to_dana.replied);
    assert!(to_dana.decision_maker);
    assert_eq!(to_dana.company, "Northwind Traders, Inc.");
    let to_lars = i.messages().find(|m| m.person == "Lars Jensen").unwrap();
    assert!(!to_lars.replied);
    assert!(to_lars.decision_maker);
    // activity by day; invitations are Pacific time (9:41 PM on 3/8 is 3/9 UTC)
    assert_eq!(
        i.activity
            .get(&(day(2025, 3, 9), ActivityKind::InvitationWithNote)),
        Some(&1)
    );
    assert_eq!(
        i.activity.get(&(day(2025, 3, 3), ActivityKind::GroupPost)),
        Some(&1)
    );
    assert_eq!(
        i.activity.get(&(day(2025, 3, 4), ActivityKind::Comment)),
        Some(&2)
    );
    assert_eq!(
        i.activity.get(&(day(2025, 3, 9), ActivityKind::Acceptance)),
        Some(&1),
        "Dana accepted"
    );
}

#[test]
fn basic_2023_export_has_unknowns_not_zeros() {
    let connections = "First Name,Last Name,Email Address,Company,Position,Connected On\r\nDana,Whitfield,,Northwind,Head of Sales,09 Mar 2023\r\nEva,de Vries,,Acme,Consultant,10 Mar 2023";
    let invitations = "From,To,Sent At,Message,Direction\nSam Ortega,Dana Whitfield,\"3/8/23, 9:41 AM\",,OUTGOING\nSam Ortega,Eva de Vries,\"3/9/23, 9:41 AM\",Hi Eva,OUTGOING";
    let messages = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\nc1,,Sam Ortega,https://www.linkedin.com/in/samortega,Dana Whitfield,https://x,2023-03-10 14:22:05 UTC,,Hello,INBOX";
    let profile = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nSam,Ortega,,,,Buyer helper,,,,,,,";
    let zip = zip_of(&[
        ("Connections.csv", connections.as_bytes().to_vec()),
        ("Invitations.csv", invitations.as_bytes().to_vec()),
        ("messages.csv", messages.as_bytes().to_vec()),
        ("Profile.csv", profile.as_bytes().to_vec()),
    ]);
    let i = read_zip_bytes(&zip, Some("Basic_LinkedInDataExport_03-20-2023.zip")).unwrap();
    let s = &i.signals;
    assert_eq!(s.connections, Some(2));
    assert_eq!(s.decision_makers, Some(1));
    assert_eq!(s.invitations_sent, Some(2));
    assert_eq!(s.invitations_with_note, Some(1));
    assert_eq!(s.messages_sent, Some(1), "owner found by name without URLs");
    for unknown in [
        s.posts,
        s.reposts,
        s.comments,
        s.reactions,
        s.searches,
        s.articles_published,
    ] {
        assert_eq!(unknown, None);
    }
    assert_eq!(s.profile_photo, None);
    let json = i.to_json();
    assert!(json["signals"]["posts"].is_null());
    assert!(json["signals"]["comments"].is_null());
    assert_eq!(json["signals"]["connections"], 2);
}

#[test]
fn legacy_2018_utf16_export_is_read() {
    let connections = "\"First Name\"\t\"Last Name\"\t\"Email Address\"\t\"Company\"\t\"Position\"\t\"Connected On\"\n\"Dana\"\t\"Whitfield\"\t\"\"\t\"Northwind\"\t\"CEO\"\t\"1/8/18, 6:14 PM\"\n\"Søren\"\t\"Ågård\"\t\"\"\t\"Ågård A/S\"\t\"Ejer\"\t\"12/24/17, 9:00 AM\"\n";
    let messages = "From,To,Date,Subject,Content,Direction,Folder\nSam Ortega,Dana Whitfield,2018-01-09 10:00:00 UTC,Hi,Hello,OUTGOING,INBOX\nDana Whitfield,Sam Ortega,2018-01-10 10:00:00 UTC,Re: Hi,Hi!,INCOMING,INBOX";
    let zip = zip_of(&[
        ("Connections.csv", utf16(connections)),
        ("Messages.csv", messages.as_bytes().to_vec()),
        (
            "Articles/2017-12-09 04:54:08.html",
            b"<p class=\"published\">Published on 2017-12-09 05:00</p>".to_vec(),
        ),
    ]);
    let i = read_zip_bytes(&zip, None).unwrap();
    assert_eq!(i.signals.connections, Some(2));
    assert_eq!(i.signals.decision_makers, Some(2));
    assert_eq!(i.signals.messages_sent, Some(1));
    assert!(i.messages().next().is_some_and(|m| m.replied));
    assert_eq!(i.signals.articles_published, Some(1));
    assert_eq!(
        i.as_of,
        day(2018, 1, 10),
        "newest date when the name has none"
    );
    assert!(i.warnings.contains(&Warning::DateFromContent));
}

#[test]
fn comment_fragments_2021_make_one_comment_each() {
    let comments = "Date,Link,Message\n2022-05-01 10:00:00,https://x/1,First line of a comment\nthat goes on here\nand here\n2022-05-02 10:00:00,https://x/2,\"Quoted, with comma\"\n2022-05-03 10:00:00,https://x/3,Short\n";
    let zip = zip_of(&[("Comments.csv", comments.as_bytes().to_vec())]);
    let i = read_zip_bytes(&zip, Some("Complete_LinkedInDataExport_05-04-2022.zip")).unwrap();
    assert_eq!(i.signals.comments, Some(3));
    assert_eq!(i.signals.connections, None);
}

#[test]
fn binary_garbage_in_a_csv_is_a_warning() {
    let mut reactions = b"Date,Type,Link\n2025-03-04 10:00:00,LIKE,https://x/1\n".to_vec();
    reactions.extend_from_slice(&[0, 159, 146, 150, b',', 0, 0xFF, b'\n']);
    reactions.extend_from_slice(b"2025-03-05 10:00:00,LIKE,https://x/2\n");
    let zip = zip_of(&[("Reactions.csv", reactions)]);
    let i = read_zip_bytes(&zip, Some("Complete_LinkedInDataExport_03-16-2025.zip")).unwrap();
    assert_eq!(i.signals.reactions, Some(2));
    assert!(
        i.warnings
            .iter()
            .any(|w| w.message(Language::En).contains("Reactions.csv")),
        "{:?}",
        i.warnings
    );
}

#[test]
fn hostile_inputs_are_refused_with_a_reason() {
    assert!(matches!(
        read_zip_bytes(b"", None),
        Err(ImportError::NotZip(_))
    ));
    assert!(matches!(
        read_zip_bytes(b"PK\x03\x04 not really", None),
        Err(ImportError::NotZip(_))
    ));
    let foreign = zip_of(&[
        ("holiday.jpg", vec![1, 2, 3]),
        ("notes.txt", b"hi".to_vec()),
    ]);
    assert!(matches!(
        read_zip_bytes(&foreign, None),
        Err(ImportError::NotLinkedIn)
    ));
    let traversal = zip_of(&[("../Connections.csv", CONNECTIONS_2026.as_bytes().to_vec())]);
    assert!(matches!(
        read_zip_bytes(&traversal, None),
        Err(ImportError::Unsafe(_))
    ));
    let absolute = zip_of(&[("/etc/Connections.csv", CONNECTIONS_2026.as_bytes().to_vec())]);
    assert!(matches!(
        read_zip_bytes(&absolute, None),
        Err(ImportError::Unsafe(_))
    ));
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.add_symlink(
        "Connections.csv",
        "/etc/passwd",
        SimpleFileOptions::default(),
    )
    .unwrap();
    let link = w.finish().unwrap().into_inner();
    assert!(matches!(
        read_zip_bytes(&link, None),
        Err(ImportError::Unsafe(_))
    ));
    for e in [ImportError::NotLinkedIn, ImportError::Unsafe("x".into())] {
        assert!(!e.message(ssi_coach::i18n::Language::Da).is_empty());
    }
}

/// A ZIP bomb that is also a 520 MB CSV: valid Reactions rows, streamed into a tiny ZIP.
/// Refused by its declared size, and (with the declared size forged small) by the bytes
/// actually inflated.
#[test]
fn zip_bombs_stop_at_the_limit() {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("Reactions.csv", SimpleFileOptions::default())
        .unwrap();
    w.write_all(b"Date,Type,Link\n").unwrap();
    let row = b"2025-03-04 10:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:1\n";
    let chunk: Vec<u8> = row
        .iter()
        .copied()
        .cycle()
        .take(row.len() * 13_000)
        .collect();
    let mut written = 0usize;
    while written < 520 * 1024 * 1024 {
        w.write_all(&chunk).unwrap();
        written += chunk.len();
    }
    let bomb = w.finish().unwrap().into_inner();
    assert!(bomb.len() < 8_000_000, "{}", bomb.len());
    assert!(matches!(
        read_zip_bytes(&bomb, None),
        Err(ImportError::TooLarge { .. })
    ));
    // forge the uncompressed size (local header offset 22, central header offset 24) to
    // 100 bytes, and 8 MB (large entries are inflated on a thread of their own)
    for size in [100u32, 8 << 20] {
        let mut forged = bomb.clone();
        let mut forge = |sig: [u8; 4], offset: usize| {
            let at = forged.windows(4).rposition(|w| w == sig).unwrap();
            forged[at + offset..at + offset + 4].copy_from_slice(&size.to_le_bytes());
        };
        forge([0x50, 0x4b, 0x01, 0x02], 24);
        forge([0x50, 0x4b, 0x03, 0x04], 22);
        match read_zip_bytes(&forged, None) {
            Err(ImportError::TooLarge { .. } | ImportError::NotZip(_)) => {}
            Ok(i) => panic!("a forged bomb was read: {:?}", i.signals),
            Err(e) => panic!("unexpected error {e}"),
        }
    }
}

/// A messages.csv large enough to be inflated on its own thread while it is parsed, with
/// 2026 quoting (every field quoted, newlines and quotes inside messages): exact counts.
#[test]
fn a_large_messages_file_is_read_whole() {
    let mut csv = String::from(
        "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\",\"DATE\",\"CONTENT\",\"FOLDER\"\n",
    );
    let conversations = 20_000;
    for c in 0..conversations {
        // the owner writes twice; every third conversation gets an answer in between
        let rows: &[(&str, &str, &str, u32)] = if c % 3 == 0 {
            &[
                (
                    "Sam Ortega",
                    "https://www.linkedin.com/in/samortega",
                    "Dana Whitfield",
                    1,
                ),
                (
                    "Dana Whitfield",
                    "https://www.linkedin.com/in/dana",
                    "Sam Ortega",
                    2,
                ),
                (
                    "Sam Ortega",
                    "https://www.linkedin.com/in/samortega",
                    "Dana Whitfield",
                    3,
                ),
            ]
        } else {
            &[
                (
                    "Sam Ortega",
                    "https://www.linkedin.com/in/samortega",
                    "Dana Whitfield",
                    1,
                ),
                (
                    "Sam Ortega",
                    "https://www.linkedin.com/in/samortega",
                    "Dana Whitfield",
                    3,
                ),
            ]
        };
        for (from, url, to, minute) in rows {
            let _ = writeln!(
                csv,
                "\"conv-{c}\",\"\",\"{from}\",\"{url}\",\"{to}\",\"2025-03-{:02} 10:{minute:02}:00 UTC\",\"Hi {c},\nline two with \"\"quotes\"\", and more\",\"INBOX\"",
                c % 28 + 1
            );
        }
    }
    assert!(csv.len() > 5_000_000, "{}", csv.len());
    let zip = zip_of(&[
        ("messages.csv", csv.into_bytes()),
        (
            "Invitations.csv",
            b"From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nSam Ortega,Dana Whitfield,\"3/8/25, 9:41 PM\",,OUTGOING,https://www.linkedin.com/in/samortega,https://www.linkedin.com/in/dana\n".to_vec(),
        ),
    ]);
    let i = read_zip_bytes(&zip, Some("Complete_LinkedInDataExport_03-31-2025.zip")).unwrap();
    assert_eq!(i.signals.messages_sent, Some(2 * conversations));
    let replied = i.messages().filter(|m| m.replied).count();
    // the first message of every third conversation got its answer
    assert_eq!(replied, conversations.div_ceil(3) as usize);
    assert!(i.messages().all(|m| m.person == "Dana Whitfield"));
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
}

/// The key saved with an imported message (`li:<conversation>:<seconds>:<content>`, FNV-1a of
/// the conversation id and of the trimmed content) never changes: a second import of an export
/// imported by any earlier version must recognise its messages.
#[test]
fn message_keys_are_stable_across_versions() {
    let fnv = |s: &str| {
        s.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let i = read_zip_bytes(&complete_2026(), None).unwrap();
    let to_dana = i.messages().find(|m| m.person == "Dana Whitfield").unwrap();
    let at = day(2025, 3, 10)
        .and_hms_opt(14, 22, 5)
        .unwrap()
        .and_utc()
        .timestamp();
    let expected = format!(
        "li:{:016x}:{at}:{:016x}",
        fnv("c1"),
        fnv("Thanks for connecting!\nLet's talk.")
    );
    assert_eq!(to_dana.key(), expected);
}

/// A reply that LinkedIn put in a second messages file still counts as a reply.
#[test]
fn a_reply_in_another_messages_file_counts() {
    let header =
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,CONTENT,FOLDER\n";
    let mine = format!(
        "{header}c1,,Sam Ortega,https://www.linkedin.com/in/samortega,Dana Whitfield,2025-03-10 10:00:00 UTC,Hi,INBOX\n\
         c2,,Sam Ortega,https://www.linkedin.com/in/samortega,Lars Jensen,2025-03-10 11:00:00 UTC,Hej,INBOX\n"
    );
    let theirs = format!(
        "{header}c1,,Dana Whitfield,https://www.linkedin.com/in/dana,Sam Ortega,2025-03-11 09:00:00 UTC,Hello,INBOX\n"
    );
    let profile = "First Name,Last Name,Headline\nSam,Ortega,Coach\n";
    let zip = zip_of(&[
        ("messages.csv", mine.into_bytes()),
        ("messages_2.csv", theirs.into_bytes()),
        ("Profile.csv", profile.as_bytes().to_vec()),
    ]);
    let i = read_zip_bytes(&zip, None).unwrap();
    assert_eq!(i.signals.messages_sent, Some(2));
    let replied: Vec<(&str, bool)> = i.messages().map(|m| (m.person, m.replied)).collect();
    assert_eq!(replied, [("Dana Whitfield", true), ("Lars Jensen", false)]);
}

/// Imported messages join the log in date order, after what was already logged that day,
/// each with its own id.
#[test]
fn imported_messages_join_the_log_in_date_order() {
    let i = read_zip_bytes(&complete_2026(), None).unwrap();
    let mut c = Client::new(ClientId("sam-1".into()), "Sam Ortega", day(2025, 1, 1));
    let typed = |id, d, who: &str| ssi_coach::model::MessageEntry::new(id, d, who);
    c.add_message(typed(c.next_id, day(2025, 3, 12), "typed on the 12th"));
    c.next_id += 1;
    c.add_message(typed(c.next_id, day(2025, 3, 20), "typed on the 20th"));
    c.next_id += 1;
    merge(&mut c, &i, day(2025, 3, 20));
    let log: Vec<(NaiveDate, &str)> = c
        .messages
        .iter()
        .map(|m| (m.date, m.person.as_str()))
        .collect();
    assert_eq!(
        log,
        [
            (day(2025, 3, 10), "Dana Whitfield"),
            (day(2025, 3, 12), "typed on the 12th"),
            (day(2025, 3, 12), "Lars Jensen"),
            (day(2025, 3, 15), "Tom Smit"),
            (day(2025, 3, 20), "typed on the 20th"),
        ]
    );
    let mut ids: Vec<u64> = c.messages.iter().map(|m| m.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), c.messages.len(), "ids are unique");
    assert!(c.fresh_id() > *ids.last().unwrap());
}

#[test]
fn merging_twice_changes_nothing_and_a_newer_export_adds_only_what_is_new() {
    let today = day(2025, 3, 20);
    let i = read_zip_bytes(
        &complete_2026(),
        Some("Complete_LinkedInDataExport_03-16-2025.zip"),
    )
    .unwrap();
    let mut c = Client::new(ClientId("sam-1".into()), "Sam Ortega", day(2025, 1, 1));
    let first = merge(&mut c, &i, today);
    assert_eq!(first.messages_added, 3);
    assert!(c.profile.is_done(ProfileItem::Photo));
    assert!(c.profile.is_done(ProfileItem::Banner));
    assert!(c.profile.is_done(ProfileItem::Headline));
    assert_eq!(c.network.connections, 6);
    assert_eq!(c.activity.get(day(2025, 3, 4), ActivityKind::Comment), 2);
    let after_first = c.clone();
    let second = merge(&mut c, &i, today);
    assert!(second.is_empty() && second.already_imported, "{second:?}");
    assert_eq!(c, after_first, "the same export twice changes nothing");

    // a newer export: one more message and one more comment
    let messages = format!(
        "{MESSAGES_2026}\n\"c7\",\"\",\"Sam Ortega\",\"https://www.linkedin.com/in/samortega\",\"Mia Berg\",\"\",\"2025-03-18 08:00:00 UTC\",\"\",\"Hi Mia\",\"INBOX\",\"\",\"No\",\"No\""
    );
    let newer = zip_of(&[
        ("Connections.csv", CONNECTIONS_2026.as_bytes().to_vec()),
        ("messages.csv", messages.into_bytes()),
        ("Invitations.csv", INVITATIONS_7.as_bytes().to_vec()),
    ]);
    let j = read_zip_bytes(&newer, Some("Basic_LinkedInDataExport_03-19-2025.zip")).unwrap();
    let third = merge(&mut c, &j, today);
    assert_eq!(third.messages_added, 1);
    assert_eq!(c.messages.len(), 4);
    assert_eq!(c.activity.get(day(2025, 3, 4), ActivityKind::Comment), 2);
}

#[test]
fn the_estimate_uses_what_was_imported() {
    let i = read_zip_bytes(
        &complete_2026(),
        Some("Complete_LinkedInDataExport_03-16-2025.zip"),
    )
    .unwrap();
    let json = i.to_json();
    let total = json["estimate"]["total"].as_f64().unwrap();
    assert!(total > 10.0, "{total}");
    let brand = json["estimate"]["brand"].as_f64().unwrap();
    assert!(brand > 5.0);
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ssi-coach"))
}

#[test]
fn cli_json_has_the_exact_shape() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("Complete_LinkedInDataExport_03-16-2025.zip");
    std::fs::write(&path, complete_2026()).unwrap();
    let out = bin()
        .args(["import", path.to_str().unwrap(), "--json"])
        .env("SSI_COACH_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // the keys in the documented order
    let text = String::from_utf8_lossy(&out.stdout);
    let at = |k: &str| text.find(&format!("\"{k}\":")).unwrap();
    assert!(at("as_of") < at("signals") && at("signals") < at("estimate"));
    assert!(at("estimate") < at("warnings"));
    assert!(at("connections") < at("decision_makers") && at("profile_photo") < at("skills"));
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    for k in ["as_of", "signals", "estimate", "warnings"] {
        assert!(keys.contains(&k), "{keys:?}");
    }
    assert_eq!(v["as_of"], "2025-03-16");
    let signals = v["signals"].as_object().unwrap();
    let want = [
        "connections",
        "decision_makers",
        "invitations_sent",
        "invitations_with_note",
        "messages_sent",
        "posts",
        "reposts",
        "comments",
        "reactions",
        "searches",
        "articles_published",
        "profile_photo",
        "background_banner",
        "skills",
    ];
    assert_eq!(signals.len(), want.len());
    for k in want {
        assert!(signals.contains_key(k), "{k}");
    }
    assert_eq!(v["signals"]["connections"], 6);
    assert_eq!(v["signals"]["profile_photo"], true);
    assert!(v["estimate"]["total"].is_number());
    assert!(v["warnings"].is_array());
    assert!(!dir.path().join("data").exists(), "--json writes nothing");
}

#[test]
fn cli_bad_input_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("not-a-zip.zip");
    std::fs::write(&bad, b"hello").unwrap();
    let data = dir.path().join("data");
    for args in [
        vec!["import", bad.to_str().unwrap(), "--json"],
        vec!["import", "/no/such/file.zip", "--json"],
        vec!["import", bad.to_str().unwrap()],
        vec!["import", bad.to_str().unwrap(), "--client", "Nobody"],
    ] {
        let out = bin()
            .args(&args)
            .env("SSI_COACH_DATA_DIR", &data)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert!(!data.exists());
}

#[test]
fn cli_client_import_merges_into_the_saved_client() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = ssi_coach::store::Store::open(data.clone()).unwrap();
    let c = Client::new(
        ClientId("sam-ortega-1".into()),
        "Sam Ortega",
        day(2025, 1, 1),
    );
    store.save_client(&c).unwrap();
    drop(store);
    let zip = dir
        .path()
        .join("Complete_LinkedInDataExport_03-16-2025.zip");
    std::fs::write(&zip, complete_2026()).unwrap();
    for round in 0..2 {
        let out = bin()
            .args([
                "import",
                zip.to_str().unwrap(),
                "--client",
                "sam ortega",
                "--today",
                "2025-03-20",
            ])
            .env("SSI_COACH_DATA_DIR", &data)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        if round == 0 {
            assert!(text.contains("3 messages added"), "{text}");
        } else {
            assert!(text.contains("imported before"), "{text}");
        }
    }
    let saved = ssi_coach::store::load_client_file(&data.join("clients/sam-ortega-1.ron")).unwrap();
    assert_eq!(saved.messages.len(), 3);
    assert_eq!(saved.network.connections, 6);
    assert_eq!(saved.imports.len(), 1);
}

#[test]
fn a_file_on_disk_is_read_like_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Basic_LinkedInDataExport_03-16-2025.zip");
    std::fs::write(&path, complete_2026()).unwrap();
    let a = read_zip_file(&path).unwrap();
    let b = read_zip_bytes(
        &complete_2026(),
        Some("Basic_LinkedInDataExport_03-16-2025.zip"),
    )
    .unwrap();
    assert_eq!(a, b);
}

/// More entries than `MAX_ENTRIES` (even tiny, empty ones) are refused before anything is read.
#[test]
fn too_many_entries_are_refused() {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    w.start_file("Connections.csv", stored).unwrap();
    w.write_all(CONNECTIONS_2026.as_bytes()).unwrap();
    for i in 0..ssi_coach::import::MAX_ENTRIES {
        w.start_file(format!("x/{i}.txt"), stored).unwrap();
    }
    let many = w.finish().unwrap().into_inner();
    match read_zip_bytes(&many, None) {
        Err(ImportError::TooManyEntries(n)) => assert_eq!(n, ssi_coach::import::MAX_ENTRIES),
        Ok(i) => panic!(
            "{} entries were accepted: {:?}",
            ssi_coach::import::MAX_ENTRIES + 1,
            i.signals
        ),
        Err(e) => panic!("unexpected error {e}"),
    }
}

#[test]
fn one_file_read_alone_counts_like_inside_the_zip() {
    let comments = "Date,Link,Message\n2022-05-01 10:00:00,https://x/1,First line\ngoes on\n2022-05-02 10:00:00,https://x/2,\"Quoted, with comma\"\n";
    let i = read_entry_bytes("Comments_3.csv", comments.as_bytes()).unwrap();
    assert_eq!(i.signals.comments, Some(2));
    assert_eq!(i.signals.reactions, None);
    assert!(matches!(
        read_entry_bytes("Ad_Targeting.csv", b"a,b\n"),
        Err(ImportError::NotLinkedIn)
    ));
    // what a fuzzer would feed: never a panic, each reader answers
    let mut noise = Vec::new();
    for k in 0u32..4096 {
        noise.push((k.wrapping_mul(2654435761) >> 13) as u8);
    }
    for name in [
        "Connections.csv",
        "Invitations.csv",
        "messages.csv",
        "Shares.csv",
        "Comments.csv",
        "Reactions.csv",
        "SearchQueries.csv",
        "Rich_Media.csv",
        "Profile.csv",
        "Articles/Articles/x.html",
    ] {
        let _ = read_entry_bytes(name, &noise);
        let _ = read_entry_bytes(name, &[0xFF, 0xFE, 0x00]);
    }
}

// ---- real exports (LINKEDIN-EXPORT.md, "Seen in real exports"): fixtures under
// tests/fixtures/exports/, each zipped here as the member would hold it

/// The files of a fixture folder, named relative to it (`/` separated), in name order.
fn fixture_files(era: &str) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let name = path.strip_prefix(root).unwrap().to_string_lossy();
                out.push((name.replace('\\', "/"), std::fs::read(&path).unwrap()));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/exports")
        .join(era);
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out.sort();
    out
}

fn fixture_zip(era: &str) -> Vec<u8> {
    let files = fixture_files(era);
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    zip_of(&refs)
}

/// A ZIP whose entries carry `time` (or the DOS epoch, "no time", when `None`).
fn zip_with_time(files: &[(String, Vec<u8>)], time: Option<(u16, u8, u8)>) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let (y, m, d) = time.unwrap_or((1980, 1, 1));
    let at = zip::DateTime::from_date_and_time(y, m, d, 10, 0, 0).unwrap();
    for (name, bytes) in files {
        let options = SimpleFileOptions::default().last_modified_time(at);
        w.start_file(name.as_str(), options).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn report<'a>(i: &'a ssi_coach::import::Import, name: &str) -> &'a ssi_coach::import::FileReport {
    i.reports
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("{name} not in {:?}", i.reports))
}

#[test]
fn excel_resaved_connections_2020_count_exactly() {
    let i = read_zip_bytes(
        &fixture_zip("excel-2020"),
        Some("Basic_LinkedInDataExport_03-01-2020.zip"),
    )
    .unwrap();
    assert_eq!(i.signals.connections, Some(12), "{:?}", i.warnings);
    assert_eq!(i.signals.decision_makers, Some(3));
    let r = report(&i, "Connections.csv");
    assert_eq!((r.rows, r.read, r.skipped, r.reason), (12, 12, 0, None));
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
}

#[test]
fn messages_2018_count_outgoing_rows_whatever_the_from_name() {
    let i = read_zip_bytes(&fixture_zip("messages-2018"), None).unwrap();
    // 9 OUTGOING rows; the namesake's INCOMING row under the owner's name is not the owner's
    assert_eq!(i.signals.messages_sent, Some(9));
    assert_eq!(i.as_of, day(2018, 10, 26));
    assert_eq!(i.as_of_source, DateSource::Content);
    let gus = i.messages().find(|m| m.person == "Gus Berg").unwrap();
    assert!(gus.replied);
    assert_eq!(report(&i, "Messages.csv").read, 12);
}

#[test]
fn december_2024_split_messages_count_exactly() {
    let i = read_zip_bytes(
        &fixture_zip("dec-2024"),
        Some("Complete_LinkedInDataExport_12-02-2024.zip"),
    )
    .unwrap();
    // sent: 1 + 2 (group, one per row whatever TO holds) in messages.csv; 2 (a draft
    // conversation's sent messages) + 2 (two attachments in one second) + 1 in messages_1.csv.
    // Not: 3 drafts (INBOX, ARCHIVE, no folder), a sponsored row, a SPAM row.
    assert_eq!(i.signals.messages_sent, Some(8));
    assert_eq!(report(&i, "messages.csv").rows, 9);
    assert_eq!(report(&i, "messages_1.csv").rows, 6);
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
    // invitations: Pacific daylight time in July (UTC-7), standard time in January (UTC-8)
    assert_eq!(
        i.activity
            .get(&(day(2024, 7, 1), ActivityKind::InvitationWithNote)),
        Some(&1),
        "4:30 PM PDT on 1 July is 23:30 UTC the same day"
    );
    assert_eq!(
        i.activity
            .get(&(day(2024, 1, 16), ActivityKind::InvitationWithoutNote)),
        Some(&1),
        "4:30 PM PST on 15 January is 00:30 UTC the next day"
    );
}

#[test]
fn a_namesake_of_the_owner_is_someone_else() {
    let i = read_zip_bytes(
        &fixture_zip("namesake-2025"),
        Some("Complete_LinkedInDataExport_02-10-2025.zip"),
    )
    .unwrap();
    assert_eq!(i.signals.messages_sent, Some(3));
    // the owner's answer to the namesake was answered by the namesake
    assert!(i.messages().any(|m| m.person == "Mia Kok" && m.replied));
    // without invitations, the owner's URL is the one sending most under the owner's name
    let files: Vec<(String, Vec<u8>)> = fixture_files("namesake-2025")
        .into_iter()
        .filter(|(n, _)| n != "Invitations.csv")
        .collect();
    let i = read_zip_bytes(&zip_with_time(&files, None), None).unwrap();
    assert_eq!(i.signals.messages_sent, Some(3));
}

#[test]
fn searches_2025_with_unquoted_commas_and_reactions_without_utc() {
    let i = read_zip_bytes(
        &fixture_zip("namesake-2025"),
        Some("Complete_LinkedInDataExport_02-10-2025.zip"),
    )
    .unwrap();
    // "andre de grasse, oly" twice within a minute counts once; ", olympics" is another query
    assert_eq!(i.signals.searches, Some(3));
    assert_eq!(i.signals.reactions, Some(2));
}

#[test]
fn a_rezipped_folder_with_numbered_names_2026() {
    let zip = fixture_zip("folder-2026");
    let i = read_zip_bytes(&zip, Some("export (2).zip")).unwrap();
    assert_eq!(i.as_of, day(2026, 4, 2), "the folder's name dates it");
    assert_eq!(i.as_of_source, DateSource::FileName);
    let s = &i.signals;
    assert_eq!(
        s.messages_sent,
        Some(2),
        "all quoted, 11 columns ending ATTACHMENTS"
    );
    assert_eq!(s.reactions, Some(3));
    assert_eq!(s.comments, Some(2));
    assert_eq!(
        (s.posts, s.reposts),
        (Some(1), Some(2)),
        "quote runs are not text"
    );
    assert_eq!(s.profile_photo, Some(true));
    assert_eq!(i.profile_name.as_deref(), Some("Lea Moreau"));
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
    let names: Vec<&str> = i.reports.iter().map(|r| r.name.as_str()).collect();
    assert!(names.contains(&"Reactions_1158443584.csv"), "{names:?}");
    // every file found is listed; one the estimate does not use says so and is not read
    let follows = i
        .reports
        .iter()
        .find(|r| r.name.contains("Member_Follows"))
        .expect("Member_Follows is listed");
    assert_eq!(follows.reason, Some(SkipReason::NotUsed), "{follows:?}");
    assert_eq!(follows.read, 0);
    assert!(
        follows
            .reason
            .is_some_and(|r| r.message(Language::Nl).contains("niet gelezen")),
    );
}

#[test]
fn a_renamed_zip_is_dated_by_its_content_then_its_entry_times_never_1970() {
    let files = fixture_files("folder-2026");
    let rich: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter(|(n, _)| n.ends_with("Rich_Media.csv") || n.ends_with("Profile.csv"))
        .map(|(n, b)| (n.rsplit('/').next().unwrap().to_owned(), b.clone()))
        .collect();
    let i = read_zip_bytes(&zip_with_time(&rich, None), Some("linkedin.zip")).unwrap();
    assert_eq!(i.as_of, day(2025, 3, 2), "the prose date of Rich_Media.csv");
    assert!(i.warnings.contains(&Warning::DateFromContent));

    let basic = fixture_files("basic-2022-undated");
    let zip = zip_with_time(&basic, Some((2022, 5, 17)));
    let i = read_zip_bytes(&zip, Some("linkedin.zip")).unwrap();
    assert_eq!(i.as_of, day(2022, 5, 17));
    assert_eq!(i.as_of_source, DateSource::EntryTimes);
    assert_eq!(i.signals.skills, Some(3));
    assert!(i.warnings.contains(&Warning::DateFromEntryTimes));

    let mut i = read_zip_bytes(&zip_with_time(&basic, None), Some("linkedin.zip")).unwrap();
    assert_eq!(i.as_of_source, DateSource::Unknown);
    assert!(i.as_of.year() > 2003, "never 1970: {}", i.as_of);
    assert!(i.warnings.contains(&Warning::DateUnknown));
    // the user chooses the date; one before LinkedIn existed is a warning
    i.set_as_of(day(2001, 1, 1), day(2026, 1, 1));
    assert_eq!(i.as_of, day(2001, 1, 1));
    assert_eq!(i.warnings, vec![Warning::DateTooEarly(day(2001, 1, 1))]);
    i.set_as_of(day(2022, 5, 1), day(2026, 1, 1));
    assert!(i.warnings.is_empty());
    let future = read_zip_bytes(&zip, Some("Basic_LinkedInDataExport_01-01-2099.zip")).unwrap();
    assert!(
        future
            .warnings
            .contains(&Warning::DateInFuture(day(2099, 1, 1)))
    );
}

#[test]
fn legacy_2018_utf16_searches_and_shares_count_exactly() {
    let i = read_zip_bytes(
        &fixture_zip("legacy-2018"),
        Some("Complete_LinkedInDataExport_10-28-2018.zip"),
    )
    .unwrap();
    assert_eq!(i.signals.searches, Some(2));
    assert_eq!((i.signals.posts, i.signals.reposts), (Some(1), Some(1)));
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
}

#[test]
fn a_file_split_in_six_parts_is_read_as_one() {
    let i = read_zip_bytes(
        &fixture_zip("split-2024"),
        Some("Complete_LinkedInDataExport_07-01-2024.zip"),
    )
    .unwrap();
    assert_eq!(i.signals.reactions, Some(21));
    assert_eq!(i.reports.len(), 6);
    assert_eq!(report(&i, "Reactions_5.csv").read, 6);
}

#[test]
fn a_partial_download_knows_only_what_it_holds() {
    let i = read_zip_bytes(
        &fixture_zip("partial-2026"),
        Some("Complete_LinkedInDataExport_01-07-2026.zip"),
    )
    .unwrap();
    assert_eq!(i.signals.reactions, Some(1));
    assert_eq!(i.signals.posts, Some(1));
    assert_eq!(i.signals.connections, None);
    assert_eq!(
        i.signals.messages_sent,
        Some(0),
        "No conversations found: none, known"
    );
    assert!(
        i.warnings.is_empty(),
        "a placeholder is not an error: {:?}",
        i.warnings
    );
    let r = report(&i, "messages.csv");
    assert_eq!((r.rows, r.read, r.reason), (0, 0, None));
}

#[test]
fn connections_with_dates_of_an_unknown_form_are_not_a_silent_zero() {
    let csv = "First Name,Last Name,Company,Position,Connected On\nAnna,Holm,,CEO,2020.02.29\nBram,Visser,,,2020.02.28\n";
    let zip = zip_of(&[("Connections.csv", csv.as_bytes().to_vec())]);
    let i = read_zip_bytes(&zip, Some("Basic_LinkedInDataExport_03-01-2020.zip")).unwrap();
    let r = report(&i, "Connections.csv");
    assert_eq!((r.rows, r.read, r.skipped), (2, 0, 2));
    assert_eq!(r.reason, Some(SkipReason::UnknownDate));
    let w = i.warnings[0].message(Language::En);
    assert_eq!(
        w,
        "Connections.csv: 2 rows, 0 read: the dates are in a format this version does not know"
    );
    assert!(
        i.warnings[0]
            .message(Language::Nl)
            .contains("2 rijen, 0 gelezen")
    );
}

#[test]
fn case_variants_of_one_file_are_read_once_with_a_warning() {
    let zip = zip_of(&[
        ("Connections.csv", CONNECTIONS_2026.as_bytes().to_vec()),
        ("connections.csv", CONNECTIONS_2026.as_bytes().to_vec()),
    ]);
    let i = read_zip_bytes(&zip, Some("Basic_LinkedInDataExport_03-16-2025.zip")).unwrap();
    assert_eq!(i.signals.connections, Some(6), "not 12");
    assert!(i.warnings.contains(&Warning::Duplicate {
        file: "connections.csv".to_owned(),
        kept: "Connections.csv".to_owned(),
    }));
    assert_eq!(
        report(&i, "connections.csv").reason,
        Some(SkipReason::Duplicate)
    );
}

#[test]
fn an_unsafe_entry_name_is_escaped_in_the_message() {
    let zip = zip_of(&[
        ("Connections.csv", CONNECTIONS_2026.as_bytes().to_vec()),
        ("../\u{1b}[2J\u{1b}]0;owned\u{7}\nrm -rf.csv", b"x".to_vec()),
    ]);
    let Err(e) = read_zip_bytes(&zip, None) else {
        panic!("accepted")
    };
    for text in [
        e.to_string(),
        e.message(Language::En),
        e.message(Language::Da),
    ] {
        assert!(!text.chars().any(char::is_control), "{text:?}");
        assert!(text.contains("\\u{1b}[2J"), "{text:?}");
    }
}

/// A ZIP whose end record declares a million entries is refused from that record, before the
/// ZIP reader allocates for them (it used to read and hold them all: 1.17 GB).
#[test]
fn a_million_declared_entries_are_refused_before_reading_them() {
    let mut zip = zip_of(&[("Connections.csv", CONNECTIONS_2026.as_bytes().to_vec())]);
    let end = zip.len() - 22;
    assert_eq!(&zip[end..end + 4], b"PK\x05\x06");
    // ZIP64: 0xFFFF in the end record, the real count in the ZIP64 end record
    let zip64_at = u64::try_from(end).unwrap();
    let mut record = b"PK\x06\x06".to_vec();
    record.extend_from_slice(&44u64.to_le_bytes());
    record.extend_from_slice(&[45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    record.extend_from_slice(&1_000_000u64.to_le_bytes());
    record.extend_from_slice(&1_000_000u64.to_le_bytes());
    record.extend_from_slice(&(46u64 * 1_000_000).to_le_bytes());
    record.extend_from_slice(&0u64.to_le_bytes());
    let mut locator = b"PK\x06\x07".to_vec();
    locator.extend_from_slice(&0u32.to_le_bytes());
    locator.extend_from_slice(&zip64_at.to_le_bytes());
    locator.extend_from_slice(&1u32.to_le_bytes());
    let mut eocd = zip[end..].to_vec();
    eocd[8..10].copy_from_slice(&0xFFFFu16.to_le_bytes());
    eocd[10..12].copy_from_slice(&0xFFFFu16.to_le_bytes());
    zip.truncate(end);
    zip.extend(record);
    zip.extend(locator);
    zip.extend(eocd);
    match read_zip_bytes(&zip, None) {
        Err(ImportError::TooManyEntries(n)) => assert_eq!(n, ssi_coach::import::MAX_ENTRIES),
        other => panic!("{:?}", other.map(|i| i.signals)),
    }
}

#[test]
fn cli_json_lists_every_file_with_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Basic_LinkedInDataExport_03-01-2020.zip");
    std::fs::write(&path, fixture_zip("excel-2020")).unwrap();
    let out = bin()
        .args(["import", path.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let at = |k: &str| text.find(&format!("\"{k}\":")).unwrap();
    assert!(
        at("warnings") < at("files"),
        "files added after the documented keys"
    );
    assert!(text.contains(
        r#""files":[{"name":"Connections.csv","rows":12,"read":12,"skipped":0,"reason":null}]"#
    ));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// No file with data rows yields zero without a warning, whatever its dates, header or
    /// content.
    #[test]
    fn no_file_with_rows_is_a_silent_zero(
        file in proptest::sample::select(vec![
            "Connections.csv", "messages.csv", "Invitations.csv", "Reactions.csv",
            "Shares.csv", "Comments.csv", "SearchQueries.csv",
        ]),
        header in proptest::sample::select(vec![
            "First Name,Last Name,Position,Connected On",
            "CONVERSATION ID,FROM,TO,DATE,CONTENT,FOLDER",
            "From,To,Sent At,Message,Direction",
            "Date,Type,Link",
            "Date,ShareLink,ShareCommentary",
            "Date,Link,Message",
            "Time,Search Query",
            "Name,Value,When",
        ]),
        dates in proptest::collection::vec(proptest::sample::select(vec![
            "2025-03-01 10:00:00 UTC", "09 Mar 2025", "3/8/25, 9:41 PM", "29-Feb-20",
            "2025.03.01", "gisteren", "", "1 maart 2025",
        ]), 1..6),
    ) {
        let mut csv = format!("{header}\n");
        for (k, d) in dates.iter().enumerate() {
            let _ = writeln!(csv, "{d},Person {k},x,OUTGOING,{d}");
        }
        let zip = zip_of(&[(file, csv.into_bytes())]);
        let i = read_zip_bytes(&zip, Some("Complete_LinkedInDataExport_03-16-2025.zip")).unwrap();
        for r in &i.reports {
            if r.rows > 0 && r.read == 0 {
                proptest::prop_assert!(r.reason.is_some(), "{r:?}");
                proptest::prop_assert!(
                    i.warnings.iter().any(|w| w.message(Language::En).contains(&r.name)),
                    "{r:?} {:?}", i.warnings
                );
            }
            proptest::prop_assert_eq!(r.rows, r.read + r.skipped);
        }
    }
}

#[test]
fn profile_files_date_a_renamed_basic_export() {
    // Endorsements `2024/12/07 14:51:07 UTC`, Recommendations `11/27/24, 09:51 AM`, Company
    // Follows `Sat Dec 14 08:57:55 UTC 2024`, Positions `Jun 2018` / `2019`
    let files = fixture_files("basic-2024-profile-dates");
    let i = read_zip_bytes(&zip_with_time(&files, None), Some("linkedin.zip")).unwrap();
    assert_eq!(i.as_of, day(2024, 12, 14));
    assert_eq!(i.as_of_source, DateSource::Content);
    assert_eq!(i.profile.endorsements, Some(2));
    assert_eq!(
        i.profile.recommendations,
        Some(1),
        "the hidden one is not counted"
    );
    assert!(i.profile.experience_descriptions);
    for r in &i.reports {
        assert_eq!(r.skipped, 0, "{r:?}");
    }
    assert_eq!(i.warnings, vec![Warning::DateFromContent]);
}

/// The import preview driven like a user: the per-file table in the user's language, the
/// date asked for when nothing tells it, a new client named from Profile.csv, the client's
/// current values next to the export's.
#[cfg(feature = "gui")]
mod preview {

    use chrono::NaiveDate;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use ssi_coach::app::AppState;
    use ssi_coach::i18n::Language;
    use ssi_coach::ui::{Command, ImportCommand};
    use std::io::Write as _;

    fn harness(dir: &std::path::Path, lang: Language) -> Harness<'static, AppState> {
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let state = AppState::new(dir.to_owned(), today, lang);
        Harness::builder()
            .with_size(egui::vec2(1280.0, 1400.0))
            .build_ui_state(|ui, state: &mut AppState| state.show(ui), state)
    }

    fn write_zip(path: &std::path::Path, files: &[(&str, &str)]) {
        let mut w = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
        // no entry times: nothing dates an export without dated rows
        let at = zip::DateTime::from_date_and_time(1980, 1, 1, 0, 0, 0).unwrap();
        for (name, text) in files {
            let opts = zip::write::SimpleFileOptions::default().last_modified_time(at);
            w.start_file(*name, opts).unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap();
    }

    const PROFILE: &str = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nOla,Strand,,,,Sales lead,About me,Retail,,Oslo,,,\n";

    #[test]
    fn an_undated_export_asks_its_date_and_makes_a_new_client() {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("linkedin.zip");
        write_zip(
            &zip,
            &[
                ("Profile.csv", PROFILE),
                ("Skills.csv", "Name\nRetail\nSales\nCoaching\n"),
                (
                    "Connections.csv",
                    "First Name,Last Name,Company,Position,Connected On\nAnna,Holm,,CEO,2020.02.29\n",
                ),
            ],
        );
        let mut h = harness(dir.path(), Language::Nl);
        h.run();
        h.state_mut()
            .apply(Command::Import(ImportCommand::ImportFile(zip)));
        h.state_mut().wait_for_import();
        h.run();
        // the files table and the warning in the user's language
        assert!(h.query_by_label("Bestanden in de export").is_some());
        assert!(
            h.query_by_label("1 rij, 0 gelezen, 1 overgeslagen")
                .is_some()
        );
        assert!(
            h.query_by_label_contains("Connections.csv: 1 rij, 0 gelezen")
                .is_some()
        );
        assert!(
            h.query_by_label_contains("Niets zegt wanneer deze export is gemaakt")
                .is_some()
        );
        // the date is asked
        h.get_by_role(egui::accesskit::Role::TextInput).focus();
        h.run();
        h.get_by_role(egui::accesskit::Role::TextInput)
            .type_text("2022-05-17");
        h.run();
        h.get_by_label("Deze datum gebruiken").click();
        h.run();
        assert!(h.query_by_label_contains("Niets zegt wanneer").is_none());
        // no client yet: "a new client" named from Profile.csv
        h.get_by_label("Toevoegen aan Ola Strand").click();
        h.run();
        let c = h.state().client().unwrap();
        assert_eq!(c.name, "Ola Strand");
        assert_eq!(c.imports.len(), 1);
        assert_eq!(
            c.imports[0].as_of,
            NaiveDate::from_ymd_opt(2022, 5, 17).unwrap()
        );
    }

    #[test]
    fn the_preview_shows_the_clients_values_next_to_the_exports() {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("Basic_LinkedInDataExport_11-18-2026.zip");
        write_zip(
            &zip,
            &[
                ("Profile.csv", PROFILE),
                (
                    "Connections.csv",
                    "First Name,Last Name,Company,Position,Connected On\nAnna,Holm,,CEO,01 Oct 2026\nBram,Visser,,Engineer,02 Oct 2026\n",
                ),
            ],
        );
        let mut h = harness(dir.path(), Language::En);
        h.run();
        h.get_by_label("Explore a demo client").click();
        h.run();
        let now = h.state().client().unwrap().network.connections;
        h.state_mut()
            .apply(Command::Import(ImportCommand::ImportFile(zip)));
        h.state_mut().wait_for_import();
        h.run();
        assert!(
            h.query_by_label_contains("now, 2 in the export").is_some(),
            "demo has {now}"
        );
        assert!(h.query_by_label("2 rows, 2 read, 0 skipped").is_some());
    }
}
