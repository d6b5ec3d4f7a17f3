//! Content is authored as TOML (friendly to write and review) but embedded as
//! JSON, so the wasm bundle needs only serde_json at run time, not a TOML parser.
use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let content = Path::new("content");
    println!("cargo:rerun-if-changed=content");
    convert_dir(content, Path::new(&out));
    write_taxonomy(&content.join("principles.toml"), Path::new(&out));
    write_questionnaire_list(Path::new(&out));
    write_translation_list(Path::new(&out));
    write_lint_labels(&content.join("report.toml"), Path::new(&out));
}

/// The labels the policy linter uses (its Markdown export: `lint_*`,
/// `column_principle`, `column_status`, `column_score`, `status_*`,
/// `severity_*`; its translated findings: `for_example`) with the decimal
/// separator, for bundles built without the `assessment-labels` feature.
fn write_lint_labels(path: &Path, out: &Path) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", path.display()));
    let lint = |key: &str| ["lint_", "status_", "severity_"].iter().any(|p| key.starts_with(p)) || ["column_principle", "column_status", "column_score", "for_example"].contains(&key);
    if let Some(labels) = value.get_mut("labels").and_then(toml::Value::as_table_mut) {
        labels.retain(|key, _| lint(key));
    }
    fs::write(out.join("report-lint.json"), serde_json::to_string(&value).unwrap()).unwrap();
}

/// The taxonomy as a Rust constant (`taxonomy.rs`): every bundle needs it at
/// start-up, and building it from literals links no JSON deserializer for
/// it (about 9 KB of wasm). Panics, failing the build, on a missing field.
fn write_taxonomy(path: &Path, out: &Path) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", path.display()));
    let field = |t: &toml::Value, key: &str| -> String {
        let s = t.get(key).and_then(toml::Value::as_str).unwrap_or_else(|| panic!("{}: an entry lacks `{key}`", path.display()));
        format!("{s:?}")
    };
    let list = |t: &toml::Value, key: &str| -> Vec<toml::Value> { t.get(key).and_then(toml::Value::as_array).cloned().unwrap_or_else(|| panic!("{}: no `{key}` list", path.display())) };
    let mut code = String::from("/// An entry's id, name and description.\npub type Named = (&'static str, &'static str, &'static str);\n/// (id, name, description, instrumental principles), from content/principles.toml.\npub const TAXONOMY: &[(&str, &str, &str, &[Named])] = &[\n");
    for core in list(&value, "core") {
        code.push_str(&format!("    ({}, {}, {}, &[\n", field(&core, "id"), field(&core, "name"), field(&core, "description")));
        for i in list(&core, "instrumental") {
            code.push_str(&format!("        ({}, {}, {}),\n", field(&i, "id"), field(&i, "name"), field(&i, "description")));
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    fs::write(out.join("taxonomy.rs"), code).unwrap();
}

/// Lists every translation overlay (`content/i18n/<lang>/<name>.toml`) as
/// (lang, name, JSON), for the `translations` feature.
fn write_translation_list(out: &Path) {
    let mut code = String::from("/// (lang, file stem, JSON) of every built-in translation overlay.\npub const BUILTIN_TRANSLATIONS: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir(out.join("i18n")).map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect()).unwrap_or_default();
    langs.sort();
    let mut lint_entries = String::new();
    for dir in langs {
        let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
        files.sort();
        for path in files {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let entry = format!("    ({lang:?}, {stem:?}, include_str!({:?})),\n", path.display().to_string());
            if ["principles", "rules", "report"].contains(&stem.as_str()) {
                lint_entries.push_str(&entry);
            }
            code.push_str(&entry);
        }
    }
    code.push_str("];\n");
    // What a translated lint report reads (`l10n::lint`), for the `lint-translations` feature.
    code.push_str("/// The overlays a translated lint report needs (principle names, rule texts, report labels).\npub const BUILTIN_LINT_TRANSLATIONS: &[(&str, &str, &str)] = &[\n");
    code.push_str(&lint_entries);
    code.push_str("];\n");
    fs::write(out.join("builtin_translations.rs"), code).unwrap();
}

/// Lists the built-in questionnaires as a generated Rust file, so the crate
/// compiles whether or not `content/questionnaires/` exists yet.
fn write_questionnaire_list(out: &Path) {
    let dir = out.join("questionnaires");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let stems: Vec<String> = names.iter().map(|p| p.file_stem().unwrap().to_string_lossy().into_owned()).collect();
    // The ids on their own: the widget's bundle names the built-ins without
    // embedding them (it fetches the one it shows).
    let mut code = format!("/// The file stem (id) of every built-in questionnaire.\npub const BUILTIN_QUESTIONNAIRE_IDS: &[&str] = &{stems:?};\n");
    code.push_str("/// (file stem, JSON) of every built-in questionnaire.\npub const BUILTIN_QUESTIONNAIRES: &[(&str, &str)] = &[\n");
    for (stem, path) in stems.iter().zip(&names) {
        code.push_str(&format!("    ({stem:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    code.push_str("];\n");
    fs::write(out.join("builtin_questionnaires.rs"), code).unwrap();
}

/// Rule examples (flag/pass texts in every language) are for tests, `raikit
/// explain` and the JS `rules()`; the element bundles build without the
/// `rule-examples` feature and leave them out (several KB of wasm).
fn keep_rule_examples() -> bool {
    env::var_os("CARGO_FEATURE_RULE_EXAMPLES").is_some()
}

/// Removes `examples` from every rule of a pack (`[[rule]]`) or a language
/// file (`[rule.<id>]`).
fn strip_rule_examples(value: &mut toml::Value) {
    match value.get_mut("rule") {
        Some(toml::Value::Array(rules)) => rules.iter_mut().filter_map(toml::Value::as_table_mut).for_each(|r| drop(r.remove("examples"))),
        Some(toml::Value::Table(rules)) => rules.iter_mut().filter_map(|(_, r)| r.as_table_mut()).for_each(|r| drop(r.remove("examples"))),
        _ => {}
    }
}

fn convert_dir(dir: &Path, out: &Path) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            let sub = out.join(path.file_name().unwrap());
            fs::create_dir_all(&sub).unwrap();
            convert_dir(&path, &sub);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let text = fs::read_to_string(&path).unwrap();
            let mut value: toml::Value = toml::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", path.display()));
            if !keep_rule_examples() && path.components().any(|c| c.as_os_str() == "rules") {
                strip_rule_examples(&mut value);
            }
            let json = serde_json::to_string(&value).unwrap();
            let name = path.with_extension("json");
            fs::write(out.join(name.file_name().unwrap()), json).unwrap();
        }
    }
}
