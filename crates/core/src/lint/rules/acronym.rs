//! undefined-acronym: an all-capitals token (2–6 letters) that the document
//! never expands. "facial recognition technology (FRT)", "FRT (facial
//! recognition technology)" and a glossary line "FRT: …" all define it.
//! A template's blank in square brackets ("[AGENCY NAME]") is no acronym,
//! and a name spelled out in capitalised words anywhere in the text
//! ("Automated Facial Recognition") defines its initials ("AFR"). A word
//! the text also writes as a name ("AXON" beside "the Axon contract"), or
//! marks as a trade mark ("FUSUS™"), is a product, not initials.
//! Single pass with a hash map, so cost stays linear.

use super::{Ctx, RawFinding, RuleSpec};
use std::collections::{HashMap, HashSet};

pub fn check(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    let a = ctx.analysis;
    let text = &a.doc.text;
    let allow: HashSet<&str> = spec
        .params
        .get("allow")
        .into_iter()
        .flatten()
        .chain(ctx.acronym_allow.iter())
        .map(String::as_str)
        .collect();
    let ignore: HashSet<&str> = spec.params.get("ignore").into_iter().flatten().map(String::as_str).collect();
    // "Mme Marie-France DURAND", "Sr. Juan PÉREZ": a surname set in capitals
    // after a title of address and given names.
    let titles: HashSet<&str> = spec.params.get("titles").into_iter().flatten().map(String::as_str).collect();
    // "Oceanside, CA", "Tempe, AZ 85281": a state's postal code after a
    // place name and its comma.
    let regions: HashSet<&str> = spec.params.get("regions").into_iter().flatten().map(String::as_str).collect();
    // "FRT means …", « LAPI désigne … »
    let defined_by: Vec<&str> = spec.params.get("defined_by").into_iter().flatten().map(String::as_str).collect();
    let mut first_use: HashMap<&str, usize> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    let mut defined: HashSet<&str> = HashSet::new();
    for s in &a.sentences {
        // Shouted text ("PURPOSE AND SCOPE", a heading "IV. AUDIT") is
        // emphasis, not acronyms. Enumerators (IV, A) do not count as words.
        let (mut words, mut caps) = (0, 0);
        for t in s.tokens.clone() {
            let w = a.word(t);
            // Capitals first: is_enumerator's Roman numeral test is the slow part.
            if is_caps(w) {
                if !is_roman(w) {
                    words += 1;
                    caps += 1;
                }
            } else if !is_enumerator(w) {
                words += 1;
            }
        }
        // A one-word table cell of up to three capitals ("TBC", "ICT") is
        // content; a longer one ("RISK", "OWNER") is more often a header.
        let cell = a.in_table_cell(s) && s.end - s.start <= 3;
        if (words > 1 && caps * 2 > words) || (words == 1 && caps == 1 && !cell) {
            // A heading in capitals may still spell its letters out in a
            // bracket ("URBAN SUPERVISION CENTRE (USC)"): that defines them.
            for t in s.tokens.clone() {
                let Some(acr) = acronym(a.word(t)) else { continue };
                if spelled_in_bracket(text, s.start, a.tokens[t].start, a.tokens[t].end) {
                    defined.insert(acr);
                }
            }
            continue;
        }
        // A run of three or more words in capitals inside a sentence is a
        // quoted sign or title («la leyenda 'ESTE LUGAR ES VIDEOVIGILADO'»),
        // not acronyms: the end of the current run, found once per run.
        let (mut run_start, mut run_end) = (s.tokens.start, s.tokens.start);
        for t in s.tokens.clone() {
            let Some(acr) = acronym(a.word(t)) else { continue };
            let tok = &a.tokens[t];
            if t >= run_end {
                run_start = t;
                run_end = (t..s.tokens.end).find(|&k| !is_caps(a.word(k))).unwrap_or(s.tokens.end);
                // The run may start before `t` with a word too long to be an acronym.
                while run_start > s.tokens.start && is_caps(a.word(run_start - 1)) {
                    run_start -= 1;
                }
            }
            // Two words in capitals, one of them long ("FACIAL SURVEILLANCE"
            // as a glossary term): words, not initials.
            let long_word = || (run_start..run_end).any(|k| a.word(k).chars().count() >= LONG_WORD);
            if run_end - run_start >= SHOUTED_RUN || (run_end - run_start == 2 && long_word()) || (!cell && shouted_line(text, tok.start)) {
                // A title in capitals may spell its letters out in a bracket
                // ("URBAN SUPERVISION CENTRE (USC) The USC …"): that defines them.
                if spelled_in_bracket(text, s.start, tok.start, tok.end) {
                    defined.insert(acr);
                }
                continue;
            }
            if allow.contains(acr) || ignore.contains(acr) || is_roman(acr) {
                continue;
            }
            let before = text[..tok.start].trim_end();
            let after = text[tok.end..].trim_start();
            // "[AGENCY NAME]", "[Insert SO or LEA Name]": a template's blank.
            let blank = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '_' | '/' | '-');
            if in_blank(before, after, blank) {
                continue;
            }
            // "POLICY: It is the policy …", "SCOPE:": a field label in capitals.
            if acr.chars().count() >= LABEL_LETTERS && text[tok.end..].starts_with(':') {
                continue;
            }
            // "RE: Workshop on the AI policy", "CC:": a field of a memo's
            // header (`record_labels`), however short.
            if text[tok.end..].starts_with(':') && a.words.record_labels.iter().any(|l| l.eq_ignore_ascii_case(acr)) {
                continue;
            }
            // "Ord. 7592-NS", "GO-12": a code joined to a number, not an acronym.
            let raw_before = &text[..tok.start];
            let raw_after = &text[tok.end..];
            // "directive 95/46/CE", "(UE) 2016/679" written "2016/679/UE": a
            // legal reference's letters joined to its number by a slash.
            if [raw_before.strip_suffix('-'), raw_before.strip_suffix('/')].into_iter().flatten().any(|b| b.ends_with(|c: char| c.is_ascii_digit()))
                || [raw_after.strip_prefix('-'), raw_after.strip_prefix('/')].into_iter().flatten().any(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            // "SEK 2,500,000", "GBP 40 000": three capitals before an amount
            // are a currency code, not initials to spell out.
            if acr.len() == 3 && currency_amount(raw_after) {
                continue;
            }
            if !titles.is_empty() && surname(a, t, &titles) {
                continue;
            }
            if regions.contains(acr) && after_place(a, t) {
                continue;
            }
            // "RCW 43.386.080", "ORS 181A.250": a code's abbreviation before
            // a section number is part of the citation.
            // "chapter 43.386 RCW", "Title 7 RCW": the same abbreviation after
            // the number.
            // "UCA §63A-16-104", "C.R.S. § 24-31": before a section sign too.
            if a.section_number_at(tok.end) || a.section_number_before(tok.start) || a.doc.text[tok.end..].trim_start().starts_with('§') {
                continue;
            }
            // "CA Govt. Code 11546.45.5": a jurisdiction's abbreviation before
            // a code's name and section number is part of the citation too.
            if (t + 1..(t + 4).min(a.tokens.len())).any(|k| a.words.bodies.contains(a.stem(k)) && a.section_number_at(a.tokens[k].end)) {
                continue;
            }
            // "Police@SG", "reports@NPS": letters joined to others by an "@"
            // belong to an address, a handle or an app's name, not initials.
            if raw_before.strip_suffix('@').is_some_and(|b| b.ends_with(char::is_alphanumeric))
                || raw_after.strip_prefix('@').is_some_and(|r| r.starts_with(char::is_alphanumeric))
            {
                continue;
            }
            // "FUSUS™", "AXON®": a trade mark is a product's name.
            if raw_after.starts_with(['\u{2122}', '\u{AE}']) {
                continue;
            }
            // "DALL-E": capitals joined to one more capital letter name a
            // product, as a model number would.
            if raw_after.strip_prefix('-').is_some_and(|r| {
                let mut chars = r.chars();
                chars.next().is_some_and(|c| c.is_ascii_uppercase()) && !chars.next().is_some_and(char::is_alphanumeric)
            }) {
                continue;
            }
            let glossary = tok.start == a.doc.blocks[s.block].start && (after.starts_with(':') || after.starts_with('–') || after.starts_with('-') || after.starts_with('='));
            // "(P/CRCL)", "(R&D)": a compound in brackets defines each part.
            let bracketed = before.trim_end_matches(|c: char| c.is_alphanumeric() || matches!(c, '/' | '&' | '-')).ends_with('(');
            // "(hereinafter "FRT")", « (ci-après « LFP ») », "(loi fédérale
            // …, LMSI I)": the letters close a bracket opened in the sentence
            // after words that name them.
            let closing = closes_bracket(&text[s.start..tok.start], after);
            if bracketed || closing || after.starts_with('(') || glossary || defined_by.iter().any(|d| after.starts_with(d)) || glossed_below(a, s.block, acr) {
                defined.insert(acr);
            }
            if !first_use.contains_key(acr) {
                first_use.insert(acr, t);
                order.push(acr);
            }
        }
    }
    // Only when some acronym is still undefined: most texts define theirs.
    let undefined = order.iter().any(|acr| !defined.contains(acr));
    let spelled = if undefined { spelled_out(a) } else { HashSet::new() };
    let names = if undefined { written_as_names(a) } else { HashSet::new() };
    for acr in order {
        if defined.contains(acr) || spelled.contains(acr) || names.contains(crate::lint::case::lowercase(acr).as_str()) {
            continue;
        }
        if let Some(tok) = first_use.get(acr).and_then(|&t| a.tokens.get(t)) {
            out.push(RawFinding::at(r, tok.start, tok.start + acr.len(), spec.message.replace("{match}", acr)));
        }
    }
}

