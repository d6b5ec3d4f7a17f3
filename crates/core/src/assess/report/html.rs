//! Standalone printable HTML report: no external assets, no scripts. Every
//! piece of definition or answer text goes through [`escape`].

use super::{Report, ResultLine};
use std::fmt::Write;

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
.flag{border-left:4px solid #a00;padding:.3rem .6rem;background:#fdf0f0;margin:.4rem 0}
.badge{font-weight:bold}.muted{color:#555}
svg text{font-size:12px;fill:#1a1a1a}
.lv-none,.mt-optimising{fill:#2e7d32}.lv-low,.mt-managed{fill:#7cb342}.lv-medium,.mt-defined{fill:#f9a825}
.lv-high,.mt-developing{fill:#ef6c00}.lv-critical,.mt-initial{fill:#c62828}.lv-na{fill:#bbb}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,.flag,svg{break-inside:avoid}a{color:inherit}}
";

/// A horizontal bar per principle: its 0–100 score, coloured by level.
fn chart(rows: &[ResultLine], risk: bool, title: &str) -> String {
    let (label_w, bar_w, row_h) = (260.0, 360.0, 22.0);
    let height = row_h * rows.len() as f64 + 24.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"100%\" viewBox=\"0 0 {} {height}\">",
        escape(title),
        label_w + bar_w + 60.0
    );
    for (i, p) in rows.iter().enumerate() {
        let y = i as f64 * row_h;
        let score = p.score.unwrap_or(0.0).clamp(0.0, 100.0);
        let class = match &p.level {
            Some(l) if risk => format!("lv-{l}"),
            Some(l) => format!("mt-{l}"),
            None => "lv-na".into(),
        };
        let label = p.score.map(|s| format!("{s}")).unwrap_or_else(|| "n/a".into());
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{ty}\">{name}</text><rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"16\" fill=\"#eee\"/>\
             <rect class=\"{class}\" x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"16\"><title>{name}: {label}</title></rect>\
             <text x=\"{lx}\" y=\"{ty}\">{label}</text>",
            ty = y + 13.0,
            name = escape(&p.name),
            w = bar_w * score / 100.0,
            lx = label_w + bar_w + 6.0,
        );
    }
    let axis = if risk { "risk score 0–100 (higher = more concern)" } else { "readiness score 0–100" };
    let _ = write!(svg, "<text x=\"{label_w}\" y=\"{}\" class=\"muted\">{axis}</text></svg>", height - 4.0);
    svg
}

fn results_table(out: &mut String, rows: &[ResultLine]) {
    out.push_str("<table><thead><tr><th>Name</th><th>Level</th><th>Score</th><th>Answered</th></tr></thead><tbody>");
    for p in rows {
        let flags = if p.red_flags.is_empty() { String::new() } else { format!(" ⚑ {}", p.red_flags.len()) };
        let _ = write!(
            out,
            "<tr><td>{} <span class=\"muted\">{}</span>{flags}</td><td>{}</td><td>{}</td><td>{}/{}</td></tr>",
            escape(&p.name),
            escape(&p.id),
            escape(p.level.as_deref().unwrap_or("not assessed")),
            p.score.map(|s| s.to_string()).unwrap_or_else(|| "–".into()),
            p.answered,
            p.scored
        );
    }
    out.push_str("</tbody></table>");
}

pub fn render(r: &Report) -> String {
    let q = &r.questionnaire;
    let risk = q.kind == crate::assess::Kind::Risk;
    let dir = if matches!(r.lang.as_str(), "ar" | "he" | "fa" | "ur") { "rtl" } else { "ltr" };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n",
        escape(&r.lang),
        escape(&q.title)
    );
    let _ = write!(out, "<h1>{}</h1><p>{}</p>", escape(&q.title), escape(&q.description));
    let _ = write!(
        out,
        "<p class=\"muted\">Questionnaire <code>{}</code> version {}. {} of {} required questions answered ({}%).</p>",
        escape(&q.id),
        escape(&q.version),
        r.completeness.answered,
        r.completeness.required,
        r.completeness.percent
    );
    if r.partial {
        out.push_str("<p class=\"flag\">Partial report: some required questions are unanswered.</p>");
    }
    out.push_str("<h2>Result</h2>");
    let level = escape(r.summary.level.as_deref().unwrap_or("not assessed"));
    let score = r.summary.score.map(|s| s.to_string()).unwrap_or_else(|| "–".into());
    if risk {
        let _ = write!(out, "<p>Overall risk level: <span class=\"badge\">{level}</span>. Risk score {score} / 100.");
        if let Some(p) = r.summary.profile.as_ref().filter(|_| !r.red_flags.is_empty()) {
            let _ = write!(out, " Profile including red flags: <span class=\"badge\">{}</span>.", escape(p));
        }
        out.push_str("</p>");
    } else {
        let m = r.summary.maturity.map(|s| s.to_string()).unwrap_or_else(|| "–".into());
        let _ = write!(out, "<p>Overall maturity: <span class=\"badge\">{level}</span> ({m} of 5). Readiness score {score} / 100.</p>");
    }
    if !r.red_flags.is_empty() {
        out.push_str("<h2>Red flags</h2>");
        for f in &r.red_flags {
            let _ = write!(out, "<div class=\"flag\"><strong>{}</strong><br>{}</div>", escape(&f.message), escape(&f.action));
        }
    }
    if !r.dimensions.is_empty() {
        out.push_str("<h2>Dimensions (weakest first)</h2>");
        out.push_str(&chart(&r.dimensions, false, "Readiness by dimension"));
        results_table(&mut out, &r.dimensions);
    }
    if !r.principles.core.is_empty() {
        out.push_str("<h2>Core principles</h2>");
        out.push_str(&chart(&r.principles.core, risk, "Result by core principle"));
        results_table(&mut out, &r.principles.core);
        out.push_str("<h2>Instrumental principles</h2>");
        out.push_str(&chart(&r.principles.instrumental, risk, "Result by instrumental principle"));
        results_table(&mut out, &r.principles.instrumental);
    }
    out.push_str("<h2>Recommended actions</h2>");
    if r.recommendations.is_empty() {
        out.push_str("<p>No answer calls for an action.</p>");
    } else {
        out.push_str("<ol>");
        for rec in &r.recommendations {
            let _ = write!(
                out,
                "<li><span class=\"badge\">[{}]</span> {} <span class=\"muted\">({})</span></li>",
                escape(rec.level.as_deref().unwrap_or("")),
                escape(&rec.action),
                escape(&rec.about)
            );
        }
        out.push_str("</ol>");
    }
    out.push_str("<h2>Answers</h2><table><thead><tr><th>Question</th><th>Answer</th><th>Level</th></tr></thead><tbody>");
    for line in r.questions.iter().filter(|l| l.visible) {
        let answer = if line.answered { escape(&line.answer_text) } else { "<em>unanswered</em>".into() };
        let level = match (&line.inherent, &line.residual) {
            (Some(i), Some(res)) if i != res => format!("{} → {}", i.level.as_str(), res.level.as_str()),
            _ => escape(line.level.as_deref().unwrap_or("")),
        };
        let _ = write!(out, "<tr><td>{}</td><td>{answer}</td><td>{level}</td></tr>", escape(&line.prompt));
    }
    out.push_str("</tbody></table>\n</body></html>\n");
    break_lines(&out)
}

/// One block per line, so the file is readable and diffs well. Safe because
/// all text has been escaped: a raw `<` can only come from our own markup.
fn break_lines(html: &str) -> String {
    let mut out = html.to_string();
    for tag in ["<h1>", "<h2>", "<p", "<div", "<table>", "<tr>", "<ol>", "<li>", "<svg", "<text x=\"0\"", "</svg>", "</tbody>", "</ol>"] {
        out = out.replace(tag, &format!("\n{tag}"));
    }
    out
}
