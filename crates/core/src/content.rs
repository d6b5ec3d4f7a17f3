//! Built-in content. It is authored as TOML under `content/`, converted to JSON
//! by `build.rs`, and embedded here, so each fact lives in one data file.

/// The principle taxonomy, as JSON.
pub const PRINCIPLES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/principles.json"));
