//! JSON report: the [`Report`] value itself, pretty-printed.

use super::Report;

pub fn render(r: &Report) -> String {
    // Serialising plain structs of strings and numbers cannot fail; the
    // fallback keeps this total anyway.
    serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\":{}}}", serde_json::Value::from(e.to_string())))
}
