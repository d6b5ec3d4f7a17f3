//! Standalone printable HTML report: no external assets, no scripts. Every
//! piece of definition or answer text goes through [`escape`].

use super::{Report, ResultLine};
use crate::l10n::Labels;
use crate::num::{self, exact as n};
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
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:start;vertical-align:top}
.flag{border-inline-start:4px solid #a00;padding:.3rem .6rem;background:#fdf0f0;margin:.4rem 0}
.badge{font-weight:bold}.muted{color:#555}
svg text{font-size:12px;fill:#1a1a1a}
.lv-none,.mt-optimising{fill:#2e7d32}.lv-low,.mt-managed{fill:#7cb342}.lv-medium,.mt-defined{fill:#f9a825}
.lv-high,.mt-developing{fill:#ef6c00}.lv-critical,.mt-initial{fill:#c62828}.lv-na{fill:#bbb}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,.flag,svg{break-inside:avoid}a{color:inherit}}
";

/// A horizontal bar per principle: its 0–100 score, coloured by level.
/// In a right-to-left report the bars grow from the right, beside the labels;
/// text needs no anchor there, as it inherits the page's direction.
fn chart(l: &Labels, rows: &[ResultLine], risk: bool, title: &str, rtl: bool) -> String {
    let (label_w, bar_w, row_h) = (260.0, 360.0, 22.0);
    let width = label_w + bar_w + 60.0;
    let height = row_h * rows.len() as f64 + 24.0;
    // x of a point `x` from the reading start, and of a box `w` wide there.
    let at = |x: f64| if rtl { width - x } else { x };
    let boxed = |x: f64, w: f64| if rtl { width - x - w } else { x };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"100%\" viewBox=\"0 0 {} {}\">",
        escape(title),
        n(width),
        n(height),
    );
    for (i, p) in rows.iter().enumerate() {
        let y = i as f64 * row_h;
        let score = p.score.unwrap_or(0.0).clamp(0.0, 100.0);
        let class = match &p.level {
            Some(l) if risk => format!("lv-{l}"),
            Some(l) => format!("mt-{l}"),
            None => "lv-na".into(),
        };
        let label = p.score.map(|s| l.number(s)).unwrap_or_else(|| l.get("no_score").to_string());
        let w = bar_w * score / 100.0;
        let _ = write!(
            svg,
            "<text x=\"{tx}\" y=\"{ty}\">{name}</text><rect x=\"{track}\" y=\"{y}\" width=\"{bar_w}\" height=\"16\" fill=\"#eee\"/>\
             <rect class=\"{class}\" x=\"{bx}\" y=\"{y}\" width=\"{w}\" height=\"16\"><title>{name}: {label}</title></rect>\
             <text x=\"{lx}\" y=\"{ty}\">{label}</text>",
            tx = n(at(0.0)),
            ty = n(y + 13.0),
            y = n(y),
            bar_w = n(bar_w),
            w = num::fixed(w, 1),
            name = escape(&p.name),
            track = n(boxed(label_w, bar_w)),
            bx = n(boxed(label_w, w)),
            lx = n(at(label_w + bar_w + 6.0)),
        );
    }
    let axis = if risk { l.get("axis_risk") } else { l.get("axis_readiness") };
    let _ = write!(svg, "<text x=\"{}\" y=\"{}\" class=\"muted\">{}</text></svg>", n(at(label_w)), n(height - 4.0), escape(axis));
    svg
}

fn results_table(out: &mut String, l: &Labels, rows: &[ResultLine]) {
    let _ = write!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        l.get("column_name"),
        l.get("column_level"),
        l.get("column_score"),
        l.get("column_answered")
    );
    for p in rows {
        let flags = if p.red_flags.is_empty() { String::new() } else { format!(" ⚑ {}", p.red_flags.len()) };
        let _ = write!(
            out,
            "<tr><td>{} <bdi class=\"muted\">{}</bdi>{flags}</td><td>{}</td><td>{}</td><td>{}/{}</td></tr>",
            escape(&p.name),
            escape(&p.id),
            escape(&level(l, p.level.as_deref())),
            p.score.map(|s| l.number(s)).unwrap_or_else(|| "–".into()),
            p.answered,
            p.scored
        );
    }
    out.push_str("</tbody></table>");
}

fn level(l: &Labels, id: Option<&str>) -> String {
    id.map(|v| l.level(v)).unwrap_or_else(|| l.get("not_assessed").to_string())
}

pub fn render(r: &Report) -> String {
    let l = &crate::l10n::labels(&r.lang);
    let q = &r.questionnaire;
    let risk = q.kind == crate::assess::Kind::Risk;
    let dir = crate::l10n::direction(&r.lang);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n",
        escape(&r.lang),
        escape(&q.title)
    );
    let _ = write!(out, "<h1>{}</h1><p>{}</p>", escape(&q.title), escape(&q.description));
    let id = format!("<bdi><code>{}</code></bdi>", escape(&q.id));
    let version = format!("<bdi>{}</bdi>", escape(&q.version));
    let (answered, required) = (r.completeness.answered.to_string(), r.completeness.required.to_string());
    let percent = l.number(r.completeness.percent);
    let _ = write!(
        out,
        "<p class=\"muted\">{}<br>{}</p>",
        l.fill("questionnaire_version", &[("id", &id), ("version", &version)]),
        escape(&l.fill("completeness", &[("answered", &answered), ("required", &required), ("percent", &percent)]))
    );
    if r.partial {
        let _ = write!(out, "<p class=\"flag\">{}</p>", escape(l.get("partial")));
    }
    let _ = write!(out, "<h2>{}</h2>", escape(l.get("result")));
    let badge = |v: String| format!("<span class=\"badge\">{}</span>", escape(&v));
    let score = escape(&r.summary.score.map(|s| l.number(s)).unwrap_or_else(|| "–".into()));
    let lvl = level(l, r.summary.level.as_deref());
    if risk {
        let _ = write!(out, "<p>{}", l.fill("overall_risk", &[("level", &badge(lvl))]));
        if let Some(p) = r.summary.profile.as_ref().filter(|_| !r.red_flags.is_empty()) {
            let _ = write!(out, "<br>{}", l.fill("risk_profile", &[("level", &badge(l.level(p)))]));
        }
        let _ = write!(out, "<br>{}</p>", escape(&l.fill("risk_score", &[("score", &score)])));
    } else {
        let m = escape(&r.summary.maturity.map(|s| l.number(s)).unwrap_or_else(|| "–".into()));
        let _ = write!(
            out,
            "<p>{}<br>{}</p>",
            l.fill("overall_maturity", &[("level", &badge(lvl)), ("maturity", &m)]),
            escape(&l.fill("readiness_score", &[("score", &score)]))
        );
    }
    if !r.red_flags.is_empty() {
        let _ = write!(out, "<h2>{}</h2>", escape(l.get("red_flags")));
        for f in &r.red_flags {
            let _ = write!(out, "<div class=\"flag\"><strong>{}</strong><br>{}</div>", escape(&f.message), escape(&f.action));
        }
    }
    let rtl = dir == "rtl";
    if !r.dimensions.is_empty() {
        let _ = write!(out, "<h2>{}</h2>", escape(l.get("dimensions")));
        out.push_str(&chart(l, &r.dimensions, false, l.get("chart_dimensions"), rtl));
        results_table(&mut out, l, &r.dimensions);
    }
    if !r.principles.core.is_empty() {
        let _ = write!(out, "<h2>{}</h2>", escape(l.get("core_principles")));
        out.push_str(&chart(l, &r.principles.core, risk, l.get("chart_core"), rtl));
        results_table(&mut out, l, &r.principles.core);
        let _ = write!(out, "<h2>{}</h2>", escape(l.get("instrumental_principles")));
        out.push_str(&chart(l, &r.principles.instrumental, risk, l.get("chart_instrumental"), rtl));
        results_table(&mut out, l, &r.principles.instrumental);
    }
    let _ = write!(out, "<h2>{}</h2>", escape(l.get("recommended_actions")));
    if r.recommendations.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(l.get("no_actions")));
    } else {
        out.push_str("<ol>");
        for rec in &r.recommendations {
            let _ = write!(
                out,
                "<li><span class=\"badge\">[{}]</span> {} <span class=\"muted\">({})</span></li>",
                escape(&rec.level.as_deref().map(|v| l.level(v)).unwrap_or_default()),
                escape(&rec.action),
                escape(&rec.about)
            );
        }
        out.push_str("</ol>");
    }
    let _ = write!(
        out,
        "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(l.get("answers")),
        escape(l.get("column_question")),
        escape(l.get("column_answer")),
        escape(l.get("column_level"))
    );
    for line in r.questions.iter().filter(|x| x.visible) {
        let answer = if line.answered { escape(&line.answer_text) } else { format!("<em>{}</em>", escape(l.get("unanswered"))) };
        let lv = match (&line.inherent, &line.residual) {
            (Some(i), Some(res)) if i != res => escape(&format!("{} → {}", l.level(i.level.as_str()), l.level(res.level.as_str()))),
            _ => escape(&line.level.as_deref().map(|v| l.level(v)).unwrap_or_default()),
        };
        let _ = write!(out, "<tr><td>{}</td><td>{answer}</td><td>{lv}</td></tr>", escape(&line.prompt));
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
