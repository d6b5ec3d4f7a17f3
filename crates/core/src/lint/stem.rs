//! Compact suffix strippers for English, French and Spanish. They only have
//! to conflate inflections ("review", "reviewed", "reviewing"; « vérifier »,
//! « vérifiée », « vérifieront »; «revisar», «revisados», «revisará»), and
//! patterns and text go through the same function, so consistency matters
//! more than linguistic accuracy. Kept small for the wasm bundle.
//!
//! - English: in the spirit of Porter's stemmer (plurals, -ed/-ing, a few
//!   derivations, British -ise spellings).
//! - French and Spanish: "light" stemmers in the spirit of Savoy's: accents
//!   are folded (é→e, ç→c, á→a; Spanish ñ is kept), then one plural and one
//!   inflectional ending are removed (gender, participles, the infinitive,
//!   the future and conditional, the third person), never leaving fewer than
//!   three letters. Derivations (« vérification ») are not conflated: the rule
//!   data lists the noun and the verb.

/// Words whose final `s` is not a plural.
const KEEP_S: &[&str] = &["bias", "alias", "whereas", "always", "perhaps", "towards", "afterwards", "news", "lens", "series", "species", "canvas", "atlas"];

use super::lang::Lang;

/// Appends the stem of `word` in `lang` to `out`.
pub fn stem_into(lang: Lang, word: &str, out: &mut String) {
    let mut scratch = String::new();
    stem_with(lang, word, &mut scratch, out);
}

/// Like [`stem_into`], reusing `w` as scratch space (no allocation per word
/// in the tokenizer's hot loop).
pub fn stem_with(lang: Lang, word: &str, w: &mut String, out: &mut String) {
    match lang {
        Lang::En => english(word, w),
        Lang::Fr => romance(word, w, french),
        Lang::Es => romance(word, w, spanish),
    }
    out.push_str(w);
}

fn english(word: &str, w: &mut String) {
    w.clear();
    if word.is_ascii() {
        w.push_str(word);
        w.make_ascii_lowercase();
    } else {
        w.extend(word.chars().map(|c| if c == '\u{2019}' { '\'' } else { c }).map(super::case::lower));
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
}

/// The stem of `word` in `lang` as a new string.
pub fn stem(lang: Lang, word: &str) -> String {
    let mut out = String::new();
    stem_into(lang, word, &mut out);
    out
}

/// Lower-cases and folds accents, then applies a language's suffix rules.
fn romance(word: &str, w: &mut String, strip: fn(&mut String)) {
    w.clear();
    if word.is_ascii() {
        w.push_str(word);
        w.make_ascii_lowercase();
        if w.len() > 3 {
            strip(w);
        }
        return;
    }
    for c in word.chars().map(super::case::lower) {
        let folded = match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'œ' => {
                w.push('o');
                'e'
            }
            other => other,
        };
        w.push(folded);
    }
    if w.chars().count() > 3 {
        strip(w);
    }
}

/// Removes the first of `suffixes` that `w` ends with, if at least `keep`
/// bytes remain; returns whether one was removed.
fn strip_first(w: &mut String, suffixes: &[&str], keep: usize) -> bool {
    for s in suffixes {
        if w.len() >= s.len() + keep && w.ends_with(s) {
            w.truncate(w.len() - s.len());
            return true;
        }
    }
    false
}

fn french(w: &mut String) {
    // Plural: « journaux » → « journal », « vérifiées » → « vérifiée ».
    if !replace_suffix(w, "aux", "al") && (w.ends_with('s') || w.ends_with('x')) && !w.ends_with("ss") {
        w.pop();
    }
    // Verb and gender endings, longest first. "-ent" only after a vowel so
    // nouns in "-ment"/"-ent" (« traitement », « agent ») keep theirs.
    if strip_first(w, &["eraient", "eront", "erait", "erons", "eriez", "erez", "erai", "era"], 3) {
        return;
    }
    // Third person plural after i/u: « vérifient », « effectuent ».
    if (w.ends_with("ient") || w.ends_with("uent")) && w.len() > 6 {
        w.truncate(w.len() - 3);
        return;
    }
    strip_first(w, &["ee", "er", "ez", "e"], 3);
}

