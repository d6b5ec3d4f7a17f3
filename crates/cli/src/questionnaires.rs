//! `raikit questionnaires`: the built-in questionnaires.

use crate::ListFormat;
use raikit_core::assess::builtin_questionnaires;
use std::process::ExitCode;

pub fn run(format: ListFormat) -> Result<ExitCode, String> {
    let rows: Vec<serde_json::Value> = builtin_questionnaires()
        .iter()
        .map(|d| {
            serde_json::json!({
                "id": d.id,
                "version": d.version,
                "kind": d.kind.as_str(),
                "title": d.title.get(d.default_lang(), d.default_lang()),
                "questions": d.question_count(),
                "languages": d.languages,
            })
        })
        .collect();
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?),
        ListFormat::Text if rows.is_empty() => println!("No questionnaires are built in."),
        ListFormat::Text => {
            println!("{:<16} {:<9} {:<10} {:>9}  title", "id", "version", "kind", "questions");
            for r in &rows {
                println!(
                    "{:<16} {:<9} {:<10} {:>9}  {}",
                    r["id"].as_str().unwrap_or(""),
                    r["version"].as_str().unwrap_or(""),
                    r["kind"].as_str().unwrap_or(""),
                    r["questions"],
                    r["title"].as_str().unwrap_or("")
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
