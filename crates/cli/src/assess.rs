//! `raikit assess`: score an answers file and write a report. Import issues
//! go to stderr; the report goes to stdout or `-o FILE`.

use crate::definition_source::{load, read};
use raikit_core::assess::{import_answers, report, Format};
use std::process::ExitCode;

pub struct Args {
    pub questionnaire: String,
    pub answers: String,
    pub format: String,
    pub lang: String,
    pub output: Option<String>,
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let format: Format = args.format.parse()?;
    let def = load(&args.questionnaire)?;
    let text = read(&args.answers)?;
    let imported = import_answers(&def, &text).map_err(|e| format!("{}: {e}", args.answers))?;
    for issue in &imported.issues {
        let q = if issue.question.is_empty() { String::new() } else { format!(" `{}`", issue.question) };
        eprintln!("{}:{q} {:?}: {}", args.answers, issue.kind, issue.message);
    }
    let out = report(&def, &imported.answers, &args.lang, format);
    match &args.output {
        Some(path) => std::fs::write(path, out).map_err(|e| format!("cannot write {path}: {e}"))?,
        None => print!("{out}"),
    }
    Ok(ExitCode::SUCCESS)
}
