//! raikit-wasm: the one cdylib. It exposes the JS API (`principles()`, …) and
//! the mount functions that `js/raikit.js` calls from its custom elements.
//! It stays thin: logic lives in raikit-core, UI in raikit-widget.

#[cfg(feature = "api")]
mod api;
#[cfg(all(feature = "api", feature = "assessment"))]
mod assess_api;
mod elements;
#[cfg(feature = "export")]
mod export;
#[cfg(feature = "formats")]
mod formats;
#[cfg(all(feature = "api", feature = "policy-lint"))]
mod lint_api;
#[cfg(feature = "validate")]
mod validate;

#[cfg(feature = "api")]
pub use api::*;
#[cfg(all(feature = "api", feature = "assessment"))]
pub use assess_api::*;
// The on-demand bundles (formats, validate, export) mount no element.
#[cfg(any(feature = "assessment", feature = "policy-lint"))]
pub use elements::*;
#[cfg(feature = "export")]
pub use export::*;
#[cfg(feature = "formats")]
pub use formats::*;
#[cfg(all(feature = "api", feature = "policy-lint"))]
pub use lint_api::*;
#[cfg(feature = "validate")]
pub use validate::*;

// See Cargo.toml. Single-threaded wasm (no atomics), as these bundles are.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
