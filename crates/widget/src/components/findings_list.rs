//! Findings grouped by principle, each with its explanation, suggestions,
//! a way to show it in the text and, where safe, a fix.

use super::lint_editor::severity_class;
use super::policy_lint::Checked;
use crate::i18n::{num, Messages};
use raikit_core::lint::Finding;
use std::rc::Rc;
use yew::prelude::*;

/// The document-level finding for a principle the text never addresses.
pub const MISSING_PRINCIPLE: &str = "missing-principle";

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    pub checked: Checked,
    pub on_select: Callback<(usize, usize)>,
    pub on_fix: Callback<Finding>,
}

#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsListProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    // Gaps in coverage are explained in the coverage map, next to the
    // principle they concern, so they do not drown the wording findings.
    let all = &props.checked.report.findings;
    let findings: Vec<Finding> = all.iter().filter(|f| f.rule != MISSING_PRINCIPLE).cloned().collect();
    let findings = &findings;
    let taxonomy = raikit_core::l10n::taxonomy(&m.lang);
    // Groups in taxonomy order, then findings tied to no principle.
    let mut groups: Vec<(String, Vec<&Finding>)> = taxonomy
        .instrumental()
        .map(|(_, i)| (i.name.clone(), findings.iter().filter(|f| f.principle.as_deref() == Some(i.id.as_str())).collect::<Vec<_>>()))
        .filter(|(_, fs)| !fs.is_empty())
        .collect();
    let general: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.principle.as_deref().is_none_or(|p| taxonomy.instrumental_principle(p).is_none()))
        .collect();
    if !general.is_empty() {
        groups.push((m.t("lint-general"), general));
    }
    html! {
        <section class="findings" aria-labelledby="raikit-findings-title" part="findings">
            <h3 id="raikit-findings-title">{ m.t("lint-findings") }</h3>
            if findings.is_empty() { <p>{ m.t("lint-findings-none") }</p> }
            { for groups.into_iter().map(|(name, fs)| html! {
                <div class="finding-group">
                    <h4>{ name }{ format!(" ({})", fs.len()) }</h4>
                    <ul>{ for fs.into_iter().map(|f| finding_item(&m, f, props)) }</ul>
                </div>
            }) }
        </section>
    }
}

fn finding_item(m: &Messages, f: &Finding, props: &FindingsListProps) -> Html {
    let sev = f.severity.name();
    let has_range = f.range.utf16.start < f.range.utf16.end;
    let show = has_range.then(|| {
        let (on_select, range) = (props.on_select.clone(), (f.range.utf16.start, f.range.utf16.end));
        html! {
            <button type="button" class="link" onclick={Callback::from(move |_| on_select.emit(range))}>
                { m.t("lint-show") }{ " · " }{ m.t_args("lint-location", &[("line", num(f.range.start.line as u32)), ("column", num(f.range.start.column as u32))]) }
            </button>
        }
    });
    let fix = f.fix.as_ref().map(|_| {
        let (on_fix, finding) = (props.on_fix.clone(), f.clone());
        html! { <button type="button" part="button" onclick={Callback::from(move |_| on_fix.emit(finding.clone()))}>{ m.t("lint-apply") }</button> }
    });
    html! {
        <li class={classes!("finding", severity_class(sev))} data-rule={f.rule.clone()}>
            <p class="finding-head">
                <span class={classes!("level-chip", severity_class(sev))}>{ m.t(&format!("lint-severity-{sev}")) }</span>
                { " " }<strong>{ &f.message }</strong>{ " " }<code class="rule-id">{ &f.rule }</code>
            </p>
            { for show }
            <details>
                <summary>{ m.t("lint-why") }</summary>
                <p>{ &f.explanation }</p>
                if !f.suggestions.is_empty() {
                    <p><span class="muted">{ m.t("lint-suggestion") }{ ": " }</span>{ f.suggestions.join(" · ") }</p>
                }
            </details>
            { for fix }
        </li>
    }
}
