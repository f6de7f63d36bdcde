//! Engagement goals and the dated activity log.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Date;

/// A kind of activity the user logs (or the import fills).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActivityKind {
    /// Original post.
    Post,
    /// Published article.
    Article,
    /// Comment on someone's post.
    Comment,
    /// Like / reaction.
    Like,
    /// Share / repost of someone's post.
    Share,
    /// Post or comment in a group.
    GroupPost,
    /// People search.
    Search,
    /// Saved search (Sales Navigator).
    SavedSearch,
    /// Lead or account saved (Sales Navigator).
    LeadSaved,
    /// Followed up on someone who viewed the profile.
    ProfileViewFollowUp,
    /// Connection request with a personal note.
    InvitationWithNote,
    /// Connection request without a note.
    InvitationWithoutNote,
    /// Someone accepted a connection request.
    Acceptance,
}

impl ActivityKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 13] = [
        Self::Post,
        Self::Article,
        Self::Comment,
        Self::Like,
        Self::Share,
        Self::GroupPost,
        Self::Search,
        Self::SavedSearch,
        Self::LeadSaved,
        Self::ProfileViewFollowUp,
        Self::InvitationWithNote,
        Self::InvitationWithoutNote,
        Self::Acceptance,
    ];

    /// A stable snake_case key (used in JSON, CSV and i18n keys).
    pub fn key(self) -> &'static str {
        match self {
            Self::Post => "post",
            Self::Article => "article",
            Self::Comment => "comment",
            Self::Like => "like",
            Self::Share => "share",
            Self::GroupPost => "group_post",
            Self::Search => "search",
            Self::SavedSearch => "saved_search",
            Self::LeadSaved => "lead_saved",
            Self::ProfileViewFollowUp => "profile_view_follow_up",
            Self::InvitationWithNote => "invitation_with_note",
            Self::InvitationWithoutNote => "invitation_without_note",
            Self::Acceptance => "acceptance",
        }
    }

    /// Inverse of [`Self::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether only Sales Navigator offers this activity.
    pub fn needs_sales_navigator(self) -> bool {
        matches!(self, Self::SavedSearch | Self::LeadSaved)
    }
}

impl ActivityKind {
    /// Its place in [`Self::ALL`] (the declaration order).
    pub const fn index(self) -> usize {
        self as usize
    }
}

/// Counts for one day, one per kind (0: none). Held inline, 13 counts, not as a map per day:
/// a coach's folder holds 110,000 logged days (docs/performance.md). Read and written as the
/// map it always was in the files (`{Comment: 3, Like: 5}`, the kinds with a count).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayActivity([u32; ActivityKind::ALL.len()]);

impl DayActivity {
    /// The count of `kind`.
    pub fn count(&self, kind: ActivityKind) -> u32 {
        self.0[kind.index()]
    }

    /// Set the count of `kind` (0: none).
    pub fn set(&mut self, kind: ActivityKind, count: u32) {
        self.0[kind.index()] = count;
    }

    /// Whether no kind has a count.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|n| *n == 0)
    }

    /// The kinds with a count and their counts, in [`ActivityKind::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (ActivityKind, u32)> + '_ {
        ActivityKind::ALL
            .into_iter()
            .zip(self.0)
            .filter(|(_, n)| *n > 0)
    }
}

impl FromIterator<(ActivityKind, u32)> for DayActivity {
    /// A kind given twice keeps the last.
    fn from_iter<I: IntoIterator<Item = (ActivityKind, u32)>>(counts: I) -> Self {
        let mut day = Self::default();
        for (kind, n) in counts {
            day.set(kind, n);
        }
        day
    }
}

impl Serialize for DayActivity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for DayActivity {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Counts;
        impl<'de> serde::de::Visitor<'de> for Counts {
            type Value = DayActivity;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map of activity kinds to counts")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DayActivity, A::Error> {
                let mut day = DayActivity::default();
                // a kind written twice keeps the last, as a map does
                while let Some((kind, n)) = map.next_entry::<ActivityKind, u32>()? {
                    day.set(kind, n);
                }
                Ok(day)
            }
        }
        d.deserialize_map(Counts)
    }
}

/// Weekly targets per activity kind (absent = no goal).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WeeklyGoals(pub BTreeMap<ActivityKind, u32>);

impl WeeklyGoals {
    /// The weekly target for `kind`, 0 when none is set.
    pub fn get(&self, kind: ActivityKind) -> u32 {
        self.0.get(&kind).copied().unwrap_or(0)
    }

    /// Set the weekly target for `kind` (0 removes it).
    pub fn set(&mut self, kind: ActivityKind, per_week: u32) {
        if per_week == 0 {
            self.0.remove(&kind);
        } else {
            self.0.insert(kind, per_week);
        }
    }
}

/// What was done, per day. Days without activity are absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ActivityLog(pub BTreeMap<Date, DayActivity>);

