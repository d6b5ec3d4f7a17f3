//! One question, rendered by type with native form controls (so keyboard and
//! assistive technology work without extra code), its help text and any
//! validation message right beside the field.

use crate::i18n::{num, Messages};
use raikit_core::assess::answers::{RiskRating, NOT_APPLICABLE};
use raikit_core::assess::{Answer, Question, QuestionType};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use raikit_core::num::exact;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: Question,
    pub lang: String,
    pub default_lang: String,
    pub answer: Option<Answer>,
    pub on_answer: Callback<(String, Option<Answer>)>,
}

#[function_component(QuestionView)]
pub fn question_view(props: &QuestionProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let q = &props.question;
    let dom_id = format!("raikit-q-{}", q.id);
    let help_id = format!("{dom_id}-help");
    let emit = {
        let (cb, id) = (props.on_answer.clone(), q.id.clone());
        Callback::from(move |value: Option<Answer>| cb.emit((id.clone(), value)))
    };
    let prompt = q.prompt.get(&props.lang, &props.default_lang).to_string();
    let badge = if q.required { m.t("question-required") } else { m.t("question-optional") };
    let control = match q.kind {
        QuestionType::SingleChoice | QuestionType::YesNoUnsure => choice(props, &m, &emit, false),
        QuestionType::Likert => choice(props, &m, &emit, true),
        QuestionType::MultiChoice => multi(props, &emit),
        QuestionType::Risk => html! { <RiskInput dom_id={dom_id.clone()} answer={props.answer.clone()} on_change={emit.clone()} /> },
        QuestionType::Number => html! { <NumberInput question={q.clone()} lang={props.lang.clone()} default_lang={props.default_lang.clone()} dom_id={dom_id.clone()} help_id={help_id.clone()} answer={props.answer.clone()} on_change={emit.clone()} /> },
        QuestionType::Text => html! { <TextInput max={q.max_length()} dom_id={dom_id.clone()} help_id={help_id.clone()} answer={props.answer.clone()} on_change={emit.clone()} /> },
    };
    let labelled_by_legend = !matches!(q.kind, QuestionType::Number | QuestionType::Text);
    let clear = props.answer.is_some().then(|| {
        let emit = emit.clone();
        html! { <button type="button" class="link" onclick={Callback::from(move |_| emit.emit(None))}>{ m.t("question-clear") }</button> }
    });
    let help = html! {
        <details class="help" id={help_id.clone()}>
            <summary>{ m.t("question-help") }</summary>
            <p>{ q.help.get(&props.lang, &props.default_lang) }</p>
        </details>
    };
    if labelled_by_legend {
        html! {
            <fieldset class={classes!("question", props.answer.is_some().then_some("answered"))} part="question" data-question={q.id.clone()} aria-describedby={help_id.clone()}>
                <legend><span class="prompt">{ prompt }</span>{ " " }<span class="badge">{ badge }</span></legend>
                { control }
                { help }
                { for clear }
            </fieldset>
        }
    } else {
        html! {
            <div class={classes!("question", props.answer.is_some().then_some("answered"))} part="question" data-question={q.id.clone()}>
                <label for={dom_id.clone()}><span class="prompt">{ prompt }</span>{ " " }<span class="badge">{ badge }</span></label>
                { control }
                { help }
                { for clear }
            </div>
        }
    }
}

