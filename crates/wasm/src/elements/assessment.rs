//! `<raikit-assessment>`'s mount handle.

use super::attr;
use raikit_widget::{Assessment, AssessmentProps, Bridge, Command};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};
use yew::AppHandle;

/// A mounted `<raikit-assessment>`.
#[wasm_bindgen]
pub struct AssessmentMount {
    app: Option<AppHandle<Assessment>>,
    props: AssessmentProps,
    bridge: Bridge,
}

/// Mounts the assessment widget into an element's shadow root. `base` is the
/// URL of the folder raikit.js came from, where language packs and the
/// built-in questionnaires live. `load_validator` resolves to the on-demand
/// questionnaire validator, used only for a page's own definition, and
/// `load_renderers` to the on-demand Markdown, CSV and HTML report renderers.
#[wasm_bindgen(js_name = mountAssessment)]
pub fn mount_assessment(
    host: Option<HtmlElement>,
    root: ShadowRoot,
    base: Option<String>,
    load_validator: Option<js_sys::Function>,
    load_renderers: Option<js_sys::Function>,
) -> Result<AssessmentMount, JsError> {
    if let Some(loader) = load_validator {
        raikit_widget::validator::set_loader(loader);
    }
    if let Some(loader) = load_renderers {
        raikit_widget::report_files::set_loader(loader);
    }
    let bridge = Bridge::default();
    let props = AssessmentProps {
        questionnaire: attr(host.as_ref(), "questionnaire", "risk"),
        lang: attr(host.as_ref(), "lang", "en"),
        storage: attr(host.as_ref(), "storage", "none"),
        theme: attr(host.as_ref(), "theme", "auto"),
        base: base.unwrap_or_default(),
        host,
        bridge: bridge.clone(),
    };
    let app = raikit_widget::mount_assessment(&root, props.clone()).map_err(|e| JsError::new(&e.0))?;
    Ok(AssessmentMount { app: Some(app), props, bridge })
}


#[wasm_bindgen]
impl AssessmentMount {
    /// Applies an attribute change; `null` restores the default.
    #[wasm_bindgen(js_name = setAttribute)]
    pub fn set_attribute(&mut self, name: &str, value: Option<String>) {
        let value = value.filter(|v| !v.trim().is_empty());
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

    /// The current answers file, as JSON text.
    #[wasm_bindgen(js_name = answersJson)]
    pub fn answers_json(&self) -> String {
        self.bridge.answers_json()
    }

    /// The current report (`raikit-report/1`), as JSON text.
    #[wasm_bindgen(js_name = reportJson)]
    pub fn report_json(&self) -> String {
        self.bridge.report_json()
    }

    /// Imports an answers file; migration messages are shown in the widget.
    #[wasm_bindgen(js_name = importJson)]
    pub fn import_json(&self, json: String) {
        self.bridge.send(Command::ImportJson(json));
    }

    pub fn reset(&self) {
        self.bridge.send(Command::Reset);
    }

    /// Unmounts the app; called when the element leaves the document.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

