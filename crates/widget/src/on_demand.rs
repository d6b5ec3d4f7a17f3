//! Bundles fetched later, only when needed: `raikit.js` hands a mount a
//! loader (a JS function returning a promise of the bundle's exports) that
//! fetches the bundle from beside itself, a same-origin GET of static files.
//! Each bundle loads once per page; a failure is reported, and the next
//! use tries again.

use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use std::thread::LocalKey;
use wasm_bindgen::{JsCast, JsValue};

/// One on-demand bundle: its loader, then its exports or why they failed.
#[derive(Default)]
pub struct Bundle {
    loader: RefCell<Option<Function>>,
    loaded: RefCell<Option<Result<JsValue, String>>>,
}

pub type Slot = LocalKey<Bundle>;

/// Installs the loader `raikit.js` passed to the mount.
pub fn set_loader(slot: &'static Slot, loader: Function) {
    slot.with(|b| *b.loader.borrow_mut() = Some(loader));
}

/// True once a load was tried (whatever its outcome), or when there is no
/// loader to try (the bundle is built in, or a test runs without one).
pub fn settled(slot: &'static Slot) -> bool {
    slot.with(|b| b.loaded.borrow().is_some() || b.loader.borrow().is_none())
}

/// The exports, if the bundle was loaded.
pub fn exports(slot: &'static Slot) -> Option<Result<JsValue, String>> {
    slot.with(|b| b.loaded.borrow().clone())
}

/// Loads the bundle (once it has loaded, never again) and returns its
/// exports. After a failure the next call tries again: the network may be
/// back.
pub async fn load(slot: &'static Slot) -> Result<JsValue, String> {
    if let Some(Ok(done)) = exports(slot) {
        return Ok(done);
    }
    let loader = slot.with(|b| b.loader.borrow().clone()).ok_or("no loader was given to the mount")?;
    let loaded = match loader.call0(&JsValue::NULL).map(Promise::from) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.map_err(message),
        Err(e) => Err(message(e)),
    };
    slot.with(|b| *b.loaded.borrow_mut() = Some(loaded.clone()));
    loaded
}

/// An exported function of a loaded bundle.
pub fn function(exports: &JsValue, name: &str) -> Result<Function, String> {
    Reflect::get(exports, &JsValue::from_str(name)).ok().and_then(|f| f.dyn_into::<Function>().ok()).ok_or_else(|| format!("the bundle has no {name}"))
}

/// A thrown value's message.
pub fn message(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map_or_else(|| e.as_string().unwrap_or_else(|| "unknown error".into()), |e| String::from(e.message()))
}