/// Is the acronym glossed by the block after its own, as a list of
/// abbreviations copied from a web page lays them out ("- GBA Plus" over
/// "- Gender-based analysis plus", "OPC" over "Office of the Privacy
/// Commissioner")? The acronym's block is short, and the first words of the
/// next one spell its letters in order, joined words ("Gender-based")
/// counting apart and short lower-case words ("of", "the") skipped.
fn glossed_below(a: &crate::lint::tokens::Analysis, block: usize, acr: &str) -> bool {
    let (Some(own), Some(next)) = (a.doc.blocks.get(block), a.doc.blocks.get(block + 1)) else { return false };
    let text = &a.doc.text;
    if own.end - own.start > GLOSS_TERM_BYTES || own.end > next.start || next.end > text.len() {
        return false;
    }
    let mut letters = acr.chars().map(crate::lint::case::lower).peekable();
    for word in text[next.start..next.end].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(GLOSS_WORDS) {
        let Some(&want) = letters.peek() else { break };
        let first = word.chars().next().map(crate::lint::case::lower);
        if first == Some(want) {
            letters.next();
        } else if !(word.chars().count() <= 3 && word.chars().all(char::is_lowercase)) {
            return false;
        }
    }
    letters.peek().is_none()
}

/// The longest block, in bytes, read as a glossary's term.
const GLOSS_TERM_BYTES: usize = 24;

