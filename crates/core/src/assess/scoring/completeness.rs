//! Completeness: how many required, visible questions are answered. Hidden
//! questions are never required; optional ones never count against you.

use super::QuestionResult;
use crate::assess::definition::Definition;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionCompleteness {
    pub id: String,
    pub visible: bool,
    /// Required questions that are visible.
    pub required: usize,
    /// Of those, how many are answered.
    pub answered: usize,
    /// All visible questions answered, required or not.
    pub answered_total: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Completeness {
    pub required: usize,
    pub answered: usize,
    /// answered / required, 0–1; 1 when nothing is required.
    pub ratio: f64,
    pub sections: Vec<SectionCompleteness>,
}

pub(super) fn completeness(def: &Definition, questions: &[QuestionResult]) -> Completeness {
    let sections: Vec<SectionCompleteness> = def
        .sections
        .iter()
        .map(|s| {
            let qs = || questions.iter().filter(|r| r.section == s.id && r.visible);
            SectionCompleteness {
                id: s.id.clone(),
                visible: qs().next().is_some(),
                required: qs().filter(|r| r.required).count(),
                answered: qs().filter(|r| r.required && r.answered).count(),
                answered_total: qs().filter(|r| r.answered).count(),
            }
        })
        .collect();
    let required = questions.iter().filter(|r| r.visible && r.required).count();
    let answered = questions.iter().filter(|r| r.visible && r.required && r.answered).count();
    Completeness {
        required,
        answered,
        ratio: if required == 0 { 1.0 } else { answered as f64 / required as f64 },
        sections,
    }
}