fn choice(props: &QuestionProps, m: &Messages, emit: &Callback<Option<Answer>>, likert: bool) -> Html {
    let q = &props.question;
    let name = format!("raikit-q-{}", q.id);
    let options = q.options.iter().map(|o| {
        let label = match &o.label {
            Some(l) => l.get(&props.lang, &props.default_lang).to_string(),
            None => m.t(&o.value),
        };
        let value = if likert {
            o.value.parse::<f64>().map(Answer::Number).unwrap_or_else(|_| Answer::Text(o.value.clone()))
        } else {
            Answer::Text(o.value.clone())
        };
        let checked = props.answer.as_ref() == Some(&value);
        let emit = emit.clone();
        let id = format!("{name}-{}", o.value);
        html! {
            <div class="option">
                <input type="radio" id={id.clone()} name={name.clone()} value={o.value.clone()} checked={checked}
                    onchange={Callback::from(move |_| emit.emit(Some(value.clone())))} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    html! { <div class={classes!("options", likert.then_some("likert"))}>{ for options }</div> }
}

fn multi(props: &QuestionProps, emit: &Callback<Option<Answer>>) -> Html {
    let q = &props.question;
    let selected: Vec<String> = match &props.answer {
        Some(Answer::List(items)) => items.clone(),
        _ => Vec::new(),
    };
    let options = q.options.iter().map(|o| {
        let label = o.label.as_ref().map(|l| l.get(&props.lang, &props.default_lang).to_string()).unwrap_or_else(|| o.value.clone());
        let checked = selected.contains(&o.value);
        let id = format!("raikit-q-{}-{}", q.id, o.value);
        let (emit, selected, value, order) = (emit.clone(), selected.clone(), o.value.clone(), q.options.clone());
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            // Keep the definition's option order so the stored answer is stable.
            let next: Vec<String> = order
                .iter()
                .map(|o| o.value.clone())
                .filter(|v| if *v == value { on } else { selected.contains(v) })
                .collect();
            emit.emit(if next.is_empty() { None } else { Some(Answer::List(next)) });
        });
        html! {
            <div class="option">
                <input type="checkbox" id={id.clone()} value={o.value.clone()} checked={checked} {onchange} />
                <label for={id}>{ label }</label>
            </div>
        }
    });
    html! { <div class="options">{ for options }</div> }
}

#[derive(Properties, PartialEq)]
struct RiskProps {
    dom_id: String,
    answer: Option<Answer>,
    on_change: Callback<Option<Answer>>,
}

/// Likelihood × severity. A half-filled pair is kept locally until both are
/// chosen, so the stored answer is always complete.
#[function_component(RiskInput)]
fn risk_input(props: &RiskProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let stored = match &props.answer {
        Some(Answer::Risk(r)) => (Some(r.likelihood), Some(r.severity)),
        _ => (None, None),
    };
    let draft = use_state(|| stored);
    let (l, s) = if stored.0.is_some() { stored } else { *draft };
    let not_applicable = matches!(&props.answer, Some(Answer::Text(t)) if t == NOT_APPLICABLE);
    let select = |axis: &'static str, value: Option<u8>| {
        let (draft, on_change, other) = (draft.clone(), props.on_change.clone(), if axis == "likelihood" { s } else { l });
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u8>().ok();
            let pair = if axis == "likelihood" { (v, other) } else { (other, v) };
            draft.set(pair);
            match pair {
                (Some(likelihood), Some(severity)) => on_change.emit(Some(Answer::Risk(RiskRating { likelihood, severity }))),
                _ => on_change.emit(None),
            }
        });
        let id = format!("{}-{axis}", props.dom_id);
        html! {
            <div class="risk-axis">
                <label for={id.clone()}>{ m.t(if axis == "likelihood" { "risk-likelihood" } else { "risk-severity" }) }</label>
                <select id={id} disabled={not_applicable} {onchange}>
                    <option value="" selected={value.is_none()}>{ m.t("risk-choose") }</option>
                    { for (1..=5u8).map(|n| html! {
                        <option value={n.to_string()} selected={value == Some(n)}>{ m.t(&format!("risk-scale-{n}")) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let na_id = format!("{}-na", props.dom_id);
    let on_na = {
        let (on_change, draft) = (props.on_change.clone(), draft.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            draft.set((None, None));
            on_change.emit(on.then(|| Answer::Text(NOT_APPLICABLE.to_string())));
        })
    };
    html! {
        <div class="risk-input">
            { select("likelihood", l) }
            { select("severity", s) }
            <div class="option">
                <input type="checkbox" id={na_id.clone()} checked={not_applicable} onchange={on_na} />
                <label for={na_id}>{ m.t("risk-not-applicable") }</label>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct NumberProps {
    question: Question,
    lang: String,
    default_lang: String,
    dom_id: String,
    help_id: String,
    answer: Option<Answer>,
    on_change: Callback<Option<Answer>>,
}

#[function_component(NumberInput)]
fn number_input(props: &NumberProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let q = &props.question;
    let error = use_state(|| None::<String>);
    let (min, max) = (q.min.unwrap_or(f64::MIN), q.max.unwrap_or(f64::MAX));
    let range = match (q.min, q.max) {
        (Some(a), Some(b)) => Some(m.t_args("number-range", &[("min", num(a)), ("max", num(b))])),
        _ => None,
    };
    let oninput = {
        let (on_change, error, m) = (props.on_change.clone(), error.clone(), m.clone());
        let (qmin, qmax) = (q.min, q.max);
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            if raw.trim().is_empty() {
                error.set(None);
                on_change.emit(None);
                return;
            }
            match raw.trim().parse::<f64>() {
                Ok(v) if v.is_finite() && v >= min && v <= max => {
                    error.set(None);
                    on_change.emit(Some(Answer::Number(v)));
                }
                Ok(_) => error.set(Some(m.t_args("number-out-of-range", &[("min", num(qmin.unwrap_or(0.0))), ("max", num(qmax.unwrap_or(0.0)))]))),
                Err(_) => error.set(Some(m.t("number-invalid"))),
            }
        })
    };
    let value = match &props.answer {
        Some(Answer::Number(n)) => exact(*n),
        _ => String::new(),
    };
    let error_id = format!("{}-error", props.dom_id);
    let unit = q.unit.as_ref().map(|u| u.get(&props.lang, &props.default_lang).to_string());
    html! {
        <div class="number-input">
            <input type="number" id={props.dom_id.clone()} inputmode="decimal" value={value}
                min={q.min.map(exact)} max={q.max.map(exact)} step={q.step.map(exact).unwrap_or_else(|| "any".into())}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={format!("{} {}", error_id, props.help_id)} {oninput} />
            if let Some(u) = unit { <span class="unit">{ u }</span> }
            if let Some(r) = range { <span class="muted hint">{ r }</span> }
            <p id={error_id} class="field-error" role="alert">{ (*error).clone().unwrap_or_default() }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TextProps {
    max: u64,
    dom_id: String,
    help_id: String,
    answer: Option<Answer>,
    on_change: Callback<Option<Answer>>,
}

#[function_component(TextInput)]
fn text_input(props: &TextProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let value = match &props.answer {
        Some(Answer::Text(t)) => t.clone(),
        _ => String::new(),
    };
    let used = value.chars().count() as u64;
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            on_change.emit(if v.trim().is_empty() { None } else { Some(Answer::Text(v)) });
        })
    };
    let count_id = format!("{}-count", props.dom_id);
    let over = used.saturating_sub(props.max);
    html! {
        <div class="text-input">
            <textarea id={props.dom_id.clone()} rows="3" maxlength={props.max.to_string()} value={value}
                aria-describedby={format!("{} {}", count_id, props.help_id)} {oninput} />
            <p id={count_id} class="muted hint">{ m.t_args("text-count", &[("used", num(used as f64)), ("max", num(props.max as f64))]) }</p>
            if over > 0 { <p class="field-error" role="alert">{ m.t_args("text-too-long", &[("over", num(over as f64))]) }</p> }
        </div>
    }
}
