//! Built-in questionnaires, embedded from `content/questionnaires/` at build
//! time (see build.rs). The list is whatever was there when the crate was built.

use super::definition::Definition;
use crate::content::{BUILTIN_QUESTIONNAIRES, BUILTIN_QUESTIONNAIRE_IDS};
use std::sync::OnceLock;

/// One parse per questionnaire, on first use: a page that shows one
/// questionnaire does not pay for parsing the others at start-up.
fn parsed(index: usize) -> Option<&'static Definition> {
    static SLOTS: OnceLock<Vec<OnceLock<Option<Definition>>>> = OnceLock::new();
    let slots = SLOTS.get_or_init(|| BUILTIN_QUESTIONNAIRES.iter().map(|_| OnceLock::new()).collect());
    slots[index]
        .get_or_init(|| {
            // Through `parse_json`, not `serde_json::from_str`, so the wasm
            // bundle carries one copy of the definition deserialiser, not two.
            super::parse::parse_json(BUILTIN_QUESTIONNAIRES[index].1).ok().map(|p| p.definition)
        })
        .as_ref()
}

/// Every built-in questionnaire that parses, in file-name order. One that
/// fails to parse is left out here and caught by the content test.
pub fn builtin_questionnaires() -> Vec<&'static Definition> {
    (0..BUILTIN_QUESTIONNAIRES.len()).filter_map(parsed).collect()
}

/// The ids of the built-in questionnaires (their file names), without parsing
/// them. This list does not pull the definitions into a wasm bundle.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN_QUESTIONNAIRE_IDS.iter().copied()
}

/// A built-in questionnaire by id. The file named after the id is tried
/// first, so looking one up parses only that one.
pub fn builtin_questionnaire(id: &str) -> Option<&'static Definition> {
    let by_name = BUILTIN_QUESTIONNAIRES.iter().position(|(stem, _)| *stem == id).and_then(parsed);
    by_name.filter(|d| d.id == id).or_else(|| builtin_questionnaires().into_iter().find(|d| d.id == id))
}
