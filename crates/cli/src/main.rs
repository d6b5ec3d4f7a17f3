//! `raikit`: a thin command-line layer over raikit-core.
//!
//! Exit codes: 0 success, 1 findings at or above the failure threshold,
//! 2 bad input or usage.

mod assess;
mod definition_source;
mod explain;
mod lint;
mod lint_sarif;
mod principles;
mod questionnaires;
mod rules;
mod validate;

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
    /// List the built-in questionnaires: id, version, kind, title, question count.
    Questionnaires {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Check a questionnaire definition (JSON or TOML); exit 2 on errors.
    Validate {
        /// The definition file.
        file: String,
    },
    /// Score an answers file and write a report.
    Assess {
        /// A built-in questionnaire id, or a definition file.
        #[arg(long)]
        questionnaire: String,
        /// The answers file (`raikit-answers/1` JSON).
        #[arg(long)]
        answers: String,
        /// json, md, csv or html.
        #[arg(long, default_value = "json")]
        format: String,
        /// Language of the report: en, fr, es or ar (text, headings and labels).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Write the report here instead of stdout.
        #[arg(short = 'o', long = "output")]
        output: Option<String>,
    },
    /// Lint policy documents against the principles.
    Lint(lint::LintArgs),
    /// List the policy lint rules.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Language of the messages and explanations: en, fr, es or ar.
        #[arg(long, default_value = "en", value_parser = ["en", "fr", "es", "ar"])]
        locale: String,
    },
    /// Explain one lint rule, with examples.
    Explain {
        /// Rule id, e.g. passive-duty.
        rule: String,
        /// Language of the explanation: en, fr, es or ar (French and Spanish
        /// also show the examples the rule is tested with in that language).
        #[arg(long, default_value = "en", value_parser = ["en", "fr", "es", "ar"])]
        locale: String,
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
        Command::Questionnaires { format } => questionnaires::run(format),
        Command::Validate { file } => validate::run(&file),
        Command::Assess { questionnaire, answers, format, lang, output } => {
            assess::run(assess::Args { questionnaire, answers, format, lang, output })
        }
        Command::Lint(args) => lint::run(args),
        Command::Rules { format, locale } => rules::run(format, &locale),
        Command::Explain { rule, locale } => explain::run(&rule, &locale),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("raikit: error: {message}");
            ExitCode::from(2)
        }
    }
}
