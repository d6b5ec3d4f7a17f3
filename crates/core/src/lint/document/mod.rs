//! Input documents. Every format is reduced to one normalized text made of
//! blocks (headings, paragraphs, list items, table cells) plus a source map
//! back to the original bytes, so rules never need to know the format.
//!
//! Plain text is always built in. Markdown, HTML and .docx sit behind the
//! `formats` feature: the browser's lint bundle leaves them out and gets the
//! parsed [`Document`] (it is serialisable) from its on-demand formats bundle.

#[cfg(feature = "formats")]
mod docx;
#[cfg(feature = "formats")]
mod html;
#[cfg(feature = "formats")]
mod markdown;
mod pages;
mod sentences;
mod source_map;
mod text;

pub use sentences::split_sentences;
pub use source_map::SourceMap;

use crate::lint::LintError;
use serde::{Deserialize, Serialize};

/// Inputs larger than this are refused: the linter is meant for policies,
/// and a bound keeps the browser responsive.
pub const MAX_INPUT_BYTES: usize = 50 * 1024 * 1024;

/// The input formats the linter reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
}

impl Format {
    /// Parses a format name as used by the CLI and the JS API.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// Picks a format from a file extension.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// Guesses the format from content when the caller gives none: a zip
    /// signature means docx, a leading tag or doctype means HTML (a leading
    /// comment does not: Markdown files often start with a directive),
    /// anything else is read as Markdown (plain prose is valid Markdown).
    pub fn sniff(bytes: &[u8]) -> Format {
        if bytes.starts_with(b"PK\x03\x04") {
            return Format::Docx;
        }
        let head: Vec<u8> = bytes
            .iter()
            .skip_while(|b| b.is_ascii_whitespace())
            .take(15)
            .map(|b| b.to_ascii_lowercase())
            .collect();
        let tag = head.starts_with(b"<!doctype") || head.first() == Some(&b'<') && head.get(1).is_some_and(|c| c.is_ascii_alphabetic());
        if tag {
            Format::Html
        } else {
            Format::Markdown
        }
    }

    /// True when this build reads the format itself (see the `formats` feature).
    pub fn is_built_in(self) -> bool {
        self == Format::Text || cfg!(feature = "formats")
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }
}

/// Reads a format this build leaves out; see [`set_reader`].
pub type Reader = fn(&[u8], Format) -> Result<Document, LintError>;

static READER: std::sync::OnceLock<Reader> = std::sync::OnceLock::new();

/// Installs the reader for formats this build leaves out (the browser's lint
/// bundle hands them to its on-demand formats bundle). The first one stays.
pub fn set_reader(reader: Reader) {
    let _ = READER.set(reader);
}

/// What a block is; headings start sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Heading(u8),
    Paragraph,
    ListItem,
    TableCell,
}

/// A run of normalized text that sentences never cross.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Byte range in [`Document::text`].
    pub start: usize,
    pub end: usize,
}

/// A parsed document. It crosses from the browser's formats bundle to the
/// lint bundle as JSON; [`Document::check`] vets one that arrives that way.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    pub format: Format,
    /// The text positions are reported against: the input itself for text
    /// formats, the extracted text (one paragraph per line) for docx.
    pub original: String,
    /// Normalized text: blocks separated by blank lines, markup removed,
    /// entities decoded, whitespace collapsed.
    pub text: String,
    pub blocks: Vec<Block>,
    pub map: SourceMap,
}

impl Document {
    /// Parses `bytes` as `format`. Never panics; bad input is an error.
    pub fn parse(bytes: &[u8], format: Format) -> Result<Document, LintError> {
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(LintError::TooLarge { limit: MAX_INPUT_BYTES, actual: bytes.len() });
        }
        if !format.is_built_in() {
            let reader = READER.get().ok_or(LintError::FormatNotBuiltIn(format.name()))?;
            let doc = reader(bytes, format)?;
            doc.check().map_err(LintError::Reader)?;
            return Ok(doc);
        }
        #[cfg(feature = "formats")]
        if format == Format::Docx {
            return docx::parse(bytes);
        }
        let original = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => return Err(LintError::InvalidUtf8 { offset: e.valid_up_to() }),
        };
        let mut builder = Builder::new(original.len());
        // A byte-order mark is not text; skipping it keeps offsets in the original.
        let body_start = if original.starts_with('\u{feff}') { 3 } else { 0 };
        match format {
            #[cfg(feature = "formats")]
            Format::Markdown => markdown::parse(original, body_start, &mut builder),
            #[cfg(feature = "formats")]
            Format::Html => html::parse(original, body_start, &mut builder),
            // Docx returned above; without `formats` only text gets here.
            _ => text::parse(original, body_start, &mut builder),
        }
        Ok(builder.finish(format, original.to_string()))
    }

    /// Vets a document that was parsed elsewhere (it arrived as JSON): every
    /// block and map segment must lie inside its text on char boundaries, so
    /// nothing downstream can slice out of bounds.
    pub fn check(&self) -> Result<(), String> {
        let bad = |what: &str| Err(format!("the parsed document is inconsistent: {what}"));
        let on_char = |s: &str, i: usize| i <= s.len() && s.is_char_boundary(i);
        for b in &self.blocks {
            if b.start > b.end || !on_char(&self.text, b.start) || !on_char(&self.text, b.end) {
                return bad("a block lies outside the text");
            }
        }
        if !self.map.fits(self.text.len(), self.original.len()) {
            return bad("the source map lies outside the text");
        }
        Ok(())
    }

    /// The text of a block.
    pub fn block_text(&self, block: &Block) -> &str {
        self.text.get(block.start..block.end).unwrap_or("")
    }
}

