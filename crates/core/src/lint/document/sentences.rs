//! Sentence splitting tuned for policy prose. A generic splitter breaks after
//! "e.g.", "Art. 5" or "No. 12", which would cut clauses in half and make
//! sentence-scoped rules miss (or invent) findings.

/// Abbreviations after which a full stop never ends a sentence.
const NEVER_SPLIT: &[&str] = &[
    "e.g", "i.e", "cf", "viz", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "gen", "insp", "supt", "sgt",
    "det", "const", "cmdr", "lt", "col", "capt", "hon", "approx", "dept", "inc", "ltd", "co", "corp",
    "jr", "sr", "u.s", "u.k", "e.u", "a.m", "p.m",
];
/// Abbreviations that do not end a sentence when a number or a capital follows.
const BEFORE_NUMBER: &[&str] = &["art", "arts", "no", "nos", "sec", "s", "ss", "para", "paras", "fig", "vol", "p", "pp", "ch", "cl", "reg", "annex", "app", "ref"];

/// How many characters after a full stop inside a parenthesis are searched
/// for the closing one ("(Ala. Admin. Code r. 265-X-6-.04)").
const CITATION_REACH: usize = 200;

/// Splits `text` into sentence byte ranges (trimmed, relative to `text`).
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = skip_ws(bytes, 0);
    let mut i = start;
    // Parentheses opened and not yet closed in the current sentence, kept as
    // the scan goes: counting them anew at each full stop would be quadratic.
    let mut open_parens = 0isize;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'(' => open_parens += 1,
            b')' => open_parens -= 1,
            _ => {}
        }
        if b == b'.' || b == b'!' || b == b'?' {
            // Take the whole run of closing punctuation: `?!`, `."`, `.)`.
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
                if bytes[end] == b')' {
                    open_parens -= 1;
                }
                end += 1;
            }
            // Curly closing quotes are multi-byte.
            while let Some(rest) = text.get(end..) {
                if rest.starts_with('\u{201d}') || rest.starts_with('\u{2019}') {
                    end += 3;
                } else {
                    break;
                }
            }
            let at_end = end >= bytes.len();
            if at_end || bytes[end].is_ascii_whitespace() {
                let next = skip_ws(bytes, end);
                if at_end || next >= bytes.len() || is_boundary(text, start, i, b, next, open_parens > 0) {
                    out.push((start, end));
                    start = next;
                    i = next;
                    open_parens = 0;
                    continue;
                }
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < bytes.len() {
        let mut end = bytes.len();
        while end > start && bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        if end > start {
            out.push((start, end));
        }
    }
    out
}

