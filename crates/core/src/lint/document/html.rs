//! HTML text extraction with html5gum, a WHATWG tokenizer. It gives each text
//! run its byte span in the source and its decoded value (entities resolved,
//! newlines normalised). Tags only matter as block boundaries; script, style
//! and other non-prose elements are skipped. Text is mapped back run by run:
//! plain stretches verbatim, each character reference as one mapped piece.
//!
//! A saved web page wraps the policy in page furniture: menus, footers and
//! cookie notices whose links ("Privacy", "Accessibility", "Complaints")
//! would read as provisions. Those are skipped, and when the page marks its
//! content with `<main>`, only that is read.

use super::{BlockKind, Builder};
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Elements whose content is never prose.
const RAW: &[&str] = &["script", "style", "noscript", "template", "svg", "math", "head"];
/// Elements that are page furniture, not the document.
const CHROME: &[&str] = &["nav", "footer"];
/// ARIA roles of page furniture.
const CHROME_ROLES: &[&[u8]] = &[b"navigation", b"banner", b"contentinfo", b"search"];
/// Words in an `id` or `class` that mark a cookie or consent notice.
const NOTICE_MARKS: &[&[u8]] = &[b"cookie", b"consent"];

/// Elements that end a block.
const BLOCKS: &[&str] = &[
    "p", "div", "br", "hr", "li", "td", "th", "tr", "table", "ul", "ol", "dl", "dt", "dd", "section",
    "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "figure", "figcaption",
    "caption", "form", "body", "html", "title", "address", "details", "summary",
];

pub(super) fn parse(src: &str, body_start: usize, b: &mut Builder) {
    let body = &src[body_start..];
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script and style content is raw text, not markup.
    emitter.naively_switch_states(true);
    // The element being skipped, and how deeply it nests in itself.
    let mut skipping: Option<(String, usize)> = None;
    // With a `<main>`, only its content is read; how deeply we are in it.
    let has_main = contains_ignore_case(body.as_bytes(), b"<main");
    let mut in_main = 0usize;
    for token in Tokenizer::new_with_emitter(body, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                match skipping.as_mut() {
                    Some((skipped, depth)) if *skipped == name && !tag.self_closing => *depth += 1,
                    Some(_) => {}
                    None if RAW.contains(&name.as_str()) || is_furniture(&name, &tag.attributes) => {
                        b.end();
                        if !tag.self_closing {
                            skipping = Some((name, 1));
                        }
                    }
                    None => {
                        if name == "main" && !tag.self_closing {
                            in_main += 1;
                        }
                        open(&name, b)
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name);
                match skipping.as_mut() {
                    Some((skipped, depth)) if *skipped == name => {
                        *depth -= 1;
                        if *depth == 0 {
                            skipping = None;
                        }
                    }
                    Some(_) => {}
                    None => {
                        if name == "main" {
                            in_main = in_main.saturating_sub(1);
                        }
                        close(&name, b)
                    }
                }
            }
            Token::String(text) if skipping.is_none() && (!has_main || in_main > 0) => {
                let (start, end) = (text.span.start, text.span.end);
                match body.get(start..end) {
                    Some(raw) => push_text(raw, &String::from_utf8_lossy(&text.value), body_start + start, b),
                    // A span that does not fit the input (never seen): map the
                    // whole run to where it starts.
                    None => b.push_mapped(&String::from_utf8_lossy(&text.value), body_start + start.min(body.len()), 0),
                }
            }
            _ => {}
        }
    }
    b.end();
}

fn open(name: &str, b: &mut Builder) {
    if let Some(level) = heading_level(name) {
        b.start(BlockKind::Heading(level));
    } else if BLOCKS.contains(&name) {
        match name {
            "li" | "dd" | "dt" => b.start(BlockKind::ListItem),
            "td" | "th" => b.start(BlockKind::TableCell),
            "p" => b.start(BlockKind::Paragraph),
            _ => b.end(),
        }
    }
}

/// A menu, a page footer, a landmark of the site rather than the text, or
/// a cookie notice.
fn is_furniture(name: &str, attributes: &std::collections::BTreeMap<html5gum::HtmlString, html5gum::Spanned<html5gum::HtmlString, usize>>) -> bool {
    let attr = |key: &[u8]| attributes.iter().find(|(k, _)| k.as_slice() == key).map(|(_, v)| v.value.to_ascii_lowercase());
    CHROME.contains(&name)
        || attr(b"role").is_some_and(|role| CHROME_ROLES.contains(&role.as_slice()))
        || [&b"id"[..], b"class"].into_iter().filter_map(attr).any(|v| NOTICE_MARKS.iter().any(|mark| contains_ignore_case(&v, mark)))
}

