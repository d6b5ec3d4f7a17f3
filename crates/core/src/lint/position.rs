//! Byte offsets to UTF-16 offsets and 1-based line/column, for many offsets
//! at once: sort the queries, then walk the text a single time. Columns count
//! Unicode scalar values (chars) from the start of the line.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// A range in every coordinate system a client may want.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub byte: Span,
    pub utf16: Span,
    pub start: LineCol,
    pub end: LineCol,
}

#[derive(Debug, Clone, Copy)]
struct Point {
    utf16: usize,
    line: usize,
    column: usize,
}

/// Resolved positions for a set of byte offsets.
pub struct Positions {
    points: HashMap<usize, Point>,
}

impl Positions {
    /// Resolves `offsets` (any order, duplicates fine) against `text`. Offsets
    /// inside a char snap back to its start; past the end, to the end.
    pub fn resolve(text: &str, mut offsets: Vec<usize>) -> Positions {
        crate::sort::sort(&mut offsets);
        offsets.dedup();
        let mut points = HashMap::with_capacity(offsets.len());
        let (mut utf16, mut line, mut column) = (0usize, 1usize, 1usize);
        let mut q = offsets.iter().peekable();
        for (i, c) in text.char_indices() {
            while let Some(&&o) = q.peek() {
                if o > i {
                    break;
                }
                points.insert(o, Point { utf16, line, column });
                q.next();
            }
            if q.peek().is_none() {
                break;
            }
            utf16 += c.len_utf16();
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        for &o in q {
            points.insert(o, Point { utf16, line, column });
        }
        Positions { points }
    }

    /// The range for byte offsets `start..end` (both must have been resolved).
    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        let fallback = Point { utf16: 0, line: 1, column: 1 };
        let s = self.points.get(&start).copied().unwrap_or(fallback);
        let e = self.points.get(&end).copied().unwrap_or(s);
        let (bs, be) = (floor_char(text, start), floor_char(text, end.max(start)));
        Range {
            byte: Span { start: bs, end: be },
            utf16: Span { start: s.utf16, end: e.utf16 },
            start: LineCol { line: s.line, column: s.column },
            end: LineCol { line: e.line, column: e.column },
        }
    }
}

/// The nearest char boundary at or before `i`.
pub fn floor_char(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_lines() {
        let text = "a😀b\nçd";
        let p = Positions::resolve(text, vec![0, 1, 5, 6, 7, 9, 10, 99]);
        let r = p.range(text, 5, 6);
        assert_eq!((r.utf16.start, r.utf16.end), (3, 4));
        assert_eq!((r.start.line, r.start.column), (1, 3));
        let r = p.range(text, 7, 10);
        assert_eq!((r.start.line, r.start.column, r.end.column), (2, 1, 3));
        assert_eq!(r.utf16.end, 7);
    }
}
