//! The built-in questionnaires as files the assessment fetches
//! (`questionnaires/<id>.json`): the element's bundle embeds none of them, so
//! a page downloads only the one it shows. The same TOML→JSON conversion as
//! the language packs; the widget's test `every_builtin_parses_as_a_partner_definition_would`
//! and the e2e suites check that the files load.

use crate::build::QUESTIONNAIRES_DIR;
use crate::lang_packs::{toml_as_json, write_json};
use crate::util::{root, Result};
use std::path::Path;

/// Writes every built-in under `out/questionnaires/` and returns their
/// paths relative to `out`.
pub fn write(out: &Path) -> Result<Vec<String>> {
    let dir = root().join("crates/core/content/questionnaires");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut written = Vec::new();
    for path in files {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let rel = format!("{QUESTIONNAIRES_DIR}/{stem}.json");
        write_json(&out.join(&rel), &toml_as_json(&path)?)?;
        written.push(rel);
    }
    Ok(written)
}

/// The largest built-in file in `out` (by size), relative to `out`.
pub fn largest(out: &Path) -> Option<String> {
    let entries = std::fs::read_dir(out.join(QUESTIONNAIRES_DIR)).ok()?;
    let biggest = entries.flatten().max_by_key(|e| e.metadata().map(|m| m.len()).unwrap_or(0))?;
    Some(format!("{QUESTIONNAIRES_DIR}/{}", biggest.file_name().to_string_lossy()))
}
