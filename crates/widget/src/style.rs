//! The widget's stylesheet, adopted into each shadow root as a constructable
//! stylesheet (allowed by `style-src 'self'`, unlike inline `<style>`).

use js_sys::Array;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// `styles/widget.css`, minified by `build.rs`.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

pub fn adopt(root: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(WIDGET_CSS)?;
    let sheets = Array::of1(&sheet);
    root.set_adopted_style_sheets(&sheets);
    Ok(())
}
