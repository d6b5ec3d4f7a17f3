//! Generic phrase rule: flag each match of `patterns` in a sentence that
//! contains one of `within` (when given) and none of `unless`, skipping
//! negated matches when the rule is negation-aware.

use super::{fill, Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::Role;

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let unless = ctx.sentences_with(r, Role::Unless);
    let within = (!spec.within.is_empty()).then(|| ctx.sentences_with(r, Role::Within));
    let mut last_end = 0usize;
    for h in ctx.hits(r, Role::Pattern) {
        let s = a.tokens[h.first].sentence;
        if unless[s] || within.as_ref().is_some_and(|w| !w[s]) {
            continue;
        }
        if spec.negation_aware && a.is_negated(h.first, 8) {
            continue;
        }
        let (start, end) = (a.tokens[h.first].start, a.tokens[h.last].end);
        // Overlapping patterns ("as long as necessary" inside "for as long as
        // necessary") report once.
        if start < last_end {
            continue;
        }
        last_end = end;
        let matched = ctx.span_text(h.first, h.last);
        let mut f = RawFinding::at(r, start, end, fill(&spec.message, matched));
        f.fix = spec.fix.as_ref().map(|t| fill(t, matched));
        out.push(f);
    }
}
