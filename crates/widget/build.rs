//! Compiles the interface strings (`i18n/<lang>.ftl`) into the compact JSON
//! the widget's formatter reads (see `src/i18n/compile.rs`), so the wasm
//! bundles need no Fluent runtime. Every language is compiled, so a message
//! the formatter cannot handle fails the build; only English is embedded
//! (`en.json`), the others reach the browser as language packs. English is
//! also written in two halves, one per element (`en-policy-lint.json`: the
//! `lint-` and `lang-` messages; `en-assessment.json`: all but `lint-`), so
//! an element's bundle embeds only the strings it shows.

#[path = "src/i18n/compile.rs"]
mod compile;

use std::{env, fs, path::Path, process::ExitCode};

fn main() -> ExitCode {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=src/i18n/compile.rs");
    let mut failed = false;
    let mut langs: Vec<String> = fs::read_dir("i18n")
        .expect("crates/widget/i18n/ holds the .ftl files")
        .flatten()
        .filter_map(|e| e.file_name().to_string_lossy().strip_suffix(".ftl").map(String::from))
        .collect();
    langs.sort();
    for lang in langs {
        let file = format!("i18n/{lang}.ftl");
        let source = match fs::read_to_string(&file) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: crates/widget/{file}: {e}");
                failed = true;
                continue;
            }
        };
        match compile::compile(&format!("crates/widget/{file}"), &source) {
            Ok(messages) => {
                if lang == "en" {
                    let part = |keep: fn(&str) -> bool| {
                        let kept: serde_json::Map<_, _> = messages.as_object().expect("messages are a map").iter().filter(|(id, _)| keep(id)).map(|(k, v)| (k.clone(), v.clone())).collect();
                        serde_json::json!({ "messages": kept }).to_string()
                    };
                    fs::write(Path::new(&out).join("en-policy-lint.json"), part(|id| id.starts_with("lint-") || id.starts_with("lang-"))).expect("OUT_DIR is writable");
                    fs::write(Path::new(&out).join("en-assessment.json"), part(|id| !id.starts_with("lint-"))).expect("OUT_DIR is writable");
                }
                let json = serde_json::json!({ "messages": messages }).to_string();
                fs::write(Path::new(&out).join(format!("{lang}.json")), json).expect("OUT_DIR is writable");
            }
            Err(problems) => {
                eprintln!("error: the interface strings do not compile:\n{problems}");
                failed = true;
            }
        }
    }
    println!("cargo:rerun-if-changed=styles/widget.css");
    let css = fs::read_to_string("styles/widget.css").expect("crates/widget/styles/widget.css exists");
    // An element bundle carries only its own element's rules, as with the strings.
    let assessment = env::var_os("CARGO_FEATURE_ASSESSMENT").is_some();
    let lint = env::var_os("CARGO_FEATURE_POLICY_LINT").is_some();
    let css = match element_rules(&css, |element| (assessment == lint) || (element == "assessment") == assessment) {
        Ok(css) => css,
        Err(problem) => {
            eprintln!("error: styles/widget.css: {problem}");
            return ExitCode::FAILURE;
        }
    };
    fs::write(Path::new(&out).join("widget.css"), minify_css(&css)).expect("OUT_DIR is writable");
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// The stylesheet without the blocks (`/* only: <element> */` …
/// `/* end only */`) of elements that `keep` refuses.
fn element_rules(css: &str, keep: impl Fn(&str) -> bool) -> Result<String, String> {
    let mut out = String::with_capacity(css.len());
    let mut current: Option<&str> = None;
    for (n, line) in css.lines().enumerate() {
        let marker = line.trim();
        if let Some(element) = marker.strip_prefix("/* only: ").and_then(|m| m.strip_suffix(" */")) {
            if current.is_some() || !["assessment", "policy-lint"].contains(&element) {
                return Err(format!("line {}: `{marker}` (unknown element, or inside another block)", n + 1));
            }
            current = Some(element);
        } else if marker == "/* end only */" {
            if current.take().is_none() {
                return Err(format!("line {}: `end only` with no block open", n + 1));
            }
        } else if current.is_none_or(&keep) {
            out.push_str(line);
            out.push('\n');
        }
    }
    match current {
        Some(element) => Err(format!("the block for {element} is never closed")),
        None => Ok(out),
    }
}

/// The stylesheet as the bundles embed it: without comments, without the
/// spaces around `{`, `}`, `;`, `,` and `>`, and after `:` (they count in
/// every element's first load). Quoted strings are copied as written; spaces
/// before `:` and around `+` or `-` are kept, since they can change a
/// selector (`a :focus`) or a `calc()`.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == '/' {
                        break;
                    }
                    prev = d;
                }
                pending_space = true;
            }
            '"' | '\'' => {
                if std::mem::take(&mut pending_space) && !out.is_empty() && !out.ends_with(tight) {
                    out.push(' ');
                }
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => pending_space = true,
            c => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                if std::mem::take(&mut pending_space) && !out.is_empty() && !out.ends_with(tight) && !out.ends_with(':') && !tight(c) {
                    out.push(' ');
                }
                out.push(c);
            }
        }
    }
    out
}
