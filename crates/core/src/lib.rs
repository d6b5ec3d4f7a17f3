//! raikit-core: the pure-Rust heart of raikit. It knows nothing about the DOM
//! and builds for native targets and wasm32 alike.
//!
//! - [`taxonomy`]: the five core and seventeen instrumental principles.
//! - [`content`]: built-in data embedded at compile time.
//! - [`assess`]: questionnaires, answers, scoring and reports.
//! - [`lint`]: the policy linter (documents, rules, coverage).
//! - [`l10n`]: localised views of content, reports and lint texts.
//! - [`json`], [`num`], [`sort`]: small shared tools (a strict JSON reader,
//!   numbers as text without `f64` formatting, one sorting routine).
//!
//! Cargo features (both on by default): `toml` adds TOML definition parsing,
//! `unknown-field-warnings` warns about unknown definition fields. The wasm
//! bundle leaves both off to save bytes. Dependants get raikit-core
//! without default features through the workspace, so they opt in.

pub mod assess;
#[cfg(test)]
mod boundaries;
pub mod content;
pub mod json;
pub mod l10n;
pub mod lint;
pub mod num;
pub mod sort;
pub mod taxonomy;

pub use taxonomy::{CorePrinciple, InstrumentalPrinciple, Taxonomy};
