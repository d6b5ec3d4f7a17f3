//! The coverage map: each of the 17 instrumental principles, grouped under
//! its core principle, as covered, partial or missing. Selecting one shows
//! its evidence in the text.

use super::findings_list::MISSING_PRINCIPLE;
use super::policy_lint::Checked;
use crate::i18n::Messages;
use raikit_core::lint::coverage::Status;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CoverageMapProps {
    pub checked: Checked,
    /// The text has changed since this check: evidence ranges may no longer fit.
    #[prop_or_default]
    pub stale: bool,
    /// Selects a UTF-16 range in the editor.
    pub on_select: Callback<(usize, usize)>,
}

fn status_key(status: Status) -> &'static str {
    match status {
        Status::Covered => "covered",
        Status::Partial => "partial",
        Status::Missing => "missing",
    }
}

#[function_component(CoverageMap)]
pub fn coverage_map(props: &CoverageMapProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    let selected = use_state(|| None::<String>);
    let report = &props.checked.report;
    let taxonomy = raikit_core::l10n::taxonomy(&m.lang);
    let detail = (*selected).as_ref().and_then(|id| report.coverage.iter().find(|c| &c.principle == id)).map(|c| {
        let gap = report.findings.iter().find(|f| f.rule == MISSING_PRINCIPLE && f.principle.as_deref() == Some(c.principle.as_str()));
        let evidence = c.evidence.iter().enumerate().map(|(i, r)| {
            let (s, e) = (r.utf16.start, r.utf16.end);
            let on_select = props.on_select.clone();
            let excerpt: String = props.checked.text.get(r.byte.start..r.byte.end).unwrap_or_default().chars().take(160).collect();
            html! {
                <li>
                    <button type="button" class="link" disabled={props.stale} onclick={Callback::from(move |_| on_select.emit((s, e)))}
                        aria-label={format!("{} {}", m.t("lint-show"), i + 1)}>{ m.t("lint-show") }</button>
                    { " " }<q>{ excerpt }</q>
                </li>
            }
        });
        html! {
            <div class="evidence" role="region" aria-label={c.name.clone()}>
                <h4>{ &c.name }</h4>
                if c.evidence.is_empty() { <p>{ m.t("lint-evidence-none") }</p> } else { <ul>{ for evidence }</ul> }
                { for gap.map(|f| html! {
                    <div class="gap">
                        <p>{ &f.explanation }</p>
                        { for f.suggestions.iter().map(|s| html! { <p><span class="muted">{ m.t("lint-suggestion") }{ ": " }</span>{ s }</p> }) }
                    </div>
                }) }
            </div>
        }
    });
    html! {
        <section class="coverage" aria-labelledby="raikit-coverage-title" part="coverage">
            <h3 id="raikit-coverage-title">{ m.t("lint-coverage") }</h3>
            <p class="muted">{ m.t("lint-coverage-lead") }</p>
            <div class="coverage-grid">
                { for taxonomy.core.iter().map(|core| html! {
                    <div class="coverage-core">
                        <h4>{ &core.name }</h4>
                        <ul>
                            { for core.instrumental.iter().filter_map(|inst| {
                                let c = report.coverage.iter().find(|c| c.principle == inst.id)?;
                                let key = status_key(c.status);
                                let label = m.t(&format!("lint-status-{key}"));
                                let pressed = (*selected).as_deref() == Some(inst.id.as_str());
                                let first = c.evidence.first().filter(|_| !props.stale).map(|r| (r.utf16.start, r.utf16.end));
                                let (selected, id) = (selected.clone(), inst.id.clone());
                                let on_select = props.on_select.clone();
                                let onclick = Callback::from(move |_| {
                                    selected.set(Some(id.clone()));
                                    if let Some(range) = first {
                                        on_select.emit(range);
                                    }
                                });
                                Some(html! {
                                    <li>
                                        <button type="button" class={classes!("coverage-item", format!("status-{key}"))} data-principle={inst.id.clone()}
                                            aria-pressed={pressed.to_string()} {onclick}>
                                            <span class="status-dot" aria-hidden="true"></span>
                                            <span class="coverage-name">{ &inst.name }</span>
                                            <span class="coverage-status">{ label }</span>
                                        </button>
                                    </li>
                                })
                            }) }
                        </ul>
                    </div>
                }) }
            </div>
            { for detail }
        </section>
    }
}
