//! Markdown report. Definition and answer text is escaped so that it reads
//! as written and cannot inject links, HTML or table breaks.

use super::{Report, ResultLine};
use crate::l10n::Labels;
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

fn opt(l: &Labels, v: Option<f64>) -> String {
    v.map(|v| l.number(v)).unwrap_or_else(|| "–".into())
}

fn lvl(l: &Labels, v: &Option<String>) -> String {
    v.as_deref().map(|v| l.level(v)).unwrap_or_else(|| l.get("not_assessed").to_string())
}

fn table(out: &mut String, l: &Labels, rows: &[ResultLine], score_label: &str) {
    let _ = writeln!(
        out,
        "| {} | {} | {score_label} | {} |\n|---|---|---:|---:|",
        l.get("column_name"),
        l.get("column_level"),
        l.get("column_answered")
    );
    for p in rows {
        let flags = if p.red_flags.is_empty() { String::new() } else { format!(" ⚑ {}", p.red_flags.len()) };
        let _ = writeln!(out, "| {} (`{}`){flags} | {} | {} | {}/{} |", escape(&p.name), p.id, lvl(l, &p.level), opt(l, p.score), p.answered, p.scored);
    }
    out.push('\n');
}

pub fn render(r: &Report) -> String {
    let l = &crate::l10n::labels(&r.lang);
    let mut out = String::new();
    let q = &r.questionnaire;
    let risk = q.kind == crate::assess::Kind::Risk;
    let _ = writeln!(out, "# {}\n", escape(&q.title));
    let _ = writeln!(out, "{}\n", escape(&q.description));
    let _ = writeln!(out, "- {}", l.fill("questionnaire_version", &[("id", &format!("`{}`", q.id)), ("version", &escape(&q.version))]));
    if let Some(u) = r.answers.updated.as_ref().or(r.answers.created.as_ref()) {
        let _ = writeln!(out, "- {}", l.fill("answers_updated", &[("date", &escape(u))]));
    }
    let (answered, required) = (r.completeness.answered.to_string(), r.completeness.required.to_string());
    let percent = l.number(r.completeness.percent);
    let _ = writeln!(out, "- {}", l.fill("completeness", &[("answered", &answered), ("required", &required), ("percent", &percent)]));
    if r.partial {
        let _ = writeln!(out, "- **{}**", l.get("partial"));
    }
    let _ = writeln!(out, "\n## {}\n", l.get("result"));
    let bold = |v: String| format!("**{v}**");
    if risk {
        let _ = writeln!(out, "- {}", l.fill("overall_risk", &[("level", &bold(lvl(l, &r.summary.level)))]));
        if let Some(p) = r.summary.profile.as_ref().filter(|_| !r.red_flags.is_empty()) {
            let _ = writeln!(out, "- {}", l.fill("risk_profile", &[("level", &bold(l.level(p)))]));
        }
        let _ = writeln!(out, "- {}", l.fill("risk_score", &[("score", &opt(l, r.summary.score))]));
    } else {
        let _ = writeln!(out, "- {}", l.fill("overall_maturity", &[("level", &bold(lvl(l, &r.summary.level))), ("maturity", &opt(l, r.summary.maturity))]));
        let _ = writeln!(out, "- {}", l.fill("readiness_score", &[("score", &opt(l, r.summary.score))]));
    }
    out.push('\n');
    if !r.red_flags.is_empty() {
        let _ = writeln!(out, "## {}\n", l.get("red_flags"));
        for f in &r.red_flags {
            let _ = writeln!(out, "- ⚑ **{}** — {}", escape(&f.message), escape(&f.action));
        }
        out.push('\n');
    }
    if !r.dimensions.is_empty() {
        let _ = writeln!(out, "## {}\n", l.get("dimensions"));
        table(&mut out, l, &r.dimensions, l.get("column_score"));
    }
    let score_label = if risk { l.get("column_risk_score") } else { l.get("column_score") };
    if !r.principles.core.is_empty() {
        let _ = writeln!(out, "## {}\n", l.get("core_principles"));
        table(&mut out, l, &r.principles.core, score_label);
        let _ = writeln!(out, "## {}\n", l.get("instrumental_principles"));
        table(&mut out, l, &r.principles.instrumental, score_label);
    }
    let _ = writeln!(out, "## {}\n", l.get("recommended_actions"));
    if r.recommendations.is_empty() {
        let _ = writeln!(out, "{}\n", l.get("no_actions"));
    }
    for (i, rec) in r.recommendations.iter().enumerate() {
        let _ = writeln!(out, "{}. **[{}]** {} — {}", i + 1, lvl(l, &rec.level), escape(&rec.action), escape(&rec.about));
    }
    if !r.recommendations.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "## {}\n\n| {} | {} | {} |\n|---|---|---|",
        l.get("answers"),
        l.get("column_question"),
        l.get("column_answer"),
        l.get("column_level")
    );
    for line in r.questions.iter().filter(|x| x.visible) {
        let answer = if line.answered { escape(&line.answer_text) } else { format!("*{}*", l.get("unanswered")) };
        let level = match (&line.inherent, &line.residual) {
            (Some(i), Some(res)) if i != res => format!("{} → {}", l.level(i.level.as_str()), l.level(res.level.as_str())),
            _ => line.level.as_deref().map(|v| l.level(v)).unwrap_or_default(),
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
