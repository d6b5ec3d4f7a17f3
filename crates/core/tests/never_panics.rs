//! Robustness: no input, however broken, makes parsing, validation, import,
//! scoring or reporting panic.
mod common;
use proptest::prelude::*;
use raikit_core::assess::{import_answers, import_value, parse_auto, report, validate, validate_text, Format};
use serde_json::Value;

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z0-9._ -]{0,12}".prop_map(Value::String),
        prop::sample::select(vec!["yes", "no", "unsure", "risk", "readiness", "likert", "equals", "1.0.0", "purpose", "not_applicable"])
            .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec!["id", "type", "value", "question", "options", "any_of", "not", "answered", "likelihood", "severity", "when", "x"]),
                inner,
                0..5
            )
            .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

/// Every node of `v`, as a JSON pointer.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Array(items) => items.iter().enumerate().for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        Value::Object(m) => m.iter().for_each(|(k, x)| pointers(x, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out)),
        _ => {}
    }
}

fn exercise(def_text: &str, answers_text: &str) {
    let _ = validate_text(def_text);
    if let Ok(parsed) = parse_auto(def_text) {
        let _ = validate(&parsed.definition);
        if let Ok(imported) = import_answers(&parsed.definition, answers_text) {
            for f in [Format::Json, Format::Markdown, Format::Csv, Format::Html] {
                let _ = report(&parsed.definition, &imported.answers, "fr", f);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_strings(s in ".{0,300}") {
        let _ = validate_text(&s);
        let _ = import_answers(&common::fixture(), &s);
    }

    #[test]
    fn arbitrary_json(v in json_value()) {
        let _ = validate_text(&v.to_string());
        let _ = import_value(&common::fixture(), &v);
    }

    #[test]
    fn fixture_with_one_node_replaced(pick in any::<prop::sample::Index>(), replacement in json_value(), answers in json_value()) {
        let mut def = serde_json::to_value(common::fixture()).unwrap();
        let mut all = Vec::new();
        pointers(&def, String::new(), &mut all);
        let at = pick.get(&all).clone();
        if let Some(node) = def.pointer_mut(&at) {
            *node = replacement;
        }
        let file = serde_json::json!({ "format": "raikit-answers/1", "questionnaire": { "id": def.get("id").cloned().unwrap_or_default(), "version": "1.0.0" }, "answers": answers });
        exercise(&def.to_string(), &file.to_string());
    }

    #[test]
    fn valid_definition_with_arbitrary_answer_values(answers in prop::collection::btree_map(
        prop::sample::select(vec!["purpose", "legal-basis", "data-kinds", "retention-days", "children", "human-review", "misid-risk", "audit-log", "legal-reference"]),
        json_value(), 0..9)) {
        let answers: serde_json::Map<String, Value> = answers.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let file = serde_json::json!({ "format": "raikit-answers/1", "questionnaire": { "id": "face-search", "version": "1.0.0" }, "answers": answers });
        exercise(common::FIXTURE, &file.to_string());
    }
}

#[test]
fn deeply_nested_input_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "{\"not\":".repeat(5000), "}".repeat(5000));
    let text = format!(r#"{{"id":"x","version":"1.0.0","kind":"risk","title":"t","description":"d","red_flags":[{{"id":"f","when":{deep}}}],"sections":[]}}"#);
    let problems = validate_text(&text);
    assert!(!problems.is_empty());
    let arrays = "[".repeat(100_000);
    assert!(!validate_text(&arrays).is_empty());
}
