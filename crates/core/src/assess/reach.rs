//! Static reachability: can a condition ever be true, whatever the answers?
//! It is conservative: "unsatisfiable" is claimed only for structural
//! reasons (a value no answer can take, a question that can never be shown,
//! contradictory `equals` or bounds on the same question in one `all_of`,
//! an `answered` test against a `not answered` one). Anything subtler is
//! assumed satisfiable, so it never raises a false error.

use super::condition::Condition;
use super::definition::{Definition, Question, QuestionType};
use super::validate::Index;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

pub struct Reachability<'a> {
    index: Index<'a>,
    visible: HashMap<&'a str, bool>,
}

impl<'a> Reachability<'a> {
    pub fn new(def: &'a Definition) -> Self {
        let mut r = Reachability { index: Index::new(def), visible: HashMap::new() };
        for s in &def.sections {
            for q in &s.questions {
                let ok = s.visible_if.as_ref().is_none_or(|c| r.satisfiable(c))
                    && q.visible_if.as_ref().is_none_or(|c| r.satisfiable(c))
                    && match (&s.visible_if, &q.visible_if) {
                        (Some(a), Some(b)) => r.satisfiable(&Condition::AllOf(vec![a.clone(), b.clone()])),
                        _ => true,
                    };
                r.visible.entry(q.id.as_str()).or_insert(ok);
            }
        }
        r
    }

    /// Whether question `id` can ever be shown.
    pub fn can_show(&self, id: &str) -> bool {
        self.visible.get(id).copied().unwrap_or(false)
    }

    fn question(&self, id: &str) -> Option<&'a Question> {
        let (_, q) = self.index.by_id.get(id)?;
        // Questions not yet decided (forward references, already an error)
        // are given the benefit of the doubt.
        if self.visible.get(id).copied().unwrap_or(true) {
            Some(*q)
        } else {
            None
        }
    }

    pub fn satisfiable(&self, c: &Condition) -> bool {
        match c {
            Condition::AnyOf(cs) => cs.iter().any(|c| self.satisfiable(c)),
            Condition::AllOf(cs) => cs.iter().all(|c| self.satisfiable(c)) && self.consistent(cs),
            Condition::Not(inner) => !self.always_true(inner),
            Condition::Answered(q) => self.question(q).is_some(),
            Condition::Equals(qv) => self.question(&qv.question).is_some_and(|q| can_equal(q, &qv.value)),
            Condition::OneOf(qv) => self.question(&qv.question).is_some_and(|q| qv.values.iter().any(|v| can_equal(q, v))),
            Condition::Includes(qv) => self.question(&qv.question).is_some_and(|q| {
                q.kind == QuestionType::MultiChoice && qv.value.as_str().is_some_and(|v| q.option(v).is_some())
            }),
            Condition::Gt(n) | Condition::Gte(n) | Condition::Lt(n) | Condition::Lte(n) => {
                self.question(&n.question).is_some_and(|q| {
                    let mut b = Bounds::of(q);
                    b.apply(c);
                    b.non_empty()
                })
            }
        }
    }

    /// True only when the condition holds for every possible answer set.
    fn always_true(&self, c: &Condition) -> bool {
        match c {
            Condition::AllOf(cs) => cs.iter().all(|c| self.always_true(c)),
            Condition::AnyOf(cs) => cs.iter().any(|c| self.always_true(c)),
            Condition::Not(inner) => !self.satisfiable(inner),
            // Any leaf is false when its question is unanswered.
            _ => false,
        }
    }

    /// Checks the leaves of one conjunction (nested `all_of`s flattened)
    /// against each other, question by question.
    fn consistent(&self, cs: &[Condition]) -> bool {
        let mut leaves = Vec::new();
        flatten(cs, &mut leaves);
        let mut values: HashMap<&str, HashSet<String>> = HashMap::new();
        let mut bounds: HashMap<&str, Bounds> = HashMap::new();
        let mut unanswered: HashSet<&str> = HashSet::new();
        let mut touched: HashSet<&str> = HashSet::new();
        for leaf in leaves {
            if let Condition::Not(inner) = leaf {
                if let Condition::Answered(q) = inner.as_ref() {
                    unanswered.insert(q);
                }
                continue;
            }
            let Some(qid) = leaf.leaf_question() else { continue };
            touched.insert(qid);
            let Some(q) = self.question(qid) else { continue };
            let single = matches!(q.kind, QuestionType::SingleChoice | QuestionType::YesNoUnsure | QuestionType::Text);
            let allowed: Option<HashSet<String>> = match leaf {
                Condition::Equals(qv) if single => Some(qv.value.as_str().map(str::to_string).into_iter().collect()),
                Condition::OneOf(qv) if single => Some(qv.values.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()),
                _ => None,
            };
            if let Some(allowed) = allowed {
                let entry = values.entry(qid).or_insert_with(|| allowed.clone());
                entry.retain(|v| allowed.contains(v));
                if entry.is_empty() {
                    return false;
                }
            }
            if matches!(q.kind, QuestionType::Number | QuestionType::Likert) {
                let b = bounds.entry(qid).or_insert_with(|| Bounds::of(q));
                b.apply(leaf);
                if !b.non_empty() {
                    return false;
                }
            }
        }
        unanswered.is_disjoint(&touched)
    }
}

