//! raikit-core: the pure-Rust heart of raikit. It knows nothing about the DOM
//! and builds for native targets and wasm32 alike.
//!
//! - [`taxonomy`]: the five core and seventeen instrumental principles.
//! - [`content`]: built-in data embedded at compile time.
//! - [`assess`]: questionnaires, answers, scoring and reports.
//!
//! Cargo feature `toml` (on by default) adds TOML definition parsing; the
//! wasm bundle leaves it off and reads JSON only. Dependants get raikit-core
//! without default features through the workspace, so they opt in.

pub mod assess;
pub mod content;
pub mod taxonomy;

pub use taxonomy::{CorePrinciple, InstrumentalPrinciple, Taxonomy};
