//! Parsing definitions from JSON (always) and TOML (feature `toml`). Syntax
//! and type errors come back as [`Problem`]s with a path and, for JSON, the
//! line and column; unknown fields become warnings (likely typos) when the
//! `unknown-field-warnings` feature is on.

use super::definition::Definition;
use super::problem::Problem;
use serde::de::DeserializeOwned;

/// A parsed definition plus warnings found while parsing (unknown fields).
#[derive(Debug, Clone)]
pub struct Parsed {
    pub definition: Definition,
    pub warnings: Vec<Problem>,
}

/// A definition from outside (a partner's file, an inline script, a JS
/// object), ready to use: it parses and has no validation errors. Otherwise
/// the errors, each with its path (or line and column).
pub fn usable_definition(text: &str) -> Result<Definition, Vec<Problem>> {
    let definition = parse_json(text)?.definition;
    let errors: Vec<Problem> = super::validate(&definition).into_iter().filter(|p| p.severity == super::Severity::Error).collect();
    if errors.is_empty() {
        Ok(definition)
    } else {
        Err(errors)
    }
}

/// Parses a JSON definition.
pub fn parse_json(text: &str) -> Result<Parsed, Vec<Problem>> {
    let mut de = crate::json::Deserializer::new(text);
    let (definition, warnings) = typed::<Definition, _>(&mut de)?;
    de.end().map_err(|e| vec![Problem::error("", format!("invalid JSON: {e}"))])?;
    Ok(Parsed { definition, warnings })
}

/// Parses a TOML definition. TOML is first read into a JSON value, so type
/// errors get the same paths as in JSON.
#[cfg(feature = "toml")]
pub fn parse_toml(text: &str) -> Result<Parsed, Vec<Problem>> {
    let value: serde_json::Value =
        toml::from_str(text).map_err(|e| vec![Problem::error("", format!("invalid TOML: {}", e.to_string().trim_end()))])?;
    let (definition, warnings) = typed::<Definition, _>(value)?;
    Ok(Parsed { definition, warnings })
}

/// Parses by content: JSON when the text starts with `{`, else TOML (when
/// the feature is on).
pub fn parse_auto(text: &str) -> Result<Parsed, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        return parse_json(text);
    }
    #[cfg(feature = "toml")]
    {
        parse_toml(text)
    }
    #[cfg(not(feature = "toml"))]
    {
        Err(vec![Problem::error("", "expected a JSON object (TOML support is not built in)")])
    }
}

fn typed<'de, T, D>(de: D) -> Result<(T, Vec<Problem>), Vec<Problem>>
where
    T: DeserializeOwned,
    D: serde::Deserializer<'de>,
{
    #[cfg(feature = "unknown-field-warnings")]
    let mut ignored = Vec::new();
    #[cfg(feature = "unknown-field-warnings")]
    let mut on_ignored = |path: serde_ignored::Path| ignored.push(ignored_path(&path));
    #[cfg(feature = "unknown-field-warnings")]
    let de = serde_ignored::Deserializer::new(de, &mut on_ignored);
    #[cfg(feature = "error-paths")]
    let result: Result<T, _> = serde_path_to_error::deserialize(de);
    #[cfg(not(feature = "error-paths"))]
    let result: Result<T, _> = T::deserialize(de);
    match result {
        Ok(v) => {
            #[cfg(feature = "unknown-field-warnings")]
            let warnings = ignored
                .into_iter()
                .map(|(path, field)| Problem::warning(path, format!("unknown field `{field}` is ignored")))
                .collect();
            #[cfg(not(feature = "unknown-field-warnings"))]
            let warnings = Vec::new();
            Ok((v, warnings))
        }
        #[cfg(feature = "error-paths")]
        Err(e) => {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            let message = explain(&path, e.into_inner().to_string());
            Err(vec![Problem::error(path, message)])
        }
        #[cfg(not(feature = "error-paths"))]
        Err(e) => Err(vec![Problem::error("", explain("", e.to_string()))]),
    }
}

#[cfg(feature = "unknown-field-warnings")]
/// serde_ignored prints paths as `a.0.b`; we want `a[0]` and the field apart.
fn ignored_path(path: &serde_ignored::Path) -> (String, String) {
    let mut parts = Vec::new();
    collect(path, &mut parts);
    let field = parts.pop().unwrap_or_default();
    let mut out = String::new();
    for p in parts {
        if p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty() {
            out.push_str(&format!("[{p}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&p);
        }
    }
    (out, field)
}

#[cfg(feature = "unknown-field-warnings")]
fn collect(path: &serde_ignored::Path, out: &mut Vec<String>) {
    use serde_ignored::Path;
    match path {
        Path::Root => {}
        Path::Seq { parent, index } => {
            collect(parent, out);
            out.push(index.to_string());
        }
        Path::Map { parent, key } => {
            collect(parent, out);
            out.push(key.clone());
        }
        Path::Some { parent } | Path::NewtypeStruct { parent } | Path::NewtypeVariant { parent } => collect(parent, out),
    }
}

/// serde's messages for untagged and tagged enums are terse; say what the
/// format expects at the places authors most often get wrong.
fn explain(path: &str, message: String) -> String {
    let last = path.rsplit(['.', ']']).next().unwrap_or("");
    if message.contains("untagged enum LocalText") {
        let at = message.split(" at line").nth(1).map(|r| format!(" (at line{r})")).unwrap_or_default();
        return format!("expected text: a string, or a map from language code to string{at}");
    }
    let in_condition = matches!(last, "visible_if" | "when") || path.contains("visible_if.") || path.contains("when.");
    if in_condition && !message.contains("unknown variant") {
        return format!("{message} (a condition is an object with exactly one key, such as `equals`, `any_of` or `not`)");
    }
    message
}
