//! One section of questions, with previous/next navigation. Only questions
//! whose conditions hold are shown; hidden ones keep their answers.

use super::question::QuestionView;
use super::state::View;
use crate::i18n::{num, Messages};
use raikit_core::assess::{Answer, AnswerSet, Assessment as Scored, Definition};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub def: Rc<Definition>,
    pub index: usize,
    pub lang: String,
    pub answers: AnswerSet,
    pub assessment: Rc<Scored>,
    pub on_answer: Callback<(String, Option<Answer>)>,
    pub on_show: Callback<View>,
}

#[function_component(SectionView)]
pub fn section_view(props: &SectionViewProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let heading = use_node_ref();
    // Move focus to the heading when the section changes, so keyboard and
    // screen-reader users start at the top of the new section.
    {
        let heading = heading.clone();
        use_effect_with(props.index, move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let def = &props.def;
    let Some(section) = def.sections.get(props.index) else {
        return html! {};
    };
    let dl = def.default_lang();
    let visible_sections: Vec<usize> = def
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| props.assessment.completeness.sections.iter().any(|c| c.id == s.id && c.visible))
        .map(|(i, _)| i)
        .collect();
    let position = visible_sections.iter().position(|i| *i == props.index);
    let prev = position.and_then(|p| p.checked_sub(1)).and_then(|p| visible_sections.get(p).copied());
    let next = position.and_then(|p| visible_sections.get(p + 1).copied());
    let shown: Vec<_> = section
        .questions
        .iter()
        .filter(|q| props.assessment.questions.iter().any(|r| r.id == q.id && r.visible))
        .collect();
    let go = |view: View| {
        let on_show = props.on_show.clone();
        Callback::from(move |_| on_show.emit(view.clone()))
    };
    html! {
        <section class="section" aria-labelledby={format!("raikit-section-{}", section.id)}>
            <p class="muted section-of">{ m.t_args("section-of", &[("index", num(position.map_or(0, |p| p + 1) as u32)), ("total", num(visible_sections.len() as u32))]) }</p>
            <h3 id={format!("raikit-section-{}", section.id)} tabindex="-1" ref={heading}>{ section.title.get(&props.lang, dl) }</h3>
            if let Some(d) = &section.description { <p class="muted">{ d.get(&props.lang, dl) }</p> }
            if shown.is_empty() { <p>{ m.t("section-empty") }</p> }
            { for shown.into_iter().map(|q| html! {
                <QuestionView key={q.id.clone()} question={q.clone()} default_lang={dl.to_string()} lang={props.lang.clone()}
                    answer={props.answers.answers.get(&q.id).cloned()} on_answer={props.on_answer.clone()} />
            }) }
            <div class="pager">
                if let Some(p) = prev {
                    <button type="button" part="button" onclick={go(View::Section(p))}>{ m.t("section-previous") }</button>
                }
                if let Some(n) = next {
                    <button type="button" class="primary" part="button" onclick={go(View::Section(n))}>{ m.t("section-next") }</button>
                } else {
                    <button type="button" class="primary" part="button" onclick={go(View::Results)}>{ m.t("section-show-results") }</button>
                }
            </div>
        </section>
    }
}
