//! passive-duty: "Logs will be reviewed." A duty in the passive voice with no
//! agent leaves nobody answerable for it. We flag a duty participle after a
//! modal and "be" ("will be reviewed", « doit être vérifié », «deberán ser
//! revisados»), after a passive auxiliary (« sera vérifié », «será revisado»),
//! or after a reflexive marker (Spanish «se revisarán»), and any phrase in
//! `patterns` (« fera l'objet d'un contrôle »), when the sentence names no
//! agent ("by the DPO", « par le délégué ») and no actor stands before it as
//! its subject. A reflexive verb in the past or conditional («se publicó»,
//! «se revisaría») reports or supposes; it imposes nothing, and nor does a
//! classifying participle with its complement ("shall be considered an
//! investigative lead"), nor a passive that "only" restricts ("data must
//! only be shared when …"). Every word list
//! is a param of the rule, per language.

use super::{Ctx, RawFinding, RuleSpec};
use crate::lint::lexicon::Role;

struct Words {
    participles: Vec<String>,
    actors: Vec<String>,
    modals: Vec<String>,
    be: Vec<String>,
    auxiliaries: Vec<String>,
    reflexive: Vec<String>,
    fillers: Vec<String>,
    by: Vec<String>,
    determiners: Vec<String>,
    not_agents: Vec<String>,
    /// Participles that classify when a complement word follows ("shall be
    /// considered an investigative lead", "is deemed a breach"): they state
    /// what a thing counts as, a rule of reading, not a task for someone.
    classifying: Vec<String>,
    complements: Vec<String>,
    /// Endings of a past or conditional verb after a reflexive marker
    /// («se publicó», «se revisaron»): a report, not a duty.
    not_duty_endings: Vec<String>,
    /// Interrogative words («qué», «dónde»): a reflexive verb just after one
    /// is an indirect question («en qué lugares se realizan»), not a duty.
    questions: Vec<String>,
    /// "only", «sólo»: next to the verb they make it a restriction ("data
    /// must only be shared when …", «sólo deben realizarse cuando …»), a
    /// limit on an act rather than a task left without an owner.
    only: Vec<String>,
}

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let p = |name| ctx.param_stems(spec, name);
    // Function words as written: stems would make «debe» a «debería».
    let f = |name| ctx.param_words(spec, name);
    // The participles as written, with their stems, taken once and only
    // when needed: "evaluate" shares the stem of "evaluated" but is no participle.
    let written = std::cell::OnceCell::new();
    let written = || written.get_or_init(|| participle_forms(a.words.lang, &f("participles")));
    let w = Words {
        participles: p("participles"),
        actors: p("actors"),
        modals: f("modals"),
        be: f("be"),
        auxiliaries: f("auxiliaries"),
        reflexive: f("reflexive"),
        fillers: p("fillers"),
        by: f("by"),
        determiners: f("determiners"),
        not_agents: p("not_agents"),
        not_duty_endings: f("not_duty_endings"),
        classifying: p("classifying"),
        complements: f("complements"),
        questions: f("questions"),
        only: f("only"),
    };
    let mut flagged_until = 0usize;
    // «El tratamiento se realiza al amparo de la Ley …»: a sentence holding
    // one of `unless` states its legal footing, not an ownerless duty.
    let unless = ctx.sentences_with(r, Role::Unless);
    let mut report = |first: usize, last: usize, out: &mut Vec<RawFinding>| {
        if unless[a.tokens[first].sentence] {
            return;
        }
        let s = &a.sentences[a.tokens[first].sentence];
        let toks = s.tokens.clone();
        // An actor before the verb is its subject ("the unit will be
        // audited"); one after it that takes a duty of its own in the same
        // sentence ("…, and the Sheriff's Office shall maintain an audit
        // trail") is the party answerable for it.
        let answerable = |i: usize| ctx.is_one_of(i, &w.actors) && (i + 1..(i + 3).min(toks.end)).any(|m| ctx.is_word_in(m, &w.modals));
        let restricted = (first.saturating_sub(1).max(toks.start)..(last + 2).min(toks.end)).any(|i| ctx.is_word_in(i, &w.only));
        if first < flagged_until || restricted || a.is_negated(first, 8) || has_agent(ctx, &w, last + 1, toks.end) || (toks.start..first).any(|i| ctx.is_one_of(i, &w.actors)) || (last + 1..toks.end).any(answerable) {
            return;
        }
        flagged_until = last + 1;
        let (start, end) = (a.tokens[first].start, a.tokens[last].end);
        out.push(RawFinding::at(r, start, end, spec.message.replace("{match}", &a.doc.text[start..end])));
    };
    let mut candidates: Vec<(usize, usize)> = ctx.hits(r, Role::Pattern).map(|h| (h.first, h.last)).collect();
    for s in &a.sentences {
        let end = s.tokens.end;
        let skip_fillers = |mut i: usize| {
            while i < end && ctx.is_one_of(i, &w.fillers) {
                i += 1;
            }
            i
        };
        for t in s.tokens.clone() {
            // Where the participle should be, if `t` opens a passive.
            let at = if ctx.is_word_in(t, &w.modals) {
                let b = skip_fillers(t + 1);
                // «deberá auditarse»: the reflexive passive in one word.
                if b < end && !ctx.is_word_in(b, &w.be) && ctx.is_enclitic_one_of(b, &w.participles, spec) {
                    candidates.push((t, b));
                    continue;
                }
                if b >= end || !ctx.is_word_in(b, &w.be) {
                    continue;
                }
                b + 1
            } else if ctx.is_word_in(t, &w.auxiliaries) {
                t + 1
            } else if ctx.is_word_in(t, &w.reflexive) {
                if (t.saturating_sub(QUESTION_WINDOW).max(s.tokens.start)..t).any(|i| ctx.is_word_in(i, &w.questions)) {
                    continue;
                }
                // «se deberá revisar», «se revisarán»
                let m = skip_fillers(t + 1);
                if m < end && ctx.is_word_in(m, &w.modals) { m + 1 } else { m }
            } else {
                continue;
            };
            let part = skip_fillers(at);
            let reported = ctx.is_word_in(t, &w.reflexive) && (ends_with_any(a.lower_word(part), &w.not_duty_endings) || ctx.in_idiom(spec, part));
            let classifies = ctx.is_one_of(part, &w.classifying) && part + 1 < end && ctx.is_word_in(part + 1, &w.complements);
            if part < end && ctx.is_one_of(part, &w.participles) && !reported && !classifies {
                candidates.push((t, part));
            } else if part < end && !reported && !classifies {
                // « seront conservées si nécessaire et contrôlées
                // régulièrement »: a duty participle joined to the first one
                // by "and" shares its auxiliary.
                let conjunctions = &a.words.conjunctions;
                let joined = (part + 1..(part + COORDINATION_WINDOW).min(end))
                    .find(|&k| a.lower_in(k, conjunctions))
                    .map(|k| skip_fillers(k + 1))
                    .filter(|&n| n < end && ctx.is_one_of(n, &w.participles) && !shorter_than_participle(ctx, written(), n));
                if let Some(n) = joined {
                    candidates.push((t, n));
                }
            }
        }
    }
    crate::sort::sort(&mut candidates);
    for (first, last) in candidates {
        report(first, last, out);
    }
}

