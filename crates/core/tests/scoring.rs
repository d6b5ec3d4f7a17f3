//! Scoring rules from docs/scoring.md, checked on the fixture.
mod common;
use raikit_core::assess::recommend::Source;
use raikit_core::assess::{score, Level, Maturity};

#[test]
fn mixed_answers_score_as_documented() {
    let def = common::fixture();
    let a = score(&def, &common::answers(&def, common::MIXED));
    let q = |id: &str| a.questions.iter().find(|q| q.id == id).unwrap();
    assert_eq!(q("purpose").level, Some(Level::High));
    assert_eq!(q("data-kinds").level, Some(Level::High), "worst selected option");
    assert_eq!(q("human-review").level, Some(Level::Low));
    // 4×5 = 20 critical; examiner review usual (4) lowers likelihood by 2 → 2×5 = 10 high.
    let m = q("misid-risk");
    assert_eq!((m.inherent.unwrap().product, m.inherent.unwrap().level), (20, Level::Critical));
    assert_eq!((m.residual.unwrap().product, m.residual.unwrap().level), (10, Level::High));
    assert_eq!(m.level, Some(Level::High));
    let risk = a.risk.as_ref().unwrap();
    assert_eq!(risk.overall.level, Some(Level::High));
    assert_eq!(risk.profile, Some(Level::High));
    assert!(!a.partial);
    let core: Vec<&str> = risk.core.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(core, ["lawfulness", "harm", "autonomy", "fairness", "governance"]);
    // fairness: children (yes → high), bias-tested (no → high), misid (high).
    let fairness = risk.core.iter().find(|c| c.id == "fairness").unwrap();
    assert_eq!(fairness.result.level, Some(Level::High));
    assert_eq!(fairness.result.score, Some(75.0));
    let gov = risk.instrumental.iter().find(|c| c.id == "governance.traceability").unwrap();
    assert_eq!((gov.result.level, gov.result.score), (Some(Level::None), Some(0.0)));
}

#[test]
fn red_flags_are_raised_and_lead_the_recommendations() {
    let def = common::fixture();
    let a = score(
        &def,
        &common::answers(
            &def,
            r#"{"purpose":"lead-generation","legal-basis":"no","data-kinds":["biometric"],"children":"yes",
                "human-review":1,"bias-tested":"yes","misid-risk":{"likelihood":1,"severity":1},"audit-log":"yes"}"#,
        ),
    );
    let flags: Vec<&str> = a.red_flags.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(flags, ["no-legal-basis", "children-unreviewed"]);
    let risk = a.risk.as_ref().unwrap();
    assert_eq!(risk.overall.level, Some(Level::Critical));
    let sources: Vec<(Source, &str)> = a.recommendations.iter().map(|r| (r.source, r.id.as_str())).collect();
    assert_eq!(
        sources,
        [
            (Source::RedFlag, "no-legal-basis"),
            (Source::RedFlag, "children-unreviewed"),
            // critical: legal-basis (w3) then human-review (w2); high: children (w2), data-kinds (w2) in definition order
            (Source::Question, "legal-basis"),
            (Source::Question, "human-review"),
            (Source::Question, "data-kinds"),
            (Source::Question, "children"),
        ]
    );
    let lawfulness = risk.instrumental.iter().find(|p| p.id == "lawfulness.legitimacy").unwrap();
    assert_eq!(lawfulness.red_flags, ["no-legal-basis"]);
}

#[test]
fn red_flag_cannot_be_hidden_by_good_answers() {
    let def = common::fixture();
    let a = score(
        &def,
        &common::answers(
            &def,
            r#"{"purpose":"missing-persons","legal-basis":"yes","legal-reference":"Art. 5","data-kinds":["biometric"],"children":"yes",
                "human-review":2,"bias-tested":"yes","misid-risk":"not_applicable","audit-log":"yes"}"#,
        ),
    );
    assert_eq!(a.red_flags.len(), 1);
    let risk = a.risk.unwrap();
    assert_eq!(risk.overall.level, Some(Level::High), "children yes is high on its own");
    assert_eq!(risk.profile, Some(Level::High));
    assert_eq!(a.recommendations[0].source, Source::RedFlag);
}

