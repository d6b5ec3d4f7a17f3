//! Saving, exporting, importing and printing. Files are made in the browser
//! and downloaded; imports are read from a local file. Nothing is uploaded.

use crate::download::download;
use crate::i18n::Messages;
use crate::report_files;
use raikit_core::assess::{AnswerSet, Definition, Format};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub def: Rc<Definition>,
    pub lang: String,
    pub answers: AnswerSet,
    pub storage_local: bool,
    pub on_import: Callback<String>,
    pub on_delete: Callback<()>,
}

#[function_component(ExportBar)]
pub fn export_bar(props: &ExportBarProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    // A Markdown, CSV or HTML report may wait for the renderers bundle: say
    // so while it does, and say so if it cannot be had.
    let preparing = use_state(|| false);
    let failed = use_state(|| false);
    let export = |format: Option<Format>| {
        let (def, lang, answers) = (props.def.clone(), props.lang.clone(), props.answers.clone());
        let (preparing, failed) = (preparing.clone(), failed.clone());
        Callback::from(move |_| {
            let id = &def.id;
            let Some(format) = format else {
                let body = serde_json::to_string_pretty(&answers).unwrap_or_default();
                save(&format!("raikit-{id}-answers.json"), "application/json", &body);
                return;
            };
            let (extension, mime) = match format {
                Format::Json => ("json", "application/json"),
                Format::Markdown => ("md", "text/markdown"),
                Format::Csv => ("csv", "text/csv"),
                Format::Html => ("html", "text/html"),
            };
            let name = format!("raikit-{id}-report.{extension}");
            let (def, lang, answers) = (def.clone(), lang.clone(), answers.clone());
            let (preparing, failed) = (preparing.clone(), failed.clone());
            preparing.set(true);
            failed.set(false);
            wasm_bindgen_futures::spawn_local(async move {
                let result = report_files::render(&def, &answers, &lang, format).await;
                preparing.set(false);
                match result {
                    Ok(body) => save(&name, mime, &body),
                    Err(e) => {
                        web_sys::console::error_1(&format!("raikit: the {} report could not be made: {e}", format.name()).into());
                        failed.set(true);
                    }
                }
            });
        })
    };
    let on_file = {
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let on_import = on_import.clone();
            let reader = gloo_file::callbacks::read_as_text(&gloo_file::File::from(file), move |result| {
                // A read error leaves an empty text, which import reports as not JSON.
                on_import.emit(result.unwrap_or_default());
            });
            // The read completes asynchronously; keep the reader alive until then.
            std::mem::forget(reader);
            input.set_value("");
        })
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let delete = {
        let on_delete = props.on_delete.clone();
        Callback::from(move |_| on_delete.emit(()))
    };
    let import_id = "raikit-import-file";
    html! {
        <section class="export-bar" part="export" aria-label={m.t("export-title")}>
            <h3 class="visually-hidden">{ m.t("export-title") }</h3>
            <div class="button-row">
                <button type="button" part="button" onclick={export(None)}>{ m.t("export-answers") }</button>
                <button type="button" part="button" onclick={export(Some(Format::Json))}>{ m.t("export-json") }</button>
                <button type="button" part="button" onclick={export(Some(Format::Markdown))}>{ m.t("export-markdown") }</button>
                <button type="button" part="button" onclick={export(Some(Format::Csv))}>{ m.t("export-csv") }</button>
                <button type="button" part="button" onclick={export(Some(Format::Html))}>{ m.t("export-html") }</button>
                <button type="button" part="button" onclick={print}>{ m.t("export-print") }</button>
            </div>
            <p class="muted" role="status">{ if *preparing { m.t("export-preparing") } else { String::new() } }</p>
            if *failed {
                <p class="field-error" role="alert">{ m.t("export-failed") }</p>
            }
            <div class="button-row">
                <label class="file-label" for={import_id}>{ m.t("import-label") }</label>
                <input type="file" id={import_id} accept=".json,application/json" onchange={on_file} />
                if props.storage_local {
                    <button type="button" class="danger" part="button" onclick={delete}>{ m.t("storage-delete") }</button>
                }
            </div>
        </section>
    }
}

fn save(name: &str, mime: &str, body: &str) {
    if let Err(e) = download(name, mime, body) {
        web_sys::console::error_1(&format!("raikit: download failed: {e}").into());
    }
}
