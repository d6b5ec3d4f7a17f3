//! Runs in headless Chromium through wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn principles_returns_the_taxonomy_as_plain_objects() {
    let value = raikit_wasm::principles().expect("principles()");
    let json = js_sys::JSON::stringify(&value).unwrap().as_string().unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    let core = parsed["core"].as_array().unwrap();
    assert_eq!(core.len(), 5);
    let count: usize = core.iter().map(|c| c["instrumental"].as_array().unwrap().len()).sum();
    assert_eq!(count, 17);
}

#[wasm_bindgen_test]
async fn assessment_mounts_into_a_shadow_root_with_adopted_styles() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    // No base URL here to fetch a built-in from: the definition is inline in
    // the page, as a partner would give their own.
    let script = document.create_element("script").unwrap();
    script.set_attribute("type", "application/json").unwrap();
    script.set_id("inline-risk");
    let (_, risk) = raikit_core::content::BUILTIN_QUESTIONNAIRES.iter().find(|(id, _)| *id == "risk").unwrap();
    script.set_text_content(Some(risk));
    document.body().unwrap().append_child(&script).unwrap();
    host.set_attribute("questionnaire", "#inline-risk").unwrap();

    let mut mount = raikit_wasm::mount_assessment(Some(host.clone()), root.clone(), None, None, None).expect("mount");
    // Yew renders on a later tick, once the inline definition is read: wait
    // for it rather than for a fixed time (a debug build on a busy machine is slow).
    assert!(eventually(|| root.query_selector_all("li[data-principle*='.']").unwrap().length() == 17).await, "the introduction never rendered");
    assert_eq!(root.adopted_style_sheets().length(), 1);
    assert!(root.text_content().unwrap().contains("Your answers stay on this device."));

    mount.set_attribute("theme", Some("dark".into()));
    assert!(eventually(|| root.query_selector(".raikit.theme-dark").unwrap().is_some()).await, "the theme did not change");
    mount.destroy();
}

/// Polls `check` every 20 ms for up to 5 s.
async fn eventually(check: impl Fn() -> bool) -> bool {
    for _ in 0..250 {
        if check() {
            return true;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    check()
}
