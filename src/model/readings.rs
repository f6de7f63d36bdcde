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
