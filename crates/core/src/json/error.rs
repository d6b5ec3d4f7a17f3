//! The reader's error: a message and, once known, where in the text.

use serde::de;
use std::fmt::{self, Display};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
    /// 1-based line and column (in characters); 0 while not yet known.
    line: usize,
    column: usize,
}

impl Error {
    pub(super) fn at(message: impl Into<String>, line: usize, column: usize) -> Self {
        Error { message: message.into(), line, column }
    }

    pub(super) fn has_position(&self) -> bool {
        self.line > 0
    }

    pub(super) fn with_position(mut self, line: usize, column: usize) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    /// The message without the position.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// 1-based line of the problem, or 0 when it has no place in the text.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column (in characters) of the problem, or 0.
    pub fn column(&self) -> usize {
        self.column
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if self.line > 0 {
            write!(f, " at line {} column {}", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error { message: msg.to_string(), line: 0, column: 0 }
    }

    // The two methods below are the reason this type exists: serde's defaults
    // format `Unexpected` with its own Display (see the module comment).
    fn invalid_type(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        de::Error::custom(format_args!("invalid type: {}, expected {expected}", Found(unexpected)))
    }

    fn invalid_value(unexpected: de::Unexpected<'_>, expected: &dyn de::Expected) -> Self {
        de::Error::custom(format_args!("invalid value: {}, expected {expected}", Found(unexpected)))
    }
}

/// What was found, in JSON's terms.
struct Found<'a>(de::Unexpected<'a>);

impl Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use de::Unexpected::*;
        match self.0 {
            Bool(b) => write!(f, "boolean `{b}`"),
            Unsigned(n) => write!(f, "integer `{n}`"),
            Signed(n) => write!(f, "integer `{n}`"),
            Float(n) => write!(f, "number `{}`", crate::num::exact(n)),
            Char(c) => write!(f, "character `{c}`"),
            Str(s) => write!(f, "string \"{s}\""),
            Bytes(_) => f.write_str("bytes"),
            Unit => f.write_str("null"),
            Option => f.write_str("an optional value"),
            NewtypeStruct | NewtypeVariant => f.write_str("a wrapped value"),
            Seq | TupleVariant => f.write_str("an array"),
            Map | StructVariant => f.write_str("an object"),
            Enum | UnitVariant => f.write_str("a variant"),
            Other(other) => f.write_str(other),
        }
    }
}
