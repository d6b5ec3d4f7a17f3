//! The introduction: what the assessment is for, how long it takes, the
//! privacy promise, and the principles it is built on.

use super::state::View;
use crate::i18n::{num, Messages};
use raikit_core::assess::Definition;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub def: Rc<Definition>,
    pub lang: String,
    pub started: bool,
    pub storage_local: bool,
    pub on_show: Callback<View>,
}

#[function_component(Intro)]
pub fn intro(props: &IntroProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let def = &props.def;
    let taxonomy = raikit_core::l10n::taxonomy(&m.lang);
    let start = {
        let on_show = props.on_show.clone();
        Callback::from(move |_| on_show.emit(View::Section(0)))
    };
    let facts = [
        def.estimated_minutes.map(|n| m.t_args("intro-minutes", &[("minutes", num(n))])),
        Some(m.t_args("intro-questions", &[("count", num(def.question_count() as u32))])),
    ];
    html! {
        <section class="intro" aria-labelledby="raikit-intro-title">
            <h3 id="raikit-intro-title" class="visually-hidden">{ m.t("nav-intro") }</h3>
            <p class="lead">{ def.description.get(&props.lang, def.default_lang()) }</p>
            <p class="facts">{ for facts.into_iter().flatten().map(|f| html! { <span class="fact">{ f }</span> }) }</p>
            <div class="privacy" part="privacy">
                <p><strong>{ m.t("intro-privacy-strong") }</strong>{ " " }{ m.t("intro-privacy-rest") }</p>
                if props.storage_local { <p>{ m.t("intro-privacy-local") }</p> }
            </div>
            <p>
                <button type="button" class="primary" part="button" onclick={start}>
                    { if props.started { m.t("intro-resume") } else { m.t("intro-start") } }
                </button>
            </p>
            <h3>{ m.t("intro-principles-title") }</h3>
            <p class="muted">{ m.t("intro-principles-lead") }</p>
            <ol class="principles">
                { for taxonomy.core.iter().map(|core| html! {
                    <li class="core" data-principle={core.id.clone()}>
                        <h4>{ &core.name }</h4>
                        <p class="core-desc">{ &core.description }</p>
                        <ul class="instrumental">
                            { for core.instrumental.iter().map(|inst| html! {
                                <li data-principle={inst.id.clone()}>
                                    <span class="inst-name">{ &inst.name }</span>
                                    <span class="inst-desc">{ &inst.description }</span>
                                </li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ol>
        </section>
    }
}
