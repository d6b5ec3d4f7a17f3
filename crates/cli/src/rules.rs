//! `raikit rules`: the lint rules, as a table or JSON.

use crate::ListFormat;
use raikit_core::lint::Linter;
use std::process::ExitCode;

pub fn run(format: ListFormat) -> Result<ExitCode, String> {
    let linter = Linter::builtin();
    match format {
        ListFormat::Json => {
            let json = serde_json::to_string_pretty(linter.rules()).map_err(|e| e.to_string())?;
            println!("{json}");
        }
        ListFormat::Text => {
            println!("{:<36} {:<8} {:<28} summary", "rule", "severity", "principle");
            for r in linter.rules() {
                let summary = r.explanation.split(". ").next().unwrap_or("").trim_end_matches('.');
                println!("{:<36} {:<8} {:<28} {summary}.", r.id, r.severity.name(), r.principle.as_deref().unwrap_or("-"));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
