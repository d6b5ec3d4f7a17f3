//! The public result shape, `raikit-lint/1` (see docs/lint-format.md).

use super::coverage::Status;
use super::position::Range;
use super::rules::Severity;
use serde::{Deserialize, Serialize};

pub const SCHEMA: &str = "raikit-lint/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fix {
    pub range: Range,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub principle: Option<String>,
    pub severity: Severity,
    pub message: String,
    pub explanation: String,
    pub range: Range,
    pub suggestions: Vec<String>,
    pub fix: Option<Fix>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrincipleCoverage {
    pub principle: String,
    pub name: String,
    pub status: Status,
    pub score: f64,
    pub evidence: Vec<Range>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub sections: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub covered: usize,
    pub partial: usize,
    pub missing: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LintReport {
    pub schema: String,
    pub format: String,
    /// The language whose rules ran: "en", "fr" or "es".
    pub lang: String,
    /// "detected" from the text or "set" by option or configuration; absent
    /// in reports made before language detection existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang_source: Option<String>,
    /// For docx: positions refer to the extracted text, which is given here
    /// so clients can show excerpts; absent for text formats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted_text: Option<String>,
    pub stats: Stats,
    pub summary: Summary,
    pub findings: Vec<Finding>,
    pub coverage: Vec<PrincipleCoverage>,
}

impl LintReport {
    /// The highest severity among the findings.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}
