//! SARIF 2.1.0 output for `raikit lint --format sarif` (code scanning UIs).
//! Columns are Unicode code points, declared with `columnKind`. File
//! locations are URI references (RFC 3986), as validators require: relative
//! paths relative to `%SRCROOT%`, the working directory; absolute paths as
//! `file://` URIs.

use crate::lint::Linted;
use raikit_core::lint::{Finding, Linter, Severity};
use serde::Serialize;
use serde_json::{json, Value};
use std::path::Path;

/// The base that relative paths are resolved against.
const SRCROOT: &str = "SRCROOT";

pub fn render(linter: &Linter, linted: &[Linted]) -> Result<String, String> {
    let rules: Vec<Value> = linter
        .rules()
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": short(&r.message) },
                "fullDescription": { "text": r.explanation.trim() },
                "help": { "text": r.suggestion.clone().unwrap_or_else(|| r.explanation.trim().to_string()) },
                "defaultConfiguration": { "level": level(linter.severity_of(&r.id).unwrap_or(r.severity)) },
                "properties": { "principle": r.principle },
            })
        })
        .collect();
    let tool = json!({ "driver": { "name": "raikit", "version": env!("CARGO_PKG_VERSION"), "rules": rules } });
    let base_ids = std::env::current_dir().ok().and_then(|d| file_uri(&d)).map(|root| json!({ SRCROOT: { "uri": format!("{root}/") } }));
    let sarif = Sarif {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run { tool, column_kind: "unicodeCodePoints", original_uri_base_ids: base_ids, results: Results { linter, linted } }],
    };
    serde_json::to_string_pretty(&sarif).map(|s| s + "\n").map_err(|e| e.to_string())
}

#[derive(Serialize)]
struct Sarif<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Value,
    column_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<Value>,
    results: Results<'a>,
}

/// One result per finding, each built only while it is written: a tree of
/// `Value`s for a million-word policy's results took half a gigabyte.
struct Results<'a> {
    linter: &'a Linter,
    linted: &'a [Linted],
}

impl Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let index = |id: &str| self.linter.rules().iter().position(|r| r.id == id);
        serializer.collect_seq(self.linted.iter().flat_map(|l| l.report.findings.iter().map(move |f| result(l, f, index(&f.rule)))))
    }
}

fn result(l: &Linted, f: &Finding, rule_index: Option<usize>) -> Value {
    let r = &f.range;
    let mut result = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": artifact_location(&l.path),
                "region": {
                    "startLine": r.start.line,
                    "startColumn": r.start.column,
                    "endLine": r.end.line,
                    "endColumn": r.end.column,
                }
            }
        }],
        "properties": { "principle": f.principle },
    });
    if let Some(i) = rule_index {
        result["ruleIndex"] = json!(i);
    }
    result
}

fn artifact_location(path: &str) -> Value {
    let p = Path::new(path);
    match p.is_absolute().then(|| file_uri(p)).flatten() {
        Some(uri) => json!({ "uri": uri }),
        None => json!({ "uri": encode_path(path.strip_prefix("./").unwrap_or(path)), "uriBaseId": SRCROOT }),
    }
}

/// `file:///…` for an absolute path (`file:///C:/…` on Windows).
fn file_uri(path: &Path) -> Option<String> {
    let path = path.to_str()?;
    let encoded = encode_path(path);
    Some(if encoded.starts_with('/') { format!("file://{encoded}") } else { format!("file:///{encoded}") })
}

/// Percent-encodes a path for a URI: unreserved characters and separators
/// stay, everything else (spaces, non-ASCII letters as UTF-8) is escaped.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(b as char),
            b'\\' if cfg!(windows) => out.push('/'),
            b':' if cfg!(windows) => out.push(':'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Message templates without their placeholders, for rule descriptions.
fn short(message: &str) -> String {
    message.replace("“{match}”", "…").replace("{match}", "…").replace("{words}", "N").replace("{max}", "the limit").replace("{score}", "S").replace("{min}", "the threshold")
}
