//! Checks a partner's questionnaire definition with the on-demand validator
//! bundle (`raikit_validate`). Built-in questionnaires are validated by the
//! tests, so only pages that show their own definition download the
//! validator: the assessment's first load stays smaller.

use crate::on_demand::{self, Bundle};
use js_sys::Function;
use raikit_core::assess::Problem;
use wasm_bindgen::JsValue;

thread_local! {
    static VALIDATOR: Bundle = Bundle::default();
}

/// Installs the loader `raikit.js` passes to the mount.
pub fn set_loader(loader: Function) {
    on_demand::set_loader(&VALIDATOR, loader);
}

/// The definition's errors (empty when it can be used), or why the
/// validator could not run.
pub async fn errors(text: &str) -> Result<Vec<Problem>, String> {
    let exports = on_demand::load(&VALIDATOR).await.map_err(|why| format!("the questionnaire validator could not be loaded: {why}"))?;
    let validate = on_demand::function(&exports, "validateDefinition")?;
    let json = validate.call1(&JsValue::NULL, &JsValue::from_str(text)).map_err(on_demand::message)?;
    let json = json.as_string().ok_or("the validator returned nothing")?;
    raikit_core::json::from_str(&json).map_err(|e| format!("the validator's answer could not be read: {e}"))
}
