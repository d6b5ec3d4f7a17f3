//! The level scales and their thresholds (docs/scoring.md).

use serde::{Deserialize, Serialize};

/// Risk concern level. Ordered: `None < Low < … < Critical`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    None,
    Low,
    Medium,
    High,
    Critical,
}

impl Level {
    pub const ALL: [Level; 5] = [Level::None, Level::Low, Level::Medium, Level::High, Level::Critical];

    /// From an option score 0–4 (rounded and clamped, so any number maps).
    pub fn from_score(score: f64) -> Level {
        if !score.is_finite() {
            return Level::None;
        }
        match score.round().clamp(0.0, 4.0) as u8 {
            0 => Level::None,
            1 => Level::Low,
            2 => Level::Medium,
            3 => Level::High,
            _ => Level::Critical,
        }
    }

    /// 0 (none) to 4 (critical).
    pub fn value(self) -> u8 {
        self as u8
    }

    /// From a likelihood × severity product, 1–25 (see the matrix in
    /// docs/scoring.md): 1–4 low, 5–9 medium, 10–16 high, 20–25 critical.
    pub fn from_product(p: u8) -> Level {
        match p {
            0 => Level::None,
            1..=4 => Level::Low,
            5..=9 => Level::Medium,
            10..=19 => Level::High,
            _ => Level::Critical,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
            Level::Critical => "critical",
        }
    }
}

/// Readiness maturity band of a 1–5 mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Maturity {
    Initial,
    Developing,
    Defined,
    Managed,
    Optimising,
}

impl Maturity {
    /// Bands: < 1.5 initial, < 2.5 developing, < 3.5 defined, < 4.5 managed,
    /// else optimising, so each band is centred on its whole number.
    pub fn from_mean(m: f64) -> Maturity {
        match m {
            m if m < 1.5 => Maturity::Initial,
            m if m < 2.5 => Maturity::Developing,
            m if m < 3.5 => Maturity::Defined,
            m if m < 4.5 => Maturity::Managed,
            _ => Maturity::Optimising,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Maturity::Initial => "initial",
            Maturity::Developing => "developing",
            Maturity::Defined => "defined",
            Maturity::Managed => "managed",
            Maturity::Optimising => "optimising",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix_bands_cover_every_product() {
        let mut seen = std::collections::BTreeMap::new();
        for l in 1..=5u8 {
            for s in 1..=5u8 {
                seen.insert(l * s, Level::from_product(l * s));
            }
        }
        assert_eq!(seen[&4], Level::Low);
        assert_eq!(seen[&5], Level::Medium);
        assert_eq!(seen[&9], Level::Medium);
        assert_eq!(seen[&10], Level::High);
        assert_eq!(seen[&16], Level::High);
        assert_eq!(seen[&20], Level::Critical);
        assert_eq!(seen[&25], Level::Critical);
        assert!(seen.values().all(|l| *l != Level::None));
    }

    #[test]
    fn maturity_bands() {
        assert_eq!(Maturity::from_mean(1.0), Maturity::Initial);
        assert_eq!(Maturity::from_mean(2.49), Maturity::Developing);
        assert_eq!(Maturity::from_mean(3.5), Maturity::Managed);
        assert_eq!(Maturity::from_mean(5.0), Maturity::Optimising);
        assert_eq!(Level::from_score(2.6), Level::High);
        assert_eq!(Level::from_score(f64::NAN), Level::None);
    }
}
