//! The JS lint API, run under wasm-bindgen-test (Node by default):
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//!  cargo test -p raikit-wasm --target wasm32-unknown-unknown --test lint_api`

use raikit_wasm::{apply_fix_js, lint, rules};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn options(json: &str) -> Option<JsValue> {
    Some(js_sys::JSON::parse(json).expect("json"))
}

#[wasm_bindgen_test]
fn lints_a_string_with_utf16_ranges_and_applies_a_fix() {
    let text = "# Über 😀\n\nThe agency should conduct an audit.";
    let report = lint(JsValue::from_str(text), None).expect("lints");
    assert_eq!(get(&report, "schema").as_string().as_deref(), Some("raikit-lint/1"));
    let findings = js_sys::Array::from(&get(&report, "findings"));
    let finding = findings
        .iter()
        .find(|f| get(f, "rule").as_string().as_deref() == Some("may-instead-of-must"))
        .expect("may-instead-of-must");
    let utf16 = get(&get(&finding, "range"), "utf16");
    let start = get(&utf16, "start").as_f64().unwrap() as u32;
    let end = get(&utf16, "end").as_f64().unwrap() as u32;
    let js_text = js_sys::JsString::from(text);
    assert_eq!(String::from(js_text.slice(start, end)), "should");
    let fixed = apply_fix_js(text, finding).expect("fix applies");
    assert!(fixed.ends_with("The agency must conduct an audit."));
    assert_eq!(js_sys::Array::from(&get(&report, "coverage")).length(), 17);
}

#[wasm_bindgen_test]
fn options_config_and_errors() {
    let report = lint(
        JsValue::from_str("<p>All logs will be reviewed.</p>"),
        options(r#"{"format":"html","config":{"rules":{"select":["passive-duty"],"severity":{"passive-duty":"error"}}}}"#),
    )
    .expect("lints");
    let findings = js_sys::Array::from(&get(&report, "findings"));
    assert_eq!(findings.length(), 1);
    assert_eq!(get(&findings.get(0), "severity").as_string().as_deref(), Some("error"));
    // Config as JSON text works; raikit.toml text needs the CLI (or the `toml` feature).
    let json = lint(JsValue::from_str("All logs will be reviewed."), options(r#"{"config":"{\"rules\":{\"select\":[\"long-sentence\"]}}"}"#)).expect("json config");
    assert_eq!(js_sys::Array::from(&get(&json, "findings")).length(), 0);
    let toml = lint(JsValue::from_str("All logs will be reviewed."), options(r#"{"config":"[rules]\nselect = [\"long-sentence\"]\n"}"#));
    #[cfg(not(feature = "toml"))]
    assert!(toml.is_err(), "TOML config text is refused with a clear message in the browser build");
    #[cfg(feature = "toml")]
    assert_eq!(js_sys::Array::from(&get(&toml.expect("toml config"), "findings")).length(), 0);
    assert!(lint(JsValue::from_str("x"), options(r#"{"format":"pdf"}"#)).is_err());
    assert!(lint(JsValue::from_str("x"), options(r#"{"config":{"rules":{"disable":["nope"]}}}"#)).is_err());
    assert!(lint(JsValue::from_f64(3.0), None).is_err());
    let bytes = js_sys::Uint8Array::from(&b"PK\x03\x04broken"[..]);
    assert!(lint(bytes.into(), None).is_err());
}

#[wasm_bindgen_test]
fn lists_rules() {
    let list = js_sys::Array::from(&rules(None).expect("rules"));
    assert_eq!(list.length(), 17);
    let message = |list: &js_sys::Array, id: &str| {
        let r = list.iter().find(|r| get(r, "id").as_string().as_deref() == Some(id)).expect(id);
        get(&r, "message").as_string().unwrap()
    };
    let spanish = js_sys::Array::from(&rules(Some("es".into())).expect("es rules"));
    assert_eq!(spanish.length(), 17);
    assert_eq!(message(&spanish, "passive-duty"), "«{match}»: ¿por quién?");
    assert_eq!(message(&list, "passive-duty"), message(&js_sys::Array::from(&rules(Some("en".into())).unwrap()), "passive-duty"));
    assert!(rules(Some("de".into())).is_err(), "an unknown locale is an error, not English");
    assert!(rules(Some("policy".into())).is_err(), "rules() has no policy to take a language from");
}

fn finding(report: &JsValue, rule: &str) -> JsValue {
    js_sys::Array::from(&get(report, "findings")).iter().find(|f| get(f, "rule").as_string().as_deref() == Some(rule)).expect(rule)
}

#[wasm_bindgen_test]
fn messages_in_the_locale_asked_for() {
    let text = "The agency should conduct an audit. All matches will be reviewed.";
    let english = lint(JsValue::from_str(text), None).expect("lints");
    let french = lint(JsValue::from_str(text), options(r#"{"locale":"fr"}"#)).expect("lints in French");
    let (en, fr) = (finding(&english, "may-instead-of-must"), finding(&french, "may-instead-of-must"));
    assert_eq!(get(&fr, "message").as_string().unwrap(), "«\u{a0}should\u{a0}» se lit comme facultatif alors qu'une obligation semble visée");
    // Only the texts change: the rule, its range and its fix stay.
    assert_eq!(js_sys::JSON::stringify(&get(&fr, "range")).unwrap(), js_sys::JSON::stringify(&get(&en, "range")).unwrap());
    assert_eq!(apply_fix_js(text, fr).unwrap(), apply_fix_js(text, en).unwrap());
    assert_eq!(get(&finding(&french, "passive-duty"), "message").as_string().unwrap(), "«\u{a0}will be reviewed\u{a0}»\u{a0}: par qui\u{202f}?");
    let coverage = js_sys::Array::from(&get(&french, "coverage"));
    let accountability = coverage.iter().find(|c| get(c, "principle").as_string().as_deref() == Some("governance.accountability")).unwrap();
    assert_eq!(get(&accountability, "name").as_string().as_deref(), Some("Responsabilité"));
    // 'policy' follows the policy's own language.
    let spanish_policy = "La unidad debería revisar cada coincidencia antes de actuar. Las imágenes se conservan treinta días y solo el jefe de la unidad puede verlas.";
    let es = lint(JsValue::from_str(spanish_policy), options(r#"{"locale":"policy"}"#)).expect("lints Spanish");
    assert_eq!(get(&es, "lang").as_string().as_deref(), Some("es"));
    assert!(get(&finding(&es, "may-instead-of-must"), "message").as_string().unwrap().contains("se lee como algo opcional"));
    let en_policy = lint(JsValue::from_str(text), options(r#"{"locale":"policy"}"#)).expect("lints");
    assert_eq!(get(&finding(&en_policy, "passive-duty"), "message").as_string(), get(&finding(&english, "passive-duty"), "message").as_string());
    let arabic = lint(JsValue::from_str(text), options(r#"{"locale":"ar"}"#)).expect("lints in Arabic");
    assert!(get(&finding(&arabic, "may-instead-of-must"), "message").as_string().unwrap().contains("توحي بالاختيار"));
    let err = lint(JsValue::from_str(text), options(r#"{"locale":"de"}"#)).err().expect("unknown locale");
    assert!(format!("{:?}", JsValue::from(err)).contains("unknown locale"));
}