/// Words of the next block looked at for a term's letters.
const GLOSS_WORDS: usize = 12;

/// Is the word at token `t` a surname in capitals: after a title of
/// address ("Mme", "Sr"), directly or over one to three given names
/// ("M. Jean-Paul DURAND")?
fn surname(a: &crate::lint::tokens::Analysis, t: usize, titles: &HashSet<&str>) -> bool {
    // The title's own period ("Sra.", "M.") may have closed a sentence.
    let first = a.sentences[a.tokens[t].sentence].tokens.start;
    for k in (t.saturating_sub(4)..t).rev() {
        let w = a.word(k);
        if titles.contains(w) {
            return true;
        }
        let mut chars = w.chars();
        let given = chars.next().is_some_and(char::is_uppercase) && chars.clone().next().is_some() && chars.all(char::is_lowercase);
        if !given || k < first {
            return false;
        }
    }
    false
}

/// Does the word at token `t` follow a place name and its comma ("Oceanside,
/// CA", "Mount Vernon, WA")? The word before the comma is capitalised and
/// not in capitals itself ("HR, IT and legal" is a list of units).
fn after_place(a: &crate::lint::tokens::Analysis, t: usize) -> bool {
    let first = a.sentences[a.tokens[t].sentence].tokens.start;
    if t == 0 || t - 1 < first {
        return false;
    }
    let between = &a.doc.text[a.tokens[t - 1].end..a.tokens[t].start];
    let w = a.word(t - 1);
    let mut chars = w.chars();
    between.trim() == "," && chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Is the acronym inside a template's blank ("[AGENCY NAME]")? A blank is
/// short: only its length is searched on either side, so a long run of
/// words costs no scan back to the start of the text.
fn in_blank(before: &str, after: &str, blank: impl Fn(char) -> bool) -> bool {
    let opens = before.chars().rev().take(BLANK_CHARS).find(|&c| !blank(c)) == Some('[');
    opens && after.chars().take(BLANK_CHARS).find(|&c| !blank(c)) == Some(']')
}

/// The longest template blank, in characters.
const BLANK_CHARS: usize = 80;

/// Do the letters at `start..end` stand in a bracket after words in
/// capitals that spell them out: alone ("(USC)") or closing one opened
/// after words ("(hereinafter USC)")?
fn spelled_in_bracket(text: &str, sentence: usize, start: usize, end: usize) -> bool {
    let before = text[sentence..start].trim_end();
    let after = text[end..].trim_start();
    (before.ends_with('(') && after.starts_with(')')) || closes_bracket(before, after)
}

/// The longest line, in bytes, read as a shouted heading.
const HEADING_BYTES: usize = 120;

/// Does an acronym end a bracket that `before` (the sentence up to it)
/// opened after some words of its own, with only quotes, an edition number
/// ("LMSI I") or spaces between the letters and the closing bracket?
fn closes_bracket(before: &str, after: &str) -> bool {
    let quote = |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '«' | '»' | '“' | '”' | '‘' | '’');
    let mut rest = after.trim_start_matches(quote);
    let number = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if !number.is_empty() && (number.chars().all(|c| c.is_ascii_digit()) || is_roman(number)) {
        rest = rest[number.len()..].trim_start_matches(quote);
    }
    if !rest.starts_with(')') {
        return false;
    }
    // A defining bracket is short: look back only that far, so a long
    // sentence of "X)" costs no scan to its start per acronym.
    let mut from = before.len().saturating_sub(BRACKET_BYTES);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = &before[from..];
    let Some(open) = before.rfind('(') else { return false };
    !before[open..].contains(')') && before[open + 1..].trim_end_matches(quote).chars().any(char::is_alphabetic)
}

