//! Risk scoring: each answer gets a concern level; principles and the whole
//! assessment take the worst level and a weighted 0–100 score.

use super::{selected_options, taxonomy_order, Effective, QuestionResult, RaisedFlag};
use super::level::Level;
use crate::assess::answers::Answer;
use crate::assess::definition::{Axis, Question, QuestionType};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One cell of the 5×5 matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskCell {
    pub likelihood: u8,
    pub severity: u8,
    pub product: u8,
    pub level: Level,
}

impl RiskCell {
    pub fn new(likelihood: u8, severity: u8) -> Self {
        let (l, s) = (likelihood.clamp(1, 5), severity.clamp(1, 5));
        RiskCell { likelihood: l, severity: s, product: l * s, level: Level::from_product(l * s) }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskAggregate {
    /// Worst level among answered scored questions; `None` when none is answered.
    pub level: Option<Level>,
    /// 0 = no concern, 100 = every weighted answer critical.
    pub score: Option<f64>,
    pub answered: usize,
    /// Scored questions that are visible.
    pub scored: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrincipleRisk {
    pub id: String,
    #[serde(flatten)]
    pub result: RiskAggregate,
    /// Raised red flags linked to this principle.
    pub red_flags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskSummary {
    pub overall: RiskAggregate,
    /// The overall level, raised to at least `high` when any red flag is raised.
    pub profile: Option<Level>,
    /// How many answered scored questions sit at each level.
    pub counts: BTreeMap<Level, usize>,
    pub core: Vec<PrincipleRisk>,
    pub instrumental: Vec<PrincipleRisk>,
}

pub(super) fn score_question(q: &Question, a: &Answer, eff: &Effective, r: &mut QuestionResult) {
    match (q.kind, a) {
        (QuestionType::Risk, Answer::Risk(rating)) => {
            let inherent = RiskCell::new(rating.likelihood, rating.severity);
            let (mut dl, mut ds) = (0u8, 0u8);
            for m in &q.mitigations {
                if m.when.eval(&|id| eff.get(id)) {
                    let by = m.by.clamp(0, 4) as u8;
                    match m.reduces {
                        Axis::Likelihood => dl = dl.saturating_add(by),
                        Axis::Severity => ds = ds.saturating_add(by),
                    }
                }
            }
            let residual = RiskCell::new(
                inherent.likelihood.saturating_sub(dl).max(1),
                inherent.severity.saturating_sub(ds).max(1),
            );
            r.level = Some(residual.level);
            r.inherent = Some(inherent);
            r.residual = Some(residual);
            r.action = q.action.clone();
        }
        // "not_applicable" risk items are answered with no concern.
        (QuestionType::Risk, _) => r.level = Some(Level::None),
        _ => {
            // The worst selected option decides; the first one wins a tie.
            let mut worst: Option<(&crate::assess::definition::AnswerOption, Level)> = None;
            for o in selected_options(q, a) {
                let l = Level::from_score(o.score);
                if worst.is_none_or(|(_, w)| l > w) {
                    worst = Some((o, l));
                }
            }
            r.level = Some(worst.map(|(_, l)| l).unwrap_or(Level::None));
            r.action = worst.and_then(|(o, _)| o.action.clone()).or_else(|| q.action.clone());
        }
    }
    r.adverse = r.level.is_some_and(|l| l >= Level::Medium);
}

fn aggregate<'a>(items: impl Iterator<Item = &'a QuestionResult>) -> RiskAggregate {
    let mut agg = RiskAggregate { level: None, score: None, answered: 0, scored: 0 };
    let (mut sum, mut weights) = (0.0, 0.0);
    for r in items.filter(|r| r.scored && r.visible) {
        agg.scored += 1;
        if let Some(l) = r.level {
            agg.answered += 1;
            agg.level = agg.level.max(Some(l));
            sum += r.weight * f64::from(l.value()) / 4.0;
            weights += r.weight;
        }
    }
    if weights > 0.0 {
        agg.score = Some((100.0 * sum / weights).clamp(0.0, 100.0));
    }
    agg
}

pub(super) fn summarise(questions: &[QuestionResult], flags: &[RaisedFlag]) -> RiskSummary {
    let overall = aggregate(questions.iter());
    let profile = if flags.is_empty() { overall.level } else { Some(overall.level.unwrap_or(Level::None).max(Level::High)) };
    let mut counts: BTreeMap<Level, usize> = Level::ALL.iter().map(|l| (*l, 0)).collect();
    for r in questions.iter().filter(|r| r.scored && r.visible) {
        if let Some(l) = r.level {
            *counts.entry(l).or_default() += 1;
        }
    }
    let mut used: BTreeMap<String, ()> = BTreeMap::new();
    for r in questions.iter().filter(|r| r.scored) {
        used.extend(r.principles.iter().map(|p| (p.clone(), ())));
    }
    for f in flags {
        used.extend(f.principles.iter().map(|p| (p.clone(), ())));
    }
    let (core_ids, inst_ids) = taxonomy_order(&used);
    let t = crate::Taxonomy::builtin();
    let flags_for = |pred: &dyn Fn(&str) -> bool| -> Vec<String> {
        flags.iter().filter(|f| f.principles.iter().any(|p| pred(p))).map(|f| f.id.clone()).collect()
    };
    let instrumental = inst_ids
        .into_iter()
        .map(|id| PrincipleRisk {
            result: aggregate(questions.iter().filter(|r| r.principles.contains(&id))),
            red_flags: flags_for(&|p| p == id),
            id,
        })
        .collect();
    let core = core_ids
        .into_iter()
        .map(|id| {
            let in_core = |p: &str| t.core_of(p).is_some_and(|c| c.id == id);
            PrincipleRisk {
                result: aggregate(questions.iter().filter(|r| r.principles.iter().any(|p| in_core(p)))),
                red_flags: flags_for(&in_core),
                id,
            }
        })
        .collect();
    RiskSummary { overall, profile, counts, core, instrumental }
}
