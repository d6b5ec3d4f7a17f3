//! raikit-core: the pure-Rust heart of raikit. It knows nothing about the DOM
//! and builds for native targets and wasm32 alike.
//!
//! - [`taxonomy`]: the five core and seventeen instrumental principles.
//! - [`content`]: built-in data embedded at compile time.
//! - [`assess`]: questionnaires, answers, scoring and reports.
//! - [`lint`]: the policy linter (documents, rules, coverage).

pub mod assess;
pub mod content;
pub mod lint;
pub mod taxonomy;

pub use taxonomy::{CorePrinciple, InstrumentalPrinciple, Taxonomy};