const AGENT_WINDOW: usize = 8;

/// How far after the first participle a second one joined by "and" may
/// stand: « conservées si nécessaire et contrôlées » (3 words between).
const COORDINATION_WINDOW: usize = 5;

/// How far before a reflexive marker an interrogative word still makes it a
/// question: «en qué lugares se realizan» (2 words between).
const QUESTION_WINDOW: usize = 3;

/// Is the word at `t` shorter than every written participle of its stem
/// ("must be cautious and evaluate the risks": "evaluate" is the base verb,
/// a second duty of the sentence's subject, not a participle after "be")?
fn shorter_than_participle(ctx: &Ctx, written: &[(String, usize)], t: usize) -> bool {
    let a = ctx.analysis;
    let word = a.lower_word(t).chars().count();
    let mut lengths = written.iter().filter(|(stem, _)| stem == a.stem(t)).map(|&(_, n)| n).peekable();
    lengths.peek().is_some() && lengths.all(|n| word < n)
}

/// Each one-word participle's stem and length in characters.
fn participle_forms(lang: crate::lint::lang::Lang, written: &[String]) -> Vec<(String, usize)> {
    written.iter().filter(|p| !p.contains(' ')).map(|p| (crate::lint::stem::stem(lang, p), p.chars().count())).collect()
}

fn ends_with_any(word: &str, endings: &[String]) -> bool {
    endings.iter().any(|e| word.ends_with(e.as_str()))
}

/// "by the DPO" names an agent; "by 1 May", "by law" and « par an » do not.
fn has_agent(ctx: &Ctx, w: &Words, from: usize, end: usize) -> bool {
    let a = ctx.analysis;
    // The agent follows the verb closely ("will be reviewed every month by
    // the DPO"); a "by" further on belongs to another verb.
    (from..end.saturating_sub(1).min(from + AGENT_WINDOW)).any(|i| {
        ctx.is_word_in(i, &w.by) && {
            let mut n = i + 1;
            if n + 1 < end && ctx.is_word_in(n, &w.determiners) {
                n += 1;
            }
            !a.word(n).starts_with(|c: char| c.is_ascii_digit()) && !ctx.is_one_of(n, &w.not_agents)
        }
    })
}
