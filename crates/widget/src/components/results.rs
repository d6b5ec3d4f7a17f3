//! The report view: overall profile, red flags first, a chart per principle,
//! recommended actions ordered by risk, inherent versus residual risk, and
//! completeness. It renders the engine's language-resolved report.

use super::chart::{Bar, Chart};
use crate::i18n::{num, Messages};
use raikit_core::assess::report::{build, Report, ResultLine};
use raikit_core::assess::{score, AnswerSet, Definition, Kind};
use std::rc::Rc;
use raikit_core::num::fixed;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub def: Rc<Definition>,
    pub lang: String,
    pub answers: AnswerSet,
}

/// The message for a level or maturity band string from the report.
pub fn level_label(m: &Messages, level: Option<&str>) -> String {
    match level {
        Some(l @ ("none" | "low" | "medium" | "high" | "critical")) => m.t(&format!("level-{l}")),
        Some(b @ ("initial" | "developing" | "defined" | "managed" | "optimising")) => m.t(&format!("band-{b}")),
        _ => m.t("level-unknown"),
    }
}

fn level_class(level: Option<&str>) -> String {
    format!("level-{}", level.unwrap_or("unknown"))
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let scored = score(&props.def, &props.answers);
    let r: Report = build(&props.def, &scored, &props.answers, &props.lang);
    let readiness = props.def.kind == Kind::Readiness;
    let c = &r.completeness;
    html! {
        <section class="results" aria-labelledby="raikit-results-title">
            <h3 id="raikit-results-title" tabindex="-1" ref={heading}>{ m.t("results-title") }</h3>
            if r.partial {
                <p class="notice partial" part="partial">{ m.t_args("results-partial", &[("answered", num(c.answered as u32)), ("required", num(c.required as u32))]) }</p>
            } else {
                <p class="notice ok">{ m.t("results-complete") }</p>
            }
            { overall(&m, &r, readiness) }
            { red_flags(&m, &r) }
            { charts(&m, &r, readiness) }
            { actions(&m, &r) }
            if !readiness { { risks(&m, &r) } }
            { completeness(&m, &r) }
        </section>
    }
}

fn overall(m: &Messages, r: &Report, readiness: bool) -> Html {
    let s = &r.summary;
    let level = s.profile.as_deref().or(s.level.as_deref());
    html! {
        <div class={classes!("overall", level_class(level))} part="overall">
            <h4>{ m.t(if readiness { "results-overall-readiness" } else { "results-overall" }) }</h4>
            <p class="overall-level"><span class="level-chip">{ level_label(m, level) }</span></p>
            if let Some(score) = s.score { <p>{ m.t("results-score") }{ ": " }{ format!("{}/100", fixed(score, 0)) }</p> }
            if let Some(mat) = s.maturity { <p>{ m.t_args("results-maturity", &[("value", num((mat * 10.0).round() / 10.0))]) }</p> }
        </div>
    }
}

