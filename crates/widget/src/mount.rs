//! Mounting a component into a shadow root, with the widget's stylesheet.

use crate::components::assessment::{Assessment, AssessmentProps};
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
    style::adopt(root)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| MountError("no document to render into".into()))?;
    let container = document.create_element("div")?;
    container.set_class_name("raikit-root");
    root.append_child(&container)?;
    Ok(yew::Renderer::<Assessment>::with_root_and_props(container, props).render())
}
