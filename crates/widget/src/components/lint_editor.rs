//! The policy text editor: a plain textarea (so editing, selection and
//! assistive technology work natively) over a mirror layer that draws the
//! highlights. The mirror is hidden from assistive technology; findings are
//! listed accessibly beside it.
//!
//! The textarea is not controlled by state: typing never makes Yew write the
//! whole text back, and code that replaces the text writes it directly.

use super::policy_lint::{Checked, LIVE_LIMIT_BYTES};
use crate::i18n::{num, Messages};
use raikit_core::lint::Format;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The policy languages offered: detection, then the languages the linter reads.
const DOC_LANGS: [(&str, &str); 4] =
    [("auto", "lint-doc-lang-auto"), ("en", "lint-doc-lang-en"), ("fr", "lint-doc-lang-fr"), ("es", "lint-doc-lang-es")];

#[derive(Properties, PartialEq)]
pub struct LintEditorProps {
    pub node: NodeRef,
    /// The text as last typed (the textarea holds it already).
    pub text: Rc<str>,
    pub format: Format,
    pub checked: Option<Checked>,
    pub on_input: Callback<String>,
    pub on_format: Callback<Format>,
    /// The policy's language: "auto" (detected from the text), "en", "fr" or "es".
    pub doc_lang: String,
    pub on_doc_lang: Callback<String>,
    /// A file's name and bytes.
    pub on_file: Callback<(String, Vec<u8>)>,
}

fn read_file(file: web_sys::File, on_file: Callback<(String, Vec<u8>)>) {
    let name = file.name();
    let reader = gloo_file::callbacks::read_as_bytes(&gloo_file::Blob::from(file), move |result| {
        on_file.emit((name, result.unwrap_or_default()));
    });
    // The read completes asynchronously; the reader must outlive this call.
    std::mem::forget(reader);
}

#[function_component(LintEditor)]
pub fn lint_editor(props: &LintEditorProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let mirror = use_node_ref();
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| on_input.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let sync_scroll = {
        let mirror = mirror.clone();
        move |area: &HtmlTextAreaElement| {
            if let Some(mirror) = mirror.cast::<web_sys::Element>() {
                mirror.set_scroll_top(area.scroll_top());
                mirror.set_scroll_left(area.scroll_left());
            }
        }
    };
    let onscroll = {
        let sync_scroll = sync_scroll.clone();
        Callback::from(move |e: Event| sync_scroll(&e.target_unchecked_into()))
    };
    {
        // The layer's text changes after a check: keep it scrolled with the
        // textarea (only then, since reading the scroll position forces a
        // layout; not on the first render either, when there is nothing to sync).
        let area = props.node.clone();
        use_effect_with(props.checked.clone(), move |checked| {
            if checked.is_none() {
                return;
            }
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                sync_scroll(&area);
            }
        });
    }
    let onchange_format = {
        let on_format = props.on_format.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_format.emit(match v.as_str() {
                "text" => Format::Text,
                "html" => Format::Html,
                _ => Format::Markdown,
            });
        })
    };
    let onchange_doc_lang = {
        let on_doc_lang = props.on_doc_lang.clone();
        Callback::from(move |e: Event| on_doc_lang.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let onfile = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, on_file.clone());
            }
            input.set_value("");
        })
    };
    let ondrop = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                read_file(file, on_file.clone());
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let (mirror_content, capped) = highlights(&props.text, props.checked.as_ref());
    let format_value = match props.format {
        Format::Text | Format::Docx => "text",
        Format::Html => "html",
        Format::Markdown => "markdown",
    };
    html! {
        <div class="lint-editor">
            <div class="button-row">
                <label for="raikit-lint-format">{ m.t("lint-format-label") }</label>
                <select id="raikit-lint-format" onchange={onchange_format}>
                    <option value="markdown" selected={format_value == "markdown"}>{ m.t("lint-format-markdown") }</option>
                    <option value="text" selected={format_value == "text"}>{ m.t("lint-format-text") }</option>
                    <option value="html" selected={format_value == "html"}>{ m.t("lint-format-html") }</option>
                </select>
                <label for="raikit-lint-doc-lang">{ m.t("lint-doc-lang-label") }</label>
                <select id="raikit-lint-doc-lang" onchange={onchange_doc_lang}>
                    { for DOC_LANGS.iter().map(|(value, id)| html! {
                        <option value={*value} selected={props.doc_lang == *value}>{ m.t(id) }</option>
                    }) }
                </select>
                <label for="raikit-lint-file" class="file-label">{ m.t("lint-open") }</label>
                <input type="file" id="raikit-lint-file" accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onchange={onfile} />
            </div>
            <label for="raikit-lint-text" class="editor-label">{ m.t("lint-editor-label") }</label>
            <p class="muted hint">{ m.t("lint-drop") }</p>
            <div class="editor-stack" {ondrop} {ondragover}>
                <div class="mirror" aria-hidden="true" ref={mirror}>{ mirror_content }</div>
                <textarea id="raikit-lint-text" ref={props.node.clone()} spellcheck="true"
                    part="editor" {oninput} {onscroll} />
            </div>
            if capped {
                <p class="muted hint">{ m.t_args("lint-highlights-capped", &[("count", num(MAX_MARKS as u32))]) }</p>
            }
        </div>
    }
}

