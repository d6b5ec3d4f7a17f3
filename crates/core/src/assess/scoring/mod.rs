//! Scoring: turns a definition and an answer set into an [`Assessment`].
//! The rules are documented in docs/scoring.md; each kind has its module.
//! Scoring is total: answers that do not fit their question (possible only
//! when an AnswerSet is built by hand, not imported) count as unanswered.

pub mod completeness;
pub mod level;
pub mod readiness;
pub mod risk;

use super::answers::{Answer, AnswerSet, QuestionnaireRef, NOT_APPLICABLE};
use super::definition::{Definition, Kind, Question, QuestionType};
use super::recommend::{recommendations, Recommendation};
use super::text::LocalText;
pub use completeness::Completeness;
pub use level::{Level, Maturity};
pub use readiness::ReadinessSummary;
pub use risk::{RiskCell, RiskSummary};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub questionnaire: QuestionnaireRef,
    pub kind: Kind,
    /// True when some required visible question is unanswered.
    pub partial: bool,
    pub completeness: Completeness,
    pub questions: Vec<QuestionResult>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk: Option<RiskSummary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub readiness: Option<ReadinessSummary>,
    /// Raised red flags, in definition order.
    pub red_flags: Vec<RaisedFlag>,
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub id: String,
    pub section: String,
    pub visible: bool,
    pub answered: bool,
    pub required: bool,
    pub scored: bool,
    pub weight: f64,
    pub principles: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// Risk: the (residual) concern level of the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Risk items: before and after mitigations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherent: Option<RiskCell>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residual: Option<RiskCell>,
    /// Readiness: maturity 1–5 of the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maturity: Option<f64>,
    /// True when the answer calls for a recommended action.
    pub adverse: bool,
    /// The action text for an adverse answer (option action overrides the question's).
    #[serde(skip)]
    pub action: Option<LocalText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RaisedFlag {
    pub id: String,
    pub principles: Vec<String>,
    pub message: LocalText,
    pub action: LocalText,
}

/// Which questions are shown, given the answers. Conditions may read only
/// earlier questions, so one pass in definition order settles it; a hidden
/// question's answer is invisible to every later condition.
pub(crate) struct Effective<'a> {
    pub shown: HashMap<&'a str, bool>,
    pub answers: HashMap<&'a str, &'a Answer>,
}

impl<'a> Effective<'a> {
    pub fn new(def: &'a Definition, set: &'a AnswerSet) -> Self {
        let mut e = Effective { shown: HashMap::new(), answers: HashMap::new() };
        for s in &def.sections {
            let section_shown = s.visible_if.as_ref().is_none_or(|c| c.eval(&|id| e.get(id)));
            for q in &s.questions {
                if e.shown.contains_key(q.id.as_str()) {
                    continue; // duplicate id: the first one wins
                }
                let shown = section_shown && q.visible_if.as_ref().is_none_or(|c| c.eval(&|id| e.get(id)));
                e.shown.insert(&q.id, shown);
                if let Some(a) = set.answers.get(&q.id).filter(|a| fits(q, a)) {
                    if shown {
                        e.answers.insert(&q.id, a);
                    }
                }
            }
        }
        e
    }

    /// The answer to `id` when it is shown and answered.
    pub fn get(&self, id: &str) -> Option<&'a Answer> {
        self.answers.get(id).copied()
    }

    pub fn is_shown(&self, id: &str) -> bool {
        self.shown.get(id).copied().unwrap_or(false)
    }
}

/// Whether an answer has the right shape and values for its question.
pub fn fits(q: &Question, a: &Answer) -> bool {
    match (q.kind, a) {
        (QuestionType::SingleChoice | QuestionType::YesNoUnsure, Answer::Text(s)) => q.option(s).is_some(),
        (QuestionType::MultiChoice, Answer::List(items)) => items.iter().all(|s| q.option(s).is_some()),
        (QuestionType::Likert, Answer::Number(n)) => n.fract() == 0.0 && (1.0..=5.0).contains(n),
        (QuestionType::Risk, Answer::Text(s)) => s == NOT_APPLICABLE,
        (QuestionType::Risk, Answer::Risk(r)) => (1..=5).contains(&r.likelihood) && (1..=5).contains(&r.severity),
        (QuestionType::Number, Answer::Number(n)) => {
            n.is_finite() && q.min.is_none_or(|m| *n >= m) && q.max.is_none_or(|m| *n <= m)
        }
        (QuestionType::Text, Answer::Text(s)) => s.chars().count() as u64 <= q.max_length(),
        _ => false,
    }
}

