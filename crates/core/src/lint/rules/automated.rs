//! automated-decision-without-review: the text lets the system act on people
//! with no human in between. Two triggers: explicit phrases ("without human
//! review", "fully automated decision") and "automatically" followed closely
//! by a consequential action ("automatically deny"). Negated statements ("no
//! decision is taken without human review", "must never automatically
//! arrest") and sentences that also promise a human check are left alone.
//! The action may also come just before the adverb, as French and Spanish
//! put it (« classe automatiquement », «archiva automáticamente»). Params:
//! `automatic` (stem prefixes of the adverb) and `actions`.

use super::{fill, Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::Role;

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let actions = ctx.param_stems(spec, "actions");
    let automatic = ctx.param_stems(spec, "automatic");
    // Sentences that promise a real (non-negated) human check.
    let mut safeguarded = vec![false; a.sentences.len()];
    for h in ctx.hits(r, Role::Unless) {
        if !a.is_negated(h.first, 14) {
            safeguarded[a.tokens[h.first].sentence] = true;
        }
    }
    // One finding per section: "issues fines without any officer" and "fines
    // are not subject to human review" state one defect of one system.
    let mut flagged = vec![false; a.sections.len()];
    let mut report = |first: usize, last: usize, out: &mut Vec<RawFinding>| {
        let s = a.tokens[first].sentence;
        let section = a.sentences[s].section;
        if safeguarded[s] || flagged[section] || a.is_negated(first, 14) {
            return;
        }
        flagged[section] = true;
        let matched = ctx.span_text(first, last);
        out.push(RawFinding::at(r, a.tokens[first].start, a.tokens[last].end, fill(&spec.message, matched)));
    };
    let mut candidates: Vec<(usize, usize)> = ctx.hits(r, Role::Pattern).map(|h| (h.first, h.last)).collect();
    for (t, tok) in a.tokens.iter().enumerate() {
        if !automatic.iter().any(|p| a.stem(t).starts_with(p.as_str())) {
            continue;
        }
        let mut k = t + 1;
        while k < a.tokens.len() && k <= t + 4 && a.tokens[k].sentence == tok.sentence && !a.tokens[k].clause_start {
            if ctx.is_one_of(k, &actions) {
                candidates.push((t, k));
                break;
            }
            k += 1;
        }
        // « l'outil classe automatiquement … »: the verb right before.
        if t > 0 && !tok.clause_start && a.tokens[t - 1].sentence == tok.sentence && ctx.is_one_of(t - 1, &actions) {
            candidates.push((t - 1, t));
        }
    }
    candidates.sort_unstable();
    for (first, last) in candidates {
        report(first, last, out);
    }
}
