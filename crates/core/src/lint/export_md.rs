//! Findings and coverage as a Markdown document, for sharing a review with
//! colleagues (the widget's "Export findings (Markdown)").

use super::coverage::Status;
use super::report::LintReport;
use crate::Taxonomy;
use std::fmt::Write;

/// Escapes characters that Markdown would treat as markup in running text.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn render(report: &LintReport) -> String {
    let mut md = String::new();
    let s = &report.summary;
    let _ = writeln!(md, "# Policy review\n");
    let _ = writeln!(
        md,
        "{} words · {} errors · {} warnings · {} notes · principles covered {}, partial {}, missing {}\n",
        report.stats.words, s.errors, s.warnings, s.infos, s.covered, s.partial, s.missing
    );
    let _ = writeln!(md, "## Coverage\n\n| Principle | Status | Score |\n|---|---|---|");
    let taxonomy = Taxonomy::builtin();
    for (_, inst) in taxonomy.instrumental() {
        if let Some(c) = report.coverage.iter().find(|c| c.principle == inst.id) {
            let status = match c.status {
                Status::Covered => "covered",
                Status::Partial => "partial",
                Status::Missing => "missing",
            };
            let _ = writeln!(md, "| {} | {status} | {:.2} |", esc(&inst.name), c.score);
        }
    }
    let _ = writeln!(md, "\n## Findings\n");
    if report.findings.is_empty() {
        let _ = writeln!(md, "No findings.");
    }
    for f in &report.findings {
        let place = if f.range.byte.start < f.range.byte.end {
            format!("line {}, column {}", f.range.start.line, f.range.start.column)
        } else {
            "whole document".to_string()
        };
        let _ = writeln!(md, "- **{}** `{}` ({place}): {}", f.severity.name(), f.rule, esc(&f.message));
        let _ = writeln!(md, "  - Why: {}", esc(&f.explanation));
        for s in &f.suggestions {
            let _ = writeln!(md, "  - Suggestion: {}", esc(s));
        }
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{lint, Format, LintOptions};

    #[test]
    fn markdown_export_lists_coverage_and_findings() {
        let text = "Outputs will be reviewed periodically where appropriate.";
        let report = lint(text.as_bytes(), &LintOptions { format: Some(Format::Text), lang: "en".into() }).unwrap();
        let md = render(&report);
        assert!(md.starts_with("# Policy review"));
        assert_eq!(md.matches("| missing |").count() + md.matches("| partial |").count() + md.matches("| covered |").count(), 17);
        for f in &report.findings {
            assert!(md.contains(&format!("`{}`", f.rule)), "{md}");
        }
        assert!(!report.findings.is_empty());
    }

    #[test]
    fn markup_in_messages_is_escaped() {
        assert_eq!(esc("a *b* <c>"), "a \\*b\\* \\<c\\>");
    }
}
