//! Assessments: questionnaire definitions, answers, scoring and reports.
//!
//! Flow: [`parse`] a definition → [`validate()`] it → [`import_answers`] →
//! [`score()`] → [`report()`]. Every step reports problems instead of
//! panicking, because definitions and answers come from outside.

pub mod answers;
pub mod builtin;
pub mod condition;
pub mod definition;
pub mod migrate;
pub mod parse;
pub mod problem;
pub mod reach;
pub mod recommend;
pub mod report;
pub mod scoring;
pub mod text;
pub mod validate;

pub use answers::{import_answers, import_value, Answer, AnswerSet, ImportError, ImportIssue, ImportReport, IssueKind};
pub use builtin::{builtin_ids, builtin_questionnaire, builtin_questionnaires};
pub use condition::Condition;
pub use definition::{Definition, Kind, Question, QuestionType};
pub use parse::{parse_auto, parse_json, usable_definition, Parsed};
#[cfg(feature = "toml")]
pub use parse::parse_toml;
pub use problem::{has_errors, Problem, Severity};
pub use report::{report, Format, Report};
pub use scoring::{score, Assessment, Level, Maturity};
pub use text::LocalText;
pub use validate::{validate, validate_text};