/// Highlights drawn at most. Each is two DOM nodes in a layer as long as the
/// text, so beyond this they cost more to lay out than they help; the
/// findings list still has every finding.
const MAX_MARKS: usize = 2_000;

/// Splits the text into plain runs and highlighted findings, and says
/// whether highlights were left out. Overlapping findings are drawn once,
/// by the first to start. While the text is newer than the last check,
/// findings before the first edited character still fit and stay drawn, so
/// typing does not make every highlight flicker; in a text too long to be
/// checked as it is typed, they are dropped until the next check.
fn highlights(text: &str, checked: Option<&Checked>) -> (Html, bool) {
    // With nothing to highlight the layer needs no text: it has a fixed size.
    let Some(c) = checked else { return (html! { "\u{200b}" }, false) };
    let unchanged = if std::ptr::eq(text, &*c.text) {
        text.len()
    } else if text.len() > LIVE_LIMIT_BYTES {
        // Comparing and redrawing a very long text on every keystroke would
        // make typing lag; the layer only needs to keep its height.
        return (html! { "\u{200b}" }, false);
    } else {
        common_prefix(text, &c.text)
    };
    let mut spans: Vec<(usize, usize, &'static str)> = c
        .report
        .findings
        .iter()
        .filter(|f| f.range.byte.start < f.range.byte.end && f.range.byte.end <= unchanged)
        .map(|f| (f.range.byte.start, f.range.byte.end, severity_class(f.severity.name())))
        .collect();
    raikit_core::sort::sort(&mut spans);
    // Drops overlaps and ranges off a char boundary, then applies the cap.
    let mut drawn: Vec<Span> = Vec::with_capacity(spans.len().min(MAX_MARKS));
    let mut at = 0;
    for (s, e, class) in spans.iter().copied() {
        if s < at || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        if drawn.len() == MAX_MARKS {
            break;
        }
        drawn.push((s, e, class));
        at = e;
    }
    let capped = drawn.len() == MAX_MARKS && spans.iter().any(|&(s, _, _)| s >= at);
    (lines(text, &drawn), capped)
}

/// A highlighted byte range and its class.
type Span = (usize, usize, &'static str);

/// The layer's content: one block per line of the text, so an edit makes the
/// browser lay out again only the line it touched. `spans` are sorted and
/// do not overlap; a span across a line break is drawn in pieces.
fn lines(text: &str, spans: &[Span]) -> Html {
    let mut next = 0;
    let mut start = 0;
    text.split('\n')
        .map(|line| {
            let end = start + line.len();
            let mut parts = Vec::new();
            let mut at = start;
            while let Some(&(s, e, class)) = spans.get(next).filter(|&&(s, _, _)| s < end) {
                let (from, to) = (s.max(at), e.min(end));
                if at < from {
                    parts.push(html! { { &text[at..from] } });
                }
                if from < to {
                    parts.push(html! { <mark class={class}>{ &text[from..to] }</mark> });
                }
                at = to;
                if e > end {
                    break; // continues on the next line
                }
                next += 1;
            }
            if at < end {
                parts.push(html! { { &text[at..end] } });
            }
            start = end + 1;
            // An empty line still needs its line box, so the layers stay aligned.
            let empty = parts.is_empty().then_some("\u{200b}");
            html! { <div>{ for parts }{ for empty }</div> }
        })
        .collect()
}

/// Length in bytes of the longest common prefix, on a char boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or_else(|| a.len().min(b.len()), |((i, _), _)| i)
}

pub fn severity_class(severity: &str) -> &'static str {
    match severity {
        "error" => "sev-error",
        "warning" => "sev-warning",
        _ => "sev-info",
    }
}

#[cfg(test)]
mod tests {
    use super::common_prefix;

    #[test]
    fn common_prefix_stops_at_the_first_difference_on_a_char_boundary() {
        assert_eq!(common_prefix("abc", "abd"), 2);
        assert_eq!(common_prefix("abc", "abcdef"), 3);
        assert_eq!(common_prefix("é1", "é2"), 2);
        assert_eq!(common_prefix("", "x"), 0);
        assert_eq!(common_prefix("same", "same"), 4);
    }
}