/// A plain byte search (str::contains would link a general string searcher
/// into the wasm for this alone).
fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

fn close(name: &str, b: &mut Builder) {
    if heading_level(name).is_some() || BLOCKS.contains(&name) {
        b.end();
    }
}

fn heading_level(name: &str) -> Option<u8> {
    let b = name.as_bytes();
    (b.len() == 2 && b[0] == b'h' && (b'1'..=b'6').contains(&b[1])).then(|| b[1] - b'0')
}

/// Pushes one text run: `raw` is its source at `at`, `decoded` what the
/// tokenizer made of it. Stretches without `&` are pushed verbatim (the
/// builder collapses whitespace, which also absorbs the tokenizer's CR/LF
/// normalisation). Each `&…` is matched against the decoded text: a
/// reference becomes one piece mapped to its source bytes; a lone `&` is
/// verbatim. If the two ever disagree, the rest of the run is pushed as one
/// mapped piece, so positions stay inside the run rather than drift.
fn push_text(raw: &str, decoded: &str, at: usize, b: &mut Builder) {
    let mut i = 0; // in raw
    let mut j = 0; // in decoded
    while i < raw.len() {
        let next_amp = raw[i..].find('&').map_or(raw.len(), |p| i + p);
        if next_amp > i {
            let plain = &raw[i..next_amp];
            let Some(len) = decoded_prefix(&decoded[j..], plain) else { break };
            b.push_collapsed(plain, at + i);
            i = next_amp;
            j += len;
            continue;
        }
        // A `&`: the reference's source runs over name characters and an
        // optional `;` (legacy names may stop short), and stands for one or
        // two decoded chars.
        let name_len = raw[i + 1..].bytes().take_while(|c| c.is_ascii_alphanumeric() || *c == b'#').count();
        let mut longest = 1 + name_len;
        if raw.as_bytes().get(i + longest) == Some(&b';') {
            longest += 1;
        }
        let rest = &decoded[j..];
        let tail_end = raw[i + 1..].find('&').map_or(raw.len(), |p| i + 1 + p);
        match reference(rest, &raw[i..tail_end], longest, tail_end == raw.len()) {
            Some((ref_len, value_len)) => {
                let value = &rest[..value_len];
                if value.chars().all(char::is_whitespace) {
                    b.push_collapsed(" ", at + i);
                } else {
                    b.push_mapped(value, at + i, ref_len);
                }
                i += ref_len;
                j += value_len;
            }
            // Not a reference: the `&` is literal text.
            None if rest.starts_with('&') => {
                b.push_verbatim("&", at + i);
                i += 1;
                j += 1;
            }
            None => break,
        }
    }
    if i < raw.len() {
        if let Some(rest) = decoded.get(j..).filter(|r| !r.trim().is_empty()) {
            b.push_mapped(rest.trim(), at + i, raw.len() - i);
        }
    }
}

/// The length of `decoded`'s prefix that `plain` (source text without `&`)
/// became: the same text, with CR LF and lone CR read as LF.
fn decoded_prefix(decoded: &str, plain: &str) -> Option<usize> {
    let (d, p) = (decoded.as_bytes(), plain.as_bytes());
    let (mut i, mut j) = (0, 0);
    while i < p.len() {
        match p[i] {
            b'\r' => {
                if d.get(j) != Some(&b'\n') {
                    return None;
                }
                i += if p.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                j += 1;
            }
            c if d.get(j) == Some(&c) => {
                i += 1;
                j += 1;
            }
            _ => return None,
        }
    }
    decoded.is_char_boundary(j).then_some(j)
}

/// Splits a reference from the literal text after it: `piece` is the source
/// from the `&` to the next `&` (or the run's end, when `last`), `rest` the
/// decoded text from the reference on. Returns the reference's source length
/// and its decoded length: the shortest source reading whose literal
/// remainder then follows in the decoded text (all of it, when `last`).
/// Shortest first, because a legacy name like `&copy` may run into digits.
fn reference(rest: &str, piece: &str, longest: usize, last: bool) -> Option<(usize, usize)> {
    let value_ends: Vec<usize> = rest.char_indices().map(|(i, c)| i + c.len_utf8()).take(2).collect();
    (2..=longest).find_map(|ref_len| {
        let literal = &piece[ref_len..];
        value_ends.iter().find_map(|&v| {
            let after = &rest[v..];
            let used = decoded_prefix(after, literal)?;
            (!last || used == after.len()).then_some((ref_len, v))
        })
    })
}
