//! Plain text: paragraphs are separated by blank lines, bullet lines are list
//! items, and a short single line without closing punctuation is a heading.
//! Text copied out of a PDF or a web page often has no blank lines at all
//! ("Purpose\nThe purpose of this order …\nDEFINITIONS\n…"), so a short
//! title-like line that follows a finished sentence (or another heading)
//! and comes before a capitalised line is a heading too; a short line after
//! a lead-in's colon stays text, as it is usually an unmarked list item.
//! A short line with no closing punctuation over a capitalised one ends its
//! sentence (`sentences::line_ends_sentence`): an item or title copied one
//! per line from a web page is not the start of the next sentence.
//! Page numbers and running headers from a PDF go first (`pages.rs`).

use super::sentences::line_ends_sentence;
use super::{BlockKind, Builder};
use crate::lint::directives::is_directive_line;

pub(super) fn parse(src: &str, body_start: usize, b: &mut Builder) {
    let mut lines = Vec::new();
    let mut pos = body_start;
    for line in src[body_start..].split_inclusive('\n') {
        lines.push((pos, line));
        pos += line.len();
    }
    super::pages::strip_furniture(&mut lines);
    let blank = |i: usize| lines.get(i).is_none_or(|(_, l): &(usize, &str)| l.trim().is_empty());
    let longest = run_longest(&lines);
    let mut prev_blank = true;
    // The previous line closed a sentence or was a heading.
    let mut prev_closed = true;
    // No text yet: the document's first line, unpunctuated over a
    // capitalised line, is its title, in sentence case too ("Artificial
    // intelligence transparency statement").
    let mut first = true;
    let mut prev_number = false;
    // The previous line was an entry of a table of contents: a heading that
    // ends with its page number ("Necessity 6").
    let mut prev_entry = false;
    // The line follows a lead-in's colon in the same paragraph.
    let mut in_items = false;
    for (i, &(off, line)) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            b.end();
            prev_number = false;
            prev_entry = false;
            prev_blank = true;
            prev_closed = true;
            continue;
        }
        // Directive lines are instructions to the linter, not policy text.
        if is_directive_line(trimmed) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let (content_off, kind) = match list_marker(trimmed) {
            Some(marker_len) => (lead + marker_len, Some(BlockKind::ListItem)),
            None if prev_blank && blank(i + 1) && looks_like_heading(trimmed) => {
                let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
                (lead + hashes, Some(BlockKind::Heading(2)))
            }
            // "RCW 43.386.040" over "Testing—When required.": a statute's
            // catchline under its section number, with its closing period.
            None if prev_number && catchline(trimmed) && (blank(i + 1) || opens_block(lines.get(i + 1).map(|(_, l)| l.trim()))) => {
                (lead, Some(BlockKind::Heading(2)))
            }
            None if prev_closed && opens_block(lines.get(i + 1).map(|(_, l)| l.trim())) && looks_like_heading(trimmed) && (first || title_like(trimmed) || statute_title(trimmed) || opens_subsection(trimmed, lines.get(i + 1).map(|(_, l)| l.trim()))) => {
                (lead, Some(BlockKind::Heading(2)))
            }
            // "Safeguards against Collateral Intrusion 6" under "Necessity 6":
            // the next entry of a table of contents, in sentence case or not.
            None if prev_entry && page_entry(trimmed) && looks_like_heading(trimmed) && opens_block(lines.get(i + 1).map(|(_, l)| l.trim())) => (lead, Some(BlockKind::Heading(2))),
            None if prev_blank => (lead, Some(BlockKind::Paragraph)),
            // "find missing people at risk" over "We will tell the public …":
            // an unpunctuated item or title, copied one per line, ends there.
            None if i > 0 && line_ends_sentence(lines[i - 1].1, trimmed, longest[i], in_items) => (lead, Some(BlockKind::Paragraph)),
            None => (lead, None),
        };
        if let Some(kind) = kind {
            b.start(kind);
        }
        // Lines after a lead-in's colon are its unmarked items until a new block.
        in_items = kind.is_none() && (in_items || i.checked_sub(1).is_some_and(|p| lines[p].1.trim_end().ends_with(':')));
        let content = &line[content_off.min(line.len())..];
        // "investi-\ngation": a word a PDF split across lines is one word
        // again; the hyphen and line break map to nothing.
        let joined = !matches!(kind, Some(BlockKind::Heading(_))) && hyphenated(content) && continues_word(lines.get(i + 1).map(|(_, l)| l.trim_start()));
        let content = if joined { content.trim_end().strip_suffix('-').unwrap_or(content) } else { content };
        b.push_collapsed(content, off + content_off.min(line.len()));
        let heading = matches!(kind, Some(BlockKind::Heading(_)));
        if heading {
            b.end();
        }
        // A heading that is only a section number ("RCW 43.386.040", "§ 9.64.010").
        prev_number = heading && trimmed.split_whitespace().count() <= 3 && trimmed.split_whitespace().last().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        prev_entry = heading && page_entry(trimmed);
        prev_blank = false;
        first = false;
        prev_closed = heading || trimmed.ends_with(['.', '?', '!']);
    }
    b.end();
}

