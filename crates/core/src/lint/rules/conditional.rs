//! Generic conditional rule: when the document raises a topic (`when`) but
//! nowhere says the thing that topic demands (`require`), report once, at the
//! first mention of the topic. With `within`, a mention of the topic counts
//! only in a sentence that also holds one of those words (a vendor of a
//! system or software, not a fencing contractor).

use super::{fill, Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::Role;

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let negated = |first: usize| spec.negation_aware && a.is_negated(first, 8);
    if ctx.hits(r, Role::Require).any(|h| !negated(h.first)) {
        return;
    }
    let within = (!spec.within.is_empty()).then(|| ctx.sentences_with(r, Role::Within));
    let in_scope = |first: usize| within.as_ref().is_none_or(|w| w[a.tokens[first].sentence]);
    if let Some(h) = ctx.hits(r, Role::When).find(|h| !negated(h.first) && in_scope(h.first)) {
        let matched = ctx.span_text(h.first, h.last);
        out.push(RawFinding::at(r, a.tokens[h.first].start, a.tokens[h.last].end, fill(&spec.message, matched)));
    }
}
