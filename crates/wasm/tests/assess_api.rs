//! The assessment JS API across the wasm boundary (runs in Node: it needs
//! no DOM). Inputs are built as real JS objects and strings.
#![cfg(target_arch = "wasm32")]

use raikit_wasm::{questionnaires, report, score, validate};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

const FIXTURE: &str = include_str!("../../core/tests/fixtures/mini-readiness.json");
const ANSWERS: &str = r#"{"format":"raikit-answers/1","questionnaire":{"id":"mini-readiness","version":"1.0.0"},
  "answers":{"training":2,"data-owner":"nobody","ghost":"x"}}"#;

fn object(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON parses")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

#[wasm_bindgen_test]
fn validate_accepts_objects_and_strings_and_reports_paths() {
    let ok = validate(object(FIXTURE)).expect("validate");
    assert_eq!(js_sys::Array::from(&ok).length(), 0);
    let broken = FIXTURE.replace("\"weight\": 2", "\"weight\": 20");
    let problems = js_sys::Array::from(&validate(JsValue::from_str(&broken)).expect("validate"));
    assert_eq!(problems.length(), 1);
    let first = problems.get(0);
    assert_eq!(get(&first, "path").as_string().unwrap(), "sections[0].questions[0].weight");
    assert_eq!(get(&first, "severity").as_string().unwrap(), "error");
    let parse = js_sys::Array::from(&validate(JsValue::from_str("{ nope")).expect("validate"));
    assert_eq!(parse.length(), 1);
}

#[wasm_bindgen_test]
fn score_returns_plain_objects_with_import_issues() {
    let result = score(object(FIXTURE), object(ANSWERS)).expect("score");
    assert_eq!(get(&result, "kind").as_string().unwrap(), "readiness");
    assert_eq!(get(&result, "partial").as_bool(), Some(true));
    let issues = js_sys::Array::from(&get(&result, "import_issues"));
    assert_eq!(issues.length(), 1);
    assert_eq!(get(&issues.get(0), "kind").as_string().unwrap(), "unknown_question");
    let dims = js_sys::Array::from(&get(&get(&result, "readiness"), "dimensions"));
    assert_eq!(get(&dims.get(0), "id").as_string().unwrap(), "data");
}

#[wasm_bindgen_test]
fn report_renders_and_bad_input_throws_clear_errors() {
    let html = report(JsValue::from_str(FIXTURE), JsValue::from_str(ANSWERS), "html", None).expect("report");
    assert!(html.starts_with("<!DOCTYPE html>"));
    let json = report(object(FIXTURE), object(ANSWERS), "json", Some("fr".into())).expect("report");
    assert!(json.contains("\"schema\": \"raikit-report/1\"") && json.contains("\"lang\": \"fr\""));
    let message = |r: Result<String, wasm_bindgen::JsError>| {
        let v: JsValue = r.err().expect("an error").into();
        js_sys::Error::from(v).message().as_string().unwrap()
    };
    assert!(message(report(object(FIXTURE), object(ANSWERS), "pdf", None)).contains("unknown report format `pdf`"));
    assert!(message(report(JsValue::from_str("no-such-id"), object(ANSWERS), "md", None)).contains("unknown built-in questionnaire `no-such-id`"));
    let other = ANSWERS.replace("mini-readiness", "risk");
    assert!(message(report(object(FIXTURE), object(&other), "md", None)).contains("not `mini-readiness`"));
    let invalid = FIXTURE.replace("\"weight\": 2", "\"weight\": 20");
    assert!(message(report(JsValue::from_str(&invalid), object(ANSWERS), "md", None)).contains("invalid questionnaire definition"));
    assert!(message(report(JsValue::UNDEFINED, object(ANSWERS), "md", None)).contains("missing"));
}

#[wasm_bindgen_test]
fn questionnaires_lists_every_builtin() {
    let list = js_sys::Array::from(&questionnaires().expect("list"));
    assert_eq!(list.length() as usize, raikit_core::content::BUILTIN_QUESTIONNAIRES.len());
}
