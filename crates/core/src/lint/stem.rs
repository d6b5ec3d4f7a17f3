//! A compact English suffix stripper in the spirit of Porter's stemmer. It
//! only has to conflate inflections ("review", "reviewed", "reviewing"), and
//! patterns and text go through the same function, so consistency matters
//! more than linguistic accuracy. Kept small for the wasm bundle.

/// Words whose final `s` is not a plural.
const KEEP_S: &[&str] = &["bias", "alias", "whereas", "always", "perhaps", "towards", "afterwards", "news", "lens", "series", "species", "canvas", "atlas"];

/// Appends the stem of `word` to `out`.
pub fn stem_into(word: &str, out: &mut String) {
    let mut scratch = String::new();
    stem_with(word, &mut scratch, out);
}

/// Like [`stem_into`], reusing `w` as scratch space (no allocation per word
/// in the tokenizer's hot loop).
pub fn stem_with(word: &str, w: &mut String, out: &mut String) {
    w.clear();
    if word.is_ascii() {
        w.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        w.extend(word.chars().map(|c| if c == '\u{2019}' { '\'' } else { c }).flat_map(char::to_lowercase));
    }
    if w.ends_with("'s") {
        w.truncate(w.len() - 2);
    }
    while w.ends_with('\'') {
        w.pop();
    }
    if w.len() > 3 && !KEEP_S.contains(&w.as_str()) {
        british_to_american(w);
        plural(w);
        inflection(w);
        derivation(w);
        if w.len() > 3 && w.ends_with('e') && !w.ends_with("ee") {
            w.pop();
        }
    }
    out.push_str(w);
}

/// The stem of `word` as a new string.
pub fn stem(word: &str) -> String {
    let mut out = String::new();
    stem_into(word, &mut out);
    out
}

fn replace_suffix(w: &mut String, suffix: &str, with: &str) -> bool {
    if w.ends_with(suffix) {
        w.truncate(w.len() - suffix.len());
        w.push_str(with);
        true
    } else {
        false
    }
}

/// "authorise", "authorised", "authorisation" meet their -ize spellings.
fn british_to_american(w: &mut String) {
    if w.len() < 7 {
        return;
    }
    for (from, to) in [("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize")] {
        if replace_suffix(w, from, to) {
            return;
        }
    }
}

fn plural(w: &mut String) {
    if replace_suffix(w, "sses", "ss") || replace_suffix(w, "ies", "y") {
        return;
    }
    for sibilant in ["shes", "ches", "xes", "ses", "zes"] {
        if w.ends_with(sibilant) && w.len() > sibilant.len() + 1 {
            w.truncate(w.len() - 2);
            return;
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
}

fn has_vowel(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

fn inflection(w: &mut String) {
    if replace_suffix(w, "ied", "y") {
        return;
    }
    for suffix in ["ingly", "edly", "ing", "ed"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 3 && has_vowel(base) {
                let base_len = base.len();
                w.truncate(base_len);
                // "committed" -> "commit", but "called" stays "call".
                let b = w.as_bytes();
                let n = b.len();
                if n >= 2 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o') && !has_vowel(&w[n - 1..]) {
                    w.pop();
                }
            }
            return;
        }
    }
}

fn derivation(w: &mut String) {
    for (from, to) in [("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("iveness", "ive"), ("ousness", "ous"), ("ically", "ic"), ("ally", "al")] {
        if replace_suffix(w, from, to) {
            return;
        }
    }
    if w.len() > 5 && w.ends_with("ly") {
        w.truncate(w.len() - 2);
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn conflates_inflections() {
        for group in [
            &["review", "reviews", "reviewed", "reviewing"][..],
            &["audit", "audits", "audited", "auditing"],
            &["decide", "decides", "decided", "deciding"],
            &["authorise", "authorised", "authorize", "authorized"],
            &["policy", "policies"],
            &["commit", "committed", "commits"],
            &["bias", "biases"],
            &["process", "processes"],
            &["notify", "notified", "notifies"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(stems.windows(2).all(|p| p[0] == p[1]), "{group:?} -> {stems:?}");
        }
    }

    #[test]
    fn keeps_distinct_words_apart_and_handles_unicode() {
        assert_ne!(stem("fair"), stem("fairness"));
        assert_eq!(stem("agency's"), stem("agency"));
        assert_eq!(stem("Agency’s"), "agency");
        assert_eq!(stem("données"), "donné");
        assert_eq!(stem(""), "");
    }
}
