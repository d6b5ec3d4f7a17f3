//! Findings and coverage as a Markdown document, for sharing a review with
//! colleagues (the widget's "Export findings (Markdown)").

use super::coverage::Status;
use super::report::LintReport;
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

/// The report as Markdown, with headings and labels in `lang` (the texts of
/// the findings are whatever language the report already holds).
pub fn render(report: &LintReport, lang: &str) -> String {
    let l = crate::l10n::labels(lang);
    let mut md = String::new();
    let s = &report.summary;
    let _ = writeln!(md, "# {}\n", l.get("lint_title"));
    let counts = [
        ("words", report.stats.words),
        ("errors", s.errors),
        ("warnings", s.warnings),
        ("notes", s.infos),
        ("covered", s.covered),
        ("partial", s.partial),
        ("missing", s.missing),
    ]
    .map(|(k, v)| (k, v.to_string()));
    let args: Vec<(&str, &str)> = counts.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let _ = writeln!(md, "{}\n", l.fill("lint_summary", &args));
    let _ = writeln!(
        md,
        "## {}\n\n| {} | {} | {} |\n|---|---|---|",
        l.get("lint_coverage"),
        l.get("column_principle"),
        l.get("column_status"),
        l.get("column_score")
    );
    let taxonomy = crate::l10n::taxonomy(lang);
    for (_, inst) in taxonomy.instrumental() {
        if let Some(c) = report.coverage.iter().find(|c| c.principle == inst.id) {
            let status = match c.status {
                Status::Covered => "status_covered",
                Status::Partial => "status_partial",
                Status::Missing => "status_missing",
            };
            let _ = writeln!(md, "| {} | {} | {} |", esc(&inst.name), l.get(status), l.number((c.score * 100.0).round() / 100.0));
        }
    }
    let _ = writeln!(md, "\n## {}\n", l.get("lint_findings"));
    if report.findings.is_empty() {
        let _ = writeln!(md, "{}", l.get("lint_no_findings"));
    }
    for f in &report.findings {
        let place = if f.range.byte.start < f.range.byte.end {
            l.fill("lint_place", &[("line", &f.range.start.line.to_string()), ("column", &f.range.start.column.to_string())])
        } else {
            l.get("lint_whole_document").to_string()
        };
        let severity = l.get(&format!("severity_{}", f.severity.name())).to_string();
        let _ = writeln!(md, "- **{severity}** `{}` ({place}): {}", f.rule, esc(&f.message));
        let _ = writeln!(md, "  - {}: {}", l.get("lint_why"), esc(&f.explanation));
        for s in &f.suggestions {
            let _ = writeln!(md, "  - {}: {}", l.get("lint_suggestion"), esc(s));
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
        let md = render(&report, "en");
        assert!(md.starts_with("# Policy review"));
        assert_eq!(md.matches("| missing |").count() + md.matches("| partial |").count() + md.matches("| covered |").count(), 17);
        for f in &report.findings {
            assert!(md.contains(&format!("`{}`", f.rule)), "{md}");
        }
        assert!(!report.findings.is_empty());
    }

    #[test]
    fn markdown_export_follows_the_ui_language() {
        let report = lint(b"Data will be deleted where possible.", &LintOptions { format: Some(Format::Text), lang: "en".into() }).unwrap();
        let md = render(&report, "fr");
        assert!(md.starts_with("# Revue de la politique"), "{md}");
        assert!(md.contains("| Principe | Statut | Score |"), "{md}");
        assert!(md.contains("| absent |") && md.contains("| Légitimité |"), "{md}");
    }

    /// The policy checker's bundle embeds only the linter's labels
    /// (`report-lint.json`, see build.rs): every label key the linter's code
    /// names, and each severity's, must be among them.
    #[test]
    fn the_lint_only_labels_hold_every_key_the_linter_uses() {
        let lint_only = crate::l10n::Tree::from_json(include_str!(concat!(env!("OUT_DIR"), "/report-lint.json"))).unwrap();
        let sources = [include_str!("export_md.rs"), include_str!("../l10n/lint.rs")];
        let mut keys: Vec<String> = ["severity_error", "severity_warning", "severity_info"].map(String::from).to_vec();
        for source in sources {
            for (i, _) in source.match_indices("get(\"").chain(source.match_indices("fill(\"")) {
                let rest = &source[source[i..].find('"').unwrap() + i + 1..];
                keys.push(rest[..rest.find('"').unwrap()].to_string());
            }
            for prefix in ["\"status_", "\"column_"] {
                for (i, _) in source.match_indices(prefix) {
                    let rest = &source[i + 1..];
                    keys.push(rest[..rest.find('"').unwrap()].to_string());
                }
            }
        }
        assert!(keys.len() > 15, "{keys:?}");
        // Keys only (this test names the bare prefixes too).
        for key in keys.iter().filter(|k| !k.ends_with('_') && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')) {
            assert!(lint_only.text(&["labels", key]).is_some(), "report-lint.json lacks {key}");
        }
        assert!(lint_only.text(&["labels", "answers"]).is_none(), "the assessment's labels are left out");
    }

    #[test]
    fn markup_in_messages_is_escaped() {
        assert_eq!(esc("a *b* <c>"), "a \\*b\\* \\<c\\>");
    }
}
