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
    // Text copied from a web page or a PDF marks its list items with a
    // bullet character ("• un règlement communal existe ;"), which Markdown
    // does not know: its lines would run on as one paragraph, and the list
    // as one sentence. Inside a paragraph, a line opened by a bullet starts
    // a list item, as in plain text. A line break waits for the next text
    // to see whether it opens one.
    let mut in_paragraph = false;
    let mut line_break: Option<std::ops::Range<usize>> = None;
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
        if let Some(brk) = line_break.take() {
            match &event {
                Event::Text(text) if in_paragraph && in_code == 0 && bullet(text).is_some() => b.start(BlockKind::ListItem),
                // A short unpunctuated line before a capitalised one is an
                // item or a title copied one per line: it ends its sentence.
                _ if ends_sentence(body, brk.clone(), longest, in_items) => {
                    b.end();
                    b.start(BlockKind::Paragraph);
                    in_items = false;
                }
                _ => {
                    in_items |= body[..brk.start].trim_end().ends_with(':');
                    b.push_mapped(" ", body_start + brk.start, brk.len());
                }
            }
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => b.start(BlockKind::Heading(level as u8)),
            // A loose list item wraps its text in a paragraph: keep the item.
            Event::Start(Tag::Paragraph) if !b.open_is_empty() => {
                b.start(BlockKind::Paragraph);
                all_bold = true;
                in_paragraph = true;
            }
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::End(TagEnd::Paragraph) => {
                if all_bold && b.open_reads_as_title() {
                    b.promote_to_heading(BOLD_TITLE_LEVEL);
                }
                all_bold = false;
                in_paragraph = false;
                b.end();
            }
            Event::Start(Tag::Item) => b.start(BlockKind::ListItem),
            Event::Start(Tag::TableCell) => b.start(BlockKind::TableCell),
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::End(TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => b.end(),
            Event::Text(text) if in_code == 0 => {
                // The paragraph's first line, or one after a break, may open
                // with a bullet: the item's text starts after it.
                let marker = if in_paragraph && b.open_is_empty() { bullet(&text) } else { None };
                if marker.is_some() {
                    b.start(BlockKind::ListItem);
                }
                all_bold &= marker.is_none() && (strong > 0 || text.trim().is_empty());
                let n = marker.unwrap_or(0);
                if body.get(range.clone()) == Some(&*text) {
                    b.push_collapsed(&text[n..], orig + n);
                } else {
                    b.push_mapped(&text[n..], orig, len);
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
            Event::SoftBreak | Event::HardBreak => line_break = Some(range),
            _ => {}
        }
    }
    b.end();
}

/// The length of a bullet character and the spaces after it at the start of
/// `text` ("• ", "● ", "▪ ", "◦ "), if it opens with one.
fn bullet(text: &str) -> Option<usize> {
    let rest = text.strip_prefix(['•', '●', '▪', '◦'])?;
    let spaces = rest.len() - rest.trim_start().len();
    (spaces > 0).then(|| text.len() - rest.len() + spaces)
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
