//! Answer sets (`raikit-answers/1`) and their import. Import checks every
//! value against the definition and reports each one it cannot keep, so
//! nothing is dropped silently. Timestamps are supplied by the caller: core
//! never reads a clock, which keeps it usable in wasm.

use super::definition::{Definition, Question, QuestionType};
use super::migrate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use crate::num::exact;
use std::collections::BTreeMap;

pub const ANSWERS_FORMAT: &str = "raikit-answers/1";
/// The value stored for a `risk` item that does not apply.
pub const NOT_APPLICABLE: &str = "not_applicable";

/// One stored answer. The shape alone is ambiguous (a choice and a text are
/// both strings), so the question's type gives it meaning.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    Risk(RiskRating),
    Number(f64),
    List(Vec<String>),
    Text(String),
}

/// Likelihood and severity of a `risk` item, each 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskRating {
    pub likelihood: u8,
    pub severity: u8,
}

/// Written back in the documented shape; whole numbers (likert answers,
/// counts) as integers, so a saved file reads `4`, not `4.0`.
impl Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        const SAFE: f64 = 9_007_199_254_740_992.0; // 2^53
        match self {
            Answer::Risk(r) => r.serialize(s),
            Answer::Number(n) if n.fract() == 0.0 && n.abs() < SAFE => s.serialize_i64(*n as i64),
            Answer::Number(n) => s.serialize_f64(*n),
            Answer::List(items) => items.serialize(s),
            Answer::Text(t) => s.serialize_str(t),
        }
    }
}