/// Assembles the normalized text and its source map, one block at a time.
pub(crate) struct Builder {
    text: String,
    blocks: Vec<Block>,
    map: SourceMap,
    /// The open block: its kind, and where its text starts once it has any.
    open: Option<(BlockKind, Option<usize>)>,
    /// Where the last pushed piece ended in the original, so separators map
    /// somewhere sensible.
    last_orig: usize,
    /// True when the open block is empty or ends with a space.
    trailing_space: bool,
    separator: &'static str,
}

impl Builder {
    pub(crate) fn new(capacity: usize) -> Builder {
        Builder {
            text: String::with_capacity(capacity),
            blocks: Vec::new(),
            map: SourceMap::default(),
            open: None,
            last_orig: 0,
            trailing_space: true,
            separator: "\n\n",
        }
    }

    /// Uses one newline between blocks (docx: one paragraph per line).
    #[cfg(feature = "formats")]
    pub(crate) fn with_line_separator(mut self) -> Builder {
        self.separator = "\n";
        self
    }

    /// Starts a block, closing any open one.
    pub(crate) fn start(&mut self, kind: BlockKind) {
        self.end();
        self.open = Some((kind, None));
        self.trailing_space = true;
    }

    /// Closes the open block. Empty blocks are dropped.
    pub(crate) fn end(&mut self) {
        if let Some((kind, Some(start))) = self.open.take() {
            let mut end = self.text.len();
            while end > start && self.text.as_bytes()[end - 1] == b' ' {
                end -= 1;
            }
            self.text.truncate(end);
            self.map.truncate(end);
            if end > start {
                self.blocks.push(Block { kind, start, end });
            }
        }
        self.open = None;
    }

    /// True when a block is open but has no text yet.
    #[cfg(feature = "formats")]
    pub(crate) fn open_is_empty(&self) -> bool {
        matches!(self.open, Some((_, None)))
    }

    /// The text of the open block so far (the Markdown and Word readers'
    /// bold titles; like them, only with the `formats` feature).
    #[cfg(feature = "formats")]
    pub(crate) fn open_text(&self) -> &str {
        match self.open {
            Some((_, Some(start))) => &self.text[start..],
            _ => "",
        }
    }

    /// Is the open paragraph short and unpunctuated enough to be a title?
    #[cfg(feature = "formats")]
    pub(crate) fn open_reads_as_title(&self) -> bool {
        let text = self.open_text().trim();
        let words = text.split_whitespace().count();
        (1..=12).contains(&words) && text.chars().last().is_some_and(|c| c.is_alphanumeric() || c == ')')
    }

    /// Turns the open paragraph into a heading of `level`: a short line
    /// set wholly in bold is a title in documents that use no heading
    /// styles. Levels below the real ones keep it inside their sections.
    #[cfg(feature = "formats")]
    pub(crate) fn promote_to_heading(&mut self, level: u8) {
        if let Some((kind @ BlockKind::Paragraph, _)) = self.open.as_mut() {
            *kind = BlockKind::Heading(level);
        }
    }

    /// Opens a paragraph if needed and inserts the separator before the
    /// block's first text.
    fn prepare(&mut self) {
        if self.open.is_none() {
            self.start(BlockKind::Paragraph);
        }
        if let Some((_, start @ None)) = self.open.as_mut() {
            if !self.text.is_empty() {
                let at = self.text.len();
                self.text.push_str(self.separator);
                self.map.push(at, self.separator.len(), self.last_orig, 0);
            }
            *start = Some(self.text.len());
        }
    }

    /// Pushes text that appears verbatim at `orig_start` in the original.
    pub(crate) fn push_verbatim(&mut self, s: &str, orig_start: usize) {
        self.push_inner(s, orig_start, s.len(), true);
    }

    /// Pushes text that stands for `orig_len` original bytes at `orig_start`
    /// (a decoded entity, an escape, a collapsed run of whitespace).
    pub(crate) fn push_mapped(&mut self, s: &str, orig_start: usize, orig_len: usize) {
        self.push_inner(s, orig_start, orig_len, false);
    }

    fn push_inner(&mut self, s: &str, orig_start: usize, orig_len: usize, verbatim: bool) {
        if s.is_empty() {
            return;
        }
        self.prepare();
        let at = self.text.len();
        self.text.push_str(s);
        self.map.push(at, s.len(), orig_start, if verbatim { s.len() } else { orig_len });
        self.last_orig = orig_start + orig_len;
        self.trailing_space = s.ends_with(' ');
    }

    /// Pushes text collapsing whitespace runs to one space, as HTML and
    /// soft-wrapped prose need.
    pub(crate) fn push_collapsed(&mut self, s: &str, orig_start: usize) {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let ws = bytes[i].is_ascii_whitespace();
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_whitespace() == ws {
                j += 1;
            }
            if ws {
                if !self.trailing_space {
                    self.push_mapped(" ", orig_start + i, j - i);
                }
            } else if let Some(piece) = s.get(i..j) {
                self.push_verbatim(piece, orig_start + i);
            }
            i = j;
        }
    }

    pub(crate) fn finish(mut self, format: Format, original: String) -> Document {
        self.end();
        Document { format, original, text: self.text, blocks: self.blocks, map: self.map }
    }
}

#[cfg(test)]
mod tests;
