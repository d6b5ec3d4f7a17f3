//! Saving, exporting, importing and printing. Files are made in the browser
//! and downloaded; imports are read from a local file. Nothing is uploaded.

use crate::download::download;
use crate::i18n::Messages;
use raikit_core::assess::{report, AnswerSet, Definition, Format};
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
    let export = |format: Option<Format>| {
        let (def, lang, answers) = (props.def.clone(), props.lang.clone(), props.answers.clone());
        Callback::from(move |_| {
            let id = &def.id;
            let (name, mime, body) = match format {
                None => (format!("raikit-{id}-answers.json"), "application/json", serde_json::to_string_pretty(&answers).unwrap_or_default()),
                Some(Format::Json) => (format!("raikit-{id}-report.json"), "application/json", report(&def, &answers, &lang, Format::Json)),
                Some(Format::Markdown) => (format!("raikit-{id}-report.md"), "text/markdown", report(&def, &answers, &lang, Format::Markdown)),
                Some(Format::Csv) => (format!("raikit-{id}-report.csv"), "text/csv", report(&def, &answers, &lang, Format::Csv)),
                Some(Format::Html) => (format!("raikit-{id}-report.html"), "text/html", report(&def, &answers, &lang, Format::Html)),
            };
            if let Err(e) = download(&name, mime, &body) {
                web_sys::console::error_1(&format!("raikit: download failed: {e}").into());
            }
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