impl Answer {
    /// `equals` as documented: the stored value compared with the condition's
    /// value. Numbers also match their decimal string, so a likert answer `4`
    /// equals both `4` and `"4"`.
    pub fn equals(&self, value: &Value) -> bool {
        match (self, value) {
            (Answer::Text(s), Value::String(v)) => s == v,
            (Answer::Number(n), Value::Number(v)) => v.as_f64() == Some(*n),
            (Answer::Number(n), Value::String(v)) => v.trim().parse::<f64>().ok() == Some(*n),
            (Answer::List(items), Value::Array(vs)) => {
                items.len() == vs.len() && vs.iter().all(|v| v.as_str().is_some_and(|v| items.iter().any(|i| i == v)))
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerSet {
    pub format: String,
    pub questionnaire: QuestionnaireRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

impl AnswerSet {
    /// An empty set for `definition`, stamped with caller-supplied times.
    pub fn new(definition: &Definition, created: Option<String>) -> Self {
        AnswerSet {
            format: ANSWERS_FORMAT.to_string(),
            questionnaire: QuestionnaireRef { id: definition.id.clone(), version: definition.version.clone() },
            updated: created.clone(),
            created,
            answers: BTreeMap::new(),
        }
    }
}

/// What kind of problem an imported answer had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    UnknownQuestion,
    WrongType,
    UnknownOption,
    OutOfBounds,
    TooLong,
    /// A migration removed the question; its answer was not carried over.
    Removed,
    /// A migration step could not be applied to this answer.
    Migration,
    /// Something about the file's version (unparseable, newer than the definition).
    Version,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportIssue {
    /// The question id the issue is about (empty for file-level issues).
    pub question: String,
    pub kind: IssueKind,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    /// The answers that were kept, re-stamped with the definition's version.
    pub answers: AnswerSet,
    pub issues: Vec<ImportIssue>,
}

/// Import fails as a whole only when the file is not an answers file for
/// this questionnaire at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Json(String),
    Format(String),
    WrongQuestionnaire { expected: String, found: String },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Json(m) => write!(f, "the answers file is not valid JSON: {m}"),
            ImportError::Format(m) => write!(f, "not a raikit answers file: {m}"),
            ImportError::WrongQuestionnaire { expected, found } => write!(
                f,
                "these answers are for questionnaire `{found}`, not `{expected}`"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Parses and imports an answers file for `definition`.
pub fn import_answers(definition: &Definition, json: &str) -> Result<ImportReport, ImportError> {
    let value: Value = crate::json::from_str(json).map_err(|e| ImportError::Json(e.to_string()))?;
    import_value(definition, &value)
}

/// Imports an already-parsed answers document.
pub fn import_value(definition: &Definition, value: &Value) -> Result<ImportReport, ImportError> {
    let obj = value.as_object().ok_or_else(|| ImportError::Format("expected a JSON object".into()))?;
    match obj.get("format") {
        Some(Value::String(f)) if f == ANSWERS_FORMAT => {}
        Some(Value::String(f)) => {
            return Err(ImportError::Format(format!("format is `{f}`, expected `{ANSWERS_FORMAT}`")))
        }
        _ => return Err(ImportError::Format(format!("missing `format: \"{ANSWERS_FORMAT}\"`"))),
    }
    let q = obj.get("questionnaire").and_then(Value::as_object);
    let id = q.and_then(|q| q.get("id")).and_then(Value::as_str);
    let version = q.and_then(|q| q.get("version")).and_then(Value::as_str);
    let (Some(id), Some(version)) = (id, version) else {
        return Err(ImportError::Format("missing `questionnaire.id` or `questionnaire.version`".into()));
    };
    if id != definition.id {
        return Err(ImportError::WrongQuestionnaire { expected: definition.id.clone(), found: id.to_string() });
    }
    let time = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_string);
    let raw: BTreeMap<String, Value> = match obj.get("answers") {
        None | Some(Value::Null) => BTreeMap::new(),
        Some(Value::Object(m)) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        Some(_) => return Err(ImportError::Format("`answers` must be an object".into())),
    };

    let mut issues = Vec::new();
    let raw = migrate::migrate(definition, version, raw, &mut issues);
    let mut answers = AnswerSet::new(definition, time("created"));
    answers.updated = time("updated");
    for (qid, value) in raw {
        let Some(question) = definition.question(&qid) else {
            issues.push(ImportIssue {
                question: qid.clone(),
                kind: IssueKind::UnknownQuestion,
                message: format!("`{qid}` is not a question of `{}` {}; its answer was not imported", definition.id, definition.version),
            });
            continue;
        };
        match check_value(question, &value) {
            Ok(Some(answer)) => {
                answers.answers.insert(qid, answer);
            }
            Ok(None) => {}
            Err((kind, message)) => issues.push(ImportIssue { question: qid, kind, message }),
        }
    }
    Ok(ImportReport { answers, issues })
}

/// Checks one raw value against its question. `Ok(None)` means "explicitly
/// unanswered" (JSON null), which is not an issue.
pub fn check_value(q: &Question, value: &Value) -> Result<Option<Answer>, (IssueKind, String)> {
    if value.is_null() {
        return Ok(None);
    }
    let wrong = |expected: &str| {
        Err((IssueKind::WrongType, format!("`{}` is a {} question and expects {expected}; got {}", q.id, q.kind.as_str(), describe(value))))
    };
    let option = |v: &str| -> Result<(), (IssueKind, String)> {
        if q.option(v).is_some() {
            Ok(())
        } else {
            let known: Vec<&str> = q.options.iter().map(|o| o.value.as_str()).collect();
            Err((IssueKind::UnknownOption, format!("`{v}` is not an option of `{}` (options: {})", q.id, known.join(", "))))
        }
    };
    match q.kind {
        QuestionType::SingleChoice | QuestionType::YesNoUnsure => match value {
            Value::String(s) => option(s).map(|_| Some(Answer::Text(s.clone()))),
            _ => wrong("an option value string"),
        },
        QuestionType::MultiChoice => {
            let Some(items) = value.as_array() else { return wrong("an array of option values") };
            let mut out: Vec<String> = Vec::new();
            for item in items {
                let Some(s) = item.as_str() else { return wrong("an array of option value strings") };
                option(s)?;
                if !out.iter().any(|o| o == s) {
                    out.push(s.to_string());
                }
            }
            Ok(Some(Answer::List(out)))
        }
        QuestionType::Likert => {
            let n = match value {
                Value::Number(n) => n.as_f64(),
                Value::String(s) => s.trim().parse::<f64>().ok(),
                _ => None,
            };
            match n {
                Some(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => Ok(Some(Answer::Number(n))),
                Some(n) => Err((IssueKind::OutOfBounds, format!("`{}` is a likert question; {} is not an integer from 1 to 5", q.id, exact(n)))),
                None => wrong("an integer from 1 to 5"),
            }
        }
        QuestionType::Risk => match value {
            Value::String(s) if s == super::answers::NOT_APPLICABLE => Ok(Some(Answer::Text(s.clone()))),
            Value::Object(m) => {
                let axis = |k: &str| m.get(k).and_then(Value::as_f64);
                match (axis("likelihood"), axis("severity")) {
                    (Some(l), Some(s)) => {
                        let ok = |x: f64| x.fract() == 0.0 && (1.0..=5.0).contains(&x);
                        if ok(l) && ok(s) {
                            Ok(Some(Answer::Risk(RiskRating { likelihood: l as u8, severity: s as u8 })))
                        } else {
                            Err((IssueKind::OutOfBounds, format!("`{}`: likelihood and severity must be integers from 1 to 5; got {} and {}", q.id, exact(l), exact(s))))
                        }
                    }
                    _ => wrong("`{\"likelihood\": 1-5, \"severity\": 1-5}` or \"not_applicable\""),
                }
            }
            _ => wrong("`{\"likelihood\": 1-5, \"severity\": 1-5}` or \"not_applicable\""),
        },
        QuestionType::Number => {
            let Some(n) = value.as_f64() else { return wrong("a number") };
            if q.min.is_some_and(|min| n < min) || q.max.is_some_and(|max| n > max) {
                let bound = |b: Option<f64>| b.map_or_else(|| "…".into(), exact);
                return Err((IssueKind::OutOfBounds, format!("`{}`: {} is outside {}..{}", q.id, exact(n), bound(q.min), bound(q.max))));
            }
            Ok(Some(Answer::Number(n)))
        }
        QuestionType::Text => {
            let Value::String(s) = value else { return wrong("a string") };
            let len = s.chars().count() as u64;
            if len > q.max_length() {
                return Err((IssueKind::TooLong, format!("`{}`: {len} characters, at most {} allowed", q.id, q.max_length())));
            }
            Ok(Some(Answer::Text(s.clone())))
        }
    }
}

fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