fn red_flags(m: &Messages, r: &Report) -> Html {
    html! {
        <div class="red-flags" part="red-flags">
            <h4>{ m.t("results-red-flags") }</h4>
            if r.red_flags.is_empty() {
                <p>{ m.t("results-red-flags-none") }</p>
            } else {
                <ul>
                    { for r.red_flags.iter().map(|f| html! {
                        <li class="red-flag" data-flag={f.id.clone()}>
                            <p class="flag-message"><strong>{ &f.message }</strong></p>
                            <p><span class="muted">{ m.t("results-red-flag-action") }{ ": " }</span>{ &f.action }</p>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

fn bars(lines: &[ResultLine], readiness: bool) -> Vec<Bar> {
    lines
        .iter()
        .map(|l| {
            let (fraction, value) = if readiness {
                (l.maturity.map(|v| (v - 1.0) / 4.0), l.maturity.map(|v| format!("{}/5", fixed(v, 1))).unwrap_or_else(|| "–".into()))
            } else {
                (l.score.map(|v| v / 100.0), l.score.map(|v| fixed(v, 0)).unwrap_or_else(|| "–".into()))
            };
            Bar { label: l.name.clone(), fraction, class: level_class(l.level.as_deref()), value }
        })
        .collect()
}

fn charts(m: &Messages, r: &Report, readiness: bool) -> Html {
    if readiness {
        let mut dims = r.dimensions.clone();
        raikit_core::sort::sort_by(&mut dims, |a, b| a.maturity.unwrap_or(0.0).total_cmp(&b.maturity.unwrap_or(0.0)));
        return html! {
            <div class="principle-results">
                <h4>{ m.t("results-dimensions") }</h4>
                <Chart label={m.t("results-chart-readiness-label")} bars={bars(&dims, true)} />
                { table(m, &dims) }
            </div>
        };
    }
    html! {
        <div class="principle-results">
            <h4>{ m.t("results-principles") }</h4>
            <Chart label={m.t("results-chart-label")} bars={bars(&r.principles.core, false)} />
            <Chart label={m.t("results-chart-label")} bars={bars(&r.principles.instrumental, false)} />
            { table(m, &r.principles.instrumental) }
        </div>
    }
}

fn table(m: &Messages, lines: &[ResultLine]) -> Html {
    html! {
        <table class="result-table">
            <thead><tr><th scope="col">{ m.t("results-principles") }</th><th scope="col">{ m.t("results-level") }</th><th scope="col">{ m.t("results-score") }</th></tr></thead>
            <tbody>
                { for lines.iter().map(|l| html! {
                    <tr data-principle={l.id.clone()}>
                        <th scope="row">{ &l.name }</th>
                        <td><span class={classes!("level-chip", level_class(l.level.as_deref()))}>{ level_label(m, l.level.as_deref()) }</span></td>
                        <td>{ l.maturity.map(|v| format!("{}/5", fixed(v, 1))).or(l.score.map(|v| fixed(v, 0))).unwrap_or_else(|| "–".into()) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn actions(m: &Messages, r: &Report) -> Html {
    html! {
        <div class="actions" part="actions">
            <h4>{ m.t("results-actions") }</h4>
            if r.recommendations.is_empty() {
                <p>{ m.t("results-actions-none") }</p>
            } else {
                <ol>
                    { for r.recommendations.iter().map(|a| html! {
                        <li>
                            <span class={classes!("level-chip", level_class(a.level.as_deref()))}>{ level_label(m, a.level.as_deref()) }</span>
                            { " " }<strong>{ &a.action }</strong>
                            <br /><span class="muted">{ &a.about }</span>
                        </li>
                    }) }
                </ol>
            }
        </div>
    }
}

fn risks(m: &Messages, r: &Report) -> Html {
    let items: Vec<_> = r.questions.iter().filter(|q| q.inherent.is_some()).collect();
    if items.is_empty() {
        return Html::default();
    }
    let cell = |c: &Option<raikit_core::assess::scoring::risk::RiskCell>| match c {
        Some(c) => html! { <span class={classes!("level-chip", level_class(Some(c.level.as_str())))}>{ format!("{}×{} ", c.likelihood, c.severity) }{ level_label(m, Some(c.level.as_str())) }</span> },
        None => html! { "–" },
    };
    html! {
        <div class="risks">
            <h4>{ m.t("results-risks") }</h4>
            <table class="result-table">
                <thead><tr><th scope="col">{ m.t("results-risk-item") }</th><th scope="col">{ m.t("results-inherent") }</th><th scope="col">{ m.t("results-residual") }</th></tr></thead>
                <tbody>
                    { for items.iter().map(|q| html! {
                        <tr data-question={q.id.clone()}><th scope="row">{ &q.prompt }</th><td>{ cell(&q.inherent) }</td><td>{ cell(&q.residual) }</td></tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn completeness(m: &Messages, r: &Report) -> Html {
    html! {
        <div class="completeness">
            <h4>{ m.t("results-completeness") }</h4>
            <ul>
                { for r.completeness.sections.iter().filter(|s| s.visible && s.required > 0).map(|s| html! {
                    <li>{ &s.title }{ ": " }{ m.t_args("progress-section", &[("answered", num(s.answered as u32)), ("required", num(s.required as u32))]) }</li>
                }) }
            </ul>
        </div>
    }
}
