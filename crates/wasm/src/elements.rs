//! Mount points for the custom elements defined in `js/raikit.js`. The JS
//! class owns the element's lifecycle; these handles own the Yew app.

use raikit_widget::{Assessment, AssessmentProps};
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;
use yew::AppHandle;

/// A mounted `<raikit-assessment>`.
#[wasm_bindgen]
pub struct AssessmentMount {
    app: Option<AppHandle<Assessment>>,
    props: AssessmentProps,
}

/// Mounts the assessment widget into an element's shadow root.
#[wasm_bindgen(js_name = mountAssessment)]
pub fn mount_assessment(root: ShadowRoot) -> Result<AssessmentMount, JsError> {
    let props = AssessmentProps {
        questionnaire: "risk".into(),
        lang: "en".into(),
        storage: "none".into(),
        theme: "auto".into(),
    };
    let app = raikit_widget::mount_assessment(&root, props.clone()).map_err(|e| JsError::new(&e.0))?;
    Ok(AssessmentMount { app: Some(app), props })
}

#[wasm_bindgen]
impl AssessmentMount {
    /// Applies an attribute change; `null` restores the default.
    #[wasm_bindgen(js_name = setAttribute)]
    pub fn set_attribute(&mut self, name: &str, value: Option<String>) {
        let p = &mut self.props;
        match name {
            "questionnaire" => p.questionnaire = value.unwrap_or_else(|| "risk".into()),
            "lang" => p.lang = value.unwrap_or_else(|| "en".into()),
            "storage" => p.storage = value.unwrap_or_else(|| "none".into()),
            "theme" => p.theme = value.unwrap_or_else(|| "auto".into()),
            _ => return,
        }
        if let Some(app) = self.app.as_mut() {
            app.update(self.props.clone());
        }
    }

    /// Unmounts the app; called when the element leaves the document.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