/// Read as the map it is written as, but built in one go: a map filled one day at a time in
/// date order (as a file lists them) keeps its nodes about half empty, for as long as the
/// client is open (a coach's 110,000 logged days, docs/performance.md). The same days and
/// counts either way; a day written twice keeps the last, as before.
impl<'de> Deserialize<'de> for ActivityLog {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Days;
        impl<'de> serde::de::Visitor<'de> for Days {
            type Value = ActivityLog;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map of days to counts")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ActivityLog, A::Error> {
                let mut days = Vec::with_capacity(map.size_hint().unwrap_or(0).min(1 << 16));
                while let Some(day) = map.next_entry::<Date, DayActivity>()? {
                    days.push(day);
                }
                Ok(ActivityLog(days.into_iter().collect()))
            }
        }
        d.deserialize_map(Days)
    }
}

impl ActivityLog {
    /// The count of `kind` on `day`.
    pub fn get(&self, day: Date, kind: ActivityKind) -> u32 {
        self.0.get(&day).map_or(0, |d| d.count(kind))
    }

    /// Set the count of `kind` on `day` (0 removes it; empty days are dropped).
    pub fn set(&mut self, day: Date, kind: ActivityKind, count: u32) {
        if count == 0 {
            if let Some(d) = self.0.get_mut(&day) {
                d.set(kind, 0);
                if d.is_empty() {
                    self.0.remove(&day);
                }
            }
        } else {
            self.0.entry(day).or_default().set(kind, count);
        }
    }

    /// Add `n` to the count of `kind` on `day` (saturating).
    pub fn add(&mut self, day: Date, kind: ActivityKind, n: u32) {
        let now = self.get(day, kind);
        self.set(day, kind, now.saturating_add(n));
    }

    /// Sum of `kind` over the inclusive range `from..=to`.
    pub fn sum(&self, kind: ActivityKind, from: Date, to: Date) -> u32 {
        if from > to {
            return 0;
        }
        self.0
            .range(from..=to)
            .map(|(_, d)| d.count(kind))
            .fold(0u32, u32::saturating_add)
    }

    /// Whether anything at all was logged on `day`.
    pub fn active_on(&self, day: Date) -> bool {
        self.0.get(&day).is_some_and(|d| !d.is_empty())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// A day is written as the map of kinds to counts it always was (the files and the
    /// coaching files are unchanged), its kinds in the order of `ActivityKind::ALL`, and
    /// read from one whatever the order, a kind written twice keeping the last.
    #[test]
    fn a_day_reads_and_writes_as_the_map_it_was() {
        for (i, kind) in ActivityKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i);
        }
        let counts = [
            (ActivityKind::Acceptance, 2),
            (ActivityKind::Comment, 3),
            (ActivityKind::Like, 15),
            (ActivityKind::Post, 1),
        ];
        let day: DayActivity = counts.into_iter().collect();
        let map: BTreeMap<ActivityKind, u32> = counts.into_iter().collect();
        assert_eq!(ron::to_string(&day).unwrap(), ron::to_string(&map).unwrap());
        assert_eq!(
            serde_json::to_string(&day).unwrap(),
            serde_json::to_string(&map).unwrap()
        );
        assert_eq!(
            ron::to_string(&day).unwrap(),
            "{Post:1,Comment:3,Like:15,Acceptance:2}"
        );
        let read: DayActivity =
            ron::from_str("{Like: 15, Acceptance: 2, Comment: 3, Post: 1}").unwrap();
        assert_eq!(read, day);
        let twice: DayActivity = ron::from_str("{Like: 4, Like: 9}").unwrap();
        assert_eq!(twice.count(ActivityKind::Like), 9);
        assert_eq!(twice.iter().collect::<Vec<_>>(), [(ActivityKind::Like, 9)]);
        assert!(ron::from_str::<DayActivity>("{Dance: 1}").is_err());
        assert!(ron::from_str::<DayActivity>("{Like: -1}").is_err());
        assert!(DayActivity::default().is_empty() && !day.is_empty());
    }

    /// The log reads back the days and counts it was written with, in any order, a day
    /// written twice keeping the last (as a map read one entry at a time does).
    #[test]
    fn the_log_reads_what_it_wrote_and_the_last_of_a_day_written_twice() {
        let day = |s: &str| s.parse::<Date>().unwrap();
        let mut log = ActivityLog::default();
        for n in 0..400 {
            let d = day("2026-01-01") + chrono::Duration::days(n);
            log.set(d, ActivityKind::Comment, 1 + (n as u32 % 4));
            if n % 3 == 0 {
                log.set(d, ActivityKind::Post, 2);
            }
        }
        let text = ron::to_string(&log).unwrap();
        assert_eq!(ron::from_str::<ActivityLog>(&text).unwrap(), log);
        let json = serde_json::to_string(&log).unwrap();
        assert_eq!(serde_json::from_str::<ActivityLog>(&json).unwrap(), log);
        let read: ActivityLog = ron::from_str(
            r#"{"2026-02-01": {Like: 3}, "2026-01-01": {Post: 1}, "2026-02-01": {Like: 5}}"#,
        )
        .unwrap();
        assert_eq!(read.get(day("2026-02-01"), ActivityKind::Like), 5);
        assert_eq!(read.get(day("2026-01-01"), ActivityKind::Post), 1);
        assert_eq!(read.0.len(), 2);
        assert!(ron::from_str::<ActivityLog>("[1, 2]").is_err());
    }
}
