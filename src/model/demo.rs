//! The first-run demo client: realistic data to play with, flagged `demo: true`.

use chrono::Duration;

use super::{
    ActivityKind, Channel, Client, ClientId, Date, MessageEntry, Network, PillarScores,
    ProfileItem, Reading,
};

/// A demo client whose activity ends on `today`.
pub fn demo_client(today: Date) -> Client {
    let mut c = Client::new(
        ClientId("demo-client".to_owned()),
        "Demo: Alex Morgan",
        today - Duration::days(120),
    );
    c.demo = true;
    for item in [
        ProfileItem::Photo,
        ProfileItem::Headline,
        ProfileItem::About,
        ProfileItem::IndustryLocation,
        ProfileItem::ExperienceDescriptions,
        ProfileItem::Skills,
        ProfileItem::Education,
    ] {
        c.profile.set(item, true);
    }
    c.profile.skills = 9;
    c.network = Network {
        connections: 640,
        decision_makers: 70,
        followers: None,
    };
    for (kind, n) in [
        (ActivityKind::Comment, 5),
        (ActivityKind::Like, 15),
        (ActivityKind::Post, 1),
        (ActivityKind::Search, 10),
        (ActivityKind::InvitationWithNote, 3),
    ] {
        c.goals.set(kind, n);
    }
    for a in 0..90i64 {
        let d = today - Duration::days(a);
        if a % 7 >= 5 {
            continue; // weekends off
        }
        c.activity.add(d, ActivityKind::Like, 2 + (a % 3) as u32);
        if a % 2 == 0 {
            c.activity.add(d, ActivityKind::Comment, 1);
        }
        if a % 3 == 0 {
            c.activity.add(d, ActivityKind::Search, 2);
        }
        if a % 11 == 0 {
            c.activity.add(d, ActivityKind::Post, 1);
        }
        if a % 4 == 0 {
            c.activity.add(d, ActivityKind::InvitationWithNote, 1);
        }
        if a % 9 == 0 {
            c.activity.add(d, ActivityKind::Acceptance, 1);
        }
    }
    let people = [
        (
            "Sam Ortega",
            "Northwind Traders",
            "VP Sales EMEA",
            true,
            Channel::Message,
        ),
        (
            "Lotte de Vries",
            "Brightline BV",
            "Eigenaar",
            true,
            Channel::InvitationNote,
        ),
        (
            "Mads Jensen",
            "Nordlys A/S",
            "Key account manager",
            false,
            Channel::Message,
        ),
        (
            "Priya Nair",
            "Contoso",
            "Head of Procurement",
            true,
            Channel::Message,
        ),
    ];
    for (i, (person, company, title, dm, channel)) in people.into_iter().enumerate() {
        let id = c.fresh_id();
        let mut m = MessageEntry::new(id, today - Duration::days(2 + 6 * i as i64), person);
        m.company = company.into();
        m.title = title.into();
        m.decision_maker = dm;
        m.channel = channel;
        m.replied = i % 2 == 0;
        if !m.replied {
            m.follow_up = Some(today - Duration::days(1) + Duration::days(i as i64));
        }
        c.add_message(m);
    }
    for (back, total, p) in [
        (60, 41.0, [13.0, 8.0, 9.0, 11.0]),
        (30, 45.0, [13.5, 9.0, 10.5, 12.0]),
    ] {
        c.readings.push(Reading {
            date: today - Duration::days(back),
            total,
            pillars: PillarScores {
                brand: p[0],
                find: p[1],
                engage: p[2],
                relationships: p[3],
            },
            industry_rank_pct: Some(25.0),
            network_rank_pct: Some(18.0),
            industry_average: Some(27.0),
            network_average: Some(33.0),
        });
    }
    c
}

/// A heavy client for benchmarks and load tests: every profile item, five years of daily
/// activity and `messages` logged messages (a quarter to decision makers, one in ten InMail,
/// a third replied), ending on `today`.
pub fn heavy_client(today: Date, messages: u64) -> Client {
    let mut c = Client::new(
        ClientId("heavy-client".to_owned()),
        "Heavy Client",
        today - Duration::days(5 * 365),
    );
    for item in ProfileItem::ALL {
        c.profile.set(item, true);
    }
    c.network = Network {
        connections: 3200,
        decision_makers: 410,
        followers: None,
    };
    for a in 0..5 * 365 {
        let d = today - Duration::days(a);
        for (i, kind) in ActivityKind::ALL.iter().enumerate() {
            c.activity.set(d, *kind, ((a as usize + i) % 5) as u32 + 1);
        }
    }
    for n in 0..messages {
        let date = today - Duration::days((n % 1825) as i64);
        let mut m = MessageEntry::new(n + 1, date, format!("Person {n}"));
        m.company = format!("Company {}", n % 700).into();
        m.title = "Director".into();
        m.decision_maker = n % 4 == 0;
        m.replied = n % 3 == 0;
        m.channel = if n % 10 == 0 {
            Channel::InMail
        } else {
            Channel::Message
        };
        c.add_message(m);
    }
    c.next_id = messages + 1;
    c
}
