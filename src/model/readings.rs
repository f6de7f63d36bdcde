//! The four pillars and real SSI readings typed in from LinkedIn.

use serde::{Deserialize, Serialize};

use super::Date;

/// One of the four SSI pillars (0-25 each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Pillar {
    /// Establish your professional brand.
    Brand,
    /// Find the right people.
    Find,
    /// Engage with insights.
    Engage,
    /// Build relationships.
    Relationships,
}

impl Pillar {
    /// The four pillars in LinkedIn's order.
    pub const ALL: [Self; 4] = [Self::Brand, Self::Find, Self::Engage, Self::Relationships];
    /// The maximum of one pillar.
    pub const MAX: f64 = 25.0;

    /// A stable key: `brand`, `find`, `engage`, `relationships` (the JSON keys).
    pub fn key(self) -> &'static str {
        match self {
            Self::Brand => "brand",
            Self::Find => "find",
            Self::Engage => "engage",
            Self::Relationships => "relationships",
        }
    }
}

/// Four pillar values (each 0-25).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct PillarScores {
    /// Establish your professional brand.
    pub brand: f64,
    /// Find the right people.
    pub find: f64,
    /// Engage with insights.
    pub engage: f64,
    /// Build relationships.
    pub relationships: f64,
}

impl PillarScores {
    /// The value of `pillar`.
    pub fn get(&self, pillar: Pillar) -> f64 {
        match pillar {
            Pillar::Brand => self.brand,
            Pillar::Find => self.find,
            Pillar::Engage => self.engage,
            Pillar::Relationships => self.relationships,
        }
    }

    /// A mutable reference to `pillar`.
    pub fn get_mut(&mut self, pillar: Pillar) -> &mut f64 {
        match pillar {
            Pillar::Brand => &mut self.brand,
            Pillar::Find => &mut self.find,
            Pillar::Engage => &mut self.engage,
            Pillar::Relationships => &mut self.relationships,
        }
    }

    /// The sum of the four pillars (0-100).
    pub fn total(&self) -> f64 {
        self.brand + self.find + self.engage + self.relationships
    }
}

/// A real SSI reading copied from LinkedIn's SSI page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// The day it was read.
    pub date: Date,
    /// The total as LinkedIn shows it (0-100).
    pub total: f64,
    /// The four pillars (0-25 each).
    pub pillars: PillarScores,
    /// "Top X%" in the industry.
    #[serde(default)]
    pub industry_rank_pct: Option<f64>,
    /// "Top X%" in the network.
    #[serde(default)]
    pub network_rank_pct: Option<f64>,
    /// Average SSI of the industry.
    #[serde(default)]
    pub industry_average: Option<f64>,
    /// Average SSI of the network.
    #[serde(default)]
    pub network_average: Option<f64>,
}

/// A value of a reading, named for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadingField {
    /// The total (0-100).
    Total,
    /// One pillar (0-25).
    Pillar(Pillar),
    /// "Top X%" in the industry (0-100).
    IndustryRank,
    /// "Top X%" in the network (0-100).
    NetworkRank,
    /// Average SSI of the industry (0-100).
    IndustryAverage,
    /// Average SSI of the network (0-100).
    NetworkAverage,
}

impl ReadingField {
    /// The largest value the field can hold.
    pub fn max(self) -> f64 {
        match self {
            Self::Pillar(_) => Pillar::MAX,
            _ => 100.0,
        }
    }
}

/// The first day a reading can carry: LinkedIn introduced the SSI in 2014.
pub const FIRST_READING_DAY: (i32, u32, u32) = (2014, 1, 1);

/// Why a reading cannot be used. Every place a reading enters (the form, a client file, an
/// import) checks it with [`Reading::check`], so a typo never reaches the estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReadingProblem {
    /// A value is not a number or is infinite.
    NotFinite(ReadingField),
    /// A value is below 0 or above its maximum.
    OutOfRange(ReadingField, f64),
    /// The four pillars do not add up to the total (more than one point apart).
    SumMismatch {
        /// The sum of the four pillars.
        sum: f64,
        /// The total as typed.
        total: f64,
    },
    /// The day lies after today.
    FutureDate(Date),
    /// The day lies before LinkedIn had an SSI.
    TooEarly(Date),
}

