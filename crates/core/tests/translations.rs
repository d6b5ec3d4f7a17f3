//! Completeness of the translations of built-in content: every language
//! folder under `content/i18n/` holds the same files, and each file holds
//! exactly the strings of its English source, with the same placeholders
//! and numbers (docs/translations.md). The interface strings (.ftl) are
//! checked in raikit-widget.

use raikit_core::assess::builtin_questionnaires;
use raikit_core::l10n::{expected_keys, placeholder_problems, principles, rules_expected_keys, Labels, Tree};
use raikit_core::lint::builtin_packs;
use raikit_core::Taxonomy;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn languages() -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(content().join("i18n"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
}

fn read(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", path.display()))
}

/// Every string leaf of `table`, by key path.
fn leaves(table: &toml::Table, prefix: &[String], out: &mut BTreeMap<Vec<String>, toml::Value>) {
    for (k, v) in table {
        let mut path = prefix.to_vec();
        path.push(k.clone());
        match v {
            toml::Value::Table(t) => leaves(t, &path, out),
            other => {
                out.insert(path, other.clone());
            }
        }
    }
}

/// Compares `file` (minus its header keys) with the expected English strings.
fn compare(name: &str, expected: &[(Vec<String>, String)], file: &toml::Table, header: &[&str], problems: &mut Vec<String>) {
    let mut got = BTreeMap::new();
    leaves(file, &[], &mut got);
    got.retain(|k, _| !(k.len() == 1 && header.contains(&k[0].as_str())));
    let expected: BTreeMap<&Vec<String>, &String> = expected.iter().map(|(k, v)| (k, v)).collect();
    for (key, english) in &expected {
        let shown = key.join(".");
        match got.get(*key) {
            None => problems.push(format!("{name}: missing {shown}")),
            Some(toml::Value::String(text)) => {
                for p in placeholder_problems(english, text) {
                    problems.push(format!("{name}: {shown}: {p}"));
                }
            }
            Some(_) => problems.push(format!("{name}: {shown} is not a string")),
        }
    }
    for key in got.keys() {
        if !expected.contains_key(key) {
            problems.push(format!("{name}: unexpected key {}", key.join(".")));
        }
    }
}

fn check_header(name: &str, file: &toml::Table, want: &[(&str, &str)], problems: &mut Vec<String>) {
    for (key, value) in want {
        if file.get(*key).and_then(|v| v.as_str()) != Some(value) {
            problems.push(format!("{name}: `{key}` must be {value:?}"));
        }
    }
}

#[test]
fn every_language_has_the_same_files() {
    let langs = languages();
    assert!(langs.len() >= 3, "expected fr, es and ar under content/i18n, found {langs:?}");
    let files = |lang: &str| {
        let mut names: Vec<String> = std::fs::read_dir(content().join("i18n").join(lang))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let mut required: Vec<String> = builtin_questionnaires().iter().map(|d| format!("{}.toml", d.id)).collect();
    required.extend(["principles.toml".to_string(), "report.toml".to_string()]);
    let first = files(&langs[0]);
    for lang in &langs {
        let have = files(lang);
        assert_eq!(have, first, "{lang} holds different files from {}", langs[0]);
        for r in &required {
            assert!(have.contains(r), "{lang}: {r} is missing");
        }
    }
}

#[test]
fn questionnaire_overlays_are_complete() {
    let mut problems = Vec::new();
    for lang in languages() {
        for def in builtin_questionnaires() {
            let name = format!("{lang}/{}.toml", def.id);
            let path = content().join("i18n").join(&lang).join(format!("{}.toml", def.id));
            if !path.exists() {
                continue; // reported by every_language_has_the_same_files
            }
            let file = read(&path);
            check_header(&name, &file, &[("lang", &lang), ("questionnaire", &def.id), ("source_version", &def.version)], &mut problems);
            compare(&name, &expected_keys(def), &file, &["lang", "questionnaire", "source_version"], &mut problems);
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn principle_overlays_are_complete() {
    let mut problems = Vec::new();
    let expected = principles::expected_keys(Taxonomy::builtin());
    for lang in languages() {
        let name = format!("{lang}/principles.toml");
        let file = read(&content().join("i18n").join(&lang).join("principles.toml"));
        check_header(&name, &file, &[("lang", &lang)], &mut problems);
        compare(&name, &expected, &file, &["lang", "source_version"], &mut problems);
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn report_labels_are_complete() {
    let expected: Vec<(Vec<String>, String)> = Labels::english_tree()
        .entries(&["labels"])
        .filter_map(|(k, v)| match v {
            Tree::Text(text) => Some((vec!["labels".to_string(), k.clone()], text.clone())),
            Tree::Table(_) => None,
        })
        .collect();
    assert!(expected.len() > 50, "content/report.toml is read ({} labels)", expected.len());
    let mut problems = Vec::new();
    for lang in languages() {
        let name = format!("{lang}/report.toml");
        let file = read(&content().join("i18n").join(&lang).join("report.toml"));
        check_header(&name, &file, &[("lang", &lang)], &mut problems);
        if file.get("decimal").and_then(|v| v.as_str()).is_none_or(|d| d.is_empty()) {
            problems.push(format!("{name}: `decimal` (the decimal separator) is required"));
        }
        compare(&name, &expected, &file, &["lang", "decimal"], &mut problems);
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn rule_overlays_are_complete() {
    let expected = rules_expected_keys(&builtin_packs());
    assert!(expected.len() > 40, "the built-in packs have many texts");
    let mut problems = Vec::new();
    for lang in languages() {
        let path = content().join("i18n").join(&lang).join("rules.toml");
        if !path.exists() {
            // Required in every language as soon as one has it
            // (every_language_has_the_same_files).
            continue;
        }
        let name = format!("{lang}/rules.toml");
        let file = read(&path);
        check_header(&name, &file, &[("lang", &lang)], &mut problems);
        compare(&name, &expected, &file, &["lang", "source_version"], &mut problems);
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_checks_catch_a_wrong_translation() {
    let expected = vec![(vec!["rules".to_string(), "x".to_string(), "message".to_string()], "Keep {match} for 30 days".to_string())];
    let file: toml::Table = toml::from_str("[rules.x]\nmessage = \"Gardez {texte} pendant 20 jours\"\nextra = \"?\"").unwrap();
    let mut problems = Vec::new();
    compare("t", &expected, &file, &[], &mut problems);
    assert!(problems.iter().any(|p| p.contains("placeholders differ")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("numbers [\"30\"]")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("unexpected key rules.x.extra")), "{problems:?}");
    let mut missing = Vec::new();
    compare("t", &expected, &toml::Table::new(), &[], &mut missing);
    assert_eq!(missing, vec!["t: missing rules.x.message".to_string()]);
}