/// The options an answer selected (likert answers select option `"n"`).
pub(crate) fn selected_options<'q>(q: &'q Question, a: &Answer) -> Vec<&'q super::definition::AnswerOption> {
    match a {
        Answer::Text(s) => q.option(s).into_iter().collect(),
        Answer::List(items) => q.options.iter().filter(|o| items.iter().any(|i| i == &o.value)).collect(),
        Answer::Number(n) if q.kind == QuestionType::Likert => q.option(&crate::num::exact(*n)).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// Scores an answer set against its definition.
pub fn score(def: &Definition, set: &AnswerSet) -> Assessment {
    let eff = Effective::new(def, set);
    let mut questions = Vec::with_capacity(def.question_count());
    for s in &def.sections {
        for q in &s.questions {
            let visible = eff.is_shown(&q.id);
            let answer = eff.get(&q.id);
            let mut r = QuestionResult {
                id: q.id.clone(),
                section: s.id.clone(),
                visible,
                answered: answer.is_some(),
                required: q.required,
                scored: q.is_scored(),
                weight: if q.weight.is_finite() { q.weight.clamp(0.0, 10.0) } else { 0.0 },
                principles: q.principles.clone(),
                dimension: q.dimension.clone(),
                answer: answer.cloned(),
                level: None,
                inherent: None,
                residual: None,
                maturity: None,
                adverse: false,
                action: None,
            };
            if let (Some(a), true) = (answer, r.scored) {
                match def.kind {
                    Kind::Risk => risk::score_question(q, a, &eff, &mut r),
                    Kind::Readiness => readiness::score_question(q, a, &mut r),
                }
            }
            questions.push(r);
        }
    }
    let red_flags: Vec<RaisedFlag> = def
        .red_flags
        .iter()
        .filter(|rf| rf.when.eval(&|id| eff.get(id)))
        .map(|rf| RaisedFlag {
            id: rf.id.clone(),
            principles: rf.principles.clone(),
            message: rf.message.clone(),
            action: rf.action.clone(),
        })
        .collect();
    let completeness = completeness::completeness(def, &questions);
    let (risk, readiness) = match def.kind {
        Kind::Risk => (Some(risk::summarise(&questions, &red_flags)), None),
        Kind::Readiness => (None, Some(readiness::summarise(def, &questions))),
    };
    let recommendations = recommendations(def.kind, &questions, &red_flags);
    Assessment {
        questionnaire: QuestionnaireRef { id: def.id.clone(), version: def.version.clone() },
        kind: def.kind,
        partial: completeness.answered < completeness.required,
        completeness,
        questions,
        risk,
        readiness,
        red_flags,
        recommendations,
    }
}

/// Weighted mean of `(value, weight)` pairs; `None` when the weights sum to 0.
pub(crate) fn weighted_mean(items: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, weights) = items.fold((0.0, 0.0), |(s, w), (v, wt)| (s + v * wt, w + wt));
    (weights > 0.0).then(|| sum / weights)
}

/// Principle ids in taxonomy order, keeping only those in `used`.
pub(crate) fn taxonomy_order(used: &BTreeMap<String, ()>) -> (Vec<String>, Vec<String>) {
    let t = crate::Taxonomy::builtin();
    let instrumental: Vec<String> = t.instrumental().map(|(_, i)| i.id.clone()).filter(|id| used.contains_key(id)).collect();
    let core: Vec<String> = t
        .core
        .iter()
        .filter(|c| c.instrumental.iter().any(|i| used.contains_key(&i.id)))
        .map(|c| c.id.clone())
        .collect();
    (core, instrumental)
}
