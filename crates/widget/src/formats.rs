//! Document formats this bundle leaves out (Markdown, HTML, .docx) are read
//! by the on-demand formats bundle. `raikit.js` hands the mount a loader
//! that fetches it from beside itself (a same-origin GET of static files);
//! once loaded, documents go to it and come back parsed, through the reader
//! hook of raikit-core, so `lint()` works the same for every format.

use js_sys::{Function, Promise, Reflect, Uint8Array};
use raikit_core::lint::document::{self, Document, Format};
use raikit_core::lint::LintError;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Resolves to the formats bundle's exports (the bundle loads once per page).
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// The loaded bundle's exports, or why it could not be loaded.
    static BUNDLE: RefCell<Option<Result<JsValue, String>>> = const { RefCell::new(None) };
}

/// Installs the loader `raikit.js` passes to the mount.
pub fn set_loader(loader: Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
    document::set_reader(read);
}

/// Runs `then` once `format` can be read: at once when this bundle reads it
/// or the formats bundle is already here, else after loading that bundle.
/// If loading fails, `then` still runs and linting reports why.
pub fn when_ready(format: Format, then: impl FnOnce() + 'static) {
    let loaded = BUNDLE.with(|b| b.borrow().is_some());
    let Some(loader) = LOADER.with(|l| l.borrow().clone()).filter(|_| !format.is_built_in() && !loaded) else {
        then();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match loader.call0(&JsValue::NULL).map(Promise::from) {
            Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.map_err(message),
            Err(e) => Err(message(e)),
        };
        BUNDLE.with(|b| {
            b.borrow_mut().get_or_insert(loaded);
        });
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
    let exports = BUNDLE.with(|b| b.borrow().clone()).ok_or(LintError::FormatNotBuiltIn(format.name()))?;
    let exports = exports.map_err(|why| LintError::Reader(format!("the document formats could not be loaded: {why}")))?;
    let parse = Reflect::get(&exports, &JsValue::from_str("parseDocument"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(|| LintError::Reader("the document formats bundle has no parseDocument".into()))?;
    let json = parse
        .call2(&JsValue::NULL, &Uint8Array::from(bytes), &JsValue::from_str(format.name()))
        .map_err(|e| LintError::Reader(message(e)))?;
    let json = json.as_string().ok_or_else(|| LintError::Reader("the document formats bundle returned no document".into()))?;
    serde_json::from_str(&json).map_err(|e| LintError::Reader(format!("the parsed document could not be read: {e}")))
}

/// A thrown value's message.
fn message(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map_or_else(|| e.as_string().unwrap_or_else(|| "unknown error".into()), |e| String::from(e.message()))
}
