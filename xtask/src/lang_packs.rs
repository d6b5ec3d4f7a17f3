//! Language packs: what the widget fetches on demand for a language other
//! than English (which is embedded). Built from the translation data:
//!
//! - `lang/<lang>/ui.json`: interface strings (`crates/widget/i18n/<lang>.ftl`,
//!   compiled under `messages`), principles, report labels and lint rule
//!   texts (`crates/core/content/i18n/<lang>/`);
//! - `lang/<lang>/<questionnaire>.json`: that questionnaire's overlay;
//! - `lang/<lang>/lint.json`: the linter's word data for policies written in
//!   that language (`crates/core/content/rules/lang/<lang>.toml`, French and
//!   Spanish), which <raikit-policy-lint> fetches when a text needs it. Its
//!   rule examples are left out, as in the element bundles.
//!
//! The overlays' TOML becomes JSON and the .ftl files become the widget's
//! compiled messages, so the bundles need no TOML or Fluent parser.

/// The widget's .ftl compiler, shared with its build.rs (one format).
#[path = "../../crates/widget/src/i18n/compile.rs"]
mod compile_ftl;

use crate::util::{root, Result};
use serde_json::{json, Value};
use std::path::Path;

/// Overlays that go in the shared `ui.json`, under these keys.
const SHARED: &[(&str, &str)] = &[("principles", "principles.toml"), ("report", "report.toml"), ("rules", "rules.toml")];

pub fn toml_as_json(path: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: toml::Value = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::to_value(value).map_err(|e| e.to_string())
}

pub fn write_json(path: &Path, value: &Value) -> Result {
    std::fs::create_dir_all(path.parent().unwrap_or(path)).map_err(|e| e.to_string())?;
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes every pack under `out/lang/` and returns their paths relative to `out`.
pub fn write(out: &Path) -> Result<Vec<String>> {
    let i18n = root().join("crates/core/content/i18n");
    let mut langs: Vec<String> = std::fs::read_dir(&i18n)
        .map_err(|e| format!("{}: {e}", i18n.display()))?
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    let mut written = Vec::new();
    for lang in &langs {
        let words = root().join(format!("crates/core/content/rules/lang/{lang}.toml"));
        if words.exists() {
            let mut data = toml_as_json(&words)?;
            if let Some(rules) = data.get_mut("rule").and_then(Value::as_object_mut) {
                rules.values_mut().filter_map(Value::as_object_mut).for_each(|r| drop(r.remove("examples")));
            }
            let rel = format!("lang/{lang}/lint.json");
            write_json(&out.join(&rel), &data)?;
            written.push(rel);
        }
    }
    for lang in langs {
        let dir = i18n.join(&lang);
        let ftl_path = root().join(format!("crates/widget/i18n/{lang}.ftl"));
        let ftl = std::fs::read_to_string(&ftl_path).map_err(|e| format!("{}: {e}", ftl_path.display()))?;
        let messages = compile_ftl::compile(&format!("crates/widget/i18n/{lang}.ftl"), &ftl)?;
        let mut ui = json!({ "lang": lang, "messages": messages });
        for (key, file) in SHARED {
            let path = dir.join(file);
            if path.exists() {
                ui[*key] = toml_as_json(&path)?;
            }
        }
        let rel = format!("lang/{lang}/ui.json");
        write_json(&out.join(&rel), &ui)?;
        written.push(rel);
        let mut files: Vec<_> = std::fs::read_dir(&dir).map_err(|e| e.to_string())?.flatten().map(|e| e.path()).collect();
        files.sort();
        for path in files {
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            if !name.ends_with(".toml") || SHARED.iter().any(|(_, f)| *f == name) {
                continue;
            }
            let rel = format!("lang/{lang}/{}.json", name.trim_end_matches(".toml"));
            write_json(&out.join(&rel), &toml_as_json(&path)?)?;
            written.push(rel);
        }
    }
    Ok(written)
}
