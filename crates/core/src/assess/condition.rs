//! Conditions: a small typed form, never a string to evaluate. Used by
//! `visible_if`, red flags and mitigations.

use super::answers::Answer;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Exactly one key per object, as documented; serde's external tagging
/// enforces that for us.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Equals(QuestionValue),
    AnyOf(Vec<Condition>),
    AllOf(Vec<Condition>),
    Not(Box<Condition>),
    Answered(String),
    Includes(QuestionValue),
    OneOf(QuestionValues),
    Gt(QuestionNumber),
    Gte(QuestionNumber),
    Lt(QuestionNumber),
    Lte(QuestionNumber),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionValue {
    pub question: String,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionValues {
    pub question: String,
    pub values: Vec<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionNumber {
    pub question: String,
    pub value: f64,
}

impl Condition {
    /// The key this condition is written with, for messages.
    pub fn name(&self) -> &'static str {
        match self {
            Condition::Equals(_) => "equals",
            Condition::AnyOf(_) => "any_of",
            Condition::AllOf(_) => "all_of",
            Condition::Not(_) => "not",
            Condition::Answered(_) => "answered",
            Condition::Includes(_) => "includes",
            Condition::OneOf(_) => "one_of",
            Condition::Gt(_) => "gt",
            Condition::Gte(_) => "gte",
            Condition::Lt(_) => "lt",
            Condition::Lte(_) => "lte",
        }
    }

    /// The question a leaf condition reads; `None` for combinators.
    pub fn leaf_question(&self) -> Option<&str> {
        match self {
            Condition::Equals(q) | Condition::Includes(q) => Some(&q.question),
            Condition::OneOf(q) => Some(&q.question),
            Condition::Gt(q) | Condition::Gte(q) | Condition::Lt(q) | Condition::Lte(q) => Some(&q.question),
            Condition::Answered(q) => Some(q),
            Condition::AnyOf(_) | Condition::AllOf(_) | Condition::Not(_) => None,
        }
    }

    /// Every question id referenced anywhere inside, in order.
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.walk(&mut |c| {
            if let Some(q) = c.leaf_question() {
                out.push(q);
            }
        });
        out
    }

    /// Visits this condition and all nested ones, depth first.
    pub fn walk<'a>(&'a self, f: &mut dyn FnMut(&'a Condition)) {
        f(self);
        match self {
            Condition::AnyOf(cs) | Condition::AllOf(cs) => cs.iter().for_each(|c| c.walk(f)),
            Condition::Not(c) => c.walk(f),
            _ => {}
        }
    }

    /// Evaluates against answers. `lookup` must return `None` for questions
    /// that are unanswered *or hidden*, which makes every leaf on them false.
    pub fn eval<'a>(&self, lookup: &dyn Fn(&str) -> Option<&'a Answer>) -> bool {
        match self {
            Condition::Equals(qv) => lookup(&qv.question).is_some_and(|a| a.equals(&qv.value)),
            Condition::AnyOf(cs) => cs.iter().any(|c| c.eval(lookup)),
            Condition::AllOf(cs) => cs.iter().all(|c| c.eval(lookup)),
            Condition::Not(c) => !c.eval(lookup),
            Condition::Answered(q) => lookup(q).is_some(),
            Condition::Includes(qv) => lookup(&qv.question).is_some_and(|a| match (a, &qv.value) {
                (Answer::List(items), Value::String(v)) => items.iter().any(|i| i == v),
                _ => false,
            }),
            Condition::OneOf(qv) => {
                lookup(&qv.question).is_some_and(|a| qv.values.iter().any(|v| a.equals(v)))
            }
            Condition::Gt(q) => compare(lookup, q, |a, b| a > b),
            Condition::Gte(q) => compare(lookup, q, |a, b| a >= b),
            Condition::Lt(q) => compare(lookup, q, |a, b| a < b),
            Condition::Lte(q) => compare(lookup, q, |a, b| a <= b),
        }
    }
}

fn compare<'a>(lookup: &dyn Fn(&str) -> Option<&'a Answer>, q: &QuestionNumber, op: fn(f64, f64) -> bool) -> bool {
    match lookup(&q.question) {
        Some(Answer::Number(n)) => op(*n, q.value),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn answers() -> BTreeMap<String, Answer> {
        serde_json::from_str(r#"{"purpose":"identification","kinds":["biometric","location"],"people":1200,"trust":4}"#)
            .unwrap()
    }

    fn eval(json: &str, a: &BTreeMap<String, Answer>) -> bool {
        let c: Condition = serde_json::from_str(json).unwrap();
        c.eval(&|id| a.get(id))
    }

    #[test]
    fn leaves_and_combinators() {
        let a = answers();
        assert!(eval(r#"{"equals":{"question":"purpose","value":"identification"}}"#, &a));
        assert!(eval(r#"{"includes":{"question":"kinds","value":"biometric"}}"#, &a));
        assert!(!eval(r#"{"includes":{"question":"kinds","value":"voice"}}"#, &a));
        assert!(eval(r#"{"one_of":{"question":"purpose","values":["x","identification"]}}"#, &a));
        assert!(eval(r#"{"gt":{"question":"people","value":1000}}"#, &a));
        assert!(eval(r#"{"lte":{"question":"trust","value":4}}"#, &a));
        assert!(eval(r#"{"equals":{"question":"trust","value":4}}"#, &a));
        assert!(eval(r#"{"equals":{"question":"trust","value":"4"}}"#, &a));
        assert!(eval(r#"{"all_of":[{"answered":"people"},{"not":{"answered":"missing"}}]}"#, &a));
        assert!(eval(r#"{"any_of":[{"answered":"missing"},{"answered":"purpose"}]}"#, &a));
        assert!(eval(r#"{"all_of":[]}"#, &a) && !eval(r#"{"any_of":[]}"#, &a));
    }

    #[test]
    fn unanswered_leaf_is_false_and_its_negation_true() {
        let a = BTreeMap::new();
        assert!(!eval(r#"{"gt":{"question":"people","value":0}}"#, &a));
        assert!(eval(r#"{"not":{"equals":{"question":"purpose","value":"x"}}}"#, &a));
    }

    #[test]
    fn two_keys_in_one_object_is_rejected() {
        let r: Result<Condition, _> =
            serde_json::from_str(r#"{"answered":"a","not":{"answered":"b"}}"#);
        assert!(r.is_err());
    }
}
