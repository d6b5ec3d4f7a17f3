//! Mounting a component into a shadow root, with the widget's stylesheet.

use crate::components::assessment::{Assessment, AssessmentProps};
use crate::components::policy_lint::{PolicyLint, PolicyLintProps};
use crate::style;
use wasm_bindgen::JsValue;
use web_sys::ShadowRoot;
use yew::AppHandle;

/// Why a widget could not be mounted. Shown to the host page's developer.
#[derive(Debug)]
pub struct MountError(pub String);

impl From<JsValue> for MountError {
    fn from(value: JsValue) -> Self {
        MountError(value.as_string().unwrap_or_else(|| format!("{value:?}")))
    }
}

/// Renders `<raikit-assessment>` into `root`. The stylesheet is adopted rather
/// than inlined, because a strict CSP blocks `<style>` in the shadow root.
pub fn mount_assessment(root: &ShadowRoot, props: AssessmentProps) -> Result<AppHandle<Assessment>, MountError> {
    mount::<Assessment>(root, props)
}

/// Renders `<raikit-policy-lint>` into `root`.
pub fn mount_policy_lint(root: &ShadowRoot, props: PolicyLintProps) -> Result<AppHandle<PolicyLint>, MountError> {
    mount::<PolicyLint>(root, props)
}

fn mount<C: yew::BaseComponent>(root: &ShadowRoot, props: C::Properties) -> Result<AppHandle<C>, MountError> {
    style::adopt(root)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| MountError("no document to render into".into()))?;
    let container = document.create_element("div")?;
    container.set_class_name("raikit-root");
    root.append_child(&container)?;
    Ok(yew::Renderer::<C>::with_root_and_props(container, props).render())
}
