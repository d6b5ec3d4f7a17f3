//! Generic phrase rule: flag each match of `patterns` in a sentence that
//! contains one of `within` (when given) and none of `unless`, skipping
//! negated matches when the rule is negation-aware. A match that ends in one
//! of `params.selectors` just after one of `params.alternatives` picks
//! between the options just named («a la Policía o al Ministerio Público,
//! según corresponda»): it says which applies, not whether, so it is left
//! alone, and so is a match inside a fixed expression of `params.idioms`.
//! A match that opens a sentence right after one, in the same paragraph,
//! that states an exception (`params.exceptions`: « … détruites après 96
//! heures, excepté en cas d'agression. Le cas échéant, elles … ») points
//! back to that case ("in that case"): it says when, not whether.

use super::{fill, Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::Role;

/// Words that may stand between two matches reported as one.
const NEAR: usize = 3;

/// How far before a selector its alternatives may stand.
const OPTIONS_REACH: usize = 6;

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let unless = ctx.sentences_with(r, Role::Unless);
    let within = (!spec.within.is_empty()).then(|| ctx.sentences_with(r, Role::Within));
    // A table cell states a measure without its verb ("Human review where
    // appropriate"): `within`, which looks for the verb of a duty, does not
    // apply there.
    let in_cell = |s: usize| a.in_table_cell(&a.sentences[s]);
    let selectors = ctx.param_stems(spec, "selectors");
    let alternatives = ctx.param_words(spec, "alternatives");
    let exceptions = ctx.param_words(spec, "exceptions");
    let names_the_case = |first: usize| {
        let s = a.tokens[first].sentence;
        s > 0 && first == a.sentences[s].tokens.start && a.sentences[s - 1].block == a.sentences[s].block && a.sentences[s - 1].tokens.clone().any(|k| ctx.is_word_in(k, &exceptions))
    };
    let picks_an_option = |first: usize, last: usize| {
        ctx.is_one_of(last, &selectors) && (first.saturating_sub(OPTIONS_REACH)..first).any(|k| a.tokens[k].sentence == a.tokens[first].sentence && ctx.is_word_in(k, &alternatives))
    };
    // Matches that overlap ("for as long as necessary") or nearly touch
    // ("will try to respond within a reasonable time") are one weak phrase,
    // reported once.
    let mut last: Option<usize> = None;
    for h in ctx.hits(r, Role::Pattern) {
        let s = a.tokens[h.first].sentence;
        let joins_last = last.is_some_and(|l| h.first <= l + NEAR && a.tokens[l].sentence == s);
        // A match that opens a proper name inside a sentence («el Tratado de
        // la Unión Europea», not «tratará de») names a document, not a hedge.
        let names = h.first > a.sentences[s].tokens.start && a.in_name(h.first);
        if joins_last || names || ctx.in_idiom(spec, h.first) || unless[s] || within.as_ref().is_some_and(|w| !w[s] && !in_cell(s)) || picks_an_option(h.first, h.last) || names_the_case(h.first) {
            continue;
        }
        if spec.negation_aware && a.is_negated(h.first, 8) {
            continue;
        }
        // "Officers will not try to move the cameras": a hedge right after a
        // negation is part of a ban, which it makes stricter, not softer.
        if h.first > a.sentences[s].tokens.start && a.tokens[h.first - 1].negation && !a.tokens[h.first - 1].preposition {
            continue;
        }
        last = Some(h.last);
        let (start, end) = (a.tokens[h.first].start, a.tokens[h.last].end);
        let matched = ctx.span_text(h.first, h.last);
        let mut f = RawFinding::at(r, start, end, fill(&spec.message, matched));
        f.fix = spec.fix.as_ref().map(|t| fill(t, matched));
        out.push(f);
    }
}
