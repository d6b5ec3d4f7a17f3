//! The JS API. Values cross the boundary through serde-wasm-bindgen; the
//! TypeScript shapes are declared once below and named in return types.

use raikit_core::Taxonomy;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** An instrumental principle, such as `autonomy.oversight`. */
export interface InstrumentalPrinciple { id: string; name: string; description: string; }
/** A core principle and its instrumental principles. */
export interface CorePrinciple { id: string; name: string; description: string; instrumental: InstrumentalPrinciple[]; }
/** The five core principles of the INTERPOL–UNICRI Toolkit, in order. */
export interface Taxonomy { core: CorePrinciple[]; }
"#;

/// Plain JS objects (not Maps) so results can be JSON.stringify'd directly.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The principle taxonomy: five core principles, seventeen instrumental ones.
#[wasm_bindgen(unchecked_return_type = "Taxonomy")]
pub fn principles() -> Result<JsValue, JsError> {
    to_js(Taxonomy::builtin())
}
