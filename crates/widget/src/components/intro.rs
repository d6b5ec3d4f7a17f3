//! The introduction: what the assessment is for, and the principles it uses.

use raikit_core::Taxonomy;
use yew::prelude::*;

#[function_component(Intro)]
pub fn intro() -> Html {
    let taxonomy = Taxonomy::builtin();
    html! {
        <section class="intro" aria-labelledby="raikit-intro-title">
            <h2 id="raikit-intro-title" part="title">{ "Responsible AI assessment" }</h2>
            <p class="lead">
                { "This assessment helps you check an AI system used in law enforcement against five principles \
                   for responsible AI innovation. Each principle is split into the concrete aims below." }
            </p>
            <p class="privacy" part="privacy">
                <strong>{ "Your answers stay on this device." }</strong>
                { " Nothing you enter is sent anywhere." }
            </p>
            <ol class="principles">
                { for taxonomy.core.iter().map(|core| html! {
                    <li class="core" data-principle={core.id.clone()}>
                        <h3>{ &core.name }</h3>
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
