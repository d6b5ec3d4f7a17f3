//! Generic conditional rule: when the document raises a topic (`when`) but
//! nowhere says the thing that topic demands (`require`), report once, at the
//! first mention of the topic in the body of the text: a heading or a
//! definition only names the topic, and the fix belongs where it is used
//! (those count when nothing else mentions the topic). With `within`, a mention of the topic counts
//! only in a sentence that also holds one of those words (a vendor of a
//! system or software, not a fencing contractor), except the `when_anywhere`
//! words, which name a use of the data by themselves ("risk score"). A
//! sentence that sets a topic outside the text's scope ("This policy does
//! not apply to facial recognition") raises nothing, nor does a recital
//! ("Whereas face recognition misidentifies …" gives a reason, it sets no
//! use), nor does a quoted question ("The member asked: \"Is face
//! recognition in use?\""), and a mention in a
//! sentence holding an `unless` phrase does not count: a ban («quedan
//! prohibidos … el reconocimiento facial») is no use of the topic, and "all
//! employees, contractors and vendors" names who a policy binds. A text
//! whose first mention of the topic bans it is a ban ordinance: it raises
//! nothing. Nor does an item of a list whose lead-in forbids ("Employees
//! shall not use AI to: - Determine benefits eligibility"): a barred use.

use super::{fill, Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::{Hit, Owner, Role};

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let negated = |first: usize| spec.negation_aware && a.is_negated(first, 8);
    // "arrest photos": a topic word inside a look-alike; «Seule la voie
    // publique est filmée», «el campo de visión de la cámara»: a required
    // word inside one says nothing of who may see the data.
    let lookalikes: Vec<&Hit> = ctx.hits(r, Role::Exclude).collect();
    let lookalike = |h: &Hit| lookalikes.iter().any(|x| x.first <= h.last && h.first <= x.last);
    if ctx.hits(r, Role::Require).any(|h| !negated(h.first) && !lookalike(h)) {
        return;
    }
    // "RCW 43.386.080", "§ 4622": a code section cited by number.
    if spec.has_mark("code-citation") && a.cites_code_section() {
        return;
    }
    let within = (!spec.within.is_empty()).then(|| ctx.sentences_with(r, Role::Within));
    let unless = (!spec.unless.is_empty()).then(|| ctx.sentences_with(r, Role::Unless));
    // "Don't put personal information into public AI tools": data named in
    // an instruction that forbids an act is kept out of the tool, not put to
    // use by it.
    let forbidden = |s: usize| within.is_some() && a.instructs_against(s);
    // A question quoted from someone else (a request for information, a
    // member's written question) sets no use; an FAQ entry, in the text's
    // own voice, is answered by the sentence after it.
    let asked = |s: usize| a.sentences[s].quoted_question;
    let in_scope = |h: &Hit| {
        let s = a.tokens[h.first].sentence;
        !a.sentences[s].out_of_scope && !a.sentences[s].recital && !a.sentences[s].barred && !asked(s) && unless.as_ref().is_none_or(|u| !u[s]) && !forbidden(s) && (h.owner == Owner::Rule(r, Role::WhenAnywhere) || within.as_ref().is_none_or(|w| w[s]))
    };
    // One topic word inside a multi-word proper name («Sistema Público
    // Integral de Video Vigilancia») names an institution, not a use. Inside,
    // not at its end: "4.1 The Supplier shall" is a defined term; a body
    // closes a name ("the Scottish Biometrics Commissioner").
    // A topic word that opens a name of three capitalised words or more
    // («la Declaración Universal de Derechos Humanos») names an instrument.
    let opens_name = |t: usize| a.in_name(t) && a.in_name(t + 1) && (t..t + 6).filter(|&k| a.in_name(k)).count() >= 3;
    let named = |h: &Hit| {
        let t = h.first;
        h.first == h.last && t > 1 && ((a.in_name(t) && (a.in_name(t + 1) || a.capitalised_body(t + 1)) && (a.in_name(t - 1) || a.in_name(t - 2))) || opens_name(t))
    };
    // A text whose first word on the topic bans it (a title "Prohibit the
    // use of face recognition by …", "An ordinance prohibiting the
    // acquisition and use of …") is a ban: its findings, definitions and
    // exceptions that follow set no use.
    if let Some(u) = &unless {
        let first = ctx.hits(r, Role::When).chain(ctx.hits(r, Role::WhenAnywhere)).filter(|h| !negated(h.first) && !named(h) && !lookalike(h)).map(|h| h.first).min();
        if first.is_some_and(|t| {
            let s = a.tokens[t].sentence;
            u[s] && a.forbids(s)
        }) {
            return;
        }
    }
    // "AI tools such as chatbots, facial recognition and translation": one
    // example among several names a category, not a use this text sets; it
    // raises no topic of a rule that is quiet in background text.
    let example = |h: &Hit| spec.has_mark("quiet-in-context") && a.in_example_list(h.first);
    let mut mentions: Vec<&Hit> = ctx.hits(r, Role::When).chain(ctx.hits(r, Role::WhenAnywhere)).filter(|h| !negated(h.first) && !named(h) && !lookalike(h) && in_scope(h) && !example(h)).collect();
    crate::sort::sort_by_key(&mut mentions, |h| h.first);
    let in_body = |h: &&&Hit| {
        let s = &a.sentences[a.tokens[h.first].sentence];
        !a.sections[s.section].context && !s.defines && !a.in_heading(s)
    };
    let first = mentions.iter().find(in_body).or(mentions.first());
    if let Some(h) = first {
        let matched = ctx.span_text(h.first, h.last);
        out.push(RawFinding::at(r, a.tokens[h.first].start, a.tokens[h.last].end, fill(&spec.message, matched)));
    }
}