/// For each line, the length of the longest line in its run of non-blank
/// lines (its paragraph), in characters.
fn run_longest(lines: &[(usize, &str)]) -> Vec<usize> {
    let mut out = vec![0; lines.len()];
    let mut start = 0;
    for i in 0..=lines.len() {
        if lines.get(i).is_none_or(|(_, l)| l.trim().is_empty()) {
            let max = lines[start..i].iter().map(|(_, l)| l.trim().chars().count()).max().unwrap_or(0);
            out[start..i].fill(max);
            start = i + 1;
        }
    }
    out
}

/// An entry of a table of contents: words, then a page number of one to
/// three digits ("Legal Framework 4", "Annexe ....... 12").
fn page_entry(line: &str) -> bool {
    let Some((head, last)) = line.rsplit_once(char::is_whitespace) else { return false };
    (1..=3).contains(&last.len()) && last.bytes().all(|c| c.is_ascii_digit()) && head.chars().any(char::is_alphabetic)
}

/// A line that ends with a letter or two and a hyphen ("investi-").
fn hyphenated(line: &str) -> bool {
    let t = line.trim_end();
    t.strip_suffix('-').is_some_and(|rest| rest.chars().rev().take(2).filter(|c| c.is_alphabetic()).count() == 2)
}

/// The next line goes on with a word in lower case ("gation …").
fn continues_word(next: Option<&str>) -> bool {
    next.and_then(|l| l.chars().next()).is_some_and(char::is_lowercase)
}

/// Length of a bullet or number marker (`- `, `* `, `• `, `1. `, `a) `, `(2) `).
fn list_marker(line: &str) -> Option<usize> {
    for bullet in ["- ", "* ", "• ", "– "] {
        if line.starts_with(bullet) {
            return Some(bullet.len());
        }
    }
    // "(2) ", "(b) ", "(iv) ": a label in brackets; statutes chain them
    // ("(a)(i) ", "(3)(b) ").
    let mut at = 0;
    while let Some(rest) = line[at..].strip_prefix('(') {
        let label = rest.bytes().take_while(|c| c.is_ascii_alphanumeric()).count();
        let numeric = rest[..label].bytes().all(|c| c.is_ascii_digit()) || label == 1 || rest[..label].bytes().all(|c| b"ivx".contains(&c));
        if !(1..=4).contains(&label) || !numeric || !rest[label..].starts_with(')') {
            break;
        }
        at += label + 2;
        if rest[label..].starts_with(") ") && rest.len() > label + 2 {
            return Some(at + 1);
        }
    }
    // "4.2.1 Les décisions …": a clause numbered by section, as directives
    // and regulations number them, each on its own line.
    if let Some(len) = clause_number(line) {
        if !looks_like_heading(line) {
            return Some(len);
        }
    }
    let digits = line.bytes().take_while(|c| c.is_ascii_alphanumeric()).count();
    if (1..=3).contains(&digits) {
        let rest = &line.as_bytes()[digits..];
        let token = &line[..digits];
        let numeric = token.bytes().all(|c| c.is_ascii_digit()) || digits == 1;
        if numeric && rest.len() > 2 && (rest[0] == b'.' || rest[0] == b')') && rest[1] == b' ' && !looks_like_heading(line) {
            return Some(digits + 2);
        }
    }
    None
}

/// Length of a multi-level clause number and its space ("4.2 ", "4.2.1. "),
/// when a capitalised word follows it ("3.5 million" goes on a sentence).
fn clause_number(line: &str) -> Option<usize> {
    let number = line.split(' ').next()?;
    let parts: Vec<&str> = number.trim_end_matches('.').split('.').collect();
    let well_formed = (2..=4).contains(&parts.len()) && parts.iter().all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()));
    let word_follows = line[number.len()..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_uppercase));
    (well_formed && word_follows).then_some(number.len() + 1)
}

