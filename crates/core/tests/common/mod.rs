//! Shared helpers for the assessment tests.
#![allow(dead_code)]

use raikit_core::assess::{parse_toml, AnswerSet, Definition};

pub const FIXTURE: &str = include_str!("../fixtures/face-search.toml");

pub fn fixture() -> Definition {
    parse_toml(FIXTURE).expect("the fixture parses").definition
}

/// An answer set from an `answers` JSON object, imported with no issues.
pub fn answers(def: &Definition, answers: &str) -> AnswerSet {
    let json = format!(
        r#"{{"format":"raikit-answers/1","questionnaire":{{"id":"{}","version":"{}"}},"created":"2026-11-27T10:00:00Z","updated":"2026-11-27T10:20:00Z","answers":{answers}}}"#,
        def.id, def.version
    );
    let report = raikit_core::assess::import_answers(def, &json).expect("imports");
    assert!(report.issues.is_empty(), "{:?}", report.issues);
    report.answers
}

/// Answers that touch every question of the fixture, with some concerns.
pub const MIXED: &str = r#"{
  "purpose": "identification", "legal-basis": "unsure", "data-kinds": ["biometric", "location"],
  "retention-days": 90, "children": "yes", "human-review": 4, "bias-tested": "no",
  "misid-risk": {"likelihood": 4, "severity": 5}, "audit-log": "yes"
}"#;
