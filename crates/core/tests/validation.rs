//! Each validation rule, triggered on a mutated copy of the fixture.
mod common;
use raikit_core::assess::{validate_text, Problem, Severity};
use serde_json::{json, Value};

fn fixture_json() -> Value {
    serde_json::to_value(common::fixture()).unwrap()
}

fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v = fixture_json();
    mutate(&mut v);
    validate_text(&v.to_string())
}

#[track_caller]
fn expect(problems: &[Problem], severity: Severity, path: &str, needle: &str) {
    assert!(
        problems.iter().any(|p| p.severity == severity && p.path == path && p.message.contains(needle)),
        "no {severity:?} at `{path}` containing `{needle}` in:\n{}",
        problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn unknown_and_core_principle_ids() {
    let p = problems_after(|v| {
        v["sections"][0]["questions"][0]["principles"] = json!(["lawfulness.nope", "harm"]);
        v["red_flags"][0]["principles"] = json!(["made.up"]);
    });
    expect(&p, Severity::Error, "sections[0].questions[0].principles[0]", "unknown principle `lawfulness.nope`");
    expect(&p, Severity::Error, "sections[0].questions[0].principles[1]", "not a core id");
    expect(&p, Severity::Error, "red_flags[0].principles[0]", "made.up");
}

#[test]
fn duplicate_ids_of_every_kind() {
    let p = problems_after(|v| {
        v["sections"][1]["questions"][0]["id"] = json!("purpose");
        v["sections"][2]["id"] = json!("data");
        v["sections"][1]["questions"][0]["options"][1]["value"] = json!("biometric");
        v["red_flags"][1]["id"] = json!("no-legal-basis");
    });
    expect(&p, Severity::Error, "sections[1].questions[0].id", "duplicate question id `purpose`");
    expect(&p, Severity::Error, "sections[2].id", "duplicate section id");
    expect(&p, Severity::Error, "sections[1].questions[0].options[1].value", "duplicate option value");
    expect(&p, Severity::Error, "red_flags[1].id", "duplicate red flag id");
}

#[test]
fn option_list_shapes() {
    let p = problems_after(|v| {
        v["sections"][0]["questions"][0]["options"] = json!([{ "value": "only", "label": "Only", "score": 1 }]);
        v["sections"][0]["questions"][1]["options"] = json!([{ "value": "no", "score": 4 }, { "value": "yes", "score": 0 }, { "value": "unsure", "score": 2 }]);
        v["sections"][2]["questions"][0]["options"].as_array_mut().unwrap().pop();
        v["sections"][1]["questions"][0]["options"] = json!([]);
        v["sections"][2]["questions"][1]["options"][0]["score"] = json!(7);
    });
    expect(&p, Severity::Error, "sections[0].questions[0].options", "at least two options");
    expect(&p, Severity::Error, "sections[0].questions[1].options", "exactly `yes`, `no`, `unsure`");
    expect(&p, Severity::Error, "sections[2].questions[0].options", "exactly `1` to `5`");
    expect(&p, Severity::Error, "sections[1].questions[0].options", "at least one option");
    expect(&p, Severity::Error, "sections[2].questions[1].options[0].score", "0 to 4");
}

#[test]
fn weights_and_semver() {
    let p = problems_after(|v| {
        v["version"] = json!("1.1");
        v["sections"][0]["questions"][0]["weight"] = json!(11);
        v["sections"][0]["questions"][1]["weight"] = json!(-1);
        v["migrations"][0]["from"] = json!("one");
    });
    expect(&p, Severity::Error, "version", "not a semver");
    expect(&p, Severity::Error, "sections[0].questions[0].weight", "0 to 10");
    expect(&p, Severity::Error, "sections[0].questions[1].weight", "0 to 10");
    expect(&p, Severity::Error, "migrations[0].from", "not a semver");
}

#[cfg(feature = "toml")]
#[test]
fn nan_weight_from_toml_is_reported_not_panicked() {
    let text = common::FIXTURE.replacen("weight = 2", "weight = nan", 1);
    let p = validate_text(&text);
    assert!(p.iter().any(|p| p.severity == Severity::Error && p.path.contains("weight")), "{p:?}");
}

#[test]
fn nan_weight_in_a_built_definition() {
    let mut def = common::fixture();
    def.sections[0].questions[0].weight = f64::NAN;
    let p = raikit_core::assess::validate(&def);
    expect(&p, Severity::Error, "sections[0].questions[0].weight", "0 to 10");
}

#[test]
fn references_to_unknown_or_later_questions() {
    let p = problems_after(|v| {
        v["sections"][0]["questions"][2]["visible_if"] = json!({ "equals": { "question": "audit-log", "value": "yes" } });
        v["sections"][1]["visible_if"] = json!({ "answered": "ghost" });
        v["red_flags"][0]["when"] = json!({ "equals": { "question": "phantom", "value": "no" } });
    });
    expect(&p, Severity::Error, "sections[0].questions[2].visible_if.equals", "only to earlier questions");
    expect(&p, Severity::Error, "sections[1].visible_if.answered", "unknown question `ghost`");
    expect(&p, Severity::Error, "red_flags[0].when.equals", "unknown question `phantom`");
}

#[test]
fn condition_cycle_is_named() {
    let p = problems_after(|v| {
        v["sections"][0]["questions"][0]["visible_if"] = json!({ "answered": "legal-basis" });
        v["sections"][0]["questions"][1]["visible_if"] = json!({ "answered": "purpose" });
    });
    assert!(p.iter().any(|p| p.message.starts_with("condition cycle: ") && p.message.contains("purpose") && p.message.contains("legal-basis")), "{p:?}");
    let self_ref = problems_after(|v| {
        v["sections"][0]["questions"][0]["visible_if"] = json!({ "answered": "purpose" });
    });
    expect(&self_ref, Severity::Error, "sections[0].questions[0].visible_if", "condition cycle: purpose → purpose");
}

#[test]
fn condition_type_mismatches() {
    let p = problems_after(|v| {
        let qs = &mut v["sections"][2]["questions"];
        qs[1]["visible_if"] = json!({ "gt": { "question": "purpose", "value": 2 } });
        qs[2]["visible_if"] = json!({ "equals": { "question": "legal-basis", "value": "perhaps" } });
        qs[3]["visible_if"] = json!({ "includes": { "question": "purpose", "value": "identification" } });
        v["red_flags"][1]["when"] = json!({ "equals": { "question": "human-review", "value": 9 } });
    });
    expect(&p, Severity::Error, "sections[2].questions[1].visible_if.gt", "needs a number or likert");
    expect(&p, Severity::Error, "sections[2].questions[2].visible_if.equals", "`perhaps` is not an option");
    expect(&p, Severity::Error, "sections[2].questions[3].visible_if.includes", "needs a multi_choice");
    expect(&p, Severity::Error, "red_flags[1].when.equals", "must be 1 to 5");
}

#[test]
fn required_questions_that_can_never_show() {
    // Contradictory equals on one question inside all_of.
    let p = problems_after(|v| {
        v["sections"][1]["questions"][1]["visible_if"] = json!({ "all_of": [
            { "equals": { "question": "legal-basis", "value": "yes" } },
            { "equals": { "question": "legal-basis", "value": "no" } } ] });
    });
    expect(&p, Severity::Error, "sections[1].questions[1].visible_if", "required question can never become visible");
    // Depends on a question that is itself never visible.
    let p = problems_after(|v| {
        v["sections"][1]["questions"][0]["visible_if"] = json!({ "any_of": [] });
        v["sections"][1]["questions"][0]["required"] = json!(false);
    });
    expect(&p, Severity::Warning, "sections[1].questions[0].visible_if", "question can never become visible");
    expect(&p, Severity::Error, "sections[1].questions[2].visible_if", "required question can never become visible");
    // Bounds outside the number's range, and answered vs not answered.
    let p = problems_after(|v| {
        v["sections"][1]["questions"][2]["visible_if"] = json!({ "gt": { "question": "retention-days", "value": 5000 } });
        v["sections"][2]["questions"][0]["visible_if"] = json!({ "all_of": [
            { "answered": "purpose" }, { "not": { "answered": "purpose" } } ] });
    });
    expect(&p, Severity::Error, "sections[1].questions[2].visible_if", "can never become visible");
    expect(&p, Severity::Error, "sections[2].questions[0].visible_if", "can never become visible");
}

#[test]
fn satisfiable_conditions_are_not_flagged() {
    let p = problems_after(|v| {
        v["sections"][1]["questions"][2]["visible_if"] = json!({ "all_of": [
            { "one_of": { "question": "legal-basis", "values": ["no", "unsure"] } },
            { "not": { "equals": { "question": "legal-basis", "value": "no" } } },
            { "gte": { "question": "retention-days", "value": 30 } } ] });
    });
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn readiness_needs_dimensions_and_risk_items_need_risk_kind() {
    let p = problems_after(|v| {
        v["kind"] = json!("readiness");
    });
    expect(&p, Severity::Error, "dimensions", "at least one dimension");
    expect(&p, Severity::Error, "sections[0].questions[0].dimension", "needs a dimension");
    expect(&p, Severity::Error, "sections[2].questions[2].type", "risk questionnaires only");
    let p = problems_after(|v| {
        v["kind"] = json!("readiness");
        v["dimensions"] = json!([{ "id": "data", "title": "Data" }]);
        v["sections"][0]["questions"][0]["dimension"] = json!("people");
    });
    expect(&p, Severity::Error, "sections[0].questions[0].dimension", "unknown dimension `people`");
}

#[test]
fn scored_question_without_action() {
    let p = problems_after(|v| {
        v["sections"][0]["questions"][1].as_object_mut().unwrap().remove("action");
        v["sections"][2]["questions"][2].as_object_mut().unwrap().remove("action");
    });
    expect(&p, Severity::Error, "sections[0].questions[1].action", "needs an `action`");
    expect(&p, Severity::Error, "sections[2].questions[2].action", "needs an `action`");
}

#[test]
fn mitigation_bounds() {
    let p = problems_after(|v| {
        v["sections"][2]["questions"][2]["mitigations"][0]["by"] = json!(5);
        v["sections"][2]["questions"][2]["mitigations"][1]["when"] = json!({ "answered": "misid-risk" });
    });
    expect(&p, Severity::Error, "sections[2].questions[2].mitigations[0].by", "1 to 4");
    expect(&p, Severity::Error, "sections[2].questions[2].mitigations[1].when", "its own risk item");
}

#[test]
fn missing_translations_are_warnings() {
    let p = problems_after(|v| {
        v["languages"] = json!(["en", "fr"]);
    });
    expect(&p, Severity::Warning, "description", "missing translation: fr");
    expect(&p, Severity::Warning, "sections[0].questions[0].prompt", "missing translation: fr");
    assert!(!p.iter().any(|p| p.path == "title"), "title has a French translation");
    assert!(p.iter().all(|p| p.severity == Severity::Warning));
}

#[test]
fn parse_errors_carry_paths_and_lines() {
    let p = validate_text("{\"id\": \"x\",\n \"version\": 3 }");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path, "version");
    assert!(p[0].message.contains("line 2"), "{}", p[0]);
    let p = problems_after(|v| v["sections"][1]["questions"][0]["type"] = json!("slider"));
    assert_eq!(p[0].path, "sections[1].questions[0].type");
    assert!(p[0].message.contains("slider"));
    let p = problems_after(|v| v["sections"][0]["questions"][0]["visible_if"] = json!({ "answered": "a", "not": { "answered": "b" } }));
    assert_eq!(p[0].severity, Severity::Error);
    assert!(p[0].path.starts_with("sections[0].questions[0].visible_if"), "{p:?}");
    let p = validate_text("id = \"x\"\nversion = [");
    assert!(p[0].message.contains("invalid TOML") && p[0].message.contains("line 2"), "{p:?}");
    let p = validate_text("{} trailing");
    assert_eq!(p[0].severity, Severity::Error);
}

#[test]
fn unknown_fields_are_warnings() {
    let p = problems_after(|v| v["sections"][0]["questions"][0]["promt"] = json!("typo"));
    expect(&p, Severity::Warning, "sections[0].questions[0]", "unknown field `promt`");
}
