//! automated-decision-without-review: the text lets the system act on people
//! with no human in between. Two triggers: explicit phrases ("without human
//! review", "fully automated decision") and "automatically" followed closely
//! by a consequential action ("automatically deny"). Negated statements ("no
//! decision is taken without human review", "must never automatically
//! arrest") and sentences that also promise a human check are left alone.
//! The action may also come just before the adverb, as French and Spanish
//! put it (« classe automatiquement », «archiva automáticamente»). A third
//! trigger is a negated human check in a section where the system acts on
//! someone: "No dispatcher confirms the hit before officers make the stop",
//! « Aucun agent ne contrôle l'avis de contravention », «sin que ningún
//! agente la revise». Params: `automatic` (stem prefixes of the adverb),
//! `not_after` (nouns that make it a fixed term: « traitement automatisé »),
//! `actions`, and for the third trigger `reviewers` and `reviews`. Words of
//! a proper name ("Computer Automated Dispatch") trigger nothing, nor does
//! an automatic word that is the adjective of a task a person performs
//! (`performed_by`: "analysts run automated searches"), nor an action on
//! data (`data_objects`: "the automated searching of a facial image").

use super::{fill, Ctx, RawFinding, RuleSpec};
use crate::lint::lang::FnvSet;
use crate::lint::lexicon::Role;

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let actions = ctx.param_stems(spec, "actions");
    let automatic = ctx.param_stems(spec, "automatic");
    // Nouns the automatic word forms a fixed term with: « traitement
    // automatisé », «tratamiento automatizado» is data processing, not an
    // automatic action («… autorisé par le présent arrêté»).
    let not_after = ctx.param_stems(spec, "not_after");
    // Verbs a person performs a task with: "officers run automated
    // searches", "trained users perform automated face comparisons" say
    // who acts; the tool acts on no one by itself.
    let performed = ctx.param_stems(spec, "performed_by");
    // Data an action may fall on ("searching of a facial image").
    let data = ctx.param_stems(spec, "data_objects");
    let of = ctx.param_words(spec, "data_of");
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
    let mut report = |first: usize, last: usize, negated_check: bool, out: &mut Vec<RawFinding>| {
        let s = a.tokens[first].sentence;
        let section = a.sentences[s].section;
        // "Computer Automated Dispatch" names a system; it says nothing of
        // what the system may do.
        let named = a.in_name(first) && a.in_name(last);
        // A heading ("Computer Automated Dispatch (CAD)" as a defined term
        // set on its own line) names a subject; it sets no action either.
        let heading = a.in_heading(&a.sentences[s]);
        if safeguarded[s] || flagged[section] || named || heading || a.sentences[s].barred || (!negated_check && a.is_negated(first, 14)) {
            return;
        }
        flagged[section] = true;
        let matched = ctx.span_text(first, last);
        out.push(RawFinding::at(r, a.tokens[first].start, a.tokens[last].end, fill(&spec.message, matched)));
    };
    let mut candidates: Vec<(usize, usize, bool)> = ctx.hits(r, Role::Pattern).map(|h| (h.first, h.last, false)).collect();
    for (t, tok) in a.tokens.iter().enumerate() {
        if !automatic.iter().any(|p| a.stem(t).starts_with(p.as_str())) || (t > 0 && a.tokens[t - 1].sentence == tok.sentence && ctx.is_one_of(t - 1, &not_after)) {
            continue;
        }
        // "to perform automated searches": the verb (an article may stand
        // between) is a person's, and the automatic word only an adjective.
        let before = (t.saturating_sub(2)..t).rev().find(|&k| a.tokens[k].sentence == tok.sentence && !a.lower_in(k, &a.words.determiners));
        if before.is_some_and(|k| (k + 1..=t).all(|j| !a.tokens[j].clause_start) && ctx.is_one_of(k, &performed)) {
            continue;
        }
        let mut k = t + 1;
        while k < a.tokens.len() && k <= t + 4 && a.tokens[k].sentence == tok.sentence && !a.tokens[k].clause_start {
            if ctx.is_one_of(k, &actions) {
                // "the automated searching of a facial image against a
                // database": the act falls on data, not on a person.
                let on_data = a.lower_in(k + 1, &of) && (k + 2..(k + 5).min(a.tokens.len())).take_while(|&j| a.tokens[j].sentence == tok.sentence).any(|j| ctx.is_one_of(j, &data));
                if !on_data {
                    candidates.push((t, k, false));
                }
                break;
            }
            k += 1;
        }
        // « l'outil classe automatiquement … »: the verb right before.
        if t > 0 && !tok.clause_start && a.tokens[t - 1].sentence == tok.sentence && ctx.is_one_of(t - 1, &actions) {
            candidates.push((t - 1, t, false));
        }
    }
    negated_checks(spec, ctx, &actions, &mut candidates);
    crate::sort::sort(&mut candidates);
    for (first, last, negated_check) in candidates {
        report(first, last, negated_check, out);
    }
}

/// A person's check that the text negates ("no supervisor confirms the
/// hit"), in a section where the system's output acts on someone (one of
/// `actions`, not negated): from the person to the check.
fn negated_checks(spec: &RuleSpec, ctx: &Ctx, actions: &[String], out: &mut Vec<(usize, usize, bool)>) {
    let a = ctx.analysis;
    let reviews: FnvSet<String> = ctx.param_stems(spec, "reviews").into_iter().collect();
    let reviewers: FnvSet<String> = ctx.param_stems(spec, "reviewers").into_iter().collect();
    if reviewers.is_empty() || reviews.is_empty() {
        return;
    }
    // Back over the whole clause: a negation far before it ("no alert leads
    // to a stop without …") cancels this one.
    let checks: Vec<usize> = (0..a.tokens.len()).filter(|&t| reviews.contains(a.stem(t)) && a.is_negated(t, 32)).collect();
    if checks.is_empty() {
        return;
    }
    let actions: FnvSet<&str> = actions.iter().map(String::as_str).collect();
    let mut acts = vec![false; a.sections.len()];
    for (t, tok) in a.tokens.iter().enumerate() {
        if actions.contains(a.stem(t)) && !a.is_negated(t, 8) {
            acts[a.sentences[tok.sentence].section] = true;
        }
    }
    let mut done = vec![false; a.sentences.len()];
    for check in checks {
        let sentence = a.tokens[check].sentence;
        let s = &a.sentences[sentence];
        if !acts[s.section] || done[sentence] {
            continue;
        }
        // The person stands close to the check: its subject ("no
        // supervisor confirms") or its agent ("is not confirmed by anyone").
        let near = check.saturating_sub(8).max(s.tokens.start)..(check + 6).min(s.tokens.end);
        if let Some(person) = near.filter(|&t| t != check).find(|&t| reviewers.contains(a.stem(t))) {
            out.push((person.min(check), person.max(check), true));
            done[sentence] = true;
        }
    }
}
