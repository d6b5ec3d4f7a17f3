//! `<raikit-policy-lint>`'s mount handle.

use super::attr;
use raikit_widget::{PolicyLint, PolicyLintProps};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};
use yew::AppHandle;

/// A mounted `<raikit-policy-lint>`.
#[wasm_bindgen]
pub struct PolicyLintMount {
    app: Option<AppHandle<PolicyLint>>,
    props: PolicyLintProps,
}

/// Mounts the policy linter into an element's shadow root; `base` as for
/// `mountAssessment`. `load_formats` resolves to the on-demand document
/// formats bundle; bundles that read every format themselves never call it.
#[wasm_bindgen(js_name = mountPolicyLint)]
pub fn mount_policy_lint(
    host: Option<HtmlElement>,
    root: ShadowRoot,
    base: Option<String>,
    load_formats: Option<js_sys::Function>,
) -> Result<PolicyLintMount, JsError> {
    if let Some(loader) = load_formats {
        raikit_widget::formats::set_loader(loader);
    }
    let props = PolicyLintProps {
        lang: attr(host.as_ref(), "lang", "en"),
        theme: attr(host.as_ref(), "theme", "auto"),
        base: base.unwrap_or_default(),
        host,
    };
    let app = raikit_widget::mount_policy_lint(&root, props.clone()).map_err(|e| JsError::new(&e.0))?;
    Ok(PolicyLintMount { app: Some(app), props })
}

#[wasm_bindgen]
impl PolicyLintMount {
    /// Applies an attribute change; `null` restores the default.
    #[wasm_bindgen(js_name = setAttribute)]
    pub fn set_attribute(&mut self, name: &str, value: Option<String>) {
        let value = value.filter(|v| !v.trim().is_empty());
        match name {
            "lang" => self.props.lang = value.unwrap_or_else(|| "en".into()),
            "theme" => self.props.theme = value.unwrap_or_else(|| "auto".into()),
            _ => return,
        }
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }

    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
