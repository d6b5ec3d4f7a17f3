//! passive-duty: "Logs will be reviewed." A duty in the passive voice with no
//! agent leaves nobody answerable for it. We flag modal + "be" + a duty
//! participle when the sentence names no agent ("by the DPO") and no actor
//! stands before the modal as its subject.

use super::{stem_set, Ctx, RawFinding, RuleSpec};
use crate::lint::stem::stem;

const MODALS: &[&str] = &["will", "shall", "must", "should"];
const FILLERS: &[&str] = &["also", "always", "then", "regularly", "promptly", "immediately", "periodically", "independently", "properly", "fully"];
/// Words after "by" that are not agents: "by 1 May", "by means of", "by law".
const NOT_AGENTS: &[&str] = &[
    "mean", "law", "default", "then", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "end", "close", "deadline", "date", "way", "virtue", "reference",
];

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let participles = stem_set(spec.params.get("participles").map_or(&[][..], |v| v));
    let actors = stem_set(spec.params.get("actors").map_or(&[][..], |v| v));
    // Compared as stems, like every other word list ("periodically" is not its own stem).
    let fillers: Vec<String> = FILLERS.iter().map(|w| stem(w)).collect();
    let filler = |t: usize| fillers.iter().any(|f| f == a.stem(t));
    for s in &a.sentences {
        let toks = s.tokens.clone();
        for t in toks.clone() {
            if !MODALS.contains(&a.stem(t)) {
                continue;
            }
            let mut b = t + 1;
            while b < toks.end && filler(b) {
                b += 1;
            }
            if b >= toks.end || a.stem(b) != "be" {
                continue;
            }
            // "will be periodically reviewed": adverbs may sit on either side of "be".
            let mut p = b + 1;
            while p < toks.end && filler(p) {
                p += 1;
            }
            if p >= toks.end || !participles.iter().any(|x| x == a.stem(p)) {
                continue;
            }
            let has_agent = (p + 1..toks.end.saturating_sub(1)).any(|i| {
                a.word(i).eq_ignore_ascii_case("by") && {
                    let mut n = i + 1;
                    if matches!(a.stem(n), "the" | "a" | "an" | "each" | "every") {
                        n += 1;
                    }
                    let next = a.word(n);
                    !next.starts_with(|c: char| c.is_ascii_digit()) && !NOT_AGENTS.contains(&a.stem(n))
                }
            });
            let actor_subject = (toks.start..t).any(|i| actors.iter().any(|x| x == a.stem(i)));
            if has_agent || actor_subject {
                continue;
            }
            let (start, end) = (a.tokens[t].start, a.tokens[p].end);
            let matched = &a.doc.text[start..end];
            out.push(RawFinding::at(r, start, end, spec.message.replace("{match}", matched)));
        }
    }
}
