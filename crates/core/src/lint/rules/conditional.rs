//! Generic conditional rule: when the document raises a topic (`when`) but
//! nowhere says the thing that topic demands (`require`), report once, at the
//! first mention of the topic in the body of the text: a heading or a
//! definition only names the topic, and the fix belongs where it is used
//! (those count when nothing else mentions the topic). With `within`, a mention of the topic counts
//! only in a sentence that also holds one of those words (a vendor of a
//! system or software, not a fencing contractor).

use super::{fill, Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::{Hit, Role};

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let negated = |first: usize| spec.negation_aware && a.is_negated(first, 8);
    if ctx.hits(r, Role::Require).any(|h| !negated(h.first)) {
        return;
    }
    let within = (!spec.within.is_empty()).then(|| ctx.sentences_with(r, Role::Within));
    let in_scope = |first: usize| within.as_ref().is_none_or(|w| w[a.tokens[first].sentence]);
    let counts = |h: &&Hit| !negated(h.first) && in_scope(h.first);
    let in_body = |h: &&Hit| {
        let s = &a.sentences[a.tokens[h.first].sentence];
        !a.sections[s.section].context && !a.in_heading(s)
    };
    let first = ctx.hits(r, Role::When).filter(counts).find(in_body).or_else(|| ctx.hits(r, Role::When).find(counts));
    if let Some(h) = first {
        let matched = ctx.span_text(h.first, h.last);
        out.push(RawFinding::at(r, a.tokens[h.first].start, a.tokens[h.last].end, fill(&spec.message, matched)));
    }
}
