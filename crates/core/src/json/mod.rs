//! Reading JSON into serde types: definitions, answer files, language
//! packs, rule packs and word data all come through here.
//!
//! Why not `serde_json::from_str`: serde_json's error type describes an
//! unexpected value with serde's own `Unexpected` formatter, which prints
//! floats with `f64`'s `Display`. That pulls the float-printing algorithms
//! and their tables into every wasm bundle, for error messages; together
//! with serde_json's deserializer code this reader replaced 6 to 13 KB
//! gzipped per bundle of the 300 KB first-load budget. This reader is
//! strict RFC 8259 JSON with its own error type. Property tests and a fuzz target hold it to serde_json's results
//! (same values, same accept or reject). serde_json still writes JSON and
//! provides [`serde_json::Value`].

mod de;
mod error;
mod pull;

pub use de::Deserializer;
pub use error::Error;
pub use pull::{pull, Pull};

use serde::de::DeserializeOwned;

/// Parses `text`: one JSON value, optionally surrounded by whitespace.
/// Errors carry the line and column where reading stopped.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut de = Deserializer::new(text);
    let value = T::deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

#[cfg(test)]
mod tests;
