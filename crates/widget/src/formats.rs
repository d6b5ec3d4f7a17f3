//! Document formats this bundle leaves out (Markdown, HTML, .docx) are read
//! by the on-demand formats bundle. `raikit.js` hands the mount a loader
//! that fetches it from beside itself (a same-origin GET of static files);
//! once loaded, documents go to it and come back parsed, through the reader
//! hook of raikit-core, so `lint()` works the same for every format.

use crate::on_demand::{self, Bundle};
use js_sys::{Function, Uint8Array};
use raikit_core::lint::document::{self, Document, Format};
use raikit_core::lint::LintError;
use std::rc::Rc;
use wasm_bindgen::JsValue;

thread_local! {
    static FORMATS: Bundle = Bundle::default();
}

/// Installs the loader `raikit.js` passes to the mount.
pub fn set_loader(loader: Function) {
    on_demand::set_loader(&FORMATS, loader);
    document::set_reader(read);
}

/// Runs `then` once `format` can be read: at once when this bundle reads it
/// or the formats bundle is already here, else after loading that bundle.
/// If loading fails, `then` still runs and linting reports why.
pub fn when_ready(format: Format, then: impl FnOnce() + 'static) {
    if format.is_built_in() || on_demand::settled(&FORMATS) {
        then();
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let _ = on_demand::load(&FORMATS).await;
        then();
    });
}

/// Wraps a lint run so that it waits for the formats bundle when needed.
pub fn once_readable(run: Rc<dyn Fn(Rc<str>, Format)>) -> Rc<dyn Fn(Rc<str>, Format)> {
    Rc::new(move |text: Rc<str>, format: Format| {
        let run = run.clone();
        when_ready(format, move || run(text, format));
    })
}

/// The reader hook: parses through the loaded formats bundle.
fn read(bytes: &[u8], format: Format) -> Result<Document, LintError> {
    let exports = on_demand::exports(&FORMATS).ok_or(LintError::FormatNotBuiltIn(format.name()))?;
    let exports = exports.map_err(|why| LintError::Reader(format!("the document formats could not be loaded: {why}")))?;
    let parse = on_demand::function(&exports, "parseDocument").map_err(LintError::Reader)?;
    let json = parse
        .call2(&JsValue::NULL, &Uint8Array::from(bytes), &JsValue::from_str(format.name()))
        .map_err(|e| LintError::Reader(on_demand::message(e)))?;
    let json = json.as_string().ok_or_else(|| LintError::Reader("the document formats bundle returned no document".into()))?;
    raikit_core::json::pull(&json).map_err(|e| LintError::Reader(format!("the parsed document could not be read: {e}")))
}
