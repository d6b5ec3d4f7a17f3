//! Markdown through pulldown-cmark's offset iterator: every text event comes
//! with its range in the source, so the map back to the original is exact.

use super::sentences::line_ends_sentence;
use super::{BlockKind, Builder};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The level of a bold title: below any real heading, so that it stays in
/// the section above it (a "**Definitions**" title under "## 2. Terms").
const BOLD_TITLE_LEVEL: u8 = 6;

pub(super) fn parse(src: &str, body_start: usize, b: &mut Builder) {
    let body = &src[body_start..];
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    // Code blocks are not policy prose; skip their text.
    let mut in_code = 0usize;
    // A paragraph set wholly in bold ("**Definitions**") is a title in text
    // converted from documents that use no heading styles.
    let mut strong = 0usize;
    let mut all_bold = false;
    // The longest line of the paragraph being read, in characters.
    let mut longest = 0;
    // The lines after a lead-in's colon in this paragraph are its unmarked items.
    let mut in_items = false;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let orig = body_start + range.start;
        let len = range.end.saturating_sub(range.start);
        if let Event::Start(Tag::Paragraph) = event {
            longest = longest_line(body.get(range.clone()).unwrap_or(""));
            in_items = false;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => b.start(BlockKind::Heading(level as u8)),
            // A loose list item wraps its text in a paragraph: keep the item.
            Event::Start(Tag::Paragraph) if !b.open_is_empty() => {
                b.start(BlockKind::Paragraph);
                all_bold = true;
            }
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::End(TagEnd::Paragraph) => {
                if all_bold && b.open_reads_as_title() {
                    b.promote_to_heading(BOLD_TITLE_LEVEL);
                }
                all_bold = false;
                b.end();
            }
            Event::Start(Tag::Item) => b.start(BlockKind::ListItem),
            Event::Start(Tag::TableCell) => b.start(BlockKind::TableCell),
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::End(TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => b.end(),
            Event::Text(text) if in_code == 0 => {
                all_bold &= strong > 0 || text.trim().is_empty();
                if body.get(range.clone()) == Some(&*text) {
                    b.push_collapsed(&text, orig);
                } else {
                    b.push_mapped(&text, orig, len);
                }
            }
            Event::Code(code) => {
                all_bold &= strong > 0;
                let raw = body.get(range.clone()).unwrap_or("");
                match raw.find(&*code) {
                    Some(pos) => b.push_verbatim(&code, orig + pos),
                    None => b.push_mapped(&code, orig, len),
                }
            }
            // A short unpunctuated line before a capitalised one is an item
            // or a title copied one per line: it ends its sentence.
            Event::SoftBreak | Event::HardBreak if ends_sentence(body, range.clone(), longest, in_items) => {
                b.end();
                b.start(BlockKind::Paragraph);
                in_items = false;
            }
            Event::SoftBreak | Event::HardBreak => {
                in_items |= body[..range.start].trim_end().ends_with(':');
                b.push_mapped(" ", orig, len);
            }
            _ => {}
        }
    }
    b.end();
}

/// Does the line break at `brk` end a sentence (see [`line_ends_sentence`])?
fn ends_sentence(body: &str, brk: std::ops::Range<usize>, longest: usize, in_items: bool) -> bool {
    let before = body.get(..brk.start).unwrap_or("");
    let line = &before[before.rfind('\n').map_or(0, |p| p + 1)..];
    let after = body.get(brk.end..).unwrap_or("");
    let next = &after[..after.find('\n').unwrap_or(after.len())];
    line_ends_sentence(line, next, longest, in_items)
}

/// The length in characters of the longest line of `text`.
fn longest_line(text: &str) -> usize {
    text.lines().map(|l| l.trim().chars().count()).max().unwrap_or(0)
}
