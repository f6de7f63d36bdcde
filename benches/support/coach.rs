//! The coach's folder of issue #19, generated the same way every run (a fixed seed): 300
//! clients with two years of activity, monthly readings, a session every six weeks and
//! 500-2,000 messages each, plus a recruiter with 50,000 messages and five years of daily
//! activity. Shared by `examples/coach_folder.rs` (writes it to disk) and `benches/ui.rs`
//! (holds it in memory).
#![allow(dead_code)]

use chrono::Duration;
use ssi_coach::engine;
use ssi_coach::model::{
    ActionItem, ActivityKind, Channel, Client, ClientId, Date, Lever, MessageEntry, PillarScores,
    ProfileItem, Reading, Session,
};

/// How many clients besides the recruiter.
pub const CLIENTS: usize = 300;
/// The seed of the generator.
pub const SEED: u64 = 0x5eed_c0ac;

/// The day the folder is generated for (fixed, so runs compare).
pub fn today() -> Date {
    Date::from_ymd_opt(2026, 11, 30).unwrap_or_default()
}

/// A small deterministic generator (xorshift), so the folder is the same every run.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const FIRST: [&str; 12] = [
    "Dana", "Piet", "Mette", "Sanne", "Lars", "Noor", "Jens", "Eva", "Sam", "Femke", "Karin",
    "Tobias",
];
const LAST: [&str; 12] = [
    "Whitfield",
    "de Vries",
    "Jensen",
    "Bakker",
    "Nielsen",
    "Visser",
    "Hansen",
    "Smit",
    "Ortega",
    "Mulder",
    "Larsen",
    "Meijer",
];

/// Client `n` of the coach's folder.
pub fn client(rng: &mut Rng, n: usize, today: Date) -> Client {
    let name = format!(
        "{} {} {n}",
        FIRST[rng.below(12) as usize],
        LAST[rng.below(12) as usize]
    );
    let mut c = Client::new(
        ClientId(format!("client-{n:03}")),
        &name,
        today - Duration::days(730),
    );
    for item in ProfileItem::ALL {
        if rng.chance(60) {
            c.profile.set(item, true);
        }
    }
    c.network.connections = 150 + rng.below(2500) as u32;
    c.network.decision_makers = rng.below(300) as u32;
    // two years of activity: active on about half the days
    for a in 0..730 {
        let d = today - Duration::days(a);
        if rng.chance(50) {
            for kind in ActivityKind::ALL {
                if rng.chance(40) {
                    c.activity.set(d, kind, 1 + rng.below(4) as u32);
                }
            }
        }
    }
    // 500-2,000 messages over two years
    let messages = 500 + rng.below(1501);
    for m in 0..messages {
        let date = today - Duration::days(rng.below(730) as i64);
        let id = c.fresh_id();
        let mut e = MessageEntry::new(id, date, format!("Contact {m} of {n}"));
        e.company = format!("Company {}", rng.below(400)).into();
        e.title =
            ["CEO", "Head of Sales", "Account Executive", "Engineer"][rng.below(4) as usize].into();
        e.decision_maker = rng.chance(30);
        e.replied = rng.chance(40);
        e.channel = if rng.chance(10) {
            Channel::InMail
        } else {
            Channel::Message
        };
        if !e.replied && rng.chance(20) {
            e.follow_up = Some(date + Duration::days(7));
        }
        c.add_message(e);
    }
    // a real reading each month
    for month in 0..24 {
        let date = today - Duration::days(730 - month * 30);
        let p = |rng: &mut Rng| 5.0 + rng.below(150) as f64 / 10.0;
        let pillars = PillarScores {
            brand: p(rng),
            find: p(rng),
            engage: p(rng),
            relationships: p(rng),
        };
        c.readings.push(Reading {
            date,
            total: pillars.total(),
            pillars,
            industry_rank_pct: Some(1.0 + rng.below(60) as f64),
            network_rank_pct: Some(1.0 + rng.below(60) as f64),
            industry_average: Some(30.0 + rng.below(200) as f64 / 10.0),
            network_average: Some(30.0 + rng.below(200) as f64 / 10.0),
        });
    }
    // a session every six weeks, each with an action item
    let mut d = today - Duration::days(700);
    while d <= today {
        let id = c.fresh_id();
        c.sessions.push(Session {
            id,
            date: d,
            notes: format!("Session on {d}: went through the plan.\nNext: comments and posts."),
            snapshot: engine::snapshot(&c, d),
        });
        let item = c.fresh_id();
        c.action_items.push(ActionItem {
            id: item,
            session_id: Some(id),
            lever: Lever::Comments,
            description: "Comment on three customers' posts a week".to_owned(),
            target: Some(3.0),
            due: Some(d + Duration::days(14)),
            done: (d + Duration::days(14) < today && rng.chance(70))
                .then_some(d + Duration::days(10)),
        });
        d += Duration::days(42);
    }
    c
}

/// The recruiter: 50,000 messages and five years of daily activity.
pub fn recruiter(today: Date) -> Client {
    let mut recruiter = ssi_coach::model::heavy_client(today, 50_000);
    recruiter.id = ClientId("recruiter".to_owned());
    recruiter.name = "Robin Recruiter".to_owned();
    recruiter
}

/// `count` clients and the recruiter (last), in the order they are generated.
pub fn folder(count: usize, today: Date) -> Vec<Client> {
    let mut rng = Rng(SEED);
    let mut clients: Vec<Client> = (1..=count).map(|n| client(&mut rng, n, today)).collect();
    clients.push(recruiter(today));
    clients
}
