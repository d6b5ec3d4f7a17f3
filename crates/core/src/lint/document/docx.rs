//! `.docx`: a zip holding `word/document.xml`. We read paragraphs (`w:p`),
//! their style (headings via `Heading*`/`Title` and their French and Spanish
//! ids, or a paragraph's own outline level), list membership (`w:numPr`)
//! and table cells (`w:tc`). Deleted text of tracked changes (`w:delText`)
//! and field codes are not `w:t`, so they are not read. A text box is read
//! once (not its `mc:Fallback` copy), as a paragraph of its own. Positions refer to the extracted text, one
//! paragraph per line, because a docx has no meaningful byte positions.

use super::{BlockKind, Builder, Document, Format, SourceMap};
use crate::lint::LintError;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// The level of a bold title: below any styled heading, so that it stays
/// in the section above it.
const BOLD_TITLE_LEVEL: u8 = 6;

/// Cap on the uncompressed document.xml: guards against zip bombs.
pub const MAX_UNCOMPRESSED: u64 = 50 * 1024 * 1024;

pub(super) fn parse(bytes: &[u8]) -> Result<Document, LintError> {
    parse_with_limit(bytes, MAX_UNCOMPRESSED)
}

pub(super) fn parse_with_limit(bytes: &[u8], limit: u64) -> Result<Document, LintError> {
    let xml = read_document_xml(bytes, limit)?;
    let mut b = Builder::new(xml.len() / 4).with_line_separator();
    extract(&xml, &mut b)?;
    let mut doc = b.finish(Format::Docx, String::new());
    doc.original = doc.text.clone();
    doc.map = SourceMap::identity(doc.text.len());
    Ok(doc)
}

fn read_document_xml(bytes: &[u8], limit: u64) -> Result<Vec<u8>, LintError> {
    let bad = |why: String| LintError::Docx(why);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| bad(format!("not a readable .docx (zip) file: {e}")))?;
    let file = archive
        .by_name("word/document.xml")
        .map_err(|_| bad("the file has no word/document.xml; is it a Word document?".into()))?;
    if file.size() > limit {
        return Err(bad(format!("word/document.xml expands to {} bytes, over the {limit} byte limit", file.size())));
    }
    // The declared size can lie, so the read itself is capped too.
    let mut xml = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut xml)
        .map_err(|e| bad(format!("cannot decompress word/document.xml: {e}")))?;
    if xml.len() as u64 > limit {
        return Err(bad(format!("word/document.xml expands past the {limit} byte limit")));
    }
    Ok(xml)
}

fn extract(xml: &[u8], b: &mut Builder) -> Result<(), LintError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut para = String::new();
    let mut kind = BlockKind::Paragraph;
    let mut in_text = false;
    let mut cell_depth = 0usize;
    // A text box holds paragraphs inside a paragraph: the outer one waits.
    let mut outer: Vec<(String, BlockKind)> = Vec::new();
    let mut in_para = false;
    // Word stores a text box twice, as drawing and as legacy fallback
    // (`mc:Fallback`); the fallback copy is skipped.
    let mut fallback_depth = 0usize;
    // A short paragraph whose every run is bold is a title in documents
    // that use no heading styles.
    let (mut run_bold, mut all_bold) = (false, true);
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            LintError::Docx(format!("malformed word/document.xml near byte {}: {e}", reader.buffer_position()))
        })?;
        if fallback_depth > 0 {
            match &event {
                Event::Start(e) if e.local_name().as_ref() == b"Fallback" => fallback_depth += 1,
                Event::End(e) if e.local_name().as_ref() == b"Fallback" => fallback_depth -= 1,
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
            continue;
        }
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"Fallback" => fallback_depth = 1,
            // An empty paragraph (`<w:p/>`) holds nothing and opens nothing.
            Event::Empty(e) if e.local_name().as_ref() == b"p" => {}
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"p" => {
                    if in_para {
                        outer.push((std::mem::take(&mut para), kind));
                    }
                    in_para = true;
                    all_bold = true;
                    para.clear();
                    kind = if cell_depth > 0 { BlockKind::TableCell } else { BlockKind::Paragraph };
                }
                b"pStyle" => {
                    for attr in e.attributes().flatten() {
                        if attr.key.local_name().as_ref() == b"val" {
                            if let Some(level) = heading_style(&String::from_utf8_lossy(&attr.value)) {
                                kind = BlockKind::Heading(level);
                            }
                        }
                    }
                }
                // A paragraph's own outline level (0 to 8; 9 is body text).
                b"outlineLvl" if matches!(kind, BlockKind::Paragraph | BlockKind::ListItem) => {
                    for attr in e.attributes().flatten() {
                        if attr.key.local_name().as_ref() == b"val" {
                            if let Ok(level @ 0..=8) = String::from_utf8_lossy(&attr.value).parse::<u8>() {
                                kind = BlockKind::Heading(level + 1);
                            }
                        }
                    }
                }
                b"numPr" if kind == BlockKind::Paragraph => kind = BlockKind::ListItem,
                b"r" => run_bold = false,
                // `<w:b/>` or `<w:b w:val="true"/>`; `w:val="0"` switches it off.
                b"b" => {
                    run_bold = !e.attributes().flatten().any(|a| a.key.local_name().as_ref() == b"val" && matches!(a.value.as_ref(), b"0" | b"false" | b"off"));
                }
                b"tc" => cell_depth += 1,
                b"t" => in_text = true,
                b"tab" | b"br" | b"cr" => para.push(' '),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"p" => {
                    b.start(kind);
                    b.push_collapsed(&para, 0);
                    if all_bold && kind == BlockKind::Paragraph && b.open_reads_as_title() {
                        b.promote_to_heading(BOLD_TITLE_LEVEL);
                    }
                    b.end();
                    para.clear();
                    in_para = false;
                    if let Some((text, k)) = outer.pop() {
                        (para, kind, in_para) = (text, k, true);
                    }
                }
                b"t" => in_text = false,
                b"tc" => cell_depth = cell_depth.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let text = t.decode().map_err(|e| LintError::Docx(format!("bad text in word/document.xml: {e}")))?;
                all_bold &= run_bold || text.trim().is_empty();
                para.push_str(&unescape(&text));
            }
            Event::GeneralRef(r) if in_text => {
                let name = String::from_utf8_lossy(&r);
                para.push_str(&unescape(&format!("&{name};")));
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

fn unescape(s: &str) -> String {
    quick_xml::escape::unescape(s).map(|c| c.into_owned()).unwrap_or_else(|_| s.to_string())
}

/// Heading and title style ids: `Heading1`…`Heading9` and `Title`, and
/// the ids French and Spanish Word gives them (`Titre1`, `Titre`;
/// `Ttulo1`, `Ttulo`, from «Título 1» with its accent dropped).
fn heading_style(style: &str) -> Option<u8> {
    let lower = style.to_ascii_lowercase().replace(' ', "");
    const TITLES: [&str; 5] = ["title", "titre", "ttulo", "titulo", "título"];
    if TITLES.contains(&lower.as_str()) {
        return Some(1);
    }
    if let Some(level) = lower.strip_prefix("heading") {
        return level.parse::<u8>().ok().filter(|l| (1..=9).contains(l)).or(Some(2));
    }
    let level = TITLES[1..].iter().find_map(|t| lower.strip_prefix(t))?;
    level.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
}
