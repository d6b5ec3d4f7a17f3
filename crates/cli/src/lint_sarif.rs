//! SARIF 2.1.0 output for `raikit lint --format sarif` (code scanning UIs).
//! Columns are Unicode code points, declared with `columnKind`.

use crate::lint::Linted;
use raikit_core::lint::{Linter, Severity};
use serde_json::{json, Value};

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
    let index = |id: &str| linter.rules().iter().position(|r| r.id == id);
    let mut results = Vec::new();
    for l in linted {
        for f in &l.report.findings {
            let r = &f.range;
            let mut result = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": l.path },
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
            if let Some(i) = index(&f.rule) {
                result["ruleIndex"] = json!(i);
            }
            results.push(result);
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "raikit", "version": env!("CARGO_PKG_VERSION"), "rules": rules } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_string_pretty(&sarif).map(|s| s + "\n").map_err(|e| e.to_string())
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
