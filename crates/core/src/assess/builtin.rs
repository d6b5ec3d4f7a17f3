//! Built-in questionnaires, embedded from `content/questionnaires/` at build
//! time (see build.rs). The list is whatever was there when the crate was built.

use super::definition::Definition;
use std::sync::OnceLock;

/// Every built-in questionnaire that parses, in file-name order. One that
/// fails to parse is left out here and caught by the content test.
pub fn builtin_questionnaires() -> &'static [Definition] {
    static CELL: OnceLock<Vec<Definition>> = OnceLock::new();
    CELL.get_or_init(|| {
        crate::content::BUILTIN_QUESTIONNAIRES
            .iter()
            // Through `parse_json`, not `serde_json::from_str`, so the wasm
            // bundle carries one copy of the definition deserialiser, not two.
            .filter_map(|(_, json)| super::parse::parse_json(json).ok().map(|p| p.definition))
            .collect()
    })
}

/// A built-in questionnaire by id.
pub fn builtin_questionnaire(id: &str) -> Option<&'static Definition> {
    builtin_questionnaires().iter().find(|d| d.id == id)
}
