//! `raikit validate FILE`: every problem of a questionnaire definition.
//! Exit 2 when there is an error, 0 when there are only warnings or none.

use crate::definition_source::parse_file;
use raikit_core::assess::{has_errors, validate};
use std::process::ExitCode;

pub fn run(file: &str) -> Result<ExitCode, String> {
    let (def, mut problems) = match parse_file(file) {
        Ok(ok) => ok,
        Err(lines) => {
            for l in lines {
                println!("{l}");
            }
            return Ok(ExitCode::from(2));
        }
    };
    problems.extend(validate(&def));
    for p in &problems {
        println!("{p}");
    }
    let errors = problems.iter().filter(|p| p.severity == raikit_core::assess::Severity::Error).count();
    let warnings = problems.len() - errors;
    eprintln!("{file}: {errors} error(s), {warnings} warning(s)");
    Ok(if has_errors(&problems) { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