/// The longest bracket, in bytes, that may spell out the acronym closing it.
const BRACKET_BYTES: usize = 400;

/// Words in capitals in a row that read as shouted text, not acronyms.
const SHOUTED_RUN: usize = 3;

/// Letters in a word of capitals that make it a word rather than initials.
const LONG_WORD: usize = 6;

/// Letters of a word in capitals before a colon that make it a field label
/// ("SCOPE:") rather than an acronym being glossed ("FRS: …").
const LABEL_LETTERS: usize = 4;

/// Two or more letters, all capitals. Letters, not bytes: a capital with an
/// accent (« À défaut ») is one letter.
fn is_caps(w: &str) -> bool {
    w.chars().nth(1).is_some() && w.chars().all(char::is_uppercase)
}

/// Is the line around byte `at` a shouted heading ("IV. AUDIT" on a line of
/// its own in plain text): every word in capitals but enumerators, and
/// short?
fn shouted_line(text: &str, at: usize) -> bool {
    // A heading is short, so the line breaks are looked for only that far
    // on either side: a one-line text of a million words with an acronym
    // on every line would otherwise be scanned once per acronym.
    let bytes = text.as_bytes();
    let lo = at.saturating_sub(HEADING_BYTES);
    let start = match bytes[lo..at].iter().rposition(|&b| b == b'\n') {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let hi = (at + HEADING_BYTES).min(text.len());
    let end = match bytes[at..hi].iter().position(|&b| b == b'\n') {
        Some(i) => at + i,
        None if hi == text.len() => hi,
        None => return false,
    };
    // Stop at the first word that is not in capitals.
    if end - start > HEADING_BYTES {
        return false;
    }
    let mut words = 0;
    for w in text[start..end].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if is_caps(w) {
            words += usize::from(!is_roman(w));
        } else if !is_enumerator(w) {
            return false;
        }
    }
    (1..=8).contains(&words)
}

/// A list or section number: one letter or digit run, or a Roman numeral.
fn is_enumerator(w: &str) -> bool {
    w.chars().count() == 1 || w.chars().all(|c| c.is_ascii_digit()) || is_roman(w)
}

