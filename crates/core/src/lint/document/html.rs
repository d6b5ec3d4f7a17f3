//! HTML text extraction. A small scanner rather than a DOM library: we need
//! the byte offset of every text run (for the source map), script and style
//! content treated as raw text (tl, for one, parses tags inside scripts), and
//! no allocation per node. Tags only matter as block boundaries.

use super::{BlockKind, Builder};

/// Elements whose content is never prose.
const RAW: &[&str] = &["script", "style", "noscript", "template", "svg", "math", "head"];
/// Elements that end a block.
const BLOCKS: &[&str] = &[
    "p", "div", "br", "hr", "li", "td", "th", "tr", "table", "ul", "ol", "dl", "dt", "dd", "section",
    "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "figure", "figcaption",
    "caption", "form", "body", "html", "title", "address", "details", "summary",
];

pub(super) fn parse(src: &str, body_start: usize, b: &mut Builder) {
    let bytes = src.as_bytes();
    let mut i = body_start;
    let mut text_start = i;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => {
                flush(src, text_start, i, b);
                i = markup(src, i, b);
                text_start = i;
            }
            b'&' => {
                flush(src, text_start, i, b);
                let (decoded, len) = entity(&src[i..]);
                let mut buf = [0u8; 4];
                match decoded {
                    Some(c) if c.is_whitespace() => b.push_collapsed(" ", i),
                    Some(c) => b.push_mapped(c.encode_utf8(&mut buf), i, len),
                    None => b.push_verbatim("&", i),
                }
                i += len.max(1);
                text_start = i;
            }
            _ => i += 1,
        }
    }
    flush(src, text_start, bytes.len(), b);
    b.end();
}

fn flush(src: &str, start: usize, end: usize, b: &mut Builder) {
    if let Some(text) = src.get(start..end) {
        if !text.is_empty() {
            b.push_collapsed(text, start);
        }
    }
}

/// Handles the markup starting at `i` (a `<`) and returns where text resumes.
fn markup(src: &str, i: usize, b: &mut Builder) -> usize {
    let rest = &src[i..];
    if rest.starts_with("<!--") {
        return rest.find("-->").map_or(src.len(), |p| i + p + 3);
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        return rest.find('>').map_or(src.len(), |p| i + p + 1);
    }
    let bytes = rest.as_bytes();
    let closing = bytes.get(1) == Some(&b'/');
    let name_start = if closing { 2 } else { 1 };
    let name_len = bytes[name_start.min(bytes.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
        // A stray `<` is text.
        b.push_verbatim("<", i);
        return i + 1;
    }
    let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
    let end = tag_end(rest).map_or(src.len(), |p| i + p + 1);
    if !closing && RAW.contains(&name.as_str()) {
        b.end();
        return skip_raw(src, end, &name);
    }
    if let Some(level) = heading_level(&name) {
        if closing {
            b.end();
        } else {
            b.start(BlockKind::Heading(level));
        }
    } else if BLOCKS.contains(&name.as_str()) {
        match (closing, name.as_str()) {
            (false, "li" | "dd" | "dt") => b.start(BlockKind::ListItem),
            (false, "td" | "th") => b.start(BlockKind::TableCell),
            (false, "p") => b.start(BlockKind::Paragraph),
            _ => b.end(),
        }
    }
    end
}

/// The index of the `>` ending a tag, skipping quoted attribute values.
fn tag_end(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in rest.bytes().enumerate() {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), _) if q == c => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Skips to just after `</name ...>`, case-insensitively.
fn skip_raw(src: &str, from: usize, name: &str) -> usize {
    let bytes = src.as_bytes();
    let mut i = from;
    while let Some(p) = src.get(i..).and_then(|s| s.find("</")) {
        let at = i + p + 2;
        let candidate = bytes.get(at..at + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return src.get(at..).and_then(|s| s.find('>')).map_or(src.len(), |q| at + q + 1);
        }
        i = at;
    }
    src.len()
}

fn heading_level(name: &str) -> Option<u8> {
    let b = name.as_bytes();
    (b.len() == 2 && b[0] == b'h' && (b'1'..=b'6').contains(&b[1])).then(|| b[1] - b'0')
}

/// Decodes an entity at the start of `s` (which begins with `&`): the char
/// and the entity's length. Unknown entities are left as text.
fn entity(s: &str) -> (Option<char>, usize) {
    let Some(semi) = s.bytes().take(12).position(|c| c == b';') else {
        return (None, 1);
    };
    let body = &s[1..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        value.and_then(char::from_u32)
    } else {
        named(body)
    };
    match c {
        Some(c) => (Some(c), semi + 1),
        None => (None, 1),
    }
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "sect" => '§',
        "para" => '¶',
        "copy" => '©',
        "reg" => '®',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "bull" => '•',
        "middot" => '·',
        _ => return None,
    })
}
