//! Plain text: paragraphs are separated by blank lines, bullet lines are list
//! items, and a short single line without closing punctuation is a heading.

use super::{BlockKind, Builder};
use crate::lint::directives::is_directive_line;

pub(super) fn parse(src: &str, body_start: usize, b: &mut Builder) {
    let mut lines = Vec::new();
    let mut pos = body_start;
    for line in src[body_start..].split_inclusive('\n') {
        lines.push((pos, line));
        pos += line.len();
    }
    let blank = |i: usize| lines.get(i).is_none_or(|(_, l): &(usize, &str)| l.trim().is_empty());
    let mut prev_blank = true;
    for (i, &(off, line)) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            b.end();
            prev_blank = true;
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
            None if prev_blank => (lead, Some(BlockKind::Paragraph)),
            None => (lead, None),
        };
        if let Some(kind) = kind {
            b.start(kind);
        }
        let content = &line[content_off.min(line.len())..];
        b.push_collapsed(content, off + content_off.min(line.len()));
        if matches!(kind, Some(BlockKind::Heading(_))) {
            b.end();
        }
        prev_blank = false;
    }
    b.end();
}

/// Length of a bullet or number marker (`- `, `* `, `• `, `1. `, `a) `).
fn list_marker(line: &str) -> Option<usize> {
    for bullet in ["- ", "* ", "• ", "– "] {
        if line.starts_with(bullet) {
            return Some(bullet.len());
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

fn looks_like_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let last = line.chars().last().unwrap_or('.');
    words <= 10 && !matches!(last, '.' | ',' | ';' | ':' | '?' | '!') && line.chars().any(|c| c.is_alphabetic())
}
