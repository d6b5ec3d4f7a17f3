//! Readiness scoring: maturity 1–5 per answer, weighted means per dimension,
//! per principle and overall, with named bands.

use super::level::Maturity;
use super::{selected_options, taxonomy_order, weighted_mean, QuestionResult};
use crate::assess::answers::Answer;
use crate::assess::definition::{Definition, Question};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MaturityAggregate {
    /// Weighted mean maturity, 1–5; `None` when nothing is answered.
    pub maturity: Option<f64>,
    pub level: Option<Maturity>,
    /// The same on a 0–100 scale: (maturity − 1) × 25.
    pub score: Option<f64>,
    pub answered: usize,
    pub scored: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scored {
    pub id: String,
    #[serde(flatten)]
    pub result: MaturityAggregate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadinessSummary {
    pub overall: MaturityAggregate,
    /// Weakest first; dimensions with no answers come last, in definition order.
    pub dimensions: Vec<Scored>,
    pub core: Vec<Scored>,
    pub instrumental: Vec<Scored>,
}

pub(super) fn score_question(q: &Question, a: &Answer, r: &mut QuestionResult) {
    // Context options (score 0) are not scored. With several selections the
    // lowest maturity counts: a capability is only as mature as its weakest part.
    let mut chosen: Option<(&crate::assess::definition::AnswerOption, f64)> = None;
    for o in selected_options(q, a) {
        let m = o.score;
        if m.is_finite() && m > 0.0 && chosen.is_none_or(|(_, c)| m < c) {
            chosen = Some((o, m.clamp(1.0, 5.0)));
        }
    }
    r.maturity = chosen.map(|(_, m)| m);
    r.adverse = r.maturity.is_some_and(|m| m <= 2.0);
    r.action = chosen.and_then(|(o, _)| o.action.clone()).or_else(|| q.action.clone());
}

fn aggregate<'a>(items: impl Iterator<Item = &'a QuestionResult>) -> MaturityAggregate {
    let relevant: Vec<&QuestionResult> = items.filter(|r| r.scored && r.visible).collect();
    let maturity = weighted_mean(relevant.iter().filter_map(|r| r.maturity.map(|m| (m, r.weight)))).map(|m| m.clamp(1.0, 5.0));
    MaturityAggregate {
        maturity,
        level: maturity.map(Maturity::from_mean),
        score: maturity.map(|m| (m - 1.0) * 25.0),
        answered: relevant.iter().filter(|r| r.maturity.is_some()).count(),
        scored: relevant.len(),
    }
}

pub(super) fn summarise(def: &Definition, questions: &[QuestionResult]) -> ReadinessSummary {
    let mut dimensions: Vec<Scored> = def
        .dimensions
        .iter()
        .map(|d| Scored {
            id: d.id.clone(),
            result: aggregate(questions.iter().filter(|r| r.dimension.as_deref() == Some(d.id.as_str()))),
        })
        .collect();
    // Stable sort: ties and unanswered dimensions keep definition order.
    crate::sort::sort_by(&mut dimensions, |a, b| match (a.result.maturity, b.result.maturity) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let mut used: BTreeMap<String, ()> = BTreeMap::new();
    for r in questions.iter().filter(|r| r.scored) {
        used.extend(r.principles.iter().map(|p| (p.clone(), ())));
    }
    let (core_ids, inst_ids) = taxonomy_order(&used);
    let t = crate::Taxonomy::builtin();
    ReadinessSummary {
        overall: aggregate(questions.iter()),
        dimensions,
        instrumental: inst_ids
            .into_iter()
            .map(|id| Scored { result: aggregate(questions.iter().filter(|r| r.principles.contains(&id))), id })
            .collect(),
        core: core_ids
            .into_iter()
            .map(|id| Scored {
                result: aggregate(
                    questions.iter().filter(|r| r.principles.iter().any(|p| t.core_of(p).is_some_and(|c| c.id == id))),
                ),
                id,
            })
            .collect(),
    }
}
