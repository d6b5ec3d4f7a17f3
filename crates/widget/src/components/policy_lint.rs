//! `<raikit-policy-lint>`: an editor for policy text with findings
//! highlighted inline, the findings grouped by principle, and a coverage map
//! of the 17 instrumental principles. Text is checked in the browser only.
//!
//! Responsiveness (docs/performance.md): the textarea is never re-rendered
//! from state while the user types; checks are debounced; one check is split
//! into separate tasks (lint, render, event) so no task blocks the page for
//! long; the last results stay on screen, marked stale, until the next ones
//! arrive; a text too long to check as you type waits for "Check now".

use super::coverage_map::CoverageMap;
use super::findings_list::FindingsList;
use super::lint_editor::LintEditor;
use crate::download::download;
use crate::assets::Pack;
use crate::i18n::{load_pack, num, pack_notice, text, use_language, Messages};
use crate::events;
use crate::tasks::{after_next_paint, when_idle};
use gloo_timers::callback::Timeout;
use raikit_core::lint::{apply_fix, lint, Document, Finding, Format, LintError, LintOptions, LintReport, Linter};
use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PolicyLintProps {
    #[prop_or_else(|| "en".to_string())]
    pub lang: String,
    #[prop_or_else(|| "auto".to_string())]
    pub theme: String,
    /// Where language packs live (the folder of raikit.js).
    #[prop_or_default]
    pub base: String,
    #[prop_or_default]
    pub host: Option<web_sys::HtmlElement>,
}

/// Debounce: lint once typing pauses, so long documents stay responsive.
const LINT_DELAY_MS: u32 = 300;

/// Texts longer than this (UTF-8 bytes, about 25,000 words) are checked only
/// on request: one check would block the page for longer than a frame budget.
pub const LIVE_LIMIT_BYTES: usize = 150_000;

/// A report and the exact text its ranges refer to. Compared by identity, so
/// components skip re-rendering when the same check is passed again.
#[derive(Clone)]
pub struct Checked {
    pub report: Rc<LintReport>,
    pub text: Rc<str>,
    format: Format,
}

impl PartialEq for Checked {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report) && Rc::ptr_eq(&self.text, &other.text)
    }
}

/// The scheduling state shared by the callbacks (not rendered).
#[derive(Default)]
struct Live {
    timer: Option<Timeout>,
    /// Bumped on every new request, so results of an older one are dropped.
    generation: u64,
    /// The last published check.
    latest: Option<Checked>,
    /// The policy's language as chosen ("auto" or empty: detected), read
    /// when a check runs so that a pending check uses the latest choice.
    doc_lang: String,
}

type Shared = Rc<RefCell<Live>>;

/// A moment after the element appears, when the page is idle, the linter is
/// built and run once on the principles' example clauses (the rules' own
/// examples are left out of this bundle), each step in a task of its own.
/// The browser compiles wasm functions on first use, so otherwise the user's
/// first check would pay for that and stall the page.
const WARM_UP_AFTER_MS: u32 = 1_000;

fn warm_up() {
    when_idle(|| {
        let linter = Linter::builtin();
        when_idle(move || {
            let sample: Vec<&str> = linter.principles().iter().map(|p| p.example.as_str()).collect();
            let _ = linter.lint(sample.join("\n\n").as_bytes(), &LintOptions::default());
        });
    });
}

