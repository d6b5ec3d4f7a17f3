//! Report files for the export buttons. JSON is written here. Markdown, CSV
//! and HTML come from the on-demand renderers bundle (`raikit_export`),
//! fetched the first time a user asks for one of them, so the assessment's
//! first load carries no renderers. The npm API's module renders them itself
//! (feature `export-in-bundle`).

use js_sys::Function;
use raikit_core::assess::{report, AnswerSet, Definition, Format};

#[cfg(not(feature = "export-in-bundle"))]
thread_local! {
    static RENDERERS: crate::on_demand::Bundle = crate::on_demand::Bundle::default();
}

/// Installs the loader `raikit.js` passes to the mount.
pub fn set_loader(loader: Function) {
    #[cfg(not(feature = "export-in-bundle"))]
    crate::on_demand::set_loader(&RENDERERS, loader);
    #[cfg(feature = "export-in-bundle")]
    let _ = loader;
}

/// The report on `answers` in `lang`, as `format`.
pub async fn render(def: &Definition, answers: &AnswerSet, lang: &str, format: Format) -> Result<String, String> {
    if format == Format::Json {
        return Ok(json(def, answers, lang));
    }
    render_elsewhere(&build(def, answers, lang), format).await
}

/// The JSON report (`.report`, `exportJson`, the JSON download). Not through
/// `assess::report`, whose format switch would link every renderer.
pub fn json(def: &Definition, answers: &AnswerSet, lang: &str) -> String {
    report::json::render(&build(def, answers, lang))
}

fn build(def: &Definition, answers: &AnswerSet, lang: &str) -> report::Report {
    report::build(def, &raikit_core::assess::score(def, answers), answers, lang)
}

#[cfg(feature = "export-in-bundle")]
async fn render_elsewhere(built: &report::Report, format: Format) -> Result<String, String> {
    Ok(report::render(built, format))
}

#[cfg(not(feature = "export-in-bundle"))]
async fn render_elsewhere(built: &report::Report, format: Format) -> Result<String, String> {
    use crate::on_demand;
    use wasm_bindgen::JsValue;
    let exports = on_demand::load(&RENDERERS).await?;
    let render = on_demand::function(&exports, "renderReport")?;
    // The JSON report's own writer: a second (compact) serializer for the
    // report would add its code to the bundle.
    let json = report::json::render(built);
    let pack = crate::i18n::ui_pack_text(&built.lang).map_or(JsValue::UNDEFINED, |text| JsValue::from_str(&text));
    let out = render.call3(&JsValue::NULL, &JsValue::from_str(&json), &JsValue::from_str(format.name()), &pack).map_err(on_demand::message)?;
    out.as_string().ok_or_else(|| "the renderers returned nothing".into())
}
