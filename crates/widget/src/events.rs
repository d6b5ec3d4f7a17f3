//! The events the element dispatches to its host page. They bubble and cross
//! the shadow boundary; the host decides whether anything goes anywhere.

use wasm_bindgen::JsValue;

fn dispatch(host: Option<&web_sys::HtmlElement>, name: &str, detail: JsValue) {
    let Some(host) = host else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn parse(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

/// `raikit-change`: detail `{ answers, answered, required }`.
pub fn change(host: Option<&web_sys::HtmlElement>, answers_json: &str, answered: usize, required: usize) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"answers".into(), &parse(answers_json));
    let _ = js_sys::Reflect::set(&detail, &"answered".into(), &JsValue::from(answered as u32));
    let _ = js_sys::Reflect::set(&detail, &"required".into(), &JsValue::from(required as u32));
    dispatch(host, "raikit-change", detail.into());
}

/// `raikit-complete`: detail `{ report }`, the JSON report as an object.
pub fn complete(host: Option<&web_sys::HtmlElement>, report_json: &str) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"report".into(), &parse(report_json));
    dispatch(host, "raikit-complete", detail.into());
}

/// `raikit-lint`: detail `{ report }`, the `raikit-lint/1` report as an object.
pub fn lint(host: Option<&web_sys::HtmlElement>, report_json: &str) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"report".into(), &parse(report_json));
    dispatch(host, "raikit-lint", detail.into());
}