#[function_component(PolicyLint)]
pub fn policy_lint(props: &PolicyLintProps) -> Html {
    let (m, status): (Rc<Messages>, _) = use_language(&props.lang, &props.base, None);
    let text_state = use_state(|| Rc::<str>::from(""));
    // Typed or pasted text is plain text; opened files keep their format.
    let format = use_state(|| Format::Text);
    let checked = use_state(|| None::<Checked>);
    let queued = use_state(|| false);
    let error = use_state(|| None::<String>);
    let notice = use_state(|| None::<String>);
    let live: Shared = use_mut_ref(Live::default);
    let doc_lang = use_state(|| raikit_core::lint::AUTO.to_string());
    // Counts the linter word packs that arrived, to check the text again.
    let words_loaded = use_state(|| 0u32);
    let editor = use_node_ref();
    use_effect_with((), |_| {
        let timer = Timeout::new(WARM_UP_AFTER_MS, warm_up);
        move || drop(timer)
    });

    // Checks `text` now (one task), then renders the result and tells the
    // host page, each in a task of its own.
    let run = {
        let (checked, queued, error, host, m, live, base, words_loaded) = (
            checked.clone(), queued.clone(), error.clone(), props.host.clone(), m.clone(), live.clone(), props.base.clone(), words_loaded.clone(),
        );
        Rc::new(move |text: Rc<str>, format: Format| {
            // A pending timer is left alone: it belongs to a newer edit, and
            // cancelling it here would leave that edit unchecked.
            let generation = {
                let mut l = live.borrow_mut();
                l.generation += 1;
                if l.latest.as_ref().is_some_and(|c| *c.text == *text && c.format == format) {
                    // Nothing changed since the last check (an edit undone, say).
                    queued.set(false);
                    checked.set(l.latest.clone());
                    return;
                }
                l.generation
            };
            // The policy's language is chosen in the editor or detected from
            // its text: the `lang` attribute is the interface's, not the document's.
            let options = LintOptions { format: Some(format), lang: live.borrow().doc_lang.clone() };
            match lint(text.as_bytes(), &options) {
                Ok(mut report) => {
                    // Messages in the interface's language; ids and ranges unchanged.
                    raikit_core::l10n::localize_lint(&mut report, &m.lang);
                    let result = Checked { report: Rc::new(report), text, format };
                    let (checked, queued, error, host, live) = (checked.clone(), queued.clone(), error.clone(), host.clone(), live.clone());
                    Timeout::new(0, move || {
                        if live.borrow().generation != generation {
                            return;
                        }
                        live.borrow_mut().latest = Some(result.clone());
                        error.set(None);
                        queued.set(false);
                        checked.set(Some(result.clone()));
                        Timeout::new(0, move || {
                            // The download's writer: one serializer for the report, not two.
                            let json = serde_json::to_string_pretty(&*result.report).unwrap_or_default();
                            events::lint(host.as_ref(), &json);
                        })
                        .forget();
                    })
                    .forget();
                }
                Err(LintError::LanguageNotLoaded(lang)) => {
                    // A French or Spanish text: its word data comes on
                    // demand, then the text is checked again.
                    // An error about the text before no longer applies.
                    error.set(None);
                    let (queued, error, words_loaded, m) = (queued.clone(), error.clone(), words_loaded.clone(), m.clone());
                    load_pack(&base, lang, Pack::LintWords, install_words, Callback::from(move |ok| {
                        if ok {
                            // A fresh value each time, so every arrival is seen.
                            static ARRIVALS: AtomicU32 = AtomicU32::new(0);
                            words_loaded.set(ARRIVALS.fetch_add(1, Ordering::Relaxed) + 1);
                        } else {
                            queued.set(false);
                            error.set(Some(m.t("lint-err-words-failed")));
                        }
                    }));
                }
                Err(e) => {
                    queued.set(false);
                    error.set(Some(error_text(&m, &e)));
                }
            }
        })
    };
    // Markdown and HTML may first need the on-demand formats bundle.
    let run = crate::formats::once_readable(run);
    // Checks `text` once the browser has painted "Checking…", unless it is
    // too long to check without being asked (`asked`: the user did ask).
    let request_check = {
        let (run, queued, live) = (run.clone(), queued.clone(), live.clone());
        Rc::new(move |text: Rc<str>, f: Format, asked: bool| {
            let mut l = live.borrow_mut();
            l.timer = None;
            l.generation += 1;
            let check = asked || text.len() <= LIVE_LIMIT_BYTES;
            queued.set(check);
            if check {
                let (run, live, requested) = (run.clone(), live.clone(), l.generation);
                after_next_paint(move || {
                    // Typing since then scheduled a newer check: this one is moot.
                    if live.borrow().generation == requested {
                        run(text, f);
                    }
                });
            }
        })
    };
    // Replaces the editor's text from code (a file, a fix) and checks it.
    let replace_text = {
        let (text_state, editor, request_check) = (text_state.clone(), editor.clone(), request_check.clone());
        Rc::new(move |new_text: String, f: Format| {
            if let Some(area) = editor.cast::<HtmlTextAreaElement>() {
                area.set_value(&new_text);
            }
            let new_text: Rc<str> = new_text.into();
            text_state.set(new_text.clone());
            request_check(new_text, f, false);
        })
    };

    // Word data for the text's language arrived: check it again.
    {
        let (run, text_state, format, live) = (run.clone(), text_state.clone(), format.clone(), live.clone());
        use_effect_with(*words_loaded, move |loaded| {
            if *loaded > 0 {
                live.borrow_mut().latest = None;
                run((*text_state).clone(), *format);
            }
        });
    }

    // A language switch retells the current findings in the new language.
    {
        let (run, text_state, format, has_report, live) = (run.clone(), text_state.clone(), format.clone(), checked.is_some(), live.clone());
        use_effect_with(m.lang.clone(), move |_| {
            if has_report {
                // The cached result is in the old language: check afresh.
                live.borrow_mut().latest = None;
                run((*text_state).clone(), *format);
            }
        });
    }

    let on_input = {
        let (text_state, run, format, notice, queued, live) =
            (text_state.clone(), run.clone(), *format, notice.clone(), queued.clone(), live.clone());
        Callback::from(move |value: String| {
            notice.set(None);
            let value: Rc<str> = value.into();
            text_state.set(value.clone());
            let mut l = live.borrow_mut();
            l.generation += 1;
            if value.len() > LIVE_LIMIT_BYTES {
                l.timer = None;
                queued.set(false);
                return;
            }
            queued.set(true);
            let run = run.clone();
            l.timer = Some(Timeout::new(LINT_DELAY_MS, move || run(value, format)));
        })
    };
    let check_now = {
        let (text_state, format, request_check) = (text_state.clone(), *format, request_check.clone());
        Callback::from(move |_| {
            // Asked for explicitly, so checked whatever its length.
            request_check((*text_state).clone(), format, true);
        })
    };
    let on_format = {
        let (format, request_check, text_state) = (format.clone(), request_check.clone(), text_state.clone());
        Callback::from(move |f: Format| {
            format.set(f);
            request_check((*text_state).clone(), f, false);
        })
    };
    let on_doc_lang = {
        let (doc_lang, live, request_check, text_state, format) =
            (doc_lang.clone(), live.clone(), request_check.clone(), text_state.clone(), *format);
        Callback::from(move |value: String| {
            {
                let mut l = live.borrow_mut();
                l.doc_lang = value.clone();
                // The cached result was read in the previous language.
                l.latest = None;
            }
            doc_lang.set(value);
            request_check((*text_state).clone(), format, false);
        })
    };
    let on_file = {
        let (format, replace_text, error, notice, m) = (format.clone(), replace_text.clone(), error.clone(), notice.clone(), m.clone());
        Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            let ext = name.rsplit('.').next().unwrap_or_default().to_ascii_lowercase();
            let Some(kind) = Format::from_extension(&ext) else {
                // Published policies are mostly PDFs: say what to do with one.
                let key = if ext == "pdf" { "lint-file-pdf" } else { "lint-file-type" };
                error.set(Some(m.t_args(key, &[("name", text(name.clone()))])));
                return;
            };
            if kind == Format::Docx {
                // Show the extracted text; from then on it is edited as plain text.
                let (format, replace_text, error, notice, m) = (format.clone(), replace_text.clone(), error.clone(), notice.clone(), m.clone());
                crate::formats::when_ready(Format::Docx, move || {
                    match Document::parse(&bytes, Format::Docx) {
                        Ok(doc) => {
                            notice.set(Some(m.t_args("lint-docx-note", &[("name", text(name.clone()))])));
                            format.set(Format::Text);
                            replace_text(doc.original, Format::Text);
                        }
                        Err(e) => error.set(Some(m.t_args("lint-file-error", &[("name", text(name.clone())), ("reason", text(error_text(&m, &e)))]))),
                    }
                });
                return;
            }
            match String::from_utf8(bytes) {
                Ok(content) => {
                    notice.set(None);
                    format.set(kind);
                    replace_text(content, kind);
                }
                Err(_) => error.set(Some(m.t_args("lint-file-error", &[("name", text(name.clone())), ("reason", text(m.t("lint-not-utf8")))]))),
            }
        })
    };
    // Stable callbacks: the results lists keep their props while the user types.
    let select_range = {
        let editor = editor.clone();
        use_callback((), move |(start, end): (usize, usize), _| {
            if let Some(area) = editor.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
                let _ = area.set_selection_range(start as u32, end as u32);
            }
        })
    };
    let on_fix = {
        let (replace_text, notice, m, live) = (replace_text.clone(), notice.clone(), m.clone(), live.clone());
        use_callback(m.lang.clone(), move |finding: Finding, _| {
            let Some(c) = live.borrow().latest.clone() else { return };
            if let Ok(fixed) = apply_fix(&c.text, &finding) {
                notice.set(Some(m.t("lint-applied")));
                replace_text(fixed, c.format);
            }
        })
    };
    let export = |markdown: bool| {
        let (checked, lang) = (checked.clone(), m.lang.clone());
        Callback::from(move |_| {
            let Some(c) = (*checked).clone() else { return };
            let result = if markdown {
                download("raikit-policy-findings.md", "text/markdown", &raikit_core::lint::export_md::render(&c.report, &lang))
            } else {
                download("raikit-policy-findings.json", "application/json", &serde_json::to_string_pretty(&*c.report).unwrap_or_default())
            };
            if let Err(e) = result {
                web_sys::console::error_1(&format!("raikit: download failed: {e}").into());
            }
        })
    };

    let current = (*checked).clone().filter(|c| Rc::ptr_eq(&c.text, &*text_state) || *c.text == **text_state);
    let stale = current.is_none();
    let waiting_for_request = stale && !*queued && text_state.len() > LIVE_LIMIT_BYTES;
    html! {
        <ContextProvider<Rc<Messages>> context={m.clone()}>
            <div class={classes!("raikit", "lint", super::assessment::theme_class(&props.theme))} part="panel"
                lang={m.lang.clone()} dir={super::assessment::text_direction(&m.lang)} data-lint-delay={LINT_DELAY_MS.to_string()}>
                { pack_notice(&m, status) }
                <h2 part="title">{ m.t("lint-title") }</h2>
                <p class="lead">{ m.t("lint-lead") }</p>
                <p class="privacy" part="privacy"><strong>{ m.t("lint-privacy") }</strong></p>
                <LintEditor node={editor} text={(*text_state).clone()} format={*format} checked={(*checked).clone()}
                    on_input={on_input} on_format={on_format} on_file={on_file}
                    doc_lang={(*doc_lang).clone()} on_doc_lang={on_doc_lang} />
                if let Some(n) = &*notice { <p class="notice ok" role="status">{ n }</p> }
                if let Some(e) = &*error { <p class="notice error" role="alert">{ m.t_args("lint-error", &[("reason", text(e.clone()))]) }</p> }
                <p class="lint-status" role="status" aria-live="polite">
                    { if let Some(c) = &current {
                        m.t_args("lint-summary", &[
                            ("errors", num(c.report.summary.errors as u32)), ("warnings", num(c.report.summary.warnings as u32)),
                            ("infos", num(c.report.summary.infos as u32)), ("words", num(c.report.stats.words as u32))])
                    } else if *queued {
                        m.t("lint-checking")
                    } else if waiting_for_request {
                        m.t_args("lint-large", &[("size", num((text_state.len() / 1000) as u32))])
                    } else {
                        String::new()
                    } }
                </p>
                if waiting_for_request {
                    <p class="button-row"><button type="button" part="button" onclick={check_now}>{ m.t("lint-check-now") }</button></p>
                }
                if let Some(c) = (*checked).clone() {
                    <div class={classes!("lint-results", stale.then_some("stale"))} aria-busy={stale.to_string()}>
                        <CoverageMap checked={c.clone()} {stale} on_select={select_range.clone()} />
                        <FindingsList checked={c} {stale} on_select={select_range} on_fix={on_fix} />
                    </div>
                    <div class="button-row export-bar">
                        <button type="button" part="button" disabled={stale} onclick={export(false)}>{ m.t("lint-export-json") }</button>
                        <button type="button" part="button" disabled={stale} onclick={export(true)}>{ m.t("lint-export-markdown") }</button>
                    </div>
                }
            </div>
        </ContextProvider<Rc<Messages>>>
    }
}

