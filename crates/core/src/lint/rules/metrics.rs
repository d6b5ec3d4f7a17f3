//! Readability metrics (info): long sentences, and sections whose Flesch
//! reading ease falls below a threshold. Syllables come from a vowel-group
//! heuristic, good enough for a section average.

use super::{Ctx, RawFinding, RuleSpec};

pub fn long_sentences(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let max = ctx.metrics.max_sentence_words;
    let a = ctx.analysis;
    for s in &a.sentences {
        if s.tokens.len() <= max {
            continue;
        }
        // A run of clauses closed by semicolons ("Vu la loi …; Vu le décret
        // …; Vu l'avis …;", "a) … ; b) … ;") is a list: each clause is read
        // on its own, so the longest one is measured.
        let semicolon = |t: usize| t > s.tokens.start && a.doc.text[a.tokens[t - 1].end..a.tokens[t].start].contains(';');
        let cuts: Vec<usize> = s.tokens.clone().filter(|&t| semicolon(t)).collect();
        let (from, to) = if cuts.len() >= 2 {
            let bounds: Vec<usize> = std::iter::once(s.tokens.start).chain(cuts).chain(std::iter::once(s.tokens.end)).collect();
            let longest = bounds.windows(2).fold((0, 0), |best, w| if w[1] - w[0] > best.1 - best.0 { (w[0], w[1]) } else { best });
            longest
        } else {
            (s.tokens.start, s.tokens.end)
        };
        let words = to - from;
        if words > max {
            let (start, end) = if (from, to) == (s.tokens.start, s.tokens.end) { (s.start, s.end) } else { (a.tokens[from].start, a.tokens[to - 1].end) };
            let msg = spec.message.replace("{words}", &words.to_string()).replace("{max}", &max.to_string());
            out.push(RawFinding::at(r, start, end, msg));
        }
    }
}

pub fn hard_to_read(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    for section in &a.sections {
        let sentences = &a.sentences[section.sentences.clone()];
        let words: usize = sentences.iter().map(|s| s.tokens.len()).sum();
        if words < ctx.metrics.min_section_words || sentences.is_empty() {
            continue;
        }
        let syllables: usize = sentences.iter().flat_map(|s| s.tokens.clone()).map(|t| syllables(a.word(t))).sum();
        let ease = flesch(coefficients(spec), words, sentences.len(), syllables);
        if ease < ctx.metrics.min_reading_ease {
            // Point at the heading when there is one, else the first sentence.
            let (start, end) = match section.heading.and_then(|b| a.doc.blocks.get(b)) {
                Some(b) => (b.start, b.end),
                None => (sentences[0].start, sentences[0].end),
            };
            let msg = spec
                .message
                .replace("{score}", &crate::num::fixed(ease, 0))
                .replace("{min}", &crate::num::fixed(ctx.metrics.min_reading_ease, 0));
            out.push(RawFinding::at(r, start, end, msg));
        }
    }
}

/// The language's reading-ease formula, `params.flesch = [base, per word
/// per sentence, per syllable per word]`: Flesch for English, Kandel and
/// Moles for French, Fernández Huerta for Spanish.
fn coefficients(spec: &RuleSpec) -> [f64; 3] {
    let mut k = [206.835, 1.015, 84.6];
    if let Some(given) = spec.params.get("flesch") {
        for (slot, v) in k.iter_mut().zip(given) {
            // Through the JSON reader, which bundles without the standard
            // float parser also have ("206.835" is a JSON number).
            *slot = crate::json::from_str(v).unwrap_or(*slot);
        }
    }
    k
}

/// Reading ease: higher is easier; below 30 is "very difficult".
pub fn flesch([base, per_sentence, per_syllable]: [f64; 3], words: usize, sentences: usize, syllables: usize) -> f64 {
    let (w, s, y) = (words.max(1) as f64, sentences.max(1) as f64, syllables as f64);
    base - per_sentence * (w / s) - per_syllable * (y / w)
}

/// Vowel groups (accented vowels included), minus a silent final "e"; at
/// least one.
pub fn syllables(word: &str) -> usize {
    if !word.chars().all(char::is_alphabetic) {
        return 1;
    }
    let vowel = |c: char| {
        matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
            || (!c.is_ascii() && "àâäéèêëîïôöùûüáíóúÀÂÄÉÈÊËÎÏÔÖÙÛÜÁÍÓÚ".contains(c))
    };
    let mut count = 0;
    let mut prev = false;
    let mut step = |v: bool| {
        if v && !prev {
            count += 1;
        }
        prev = v;
    };
    if word.is_ascii() {
        word.bytes().for_each(|b| step(vowel(b as char)));
    } else {
        word.chars().for_each(|c| step(vowel(c)));
    }
    let b = word.as_bytes();
    let ends = |s: &[u8]| b.len() >= s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s);
    if count > 1 && ends(b"e") && !ends(b"le") && !ends(b"ee") {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_heuristic_is_close() {
        assert_eq!(syllables("review"), 2);
        assert_eq!(syllables("accountability"), 6);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("table"), 2);
        assert_eq!(syllables("2024"), 1);
    }

    #[test]
    fn flesch_orders_texts() {
        let k = [206.835, 1.015, 84.6];
        assert!(flesch(k, 10, 2, 12) > flesch(k, 40, 1, 80));
        assert_eq!(syllables("vérification"), 5);
    }
}