#[test]
fn hidden_questions_count_as_unanswered() {
    let def = common::fixture();
    // `children` is answered, but hidden because biometric data is not processed.
    let a = score(&def, &common::answers(&def, r#"{"data-kinds":["location"],"children":"yes","human-review":1}"#));
    let children = a.questions.iter().find(|q| q.id == "children").unwrap();
    assert!(!children.visible && !children.answered && children.level.is_none());
    assert!(a.red_flags.is_empty(), "a red flag on a hidden answer stays down");
    assert!(a.partial);
    let data = a.completeness.sections.iter().find(|s| s.id == "data").unwrap();
    assert_eq!((data.required, data.answered), (2, 1), "data-kinds and retention-days");
}

#[test]
fn empty_answers_give_a_partial_report() {
    let def = common::fixture();
    let a = score(&def, &common::answers(&def, "{}"));
    assert!(a.partial);
    assert_eq!(a.completeness.answered, 0);
    // legal-reference and children are hidden; audit-log is optional.
    assert_eq!(a.completeness.required, 7);
    assert_eq!(a.risk.unwrap().overall.level, None);
    assert!(a.recommendations.is_empty());
}

const READINESS: &str = include_str!("fixtures/mini-readiness.json");

#[test]
fn readiness_means_bands_and_weakest_first() {
    let def = raikit_core::assess::parse_json(READINESS).unwrap().definition;
    assert_eq!(raikit_core::assess::validate(&def), vec![]);
    let set = common::answers(&def, r#"{"training":4,"data-owner":"nobody","data-inventory":"unsure"}"#);
    let a = score(&def, &set);
    let r = a.readiness.as_ref().unwrap();
    let dims: Vec<(&str, Option<f64>)> = r.dimensions.iter().map(|d| (d.id.as_str(), d.result.maturity)).collect();
    assert_eq!(dims, [("data", Some(1.5)), ("people", Some(4.0))]);
    assert_eq!(r.dimensions[0].result.level, Some(Maturity::Developing));
    // (4×2 + 1 + 2) / 4 = 2.75 → defined
    assert_eq!(r.overall.maturity, Some(2.75));
    assert_eq!(r.overall.level, Some(Maturity::Defined));
    let recs: Vec<&str> = a.recommendations.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(recs, ["data-owner", "data-inventory"], "maturity ≤ 2, lowest first");
    // A context option (score 0) is answered but not scored.
    let a = score(&def, &common::answers(&def, r#"{"data-owner":"unknown"}"#));
    let q = a.questions.iter().find(|q| q.id == "data-owner").unwrap();
    assert!(q.answered && q.maturity.is_none());
}

#[test]
fn hidden_section_hides_its_questions_and_their_mitigations() {
    let mut def = common::fixture();
    def.sections[2].visible_if = Some(serde_json::from_str(r#"{"not":{"equals":{"question":"purpose","value":"missing-persons"}}}"#).unwrap());
    assert_eq!(raikit_core::assess::validate(&def), vec![]);
    let a = score(&def, &common::answers(&def, r#"{"purpose":"missing-persons","human-review":1,"misid-risk":{"likelihood":5,"severity":5}}"#));
    let oversight: Vec<bool> = a.questions.iter().filter(|q| q.section == "oversight").map(|q| q.visible).collect();
    assert_eq!(oversight, [false; 4]);
    assert_eq!(a.risk.unwrap().overall.level, Some(Level::Low), "only purpose (low) counts");
    let section = a.completeness.sections.iter().find(|s| s.id == "oversight").unwrap();
    assert!(!section.visible && section.required == 0);
}

#[test]
fn hand_built_answers_that_do_not_fit_count_as_unanswered() {
    use raikit_core::assess::{Answer, AnswerSet};
    let def = common::fixture();
    let mut set = AnswerSet::new(&def, Some("2026-11-27T10:00:00Z".into()));
    set.answers.insert("purpose".into(), Answer::Text("not-an-option".into()));
    set.answers.insert("human-review".into(), Answer::Number(9.0));
    set.answers.insert("legal-basis".into(), Answer::List(vec!["yes".into()]));
    set.answers.insert("bias-tested".into(), Answer::Text("no".into()));
    let a = score(&def, &set);
    let answered: Vec<&str> = a.questions.iter().filter(|q| q.answered).map(|q| q.id.as_str()).collect();
    assert_eq!(answered, ["bias-tested"]);
}
