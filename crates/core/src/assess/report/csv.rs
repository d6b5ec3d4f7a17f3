//! CSV report: one row per question (RFC 4180). Cells that a spreadsheet
//! would treat as a formula are prefixed with `'`, so an answer such as
//! `=HYPERLINK(…)` stays text.

use super::Report;

/// The columns, as keys of the report labels (`csv_<column>`).
pub const COLUMNS: &[&str] = &[
    "section", "question", "type", "prompt", "visible", "required", "answered", "answer", "level",
    "inherent_level", "residual_level", "adverse", "principles",
];

/// Quotes a cell when needed and neutralises formula starters.
pub fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One row per question. The header is in the report's language; values
/// that are ids (section, question, type, levels, principles) stay ids, so
/// a spreadsheet can filter on them whatever the language.
pub fn render(r: &Report) -> String {
    let labels = crate::l10n::labels(&r.lang);
    let mut out = COLUMNS.iter().map(|c| cell(labels.get(&format!("csv_{c}")))).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for q in &r.questions {
        let row = [
            q.section.clone(),
            q.id.clone(),
            q.kind.as_str().to_string(),
            q.prompt.clone(),
            q.visible.to_string(),
            q.required.to_string(),
            q.answered.to_string(),
            q.answer_text.clone(),
            q.level.clone().unwrap_or_default(),
            q.inherent.map(|c| c.level.as_str().to_string()).unwrap_or_default(),
            q.residual.map(|c| c.level.as_str().to_string()).unwrap_or_default(),
            q.adverse.to_string(),
            q.principles.join(" "),
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn quoting_and_formula_guard() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-2,3"), "\"'-2,3\"");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
    }
}
