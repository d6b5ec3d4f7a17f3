//! The policy text editor: a plain textarea (so editing, selection and
//! assistive technology work natively) over a mirror layer that draws the
//! highlights. The mirror is hidden from assistive technology; findings are
//! listed accessibly beside it.

use super::policy_lint::Checked;
use crate::i18n::Messages;
use raikit_core::lint::Format;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LintEditorProps {
    pub node: NodeRef,
    pub text: String,
    pub format: Format,
    pub checked: Option<Checked>,
    pub on_input: Callback<String>,
    pub on_format: Callback<Format>,
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
    let onscroll = {
        let mirror = mirror.clone();
        Callback::from(move |e: Event| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            if let Some(mirror) = mirror.cast::<web_sys::Element>() {
                mirror.set_scroll_top(area.scroll_top());
                mirror.set_scroll_left(area.scroll_left());
            }
        })
    };
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
                <label for="raikit-lint-file" class="file-label">{ m.t("lint-open") }</label>
                <input type="file" id="raikit-lint-file" accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onchange={onfile} />
            </div>
            <label for="raikit-lint-text" class="editor-label">{ m.t("lint-editor-label") }</label>
            <p class="muted hint">{ m.t("lint-drop") }</p>
            <div class="editor-stack" {ondrop} {ondragover}>
                <div class="mirror" aria-hidden="true" ref={mirror}>{ highlights(&props.text, props.checked.as_ref()) }</div>
                <textarea id="raikit-lint-text" ref={props.node.clone()} spellcheck="true" value={props.text.clone()}
                    part="editor" {oninput} {onscroll} />
            </div>
        </div>
    }
}

/// Splits the text into plain runs and highlighted findings. Overlapping
/// findings are drawn once, by the first to start. While the text is newer
/// than the last check, findings before the first edited character still
/// fit and stay drawn, so typing does not make every highlight flicker.
fn highlights(text: &str, checked: Option<&Checked>) -> Html {
    let Some(c) = checked else { return html! { <>{ text }{ "\u{200b}" }</> } };
    let unchanged = common_prefix(text, &c.text);
    let mut spans: Vec<(usize, usize, &'static str)> = c
        .report
        .findings
        .iter()
        .filter(|f| f.range.byte.start < f.range.byte.end && f.range.byte.end <= unchanged)
        .map(|f| (f.range.byte.start, f.range.byte.end, severity_class(f.severity.name())))
        .collect();
    spans.sort();
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e, class) in spans {
        if s < at || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push(html! { { &text[at..s] } });
        out.push(html! { <mark class={class}>{ &text[s..e] }</mark> });
        at = e;
    }
    out.push(html! { { &text[at..] } });
    // Keeps a trailing newline's line box, so the layers stay aligned.
    out.push(html! { "\u{200b}" });
    out.into_iter().collect()
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
