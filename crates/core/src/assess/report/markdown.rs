//! Markdown report. Definition and answer text is escaped so that it reads
//! as written and cannot inject links, HTML or table breaks.

use super::{Report, ResultLine};
use std::fmt::Write;

/// Escapes Markdown inline punctuation and HTML-significant characters;
/// block markers (`#`, `-`, `+`, `>`, `1.`) are escaped only at the start,
/// where they would take effect (`)` is always escaped, which covers `1)`
/// lists too). Newlines become spaces so table rows stay
/// on one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let trimmed = s.trim_start();
    let digits = trimmed.chars().take_while(|c| c.is_ascii_digit()).count();
    let lead = s.chars().count() - trimmed.chars().count();
    for (i, c) in s.chars().enumerate() {
        let at_start = i == lead;
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '>' if at_start => {
                out.push('\\');
                out.push(c);
            }
            '.' if digits > 0 && i == lead + digits => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn opt(v: Option<f64>) -> String {
    v.map(|v| format!("{v}")).unwrap_or_else(|| "–".into())
}

fn lvl(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "not assessed".into())
}

fn table(out: &mut String, rows: &[ResultLine], score_label: &str) {
    let _ = writeln!(out, "| | level | {score_label} | answered |\n|---|---|---:|---:|");
    for p in rows {
        let flags = if p.red_flags.is_empty() { String::new() } else { format!(" ⚑ {}", p.red_flags.len()) };
        let _ = writeln!(out, "| {} (`{}`){flags} | {} | {} | {}/{} |", escape(&p.name), p.id, lvl(&p.level), opt(p.score), p.answered, p.scored);
    }
    out.push('\n');
}

pub fn render(r: &Report) -> String {
    let mut out = String::new();
    let q = &r.questionnaire;
    let risk = q.kind == crate::assess::Kind::Risk;
    let _ = writeln!(out, "# {}\n", escape(&q.title));
    let _ = writeln!(out, "{}\n", escape(&q.description));
    let _ = writeln!(out, "- Questionnaire: `{}` version {}", q.id, escape(&q.version));
    if let Some(u) = r.answers.updated.as_ref().or(r.answers.created.as_ref()) {
        let _ = writeln!(out, "- Answers last updated: {}", escape(u));
    }
    let _ = writeln!(out, "- Completeness: {}/{} required questions answered ({}%)", r.completeness.answered, r.completeness.required, r.completeness.percent);
    if r.partial {
        out.push_str("- **Partial report**: some required questions are unanswered.\n");
    }
    out.push_str("\n## Result\n\n");
    if risk {
        let _ = writeln!(out, "- Overall risk level: **{}**", lvl(&r.summary.level));
        if let Some(p) = r.summary.profile.as_ref().filter(|_| !r.red_flags.is_empty()) {
            let _ = writeln!(out, "- Risk profile (including red flags): **{p}**");
        }
        let _ = writeln!(out, "- Risk score: {} / 100 (higher means more concern)", opt(r.summary.score));
    } else {
        let _ = writeln!(out, "- Overall maturity: **{}** ({} of 5)", lvl(&r.summary.level), opt(r.summary.maturity));
        let _ = writeln!(out, "- Readiness score: {} / 100", opt(r.summary.score));
    }
    out.push('\n');
    if !r.red_flags.is_empty() {
        out.push_str("## Red flags\n\n");
        for f in &r.red_flags {
            let _ = writeln!(out, "- ⚑ **{}** — {}", escape(&f.message), escape(&f.action));
        }
        out.push('\n');
    }
    if !r.dimensions.is_empty() {
        out.push_str("## Dimensions (weakest first)\n\n");
        table(&mut out, &r.dimensions, "score");
    }
    let score_label = if risk { "risk score" } else { "score" };
    if !r.principles.core.is_empty() {
        out.push_str("## Core principles\n\n");
        table(&mut out, &r.principles.core, score_label);
        out.push_str("## Instrumental principles\n\n");
        table(&mut out, &r.principles.instrumental, score_label);
    }
    out.push_str("## Recommended actions\n\n");
    if r.recommendations.is_empty() {
        out.push_str("No answer calls for an action.\n\n");
    }
    for (i, rec) in r.recommendations.iter().enumerate() {
        let _ = writeln!(out, "{}. **[{}]** {} — {}", i + 1, lvl(&rec.level), escape(&rec.action), escape(&rec.about));
    }
    if !r.recommendations.is_empty() {
        out.push('\n');
    }
    out.push_str("## Answers\n\n| question | answer | level |\n|---|---|---|\n");
    for line in r.questions.iter().filter(|l| l.visible) {
        let answer = if line.answered { escape(&line.answer_text) } else { "*unanswered*".into() };
        let level = match (&line.inherent, &line.residual) {
            (Some(i), Some(res)) if i != res => format!("{} → {}", i.level.as_str(), res.level.as_str()),
            _ => line.level.clone().unwrap_or_default(),
        };
        let _ = writeln!(out, "| {} | {} | {} |", escape(&line.prompt), answer, level);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_only_what_would_take_effect() {
        assert_eq!(escape("non-discrimination 2026-11-27"), "non-discrimination 2026-11-27");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("  # heading"), "  \\# heading");
        assert_eq!(escape("12. list"), "12\\. list");
        assert_eq!(escape("[x](javascript:y) <b>"), "\\[x\\]\\(javascript:y\\) &lt;b>");
        assert_eq!(escape("a|b\nc"), "a\\|b c");
    }
}
