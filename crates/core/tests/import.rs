//! Answers import: type checks, migration from older versions, and refusal
//! of the wrong questionnaire. Nothing may be dropped silently.
mod common;
use raikit_core::assess::{import_answers, Answer, ImportError, IssueKind};

fn file(version: &str, answers: &str) -> String {
    format!(r#"{{"format":"raikit-answers/1","questionnaire":{{"id":"face-search","version":"{version}"}},"created":"2026-11-01T09:00:00Z","updated":"2026-11-02T09:00:00Z","answers":{answers}}}"#)
}

#[test]
fn every_bad_value_is_reported_and_good_ones_kept() {
    let def = common::fixture();
    let r = import_answers(
        &def,
        &file(
            "1.1.0",
            r#"{"purpose":"guessing","legal-basis":true,"data-kinds":["biometric","voice"],"human-review":6,
                "misid-risk":{"likelihood":0,"severity":3},"retention-days":9000,"legal-reference":"x",
                "ghost":"boo","bias-tested":"no","audit-log":null,
                "children":"yes"}"#,
        ),
    )
    .unwrap();
    let kind = |q: &str| r.issues.iter().find(|i| i.question == q).map(|i| i.kind);
    assert_eq!(kind("purpose"), Some(IssueKind::UnknownOption));
    assert_eq!(kind("legal-basis"), Some(IssueKind::WrongType));
    assert_eq!(kind("data-kinds"), Some(IssueKind::UnknownOption));
    assert_eq!(kind("human-review"), Some(IssueKind::OutOfBounds));
    assert_eq!(kind("misid-risk"), Some(IssueKind::OutOfBounds));
    assert_eq!(kind("retention-days"), Some(IssueKind::OutOfBounds));
    assert_eq!(kind("ghost"), Some(IssueKind::UnknownQuestion));
    assert_eq!(r.issues.len(), 7, "{:#?}", r.issues);
    // Kept: the valid ones. null means "unanswered" and is not an issue.
    let kept: Vec<&str> = r.answers.answers.keys().map(String::as_str).collect();
    assert_eq!(kept, ["bias-tested", "children", "legal-reference"]);
    assert_eq!(r.answers.created.as_deref(), Some("2026-11-01T09:00:00Z"));
}

#[test]
fn text_length_and_multi_choice_dedup() {
    let def = common::fixture();
    let long = "é".repeat(301);
    let r = import_answers(&def, &file("1.1.0", &format!(r#"{{"legal-reference":"{long}","data-kinds":["location","location"]}}"#))).unwrap();
    assert_eq!(r.issues.len(), 1);
    assert_eq!(r.issues[0].kind, IssueKind::TooLong);
    assert_eq!(r.answers.answers["data-kinds"], Answer::List(vec!["location".into()]));
}

#[test]
fn older_version_is_migrated_and_losses_listed() {
    let def = common::fixture();
    let r = import_answers(
        &def,
        &file("1.0.0", r#"{"review-frequency":5,"vendor-name":"Acme","legal-basis":"maybe","purpose":"lead-generation"}"#),
    )
    .unwrap();
    assert_eq!(r.answers.answers["human-review"], Answer::Number(5.0));
    assert_eq!(r.answers.answers["legal-basis"], Answer::Text("unsure".into()));
    assert_eq!(r.answers.questionnaire.version, "1.1.0");
    assert_eq!(r.issues.len(), 1, "{:#?}", r.issues);
    assert_eq!(r.issues[0].kind, IssueKind::Removed);
    assert!(r.issues[0].message.contains("procurement file"));
}

#[test]
fn versions_between_migrations_and_conflicts() {
    let def = common::fixture();
    // 1.0.5 is still before 1.1.0, so the 1.0.0 migration applies.
    let r = import_answers(&def, &file("1.0.5", r#"{"review-frequency":2,"human-review":3}"#)).unwrap();
    assert_eq!(r.answers.answers["human-review"], Answer::Number(3.0));
    assert_eq!(r.issues.len(), 1);
    assert_eq!(r.issues[0].kind, IssueKind::Migration);
    assert!(r.issues[0].message.contains("already has an answer"));
    // Older than any migration: they still chain from the first.
    let r = import_answers(&def, &file("0.3.0", r#"{"review-frequency":2}"#)).unwrap();
    assert_eq!(r.answers.answers["human-review"], Answer::Number(2.0));
    assert!(r.issues.is_empty());
}

#[test]
fn migrations_chain_in_semver_order() {
    let mut def = common::fixture();
    // Add an earlier migration, listed after the later one on purpose.
    let extra: raikit_core::assess::definition::Migration = serde_json::from_str(
        r#"{"from":"0.9.0","steps":[{"rename_question":{"from":"oversight","to":"review-frequency"}}]}"#,
    )
    .unwrap();
    def.migrations.push(extra);
    let r = import_answers(&def, &file("0.9.0", r#"{"oversight":4}"#)).unwrap();
    assert_eq!(r.answers.answers["human-review"], Answer::Number(4.0));
    assert!(r.issues.is_empty(), "{:?}", r.issues);
}

#[test]
fn newer_or_unparseable_version_is_an_issue_not_a_failure() {
    let def = common::fixture();
    let r = import_answers(&def, &file("2.0.0", r#"{"purpose":"lead-generation"}"#)).unwrap();
    assert_eq!(r.issues[0].kind, IssueKind::Version);
    assert_eq!(r.answers.answers.len(), 1);
    let r = import_answers(&def, &file("v-next", "{}")).unwrap();
    assert_eq!(r.issues[0].kind, IssueKind::Version);
}

#[test]
fn wrong_questionnaire_and_bad_files_are_clear_errors() {
    let def = common::fixture();
    let other = file("1.1.0", "{}").replace("face-search", "readiness");
    let e = import_answers(&def, &other).unwrap_err();
    assert_eq!(e, ImportError::WrongQuestionnaire { expected: "face-search".into(), found: "readiness".into() });
    assert!(e.to_string().contains("`readiness`, not `face-search`"));
    assert!(matches!(import_answers(&def, "{"), Err(ImportError::Json(_))));
    assert!(matches!(import_answers(&def, "[]"), Err(ImportError::Format(_))));
    let wrong_format = file("1.1.0", "{}").replace("raikit-answers/1", "raikit-answers/9");
    assert!(import_answers(&def, &wrong_format).unwrap_err().to_string().contains("raikit-answers/9"));
    let bad_answers = file("1.1.0", "[1]");
    assert!(matches!(import_answers(&def, &bad_answers), Err(ImportError::Format(_))));
}

#[test]
fn round_trip_through_json() {
    let def = common::fixture();
    let set = common::answers(&def, common::MIXED);
    let json = serde_json::to_string(&set).unwrap();
    let again = import_answers(&def, &json).unwrap();
    assert!(again.issues.is_empty());
    assert_eq!(again.answers, set);
}

#[test]
fn whole_numbers_are_saved_as_integers() {
    let def = common::fixture();
    let set = common::answers(&def, r#"{"human-review":4,"retention-days":90.5}"#);
    let json = serde_json::to_string(&set.answers).unwrap();
    assert_eq!(json, r#"{"human-review":4,"retention-days":90.5}"#);
}
