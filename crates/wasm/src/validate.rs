//! The questionnaire validator bundle (`raikit_validate`).
//! `<raikit-assessment>` fetches it from beside `raikit.js` only when a page
//! gives its own definition (`#id` or a URL): the built-ins are validated by
//! the tests, so most pages never download it.

use wasm_bindgen::prelude::*;

/// The definition's errors as a JSON array of problems (path, severity,
/// message); `[]` when it can be used.
#[wasm_bindgen(js_name = validateDefinition)]
pub fn validate_definition(text: &str) -> String {
    let errors = raikit_core::assess::usable_definition(text).err().unwrap_or_default();
    serde_json::to_string(&errors).unwrap_or_else(|_| "[]".into())
}
