//! `raikit`: a thin command-line layer over raikit-core.
//!
//! Exit codes: 0 success, 1 findings at or above the failure threshold,
//! 2 bad input or usage.

mod principles;

use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "raikit", version, about = "Responsible-AI checks for law-enforcement AI, from the INTERPOL–UNICRI principles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the five core principles and their seventeen instrumental principles.
    Principles {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Principles { format } => principles::run(format),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("raikit: error: {message}");
            ExitCode::from(2)
        }
    }
}
