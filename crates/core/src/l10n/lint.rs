//! Lint findings and coverage in the UI language. The linter writes its
//! texts in English from the rule packs; this pass swaps in the
//! translations of `content/i18n/<lang>/rules.toml`, refilling the same
//! placeholders. Rule ids, ranges and fixes are untouched.

use super::{labels, part, taxonomy, Tree};
use crate::lint::{Linter, LintReport};

enum Part<'a> {
    Text(&'a str),
    Slot(&'a str),
}

fn parts(template: &str) -> Vec<Part<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        if open > 0 {
            out.push(Part::Text(&rest[..open]));
        }
        out.push(Part::Slot(&rest[open + 1..close]));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Part::Text(rest));
    }
    out
}

/// The placeholder values that turned `template` into `text`, or None when
/// `text` was not made from `template`.
pub(crate) fn extract<'t>(template: &str, text: &'t str) -> Option<Vec<(String, &'t str)>> {
    let parts = parts(template);
    let mut pos = 0;
    let mut out = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        match part {
            Part::Text(lit) => {
                if !text[pos..].starts_with(lit) {
                    return None;
                }
                pos += lit.len();
            }
            Part::Slot(name) => {
                let end = match parts.get(i + 1) {
                    Some(Part::Text(next)) => pos + text[pos..].find(next)?,
                    Some(Part::Slot(_)) => return None,
                    None => text.len(),
                };
                out.push((name.to_string(), &text[pos..end]));
                pos = end;
            }
        }
    }
    (pos == text.len()).then_some(out)
}

fn fill(template: &str, values: &[(String, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The built-in rules with their message, explanation and suggestion in
/// `lang` where translations exist; ids, word lists and examples stay.
pub fn localized_rules(lang: &str) -> Vec<crate::lint::RuleSpec> {
    let mut list = Linter::builtin().rules().to_vec();
    let Some(overlay) = part(lang, "rules") else { return list };
    for r in &mut list {
        let text = |field: &str| overlay.text(&["rules", &r.id, field]).cloned();
        if let Some(message) = text("message") {
            r.message = message;
        }
        if let Some(explanation) = text("explanation") {
            r.explanation = explanation;
        }
        if r.suggestion.is_some() {
            r.suggestion = text("suggestion").or(r.suggestion.take());
        }
    }
    list
}

/// Rewrites `report`'s texts into `lang` where translations exist.
pub fn localize_lint(report: &mut LintReport, lang: &str) {
    let names = taxonomy(lang);
    for c in &mut report.coverage {
        if let Some(p) = names.instrumental_principle(&c.principle) {
            c.name = p.name.clone();
        }
    }
    if let Some(rules) = part(lang, "rules") {
        localize_findings(report, &rules, lang);
    }
}

fn localize_findings(report: &mut LintReport, overlay: &Tree, lang: &str) {
    let linter = Linter::builtin();
    let english = crate::Taxonomy::builtin();
    let names = taxonomy(lang);
    let labels = labels(lang);
    for f in &mut report.findings {
        let Some(spec) = linter.rules().iter().find(|r| r.id == f.rule) else { continue };
        let text = |field: &str| overlay.text(&["rules", &f.rule, field]).cloned();
        let principle = f.principle.as_deref().and_then(|id| linter.principles().iter().find(|p| p.id == id));
        let clause = |field: &str| principle.and_then(|p| overlay.text(&["principles", &p.id, field]));
        if let (Some(template), Some(values)) = (text("message"), extract(&spec.message, &f.message)) {
            // A principle's name in the message (missing-principle) is
            // given in the UI language too.
            let english_name = f.principle.as_deref().and_then(|id| english.instrumental_principle(id)).map(|p| crate::lint::case::lowercase(&p.name));
            let local_name = f.principle.as_deref().and_then(|id| names.instrumental_principle(id)).map(|p| crate::lint::case::lowercase(&p.name));
            let values: Vec<(String, String)> = values
                .into_iter()
                .map(|(k, v)| match (&english_name, &local_name) {
                    (Some(en), Some(local)) if v == en => (k, local.clone()),
                    _ => (k, v.to_string()),
                })
                .collect();
            f.message = fill(&template, &values);
        }
        if let Some(explanation) = text("explanation") {
            let base = spec.explanation.trim();
            let prefix = f.explanation.strip_suffix(base).map(str::trim_end).filter(|p| !p.is_empty());
            f.explanation = match (prefix, principle, clause("should_say")) {
                (Some(p), Some(ps), Some(local)) if p == ps.should_say => format!("{local} {}", explanation.trim()),
                (Some(p), _, _) => format!("{p} {}", explanation.trim()),
                (None, _, _) => explanation.trim().to_string(),
            };
        }
        let suggestion = text("suggestion");
        for s in &mut f.suggestions {
            if spec.suggestion.as_deref() == Some(s.as_str()) {
                if let Some(local) = &suggestion {
                    *s = local.clone();
                }
            } else if let (Some(ps), Some(local)) = (principle, clause("example")) {
                if *s == super::Labels::default().fill("for_example", &[("example", &ps.example)]) {
                    *s = labels.fill("for_example", &[("example", local)]);
                }
            }
        }
    }
}