/// Does a line break end a sentence that has no closing punctuation? Text
/// copied from a web page or a slide keeps one line per item or title, so
/// "find missing people at risk" over "We will tell the public …" would read
/// as one long sentence. The line has no punctuation at its end, the next
/// line opens with a capital, and the line is much shorter than the longest
/// line of its paragraph (`longest`, in characters): a line wrapped at a
/// fixed width is about as long as the others. Among the unmarked items
/// after a lead-in's colon (`in_items`), only a long line ends the list:
/// "Audit logs" over "Case notes" are two items of one list.
pub(super) fn line_ends_sentence(line: &str, next: &str, longest: usize, in_items: bool) -> bool {
    let line = line.trim();
    let next = next.trim();
    let open_end = line.chars().last().is_some_and(|c| c.is_alphanumeric() || c == ')');
    let capital = next.chars().next().is_some_and(char::is_uppercase);
    let short = |l: &str| l.chars().count() * 10 < longest * 7;
    open_end && capital && short(line) && (!in_items || !short(next))
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Decides whether the punctuation at `punct` ends the sentence that began at
/// `start`, given that the next sentence would begin at `next`.
/// `in_parens`: the sentence has a parenthesis open at `punct`.
fn is_boundary(text: &str, start: usize, punct: usize, mark: u8, next: usize, in_parens: bool) -> bool {
    let next_char = text.get(next..).and_then(|s| s.chars().next()).unwrap_or(' ');
    // A lower-case continuation ("etc. and", "e.g. the") never starts a sentence.
    if next_char.is_lowercase() {
        return false;
    }
    if mark != b'.' {
        return true;
    }
    let before = text.get(start..punct).unwrap_or("");
    // Before a section sign ("Neb. Rev. Stat. §60-3202"), or inside a
    // parenthesis that closes later on the same line ("(Ala. Admin. Code r.
    // 265-X-6-.04)"), a full stop ends an abbreviation of a citation.
    if next_char == '§' {
        return false;
    }
    if in_parens {
        // A citation's parenthesis closes within a short reach; looking no
        // further keeps the scan linear on a line of many full stops.
        let rest = text.get(next..).unwrap_or("");
        let reach = rest.char_indices().nth(CITATION_REACH).map_or(rest.len(), |(k, _)| k);
        let line = &rest[..rest[..reach].find('\n').unwrap_or(reach)];
        if let Some(close) = line.find(')') {
            if !line[..close].contains(['.', '!', '?']) || line[..close].split_whitespace().count() <= 6 {
                return false;
            }
        }
    }
    // Step past the separator by its own width: it may be multi-byte (U+3000).
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '[' || c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    let lower = word.to_ascii_lowercase();
    if NEVER_SPLIT.contains(&lower.as_str()) {
        return false;
    }
    // A single initial ("J. Smith") or a list number at the start ("1. Purpose").
    let single_letter = word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    if single_letter {
        return false;
    }
    if word_start == 0 && !word.is_empty() && word.len() <= 4 && word.chars().all(|c| c.is_ascii_digit() || c == '.' || c.is_ascii_lowercase() && word.len() == 1) {
        return false;
    }
    if BEFORE_NUMBER.contains(&lower.as_str()) && (next_char.is_ascii_digit() || next_char.is_uppercase() && lower != "s" && lower != "p") {
        return next_char.is_uppercase() && !next_char.is_ascii_digit() && lower.len() > 3;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::split_sentences;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_short_unpunctuated_line_before_a_capital_ends_a_sentence() {
        use super::line_ends_sentence;
        let long = 40;
        let notice = "We will tell the public before each use.";
        assert!(line_ends_sentence("find missing people at risk", notice, long, false));
        assert!(line_ends_sentence("find missing people at risk", notice, long, true));
        assert!(!line_ends_sentence("find missing people at risk", "and protect the public.", long, false));
        assert!(!line_ends_sentence("find missing people at risk,", notice, long, false));
        // Items of one list after a lead-in stay together.
        assert!(!line_ends_sentence("Audit logs", "Case notes", long, true));
        assert!(line_ends_sentence("Audit logs", "Case notes", long, false));
        // A line wrapped at a fixed width is about as long as the longest.
        assert!(!line_ends_sentence("The request must be approved in writing by the", "Chief Constable before any search is run.", 52, false));
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(split("One thing. Another thing! A third? Yes."), vec!["One thing.", "Another thing!", "A third?", "Yes."]);
    }

    #[test]
    fn keeps_abbreviations_inside_sentences() {
        let text = "Use safeguards, e.g. Human review, as set out in Art. 5 and No. 12 of the Act. Dr. Smith agrees.";
        assert_eq!(split(text), vec!["Use safeguards, e.g. Human review, as set out in Art. 5 and No. 12 of the Act.", "Dr. Smith agrees."]);
    }

    #[test]
    fn a_citation_in_parentheses_or_before_a_section_sign_is_one_sentence() {
        assert_eq!(
            split("Plate readers are used only on patrol duty (Ida. Admin. Code r. 11-4-.02). Officers log each use."),
            vec!["Plate readers are used only on patrol duty (Ida. Admin. Code r. 11-4-.02).", "Officers log each use."]
        );
        assert_eq!(split("The reader law, Stat. §19-55, governs its use. Officers log each use.").len(), 2);
        // A parenthesis that does not close on the line splits as before.
        assert_eq!(split("Use stops (see the list. Officers log each use.").len(), 2);
    }

    #[test]
    fn keeps_list_numbers_and_initials() {
        assert_eq!(split("1. Purpose of the policy"), vec!["1. Purpose of the policy"]);
        assert_eq!(split("Approved by J. Smith on Monday. Done."), vec!["Approved by J. Smith on Monday.", "Done."]);
    }

    #[test]
    fn lowercase_continuation_is_not_a_boundary() {
        assert_eq!(split("Records, logs, etc. are kept. Next."), vec!["Records, logs, etc. are kept.", "Next."]);
    }

    #[test]
    fn multibyte_whitespace_before_a_full_stop() {
        assert_eq!(split("See\u{3000}e.g. The end.\u{a0}Next."), vec!["See\u{3000}e.g. The end.\u{a0}Next."]);
        assert_eq!(split("Word\u{3000}X. Next one."), vec!["Word\u{3000}X. Next one."]);
        assert_eq!(split("Word\u{3000}x. Next one."), vec!["Word\u{3000}x.", "Next one."]);
    }

    #[test]
    fn handles_quotes_and_multibyte_text() {
        assert_eq!(split("He said “stop.” Then — café — left."), vec!["He said “stop.”", "Then — café — left."]);
    }
}
