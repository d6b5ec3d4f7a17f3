//! `raikit explain RULE`: a rule's message, explanation, fix and examples.

use raikit_core::lint::Linter;
use raikit_core::Taxonomy;
use std::process::ExitCode;

pub fn run(rule: &str) -> Result<ExitCode, String> {
    let linter = Linter::builtin();
    let r = linter
        .rules()
        .iter()
        .find(|r| r.id == rule)
        .ok_or_else(|| format!("unknown rule `{rule}` (see `raikit rules`)"))?;
    let mut out = format!("{} ({})\n", r.id, r.severity.name());
    if let Some(p) = &r.principle {
        let name = Taxonomy::builtin().instrumental_principle(p).map_or("", |i| i.name.as_str());
        out.push_str(&format!("principle: {p} — {name}\n"));
    }
    out.push_str(&format!("message:   {}\n\n{}\n", r.message, r.explanation.trim()));
    if let Some(s) = &r.suggestion {
        out.push_str(&format!("\nsuggestion: {s}\n"));
    }
    if let Some(f) = &r.fix {
        out.push_str(&format!("fix: replaces the match with “{f}”\n"));
    }
    for (title, list) in [("flagged", &r.examples.flag), ("not flagged", &r.examples.pass)] {
        if !list.is_empty() {
            out.push_str(&format!("\nexamples {title}:\n"));
            for e in list {
                out.push_str(&format!("  - {e}\n"));
            }
        }
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
