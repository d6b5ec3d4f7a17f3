//! The document formats bundle (`raikit_formats`). `<raikit-policy-lint>`
//! fetches it from beside `raikit.js` the first time a Markdown, HTML or
//! .docx document needs reading; it returns the parsed document (text,
//! blocks and the source map back to the file) and the element lints that,
//! so findings still point into the original file.

use raikit_core::lint::{Document, Format};
use wasm_bindgen::prelude::*;

/// Parses a document; returns it as JSON, or throws an Error saying why not.
#[wasm_bindgen(js_name = parseDocument)]
pub fn parse_document(bytes: &[u8], format: &str) -> Result<String, JsError> {
    let format = Format::from_name(format).ok_or_else(|| JsError::new(&format!("unknown document format `{format}`")))?;
    let doc = Document::parse(bytes, format).map_err(|e| JsError::new(&e.to_string()))?;
    serde_json::to_string(&doc).map_err(|e| JsError::new(&e.to_string()))
}