fn flatten<'c>(cs: &'c [Condition], out: &mut Vec<&'c Condition>) {
    for c in cs {
        match c {
            Condition::AllOf(inner) => flatten(inner, out),
            other => out.push(other),
        }
    }
}

/// Whether some valid answer to `q` equals `v`.
fn can_equal(q: &Question, v: &Value) -> bool {
    match q.kind {
        QuestionType::SingleChoice | QuestionType::YesNoUnsure => v.as_str().is_some_and(|s| q.option(s).is_some()),
        QuestionType::MultiChoice => v
            .as_array()
            .is_some_and(|items| items.iter().all(|i| i.as_str().is_some_and(|s| q.option(s).is_some()))),
        QuestionType::Likert | QuestionType::Number => {
            let n = v.as_f64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()));
            n.is_some_and(|n| {
                let b = Bounds::of(q);
                b.contains(n) && (q.kind != QuestionType::Likert || n.fract() == 0.0)
            })
        }
        QuestionType::Text => v.as_str().is_some_and(|s| s.chars().count() as u64 <= q.max_length()),
        QuestionType::Risk => v.as_str() == Some(super::answers::NOT_APPLICABLE),
    }
}

/// A numeric interval; `*_open` marks an exclusive end.
#[derive(Clone, Copy)]
struct Bounds {
    lo: f64,
    lo_open: bool,
    hi: f64,
    hi_open: bool,
}

impl Bounds {
    fn of(q: &Question) -> Self {
        let (lo, hi) = match q.kind {
            QuestionType::Likert => (1.0, 5.0),
            QuestionType::Number => (q.min.unwrap_or(f64::NEG_INFINITY), q.max.unwrap_or(f64::INFINITY)),
            // Other types never satisfy a comparison.
            _ => (1.0, 0.0),
        };
        Bounds { lo, lo_open: false, hi, hi_open: false }
    }

    fn apply(&mut self, c: &Condition) {
        match c {
            Condition::Gt(n) => self.raise(n.value, true),
            Condition::Gte(n) => self.raise(n.value, false),
            Condition::Lt(n) => self.lower(n.value, true),
            Condition::Lte(n) => self.lower(n.value, false),
            Condition::Equals(qv) => {
                if let Some(v) = qv.value.as_f64().or_else(|| qv.value.as_str().and_then(|s| s.trim().parse().ok())) {
                    self.raise(v, false);
                    self.lower(v, false);
                }
            }
            _ => {}
        }
    }

    fn raise(&mut self, v: f64, open: bool) {
        if v.is_nan() {
            self.hi = f64::NEG_INFINITY;
        } else if v > self.lo || (v == self.lo && open) {
            self.lo = v;
            self.lo_open = open;
        }
    }

    fn lower(&mut self, v: f64, open: bool) {
        if v.is_nan() {
            self.hi = f64::NEG_INFINITY;
        } else if v < self.hi || (v == self.hi && open) {
            self.hi = v;
            self.hi_open = open;
        }
    }

    fn non_empty(&self) -> bool {
        self.lo < self.hi || (self.lo == self.hi && !self.lo_open && !self.hi_open)
    }

    fn contains(&self, v: f64) -> bool {
        (v > self.lo || (v == self.lo && !self.lo_open)) && (v < self.hi || (v == self.hi && !self.hi_open))
    }
}
