//! Resolves `--questionnaire ID|FILE`: a built-in id, or a path to a JSON or
//! TOML definition. Shared by `validate` and `assess`.

use raikit_core::assess::{builtin_questionnaire, builtin_questionnaires, has_errors, parse_auto, validate, Definition, Problem};
use std::path::Path;

/// Reads a file with a message that names it.
pub fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// Parses a definition file; on failure the problems come back formatted.
pub fn parse_file(path: &str) -> Result<(Definition, Vec<Problem>), Vec<String>> {
    let text = read(path).map_err(|e| vec![e])?;
    match parse_auto(&text) {
        Ok(parsed) => Ok((parsed.definition, parsed.warnings)),
        Err(problems) => Err(problems.iter().map(|p| format!("{path}: {p}")).collect()),
    }
}

/// A built-in id or a definition file. A file with validation errors is
/// refused, since its scores would not mean anything.
pub fn load(spec: &str) -> Result<Definition, String> {
    if let Some(def) = builtin_questionnaire(spec) {
        return Ok(def.clone());
    }
    if !Path::new(spec).exists() {
        let ids: Vec<&str> = builtin_questionnaires().iter().map(|d| d.id.as_str()).collect();
        let known = if ids.is_empty() { "none are built in".to_string() } else { ids.join(", ") };
        return Err(format!("`{spec}` is neither a built-in questionnaire ({known}) nor a file"));
    }
    let (def, _) = parse_file(spec).map_err(|lines| lines.join("\n"))?;
    let problems = validate(&def);
    if has_errors(&problems) {
        let lines: Vec<String> = problems.iter().filter(|p| p.severity == raikit_core::assess::Severity::Error).map(|p| format!("{spec}: {p}")).collect();
        return Err(format!("the questionnaire has errors (run `raikit validate {spec}`):\n{}", lines.join("\n")));
    }
    Ok(def)
}
