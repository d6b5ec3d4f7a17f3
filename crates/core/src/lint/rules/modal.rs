//! may-instead-of-must: "The agency should conduct an audit" states a duty in
//! the words of a recommendation. Deliberately narrow: only an institutional
//! actor directly before the modal and a duty verb directly after it count,
//! or "should be" followed by a duty verb's participle ("matches should be
//! reviewed", «deberían publicarse»), and "may not", "should not", "may request" are never flagged.
//! The words come from the rule's params in each language: `should` and `may`
//! (the modals: « devrait », «debería»), `be`, `fillers`, `actors` and the
//! verbs each modal is checked with.

use super::{Ctx, RawFinding, RuleSpec};

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let actors = ctx.param_stems(spec, "actors");
    let should_verbs = ctx.param_stems(spec, "should_verbs");
    let may_verbs = ctx.param_stems(spec, "may_verbs");
    // Modals and "be" as written: stems would make «debe» a «debería».
    let should = ctx.param_words(spec, "should");
    let may = ctx.param_words(spec, "may");
    let be = ctx.param_words(spec, "be");
    let fillers = ctx.param_stems(spec, "fillers");
    for t in 1..a.tokens.len() {
        let is_should = ctx.is_word_in(t, &should);
        let verbs = if is_should {
            &should_verbs
        } else if ctx.is_word_in(t, &may) {
            &may_verbs
        } else {
            continue;
        };
        let sentence = a.tokens[t].sentence;
        let same = |i: usize| a.tokens.get(i).is_some_and(|x| x.sentence == sentence);
        // An actor as the subject, right before the modal; or, for "should",
        // a passive duty ("matches should be reviewed"), whatever the subject.
        let actor = (1..=2).any(|back| t >= back && same(t - back) && ctx.is_one_of(t - back, &actors));
        let passive = is_should && same(t + 1) && ctx.is_word_in(t + 1, &be);
        // «deberían publicarse»: the reflexive passive in one word.
        let enclitic = is_should && same(t + 1) && ctx.is_enclitic_one_of(t + 1, verbs, spec);
        if !actor && !passive && !enclitic {
            continue;
        }
        let mut v = if passive { t + 2 } else { t + 1 };
        while same(v) && ctx.is_one_of(v, &fillers) {
            v += 1;
        }
        if !same(v) || a.tokens[v].negation || !ctx.is_verb_one_of(v, verbs, spec) {
            continue;
        }
        let s = &a.sentences[sentence];
        if a.doc.text[s.start..s.end].trim_end().ends_with('?') || in_denied_clause(a, t) {
            continue;
        }
        let tok = &a.tokens[t];
        let word = a.word(t);
        let mut f = RawFinding::at(r, tok.start, tok.end, spec.message.replace("{match}", word));
        f.fix = form_fix(spec, word).or(spec.fix.as_deref()).map(|fix| match_case(fix, word));
        out.push(f);
    }
}

/// Is the modal at `t` inside a clause that a negation before it denies
/// ("this doesn't mean that we should use it", « cela ne veut pas dire que
/// l'unité devrait … »)? The sentence says what is not required, so there is
/// no duty to strengthen. "No officer should …" is not such a clause: no
/// relative word stands between the negation and the modal.
fn in_denied_clause(a: &crate::lint::tokens::Analysis, t: usize) -> bool {
    let start = a.sentences[a.tokens[t].sentence].tokens.start;
    let Some(cue) = (start..t).rev().take(DENIAL_REACH).find(|&k| a.tokens[k].negation) else { return false };
    (cue + 1..t).any(|k| a.tokens[k].relative) && a.is_negated(t, DENIAL_REACH)
}

/// Words back from the modal within which a denying negation is looked for.
const DENIAL_REACH: usize = 12;

/// The replacement for one form of the modal, from `params.fixes` ("modal
/// replacement" pairs): French and Spanish modals agree with their subject,
/// so « devraient » needs « doivent » where « devrait » needs `fix`'s « doit ».
fn form_fix<'s>(spec: &'s RuleSpec, word: &str) -> Option<&'s str> {
    let word = crate::lint::case::lowercase(word);
    spec.params.get("fixes")?.iter().find_map(|pair| pair.split_once(' ').filter(|(form, _)| *form == word).map(|(_, fix)| fix))
}

/// "Should" becomes "Must", "should" becomes "must".
fn match_case(replacement: &str, original: &str) -> String {
    if original.chars().next().is_some_and(char::is_uppercase) {
        crate::lint::case::upper_first(replacement)
    } else {
        replacement.to_string()
    }
}
