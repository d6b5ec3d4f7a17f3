//! Errors for bad input. Every variant says what is wrong and, where it can,
//! where; none of them is a panic.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LintError {
    /// The input exceeds [`crate::lint::document::MAX_INPUT_BYTES`].
    TooLarge { limit: usize, actual: usize },
    /// A text format was not valid UTF-8.
    InvalidUtf8 { offset: usize },
    /// A .docx could not be read.
    Docx(String),
    /// A configuration or rule pack is invalid.
    Config(String),
    /// The language (set, or `detected` from the text) has no rules.
    UnsupportedLanguage { lang: String, detected: bool },
    /// The text's language could not be told; it must be set.
    UndetectedLanguage,
    /// A fix could not be applied to the given text.
    Fix(String),
    /// This build leaves the format's reader out (the browser's lint bundle
    /// reads Markdown, HTML and .docx through its on-demand formats bundle).
    FormatNotBuiltIn(&'static str),
    /// The reader installed for such formats failed; the message says why.
    Reader(String),
    /// This build does not embed the language's word data and it has not
    /// been installed yet ([`crate::lint::lang::install`]): the policy
    /// checker fetches it and lints again.
    LanguageNotLoaded(&'static str),
}

impl fmt::Display for LintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LintError::TooLarge { limit, actual } => write!(f, "input is {actual} bytes; the limit is {limit} bytes"),
            LintError::InvalidUtf8 { offset } => write!(f, "input is not valid UTF-8 (first bad byte at offset {offset})"),
            LintError::Docx(why) => write!(f, "cannot read .docx: {why}"),
            LintError::Config(why) => write!(f, "invalid configuration: {why}"),
            LintError::UnsupportedLanguage { lang, detected: false } => {
                write!(f, "language `{lang}` is not supported; the linter reads English (en), French (fr) and Spanish (es)")
            }
            LintError::UnsupportedLanguage { lang, detected: true } => write!(
                f,
                "this text looks like language `{lang}`, which the linter cannot read; it reads English (en), French (fr) and Spanish (es). If that guess is wrong, set the language (`lang`)"
            ),
            LintError::UndetectedLanguage => write!(
                f,
                "cannot tell which language this text is in; set the language (`lang`: en, fr or es; CLI --lang, raikit.toml lang)"
            ),
            LintError::Fix(why) => write!(f, "cannot apply fix: {why}"),
            LintError::FormatNotBuiltIn(format) => write!(f, "this build cannot read {format} documents"),
            LintError::Reader(why) => write!(f, "{why}"),
            LintError::LanguageNotLoaded(lang) => write!(f, "the word data for language `{lang}` is not loaded"),
        }
    }
}

impl std::error::Error for LintError {}
