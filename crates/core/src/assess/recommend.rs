//! Recommendations: one per raised red flag, then one per adverse answer,
//! most serious first. Red flags always lead, whatever else was answered.

use super::definition::Kind;
use super::scoring::{Level, QuestionResult, RaisedFlag};
use super::text::LocalText;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    RedFlag,
    Question,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub source: Source,
    /// The red flag or question id.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maturity: Option<f64>,
    pub weight: f64,
    pub principles: Vec<String>,
    /// `None` only when an (invalid) definition gave no action text.
    pub action: Option<LocalText>,
}

pub(crate) fn recommendations(kind: Kind, questions: &[QuestionResult], flags: &[RaisedFlag]) -> Vec<Recommendation> {
    let mut out: Vec<Recommendation> = flags
        .iter()
        .map(|f| Recommendation {
            source: Source::RedFlag,
            id: f.id.clone(),
            level: None,
            maturity: None,
            weight: 0.0,
            principles: f.principles.clone(),
            action: Some(f.action.clone()),
        })
        .collect();
    let mut adverse: Vec<(usize, Recommendation)> = questions
        .iter()
        .enumerate()
        .filter(|(_, r)| r.adverse && r.visible && r.scored)
        .map(|(i, r)| {
            (
                i,
                Recommendation {
                    source: Source::Question,
                    id: r.id.clone(),
                    level: r.level,
                    maturity: r.maturity,
                    weight: r.weight,
                    principles: r.principles.clone(),
                    action: r.action.clone(),
                },
            )
        })
        .collect();
    // Most serious first, then heavier weight, then definition order.
    crate::sort::sort_by(&mut adverse, |(ia, a), (ib, b)| {
        let serious = match kind {
            Kind::Risk => b.level.cmp(&a.level),
            Kind::Readiness => a.maturity.unwrap_or(5.0).total_cmp(&b.maturity.unwrap_or(5.0)),
        };
        serious.then(b.weight.total_cmp(&a.weight)).then(ia.cmp(ib))
    });
    out.extend(adverse.into_iter().map(|(_, r)| r));
    out
}
