//! Page furniture in text converted from a PDF: page numbers ("Page 3 of
//! 12", "- 3 -"), form feeds, and the running header and footer repeated on
//! every page ("Harbour Police Manual", "Issued 1 May 2025"). Left in, they
//! read as headings or sentences, and a sentence that runs over a page break
//! is cut in two ("… must be" / "reviewed by a supervisor"), which loses its
//! duty and its coverage. They are dropped before the lines are read; their
//! bytes map to nothing, so positions still point into the original.

/// A line repeated this often next to page breaks is a running header or
/// footer. A heading seldom sits right by two page breaks.
const REPEATS: usize = 2;

/// Lines with text between a page break and a running header or footer.
const REACH: usize = 2;

/// The longest running header or footer, in characters.
const FURNITURE_CHARS: usize = 100;

/// Removes page furniture from `lines` (offset, line), and the blank lines
/// of a page break that cuts a sentence, so that its two halves join.
/// Linear: distances to the nearest break come from two sweeps.
pub(super) fn strip_furniture(lines: &mut Vec<(usize, &str)>) {
    let n = lines.len();
    let breaks: Vec<bool> = (0..n).map(|i| is_page_break(lines, i)).collect();
    if !breaks.contains(&true) {
        return;
    }
    let text = |i: usize| usize::from(!lines[i].1.trim().is_empty());
    // Lines with text from the nearest break before / after line i.
    let mut near = vec![usize::MAX; n];
    let mut since = usize::MAX;
    for i in 0..n {
        since = if breaks[i] { 0 } else { since.saturating_add(text(i)) };
        near[i] = since;
    }
    since = usize::MAX;
    for i in (0..n).rev() {
        since = if breaks[i] { 0 } else { since.saturating_add(text(i)) };
        near[i] = near[i].min(since);
    }
    let mut drop: Vec<bool> = (0..n).map(|i| breaks[i] && (page_number(lines[i].1).is_some() || bare_number(lines[i].1) || text(i) == 0)).collect();
    // Running headers and footers: the same short line by REPEATS breaks.
    let furniture_like = |i: usize| {
        let t = lines[i].1.trim();
        !t.is_empty() && t.chars().count() <= FURNITURE_CHARS && near[i] <= REACH
    };
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for i in (0..n).filter(|&i| furniture_like(i)) {
        *counts.entry(lines[i].1.trim()).or_default() += 1;
    }
    for i in (0..n).filter(|&i| furniture_like(i)) {
        drop[i] |= counts[lines[i].1.trim()] >= REPEATS;
    }
    // A sentence cut by the break goes on: its blank lines go too.
    let mut i = 0;
    while i < n {
        if !drop[i] && text(i) == 1 {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && (drop[i] || text(i) == 0) {
            i += 1;
        }
        let had_furniture = drop[start..i].contains(&true);
        let before = start.checked_sub(1).map(|k| lines[k].1.trim_end());
        let after = lines.get(i).map(|(_, l)| l.trim_start());
        let cut = before.is_some_and(|b| !b.ends_with(['.', '!', '?', ':', ';'])) && after.and_then(|a| a.chars().next()).is_some_and(char::is_lowercase);
        if had_furniture && cut {
            drop[start..i].iter_mut().for_each(|d| *d = true);
        }
    }
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// A page boundary: a form feed, a page-number line, or a bare number on a
/// line of its own next to a form feed (pdftotext's footers).
fn is_page_break(lines: &[(usize, &str)], i: usize) -> bool {
    let line = lines[i].1;
    line.contains('\u{c}') || page_number(line).is_some() || (bare_number(line) && [i.wrapping_sub(1), i + 1, i + 2].iter().any(|&k| lines.get(k).is_some_and(|(_, l)| l.contains('\u{c}'))))
}

/// One to four digits alone on a line.
fn bare_number(line: &str) -> bool {
    let t = line.trim();
    (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// The page number a line holds on its own: "Page 3", "Page 3 of 12",
/// "3 | Page", "- 3 -", "3/12", « Page 3 sur 12 », «Página 3 de 12», or a
/// bare number right after a form feed.
fn page_number(line: &str) -> Option<u32> {
    let l = line.trim_start_matches('\u{c}').trim();
    let words: Vec<&str> = l.split(|c: char| c.is_whitespace() || c == '|').filter(|w| !w.is_empty()).collect();
    // One to four digits, not zero (digits by hand: no integer parser in
    // the formats bundle).
    let number = |w: &str| (1..=4).contains(&w.len()).then(|| w.bytes().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))).flatten().filter(|&n| n > 0);
    let page_word = |w: &str| ["page", "pg.", "p.", "página", "pagina", "pág."].iter().any(|p| p.eq_ignore_ascii_case(w));
    let of_word = |w: &str| ["of", "sur", "de"].iter().any(|p| p.eq_ignore_ascii_case(w));
    match words.as_slice() {
        [p, n] if page_word(p) => number(n),
        [p, n, of, _] if page_word(p) && of_word(of) => number(n),
        [n, p] if page_word(p) => number(n),
        ["-", n, "-"] | ["–", n, "–"] => number(n),
        [w] => match w.split_once('/') {
            Some((n, total)) => number(n).filter(|&page| number(total).is_some_and(|t| page <= t)),
            None => number(w.trim_matches(['-', '–'])).filter(|_| line.starts_with('\u{c}') || w.starts_with(['-', '–'])),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(src: &str) -> Vec<&str> {
        let mut lines = Vec::new();
        let mut pos = 0;
        for line in src.split_inclusive('\n') {
            lines.push((pos, line));
            pos += line.len();
        }
        strip_furniture(&mut lines);
        lines.iter().map(|(_, l)| l.trim_end()).collect()
    }

    #[test]
    fn page_numbers_in_their_usual_shapes() {
        for (line, n) in [("Page 3", 3), ("Page 3 of 12", 3), ("3 | Page", 3), ("- 3 -", 3), ("3/12", 3), ("Page 4 sur 9", 4), ("Página 5 de 20", 5), ("\u{c}7", 7)] {
            assert_eq!(page_number(line), Some(n), "{line}");
        }
        for line in ["3", "3.", "4.2", "Section 3", "Page 3 was removed.", "1/2 of the budget", "12 months", "24/7"] {
            assert_eq!(page_number(line), None, "{line}");
        }
    }

    #[test]
    fn running_headers_and_page_numbers_go_and_a_cut_sentence_joins() {
        let src = "Harbour Police Manual\n\n1. Purpose\n\nEvery match must be\n\nPage 1 of 3\n\u{c}Harbour Police Manual\n\nreviewed by a trained officer.\n\nPage 2 of 3\n\u{c}Harbour Police Manual\n\n2. Retention\n\nImages are deleted after 30 days.\n\nPage 3 of 3\n";
        assert_eq!(kept(src), ["Harbour Police Manual", "", "1. Purpose", "", "Every match must be", "reviewed by a trained officer.", "", "", "2. Retention", "", "Images are deleted after 30 days.", ""]);
    }

    #[test]
    fn pdftotext_footers_a_bare_number_before_the_form_feed() {
        let src = "Northmoor Constabulary - OFFICIAL\nThe operator must\n\n4\n\u{c}Northmoor Constabulary - OFFICIAL\nconfirm each alert before any stop.\n\n5\n\u{c}Northmoor Constabulary - OFFICIAL\nLogs are kept for a year.\n";
        assert_eq!(kept(src), ["The operator must", "confirm each alert before any stop.", "", "Logs are kept for a year."]);
    }

    /// End to end: the joined sentence is one block, one sentence for the
    /// rules, and the finding on it points into the original text.
    #[test]
    fn a_sentence_over_a_page_break_is_linted_whole() {
        use crate::lint::{lint, Format, LintOptions};
        let src = "Facial recognition searches\n\nEvery possible match will\n\nPage 2 of 7\n\u{c}Westfield Police Department\n\nbe reviewed.\n\nPage 3 of 7\n\u{c}Westfield Police Department\n\nSearch logs are kept for two years.\n";
        let d = super::super::Document::parse(src.as_bytes(), Format::Text).expect("parses");
        let texts: Vec<&str> = d.blocks.iter().map(|b| d.block_text(b)).collect();
        assert_eq!(texts, ["Facial recognition searches", "Every possible match will be reviewed.", "Search logs are kept for two years."]);
        let report = lint(src.as_bytes(), &LintOptions { format: Some(Format::Text), lang: "en".into() }).expect("lints");
        let passive = report.findings.iter().find(|f| f.rule == "passive-duty").expect("passive-duty across the break");
        assert_eq!(&src[passive.range.byte.start..passive.range.byte.end], "will\n\nPage 2 of 7\n\u{c}Westfield Police Department\n\nbe reviewed");
    }

    #[test]
    fn a_text_without_page_breaks_is_left_alone() {
        let src = "Responsibilities\n\nThe unit keeps a log.\n\nResponsibilities\n\nThe board reviews it.\n\nResponsibilities\n\nStaff report errors.\n";
        assert_eq!(kept(src).len(), src.lines().count());
    }

    #[test]
    fn a_repeated_heading_far_from_page_breaks_stays() {
        let src = "Scope\nThe policy covers the unit.\nScope\nIt also covers contractors.\nScope\nAnd volunteers.\nOther text\nmore text\nmore\nPage 1 of 1\n";
        let out = kept(src);
        assert_eq!(out.iter().filter(|l| **l == "Scope").count(), 3);
        assert!(!out.contains(&"Page 1 of 1"));
    }
}
