//! raikit-wasm: the one cdylib. It exposes the JS API (`principles()`, …) and
//! the mount functions that `js/raikit.js` calls from its custom elements.
//! It stays thin: logic lives in raikit-core, UI in raikit-widget.

mod api;
mod assess_api;
mod elements;
mod lint_api;

pub use api::*;
pub use assess_api::*;
pub use elements::*;
pub use lint_api::*;