/// The next line starts a new block: it is missing, or opens with a capital,
/// a digit or a bracket, as a heading's first paragraph or item does.
fn opens_block(next: Option<&str>) -> bool {
    next.and_then(|l| l.chars().next()).is_none_or(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '(' | '[' | '-' | '*' | '•' | '–'))
}

/// A numbered line whose next line opens its first subsection ("4. Objectifs
/// et résultats attendus" over "4.1 La Directive …"): a title in sentence case.
fn opens_subsection(line: &str, next: Option<&str>) -> bool {
    let number = line.split_whitespace().next().unwrap_or("").trim_end_matches('.');
    !number.is_empty()
        && number.bytes().all(|c| c.is_ascii_digit() || c == b'.')
        && number.starts_with(|c: char| c.is_ascii_digit())
        && next.and_then(|n| n.strip_prefix(number)).and_then(|rest| rest.strip_prefix('.')).and_then(|rest| rest.strip_prefix('1'))
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Reads as a title rather than a wrapped piece of a sentence: in capitals,
/// at most four words, or every word of four letters or more capitalised.
fn title_like(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let letters = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count();
    words.len() <= 4
        || !line.chars().any(char::is_lowercase)
        || words.iter().filter(|w| letters(w) >= 4).all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
}

/// A numbered title that ends with a period, as laws set them: "§ 9.64.010.
/// Definitions.", "4.2 Data Retention.".
fn numbered_title(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() < 4 || w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
    line.starts_with(|c: char| c == '§' || c.is_ascii_digit())
        && line.ends_with('.')
        && (2..=6).contains(&words.len())
        && words[1..].iter().any(|w| w.chars().any(char::is_alphabetic))
        && words.iter().all(capitalised)
}

/// A statute's section number and catchline on one line, in sentence case
/// and with its closing period: "53-25-602. Use of generative artificial
/// intelligence by law enforcement -- Policy -- Requirements.". The number
/// has three parts joined by hyphens ("44-15-108.") or a section sign,
/// and the line has no verb of a sentence ("12. Logs are kept." is an item).
fn statute_title(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(first) = words.first() else { return false };
    let number = first.trim_end_matches('.');
    // Hyphens join a code's title, chapter and section ("53-25-602."); dotted
    // numbers ("4.2.1") number the clauses of directives, in any language.
    let parts = number.split(['-', '\u{2013}']).collect::<Vec<_>>();
    let sectioned = first.starts_with('§') || (first.ends_with('.') && parts.len() >= 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit())));
    sectioned
        && line.ends_with('.')
        && (3..=25).contains(&words.len())
        && words.get(1).is_some_and(|w| w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// Verbs of a sentence: a line that holds one is a provision, not a title.
const VERBS: [&str; 14] = ["is", "are", "was", "were", "shall", "must", "will", "may", "can", "should", "has", "have", "does", "do"];

/// A catchline as statutes set it under a section number: "Definitions.",
/// "Short title.", "Testing—When required.", "Notice of intent—Accountability
/// report.": one or two words, or topics joined by a dash, with no verb of a
/// sentence ("Logs are kept." is a provision).
fn catchline(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let dashed = line.contains('\u{2014}') || line.contains("--") || line.contains(" \u{2013} ");
    line.ends_with('.')
        && line.starts_with(char::is_uppercase)
        && title_like(line.trim_end_matches('.'))
        && (words.len() <= 2 || dashed)
        && !words.iter().any(|w| VERBS.iter().any(|v| w.trim_matches(|c: char| !c.is_alphabetic()).eq_ignore_ascii_case(v)))
}

fn looks_like_heading(line: &str) -> bool {
    if numbered_title(line) || statute_title(line) {
        return true;
    }
    let words = line.split_whitespace().count();
    let last = line.chars().last().unwrap_or('.');
    // A title in capitals may run long ("RESOLUTION ESTABLISHING A PRIVACY
    // POLICY AND PROHIBITING …").
    let shouted = words <= 25 && !line.chars().any(char::is_lowercase);
    (words <= 10 || shouted) && !matches!(last, '.' | ',' | ';' | ':' | '?' | '!') && line.chars().any(|c| c.is_alphabetic())
}
