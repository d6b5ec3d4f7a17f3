//! may-instead-of-must: "The agency should conduct an audit" states a duty in
//! the words of a recommendation. Deliberately narrow: only an institutional
//! actor directly before the modal and a duty verb directly after it count,
//! or "should be" followed by a duty verb's participle ("matches should be
//! reviewed"), and "may not", "should not", "may request" are never flagged.

use super::{stem_set, Ctx, RawFinding, RuleSpec};
use crate::lint::stem::stem;

const FILLERS: &[&str] = &["also", "always", "first", "then", "promptly", "immediately"];

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let actors = stem_set(spec.params.get("actors").map_or(&[][..], |v| v));
    let should_verbs = stem_set(spec.params.get("should_verbs").map_or(&[][..], |v| v));
    let may_verbs = stem_set(spec.params.get("may_verbs").map_or(&[][..], |v| v));
    // Compared as stems, like every other word list ("promptly" is not its own stem).
    let fillers: Vec<String> = FILLERS.iter().map(|w| stem(w)).collect();
    for t in 1..a.tokens.len() {
        let modal = a.stem(t);
        let verbs = match modal {
            "should" => &should_verbs,
            "may" | "can" => &may_verbs,
            _ => continue,
        };
        let sentence = a.tokens[t].sentence;
        let same = |i: usize| a.tokens.get(i).is_some_and(|x| x.sentence == sentence);
        // An actor as the subject, right before the modal; or, for "should",
        // a passive duty ("matches should be reviewed"), whatever the subject.
        let actor = (1..=2).any(|back| t >= back && same(t - back) && actors.iter().any(|s| s == a.stem(t - back)));
        let passive = modal == "should" && same(t + 1) && a.stem(t + 1) == "be";
        if !actor && !passive {
            continue;
        }
        let mut v = if passive { t + 2 } else { t + 1 };
        while same(v) && fillers.iter().any(|f| f == a.stem(v)) {
            v += 1;
        }
        if !same(v) || a.tokens[v].negation || !verbs.iter().any(|s| s == a.stem(v)) {
            continue;
        }
        let s = &a.sentences[sentence];
        if a.doc.text[s.start..s.end].trim_end().ends_with('?') {
            continue;
        }
        let tok = &a.tokens[t];
        let word = a.word(t);
        let mut f = RawFinding::at(r, tok.start, tok.end, spec.message.replace("{match}", word));
        f.fix = spec.fix.as_ref().map(|fix| match_case(fix, word));
        out.push(f);
    }
}

/// "Should" becomes "Must", "should" becomes "must".
fn match_case(replacement: &str, original: &str) -> String {
    if original.chars().next().is_some_and(char::is_uppercase) {
        let mut c = replacement.chars();
        c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
    } else {
        replacement.to_string()
    }
}