/// The acronym in a token ("FRT", "FRTs" -> "FRT"), if it is one.
fn acronym(word: &str) -> Option<&str> {
    let core = word.strip_suffix('s').filter(|c| is_caps(c)).unwrap_or(word);
    (is_caps(core) && (2..=6).contains(&core.chars().count())).then_some(core)
}

/// A well-formed Roman numeral below 4000 ("IV", "XII", "MCMXC"), so that
/// "CIC" or "DCI" still count as acronyms.
fn is_roman(w: &str) -> bool {
    if !w.bytes().all(|b| b"MDCLXVI".contains(&b)) {
        return false;
    }
    let mut rest = w;
    // Thousands, then hundreds, tens and units, each as in "CM", "CD", "DCCC".
    rest = rest.trim_start_matches('M');
    for (one, five, ten) in [('C', 'D', 'M'), ('X', 'L', 'C'), ('I', 'V', 'X')] {
        let nine: String = [one, ten].iter().collect();
        let four: String = [one, five].iter().collect();
        if let Some(r) = rest.strip_prefix(nine.as_str()).or_else(|| rest.strip_prefix(four.as_str())) {
            rest = r;
            continue;
        }
        rest = rest.strip_prefix(five).unwrap_or(rest);
        let ones = rest.len() - rest.trim_start_matches(one).len();
        if ones > 3 {
            return false;
        }
        rest = &rest[ones..];
    }
    rest.is_empty() && !w.is_empty() && w.len() - w.trim_start_matches('M').len() <= 3
}

/// Words the text also writes as a name, a capital then lower case, away
/// from the start of a sentence ("AXON cameras" beside "an Axon contract"):
/// a brand or a place set in capitals for emphasis, not initials.
fn written_as_names<'a>(a: &'a crate::lint::tokens::Analysis) -> HashSet<&'a str> {
    a.tokens
        .iter()
        .enumerate()
        .filter(|&(t, tok)| t != a.sentences[tok.sentence].tokens.start)
        .filter(|&(t, _)| {
            let mut chars = a.word(t).chars();
            chars.next().is_some_and(char::is_uppercase) && chars.clone().next().is_some() && chars.all(char::is_lowercase)
        })
        .map(|(t, _)| a.lower_word(t))
        .collect()
}

/// The initials of every run of two to six capitalised words ("Automated
/// Facial Recognition" gives "AF", "FR" and "AFR"): a text that spells a
/// name out in full, in a title or a sentence, has told its reader what
/// the letters stand for, brackets or not.
///
/// A title set in capitals ("LICENSE PLATE RECOGNITION SYSTEMS") spells a
/// name out too: in a sentence holding a word in capitals too long to be an
/// acronym (seven letters or more), words in capitals give initials as well.
fn spelled_out(a: &crate::lint::tokens::Analysis) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut run: Vec<char> = Vec::new();
    let mut sentence = usize::MAX;
    let mut in_capitals = false;
    let capitals = |w: &str| w.chars().all(char::is_uppercase);
    for (t, tok) in a.tokens.iter().enumerate() {
        let word = a.word(t);
        if tok.sentence != sentence {
            run.clear();
            sentence = tok.sentence;
            let s = &a.sentences[sentence];
            in_capitals = s.tokens.clone().any(|k| {
                let w = a.word(k);
                w.chars().count() >= 7 && capitals(w)
            });
        }
        let titled = word.chars().any(char::is_lowercase) || (in_capitals && word.chars().count() >= 2 && capitals(word));
        let initial = word.chars().next().filter(|c| c.is_uppercase() && titled);
        let Some(initial) = initial else {
            run.clear();
            continue;
        };
        run.push(initial);
        for len in 2..=run.len().min(6) {
            out.insert(run[run.len() - len..].iter().collect());
        }
    }
    out
}

/// Does `after` open with an amount of money: a space, then a number of at
/// least three digits (thousands separated by commas, dots or spaces), not a
/// reference joined to more by a slash or a hyphen ("2016/680")?
fn currency_amount(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else { return false };
    let end = rest.find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))).unwrap_or(rest.len());
    let number = rest[..end].trim_end_matches([',', '.', ' ']);
    rest.starts_with(|c: char| c.is_ascii_digit()) && number.chars().filter(char::is_ascii_digit).count() >= 3 && !rest[number.len()..].starts_with(['/', '-'])
}
