//! automated-decision-without-review: the text lets the system act on people
//! with no human in between. Two triggers: explicit phrases ("without human
//! review", "fully automated decision") and "automatically" followed closely
//! by a consequential action ("automatically deny"). Negated statements ("no
//! decision is taken without human review", "must never automatically
//! arrest") and sentences that also promise a human check are left alone.

use super::{fill, stem_set, Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::Role;

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let actions = stem_set(spec.params.get("actions").map_or(&[][..], |v| v));
    // Sentences that promise a real (non-negated) human check.
    let mut safeguarded = vec![false; a.sentences.len()];
    for h in ctx.hits(r, Role::Unless) {
        if !a.is_negated(h.first, 14) {
            safeguarded[a.tokens[h.first].sentence] = true;
        }
    }
    let mut flagged = vec![false; a.sentences.len()];
    let mut report = |first: usize, last: usize, out: &mut Vec<RawFinding>| {
        let s = a.tokens[first].sentence;
        if safeguarded[s] || flagged[s] || a.is_negated(first, 14) {
            return;
        }
        flagged[s] = true;
        let matched = ctx.span_text(first, last);
        out.push(RawFinding::at(r, a.tokens[first].start, a.tokens[last].end, fill(&spec.message, matched)));
    };
    let mut candidates: Vec<(usize, usize)> = ctx.hits(r, Role::Pattern).map(|h| (h.first, h.last)).collect();
    for (t, tok) in a.tokens.iter().enumerate() {
        if !a.stem(t).starts_with("automat") {
            continue;
        }
        let mut k = t + 1;
        while k < a.tokens.len() && k <= t + 4 && a.tokens[k].sentence == tok.sentence && !a.tokens[k].clause_start {
            if actions.iter().any(|s| s == a.stem(k)) {
                candidates.push((t, k));
                break;
            }
            k += 1;
        }
    }
    candidates.sort_unstable();
    for (first, last) in candidates {
        report(first, last, out);
    }
}
