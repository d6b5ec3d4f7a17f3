//! What the assessment shows when its questionnaire cannot be: an unknown
//! name, a missing inline script, a failed fetch (with "Try again"), or a
//! partner definition with errors (each with its path, so the page's author
//! can fix it).

use crate::i18n::{text, Messages};
use crate::questionnaire::LoadError;
use raikit_core::assess::builtin_ids;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadFailedProps {
    pub error: LoadError,
    /// Given when trying again may help (a failed fetch).
    pub on_retry: Option<Callback<()>>,
}

#[function_component(LoadFailed)]
pub fn load_failed(props: &LoadFailedProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let message = match &props.error {
        LoadError::Unknown(id) => {
            let known: Vec<&str> = builtin_ids().collect();
            m.t_args("error-unknown-questionnaire", &[("id", text(id.clone())), ("known", text(known.join(", ")))])
        }
        LoadError::Fetch { url, reason } => {
            m.t_args("questionnaire-fetch-failed", &[("url", text(url.clone())), ("reason", text(reason.clone()))])
        }
        LoadError::NoElement(id) => m.t_args("questionnaire-no-element", &[("id", text(id.clone()))]),
        LoadError::NotJsonScript(id) => m.t_args("questionnaire-not-json-script", &[("id", text(id.clone()))]),
        LoadError::Invalid(_) => m.t("questionnaire-invalid"),
        LoadError::Validator(reason) => m.t_args("questionnaire-check-failed", &[("reason", text(reason.clone()))]),
    };
    let problems = match &props.error {
        LoadError::Invalid(problems) => html! {
            <ul class="problems">{ for problems.iter().map(|p| html! { <li><code>{ p.to_string() }</code></li> }) }</ul>
        },
        _ => Html::default(),
    };
    let retry = props.on_retry.clone().map(|retry| {
        html! { <button type="button" class="secondary" onclick={move |_| retry.emit(())}>{ m.t("questionnaire-retry") }</button> }
    });
    html! {
        <div class="error load-failed" role="alert">
            <p>{ message }</p>
            { problems }
            { for retry }
        </div>
    }
}