/// Reads a fetched `lang/<lang>/lint.json` into the linter.
fn install_words(lang: &str, _: &Pack, json: &str) -> Result<(), String> {
    let words_of = raikit_core::lint::lang::Lang::from_code(lang).ok_or_else(|| format!("no linter language `{lang}`"))?;
    raikit_core::lint::lang::install(words_of, json)
}

/// Why a check failed, in the interface's language. Details that only a
/// developer could act on (a configuration or reader message) stay as the
/// core wrote them, inside the translated sentence.
fn error_text(m: &Messages, e: &LintError) -> String {
    match e {
        LintError::TooLarge { limit, actual } => m.t_args(
            "lint-err-too-large",
            &[("size", num((*actual as f64 / 1_048_576.0 * 10.0).round() / 10.0)), ("limit", num((*limit as f64 / 1_048_576.0).round()))],
        ),
        LintError::InvalidUtf8 { .. } => m.t("lint-not-utf8"),
        LintError::UnsupportedLanguage { lang, detected: true } => m.t_args("lint-err-lang-detected", &[("lang", text(lang.clone()))]),
        LintError::UnsupportedLanguage { lang, detected: false } => m.t_args("lint-err-lang", &[("lang", text(lang.clone()))]),
        LintError::UndetectedLanguage => m.t("lint-err-lang-unknown"),
        LintError::Docx(detail) => m.t_args("lint-err-docx", &[("detail", text(detail.clone()))]),
        other => m.t_args("lint-err-other", &[("detail", text(other.to_string()))]),
    }
}
