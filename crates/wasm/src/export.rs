//! The report renderers bundle (`raikit_export`): Markdown, CSV and HTML
//! reports for `<raikit-assessment>`, fetched from beside `raikit.js` the
//! first time a user exports one of them. The element builds and scores the
//! report itself; this bundle only writes it out, so the element's first
//! load carries no renderers.

use raikit_core::assess::{report, Format, Report};
use wasm_bindgen::prelude::*;

/// Renders a `raikit-report/1` JSON value as `format` (`markdown`, `csv`,
/// `html` or `json`). `ui_pack` is the report language's `ui.json` (its
/// labels), absent for English, which is built in.
#[wasm_bindgen(js_name = renderReport)]
pub fn render_report(report_json: &str, format: &str, ui_pack: Option<String>) -> Result<String, JsError> {
    let format: Format = format.parse().map_err(|e: String| JsError::new(&e))?;
    if let Some(pack) = ui_pack {
        raikit_core::l10n::install_ui_pack(&pack).map_err(|e| JsError::new(&e))?;
    }
    let report: Report = raikit_core::json::from_str(report_json).map_err(|e| JsError::new(&format!("not a raikit report: {e}")))?;
    Ok(report::render(&report, format))
}
