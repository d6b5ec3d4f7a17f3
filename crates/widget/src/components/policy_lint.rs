//! `<raikit-policy-lint>`: an editor for policy text with findings
//! highlighted inline, the findings grouped by principle, and a coverage map
//! of the 17 instrumental principles. Text is checked in the browser only.

use super::coverage_map::CoverageMap;
use super::findings_list::FindingsList;
use super::lint_editor::LintEditor;
use crate::download::download;
use crate::i18n::{num, text, Messages};
use crate::events;
use raikit_core::lint::{apply_fix, lint, Finding, Format, LintOptions, LintReport};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PolicyLintProps {
    #[prop_or_else(|| "en".to_string())]
    pub lang: String,
    #[prop_or_else(|| "auto".to_string())]
    pub theme: String,
    #[prop_or_default]
    pub host: Option<web_sys::HtmlElement>,
}

/// Debounce: lint once typing pauses, so long documents stay responsive.
const LINT_DELAY_MS: u32 = 300;

#[derive(Clone, PartialEq)]
pub struct Checked {
    pub report: Rc<LintReport>,
    /// The exact text the report's ranges refer to.
    pub text: Rc<str>,
}

#[function_component(PolicyLint)]
pub fn policy_lint(props: &PolicyLintProps) -> Html {
    let messages = use_memo(props.lang.clone(), |lang| Messages::load(lang));
    let m: Rc<Messages> = (*messages).clone();
    let text_state = use_state(String::new);
    // Typed or pasted text is plain text; opened files keep their format.
    let format = use_state(|| Format::Text);
    let checked = use_state(|| None::<Checked>);
    let error = use_state(|| None::<String>);
    let notice = use_state(|| None::<String>);
    let timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let editor = use_node_ref();

    // Runs the linter now on `text` and publishes the result.
    let run = {
        let (checked, error, host, lang) = (checked.clone(), error.clone(), props.host.clone(), props.lang.clone());
        Rc::new(move |text: String, format: Format| {
            let options = LintOptions { format: Some(format), lang: lang.clone() };
            match lint(text.as_bytes(), &options) {
                Ok(report) => {
                    let json = serde_json::to_string(&report).unwrap_or_default();
                    events::lint(host.as_ref(), &json);
                    error.set(None);
                    checked.set(Some(Checked { report: Rc::new(report), text: text.into() }));
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        })
    };
    // Markdown and HTML may first need the on-demand formats bundle.
    let run = crate::formats::once_readable(run);
    let schedule = {
        let (run, timer) = (run.clone(), timer.clone());
        Rc::new(move |text: String, format: Format| {
            let run = run.clone();
            *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(LINT_DELAY_MS, move || run(text, format)));
        })
    };

    let on_input = {
        let (text_state, schedule, format, notice) = (text_state.clone(), schedule.clone(), format.clone(), notice.clone());
        Callback::from(move |value: String| {
            notice.set(None);
            schedule(value.clone(), *format);
            text_state.set(value);
        })
    };
    let on_format = {
        let (format, run, text_state) = (format.clone(), run.clone(), text_state.clone());
        Callback::from(move |f: Format| {
            format.set(f);
            run((*text_state).clone(), f);
        })
    };
    let on_file = {
        let (text_state, format, run, error, notice, m) = (text_state.clone(), format.clone(), run.clone(), error.clone(), notice.clone(), m.clone());
        Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            let ext = name.rsplit('.').next().unwrap_or_default().to_ascii_lowercase();
            let Some(kind) = Format::from_extension(&ext) else {
                error.set(Some(m.t_args("lint-file-type", &[("name", text(name.clone()))])));
                return;
            };
            if kind == Format::Docx {
                // Show the extracted text; from then on it is edited as plain text.
                let (text_state, format, run, error, notice, m) = (text_state.clone(), format.clone(), run.clone(), error.clone(), notice.clone(), m.clone());
                crate::formats::when_ready(Format::Docx, move || {
                    match lint(&bytes, &LintOptions { format: Some(Format::Docx), lang: "en".into() }) {
                        Ok(report) => {
                            let extracted = report.extracted_text.clone().unwrap_or_default();
                            notice.set(Some(m.t_args("lint-docx-note", &[("name", text(name.clone()))])));
                            format.set(Format::Text);
                            text_state.set(extracted.clone());
                            run(extracted, Format::Text);
                        }
                        Err(e) => error.set(Some(m.t_args("lint-file-error", &[("name", text(name.clone())), ("reason", text(e.to_string()))]))),
                    }
                });
                return;
            }
            match String::from_utf8(bytes) {
                Ok(content) => {
                    notice.set(None);
                    format.set(kind);
                    text_state.set(content.clone());
                    run(content, kind);
                }
                Err(_) => error.set(Some(m.t_args("lint-file-error", &[("name", text(name.clone())), ("reason", text(m.t("lint-not-utf8")))]))),
            }
        })
    };
    let select_range = {
        let editor = editor.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            if let Some(area) = editor.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
                let _ = area.set_selection_range(start as u32, end as u32);
            }
        })
    };
    let on_fix = {
        let (text_state, format, run, notice, m, checked) = (text_state.clone(), format.clone(), run.clone(), notice.clone(), m.clone(), checked.clone());
        Callback::from(move |finding: Finding| {
            let Some(c) = (*checked).clone() else { return };
            if let Ok(fixed) = apply_fix(&c.text, &finding) {
                notice.set(Some(m.t("lint-applied")));
                text_state.set(fixed.clone());
                run(fixed, *format);
            }
        })
    };
    let export = |markdown: bool| {
        let checked = checked.clone();
        Callback::from(move |_| {
            let Some(c) = (*checked).clone() else { return };
            let result = if markdown {
                download("raikit-policy-findings.md", "text/markdown", &raikit_core::lint::export_md::render(&c.report))
            } else {
                download("raikit-policy-findings.json", "application/json", &serde_json::to_string_pretty(&*c.report).unwrap_or_default())
            };
            if let Err(e) = result {
                web_sys::console::error_1(&format!("raikit: download failed: {e}").into());
            }
        })
    };

    let current = (*checked).clone().filter(|c| *c.text == **text_state);
    let stale = checked.is_some() && current.is_none();
    html! {
        <ContextProvider<Rc<Messages>> context={m.clone()}>
            <div class={classes!("raikit", "lint", super::assessment::theme_class(&props.theme))} part="panel"
                lang={m.lang.clone()} dir={super::assessment::text_direction(&m.lang)}>
                <h2 part="title">{ m.t("lint-title") }</h2>
                <p class="lead">{ m.t("lint-lead") }</p>
                <p class="privacy" part="privacy"><strong>{ m.t("lint-privacy") }</strong></p>
                <LintEditor node={editor} text={(*text_state).clone()} format={*format} checked={(*checked).clone()}
                    on_input={on_input} on_format={on_format} on_file={on_file} />
                if let Some(n) = &*notice { <p class="notice ok" role="status">{ n }</p> }
                if let Some(e) = &*error { <p class="notice error" role="alert">{ m.t_args("lint-error", &[("reason", text(e.clone()))]) }</p> }
                <p class="lint-status" role="status" aria-live="polite">
                    { match (&current, stale) {
                        (_, true) => m.t("lint-checking"),
                        (Some(c), _) => m.t_args("lint-summary", &[
                            ("errors", num(c.report.summary.errors as u32)), ("warnings", num(c.report.summary.warnings as u32)),
                            ("infos", num(c.report.summary.infos as u32)), ("words", num(c.report.stats.words as u32))]),
                        (None, _) => String::new(),
                    } }
                </p>
                if let Some(c) = current {
                    <div class="lint-results">
                        <CoverageMap checked={c.clone()} on_select={select_range.clone()} />
                        <FindingsList checked={c} on_select={select_range} on_fix={on_fix} />
                    </div>
                    <div class="button-row export-bar">
                        <button type="button" part="button" onclick={export(false)}>{ m.t("lint-export-json") }</button>
                        <button type="button" part="button" onclick={export(true)}>{ m.t("lint-export-markdown") }</button>
                    </div>
                }
            </div>
        </ContextProvider<Rc<Messages>>>
    }
}
