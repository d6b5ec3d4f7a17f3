//! `<raikit-assessment>`: the top-level component.

use super::intro::Intro;
use yew::prelude::*;

/// The element's attributes, as the host page set them.
#[derive(Properties, PartialEq, Clone, Debug)]
pub struct AssessmentProps {
    #[prop_or_else(|| "risk".to_string())]
    pub questionnaire: String,
    #[prop_or_else(|| "en".to_string())]
    pub lang: String,
    #[prop_or_else(|| "none".to_string())]
    pub storage: String,
    #[prop_or_else(|| "auto".to_string())]
    pub theme: String,
}

/// Normalises the `theme` attribute; anything unknown falls back to `auto`.
pub fn theme_class(theme: &str) -> &'static str {
    match theme {
        "light" => "theme-light",
        "dark" => "theme-dark",
        _ => "theme-auto",
    }
}

#[function_component(Assessment)]
pub fn assessment(props: &AssessmentProps) -> Html {
    html! {
        <div class={classes!("raikit", theme_class(&props.theme))} part="panel" lang={props.lang.clone()}>
            <Intro />
        </div>
    }
}
