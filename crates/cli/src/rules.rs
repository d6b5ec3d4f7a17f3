//! `raikit rules`: the lint rules, as a table or JSON, in English or, with
//! `--locale`, with their texts in that language.

use crate::ListFormat;
use std::process::ExitCode;

pub fn run(format: ListFormat, locale: &str) -> Result<ExitCode, String> {
    let rules = raikit_core::l10n::localized_rules(locale);
    match format {
        ListFormat::Json => {
            let json = serde_json::to_string_pretty(&rules).map_err(|e| e.to_string())?;
            println!("{json}");
        }
        ListFormat::Text => {
            println!("{:<36} {:<8} {:<28} summary", "rule", "severity", "principle");
            for r in &rules {
                // The first sentence (Arabic ends it with its own full stop too).
                let summary = r.explanation.split(". ").next().unwrap_or("").trim_end_matches('.');
                println!("{:<36} {:<8} {:<28} {summary}.", r.id, r.severity.name(), r.principle.as_deref().unwrap_or("-"));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
