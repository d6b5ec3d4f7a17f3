//! Section navigation with progress, so questions can be answered in any order.

use super::state::View;
use crate::i18n::{num, Messages};
use raikit_core::assess::{Assessment as Scored, Definition};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionNavProps {
    pub def: Rc<Definition>,
    pub lang: String,
    pub view: View,
    pub assessment: Rc<Scored>,
    pub on_show: Callback<View>,
}

#[function_component(SectionNav)]
pub fn section_nav(props: &SectionNavProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let c = &props.assessment.completeness;
    let item = |view: View, label: String, extra: Html, done: bool| {
        let current = props.view == view;
        let on_show = props.on_show.clone();
        let target = view.clone();
        html! {
            <li class={classes!(current.then_some("current"), done.then_some("done"))}>
                <button type="button" part="nav-item" aria-current={current.then_some("step")}
                    onclick={Callback::from(move |_| on_show.emit(target.clone()))}>
                    <span class="nav-label">{ label }</span>{ extra }
                </button>
            </li>
        }
    };
    let sections = props.def.sections.iter().enumerate().filter_map(|(i, s)| {
        let sc = c.sections.iter().find(|x| x.id == s.id)?;
        if !sc.visible {
            return None;
        }
        let counts = html! {
            <span class="nav-count">{ m.t_args("progress-section", &[("answered", num(sc.answered as u32)), ("required", num(sc.required as u32))]) }</span>
        };
        Some(item(View::Section(i), s.title.get(&props.lang, props.def.default_lang()).to_string(), counts, sc.required > 0 && sc.answered == sc.required))
    });
    let progress_text = m.t_args("progress-label", &[("answered", num(c.answered as u32)), ("required", num(c.required as u32))]);
    html! {
        <nav class="sections" aria-label={m.t("nav-label")}>
            <div class="progress">
                <progress max={c.required.max(1).to_string()} value={c.answered.to_string()} aria-label={progress_text.clone()} />
                <span class="progress-text">{ progress_text }</span>
            </div>
            <ol>
                { item(View::Intro, m.t("nav-intro"), Html::default(), false) }
                { for sections }
                { item(View::Results, m.t("nav-results"), Html::default(), false) }
            </ol>
        </nav>
    }
}