impl Reading {
    /// The first problem that makes this reading unusable, if any: non-finite or out-of-range
    /// values, pillars that do not add up to the total (tolerance one point, as LinkedIn rounds
    /// each number it shows), a day after `today` or before the SSI existed.
    pub fn check(&self, today: Date) -> Result<(), ReadingProblem> {
        let mut values = vec![(ReadingField::Total, self.total)];
        values.extend(
            Pillar::ALL
                .into_iter()
                .map(|p| (ReadingField::Pillar(p), self.pillars.get(p))),
        );
        for (field, v) in [
            (ReadingField::IndustryRank, self.industry_rank_pct),
            (ReadingField::NetworkRank, self.network_rank_pct),
            (ReadingField::IndustryAverage, self.industry_average),
            (ReadingField::NetworkAverage, self.network_average),
        ] {
            if let Some(v) = v {
                values.push((field, v));
            }
        }
        for (field, v) in values {
            if !v.is_finite() {
                return Err(ReadingProblem::NotFinite(field));
            }
            if !(0.0..=field.max()).contains(&v) {
                return Err(ReadingProblem::OutOfRange(field, v));
            }
        }
        let sum = self.pillars.total();
        if (sum - self.total).abs() > 1.0 {
            return Err(ReadingProblem::SumMismatch {
                sum,
                total: self.total,
            });
        }
        if self.date > today {
            return Err(ReadingProblem::FutureDate(self.date));
        }
        let (y, m, d) = FIRST_READING_DAY;
        if chrono::NaiveDate::from_ymd_opt(y, m, d).is_some_and(|first| self.date < first) {
            return Err(ReadingProblem::TooEarly(self.date));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap_or_default()
    }

    fn reading(total: f64, p: [f64; 4]) -> Reading {
        Reading {
            date: day("2026-11-01"),
            total,
            pillars: PillarScores {
                brand: p[0],
                find: p[1],
                engage: p[2],
                relationships: p[3],
            },
            industry_rank_pct: None,
            network_rank_pct: None,
            industry_average: None,
            network_average: None,
        }
    }

    #[test]
    fn a_sound_reading_passes_and_each_fault_is_named() {
        let today = day("2026-11-20");
        assert_eq!(reading(44.0, [15.0, 9.0, 10.0, 10.0]).check(today), Ok(()));
        assert_eq!(
            reading(f64::NAN, [15.0, 9.0, 10.0, 10.0]).check(today),
            Err(ReadingProblem::NotFinite(ReadingField::Total))
        );
        assert_eq!(
            reading(44.0, [15.0, f64::INFINITY, 10.0, 10.0]).check(today),
            Err(ReadingProblem::NotFinite(ReadingField::Pillar(
                Pillar::Find
            )))
        );
        assert_eq!(reading(54.0, [25.0, 9.0, 10.0, 10.0]).check(today), Ok(()));
        assert_eq!(
            reading(56.0, [26.0, 10.0, 10.0, 10.0]).check(today),
            Err(ReadingProblem::OutOfRange(
                ReadingField::Pillar(Pillar::Brand),
                26.0
            ))
        );
        assert!(matches!(
            reading(54.0, [15.0, 9.0, 10.0, 10.0]).check(today),
            Err(ReadingProblem::SumMismatch { .. })
        ));
        let mut future = reading(44.0, [15.0, 9.0, 10.0, 10.0]);
        future.date = day("2026-11-21");
        assert!(matches!(
            future.check(today),
            Err(ReadingProblem::FutureDate(_))
        ));
        let mut old = reading(44.0, [15.0, 9.0, 10.0, 10.0]);
        old.date = day("0000-01-01");
        assert!(matches!(old.check(today), Err(ReadingProblem::TooEarly(_))));
        let mut rank = reading(44.0, [15.0, 9.0, 10.0, 10.0]);
        rank.network_rank_pct = Some(-1.0);
        assert_eq!(
            rank.check(today),
            Err(ReadingProblem::OutOfRange(ReadingField::NetworkRank, -1.0))
        );
    }
}