fn spanish(w: &mut String) {
    // Pronouns attached to an infinitive or gerund: «deben publicarse»,
    // «revisarlas», «utilizándose» are the verb, and policies use them for
    // most impersonal duties.
    for clitic in ["selo", "sela", "los", "las", "les", "se", "lo", "la", "le"] {
        if let Some(verb) = w.strip_suffix(clitic) {
            let verb_form = ["ar", "er", "ir", "ando", "iendo"].iter().any(|end| verb.ends_with(end));
            if verb.len() >= 5 && verb_form {
                w.truncate(verb.len());
                break;
            }
        }
    }
    // Plural: «decisiones» → «decision», «agentes» → «agent», «datos» → «dato».
    if !replace_suffix(w, "iones", "ion") && !replace_suffix(w, "ces", "z") {
        let consonant_es = w.len() > 4 && w.ends_with("es") && w[..w.len() - 2].ends_with(['l', 'n', 'r', 'd', 'z', 'j', 's']);
        if consonant_es {
            w.truncate(w.len() - 2);
        } else if w.ends_with('s') {
            w.pop();
        }
    }
    // Future and conditional, participles and gerunds, the infinitive, the
    // third person and the gender vowel.
    strip_first(
        w,
        &["arian", "erian", "irian", "aria", "eria", "iria", "aran", "eran", "iran", "ara", "era", "ira", "iendo", "ando", "ado", "ada", "ido", "ida", "ar", "er", "ir", "an", "en", "a", "e", "o"],
        3,
    );
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
    use super::Lang;

    fn stem(word: &str) -> String {
        super::stem(Lang::En, word)
    }

    fn same_stem(lang: Lang, groups: &[&[&str]]) {
        for group in groups {
            let stems: Vec<String> = group.iter().map(|w| super::stem(lang, w)).collect();
            assert!(stems.windows(2).all(|p| p[0] == p[1]), "{lang:?} {group:?} -> {stems:?}");
        }
    }

    #[test]
    fn french_conflates_inflections() {
        same_stem(
            Lang::Fr,
            &[
                &["vérifier", "vérifie", "vérifié", "vérifiée", "vérifiées", "vérifient", "vérifiera", "vérifieront"],
                &["contrôle", "contrôler", "contrôlé", "contrôlées", "contrôles"],
                &["humain", "humaine", "humains", "humaines"],
                &["journal", "journaux"],
                &["examiné", "examinés", "examinera"],
            ],
        );
        assert_ne!(super::stem(Lang::Fr, "agent"), super::stem(Lang::Fr, "agence"));
        assert_eq!(super::stem(Lang::Fr, "Données"), super::stem(Lang::Fr, "donnees"));
    }

    #[test]
    fn spanish_conflates_inflections() {
        same_stem(
            Lang::Es,
            &[
                &["revisar", "revisa", "revisan", "revisado", "revisados", "revisada", "revisará", "revisarán"],
                &["decisión", "decisiones"],
                &["humano", "humana", "humanos"],
                &["será", "serán", "ser"],
                &["debe", "deben", "debería", "deberían"],
                &["publicar", "publicarse", "publicará", "publicándose"],
                &["conservar", "conservarlas", "conservarlos", "conservarse", "conservado"],
            ],
        );
        assert_ne!(super::stem(Lang::Es, "año"), super::stem(Lang::Es, "ano"));
        // Too short to hold a verb and a pronoun: a name, not «car» + «los».
        assert_ne!(super::stem(Lang::Es, "Carlos"), super::stem(Lang::Es, "car"));
        assert_eq!(super::stem(Lang::Es, "perla"), "perl");
    }

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
