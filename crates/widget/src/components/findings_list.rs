//! Findings grouped by principle, each with its explanation, suggestions,
//! a way to show it in the text and, where safe, a fix.
//!
//! A long policy can draw hundreds of findings. Each group shows its first
//! few and a "Show more" button, so one check never builds thousands of DOM
//! nodes at once; revealed findings take the focus, for keyboard and screen
//! reader users.

use super::lint_editor::severity_class;
use super::policy_lint::Checked;
use crate::i18n::{num, Messages};
use raikit_core::lint::Finding;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// The document-level finding for a principle the text never addresses.
pub const MISSING_PRINCIPLE: &str = "missing-principle";

/// Findings shown per group at first, and added by each "Show more".
const PAGE: usize = 10;

/// The group key for findings tied to no principle.
const GENERAL: &str = "general";

#[derive(Properties, PartialEq)]
pub struct FindingsListProps {
    pub checked: Checked,
    /// The text has changed since this check: ranges and fixes may no longer fit.
    #[prop_or_default]
    pub stale: bool,
    pub on_select: Callback<(usize, usize)>,
    pub on_fix: Callback<Finding>,
}

/// Strings every finding uses, looked up once per render.
struct Labels {
    show: String,
    why: String,
    suggestion: String,
    apply: String,
}

#[function_component(FindingsList)]
pub fn findings_list(props: &FindingsListProps) -> Html {
    let m = use_context::<Rc<Messages>>().expect("messages context");
    // How many findings each group shows; kept across checks, so a group the
    // user opened stays open while they edit.
    let shown = use_state(HashMap::<String, usize>::new);
    // The first finding a "Show more" revealed, to move the focus to.
    let revealed = use_state(|| None::<(String, usize)>);
    let focus = use_node_ref();
    {
        let focus = focus.clone();
        use_effect_with((*revealed).clone(), move |_| {
            if let Some(el) = focus.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    // Gaps in coverage are explained in the coverage map, next to the
    // principle they concern, so they do not drown the wording findings.
    let findings: Vec<&Finding> = props.checked.report.findings.iter().filter(|f| f.rule != MISSING_PRINCIPLE).collect();
    let taxonomy = raikit_core::l10n::taxonomy(&m.lang);
    // Groups in taxonomy order, then findings tied to no principle.
    let mut groups: Vec<(String, String, Vec<&Finding>)> = taxonomy
        .instrumental()
        .map(|(_, i)| (i.id.clone(), i.name.clone(), findings.iter().copied().filter(|f| f.principle.as_deref() == Some(i.id.as_str())).collect::<Vec<_>>()))
        .filter(|(_, _, fs)| !fs.is_empty())
        .collect();
    let general: Vec<&Finding> = findings
        .iter()
        .copied()
        .filter(|f| f.principle.as_deref().is_none_or(|p| taxonomy.instrumental_principle(p).is_none()))
        .collect();
    if !general.is_empty() {
        groups.push((GENERAL.to_string(), m.t("lint-general"), general));
    }
    let labels = Labels { show: m.t("lint-show"), why: m.t("lint-why"), suggestion: m.t("lint-suggestion"), apply: m.t("lint-apply") };
    let group = |(key, name, fs): (String, String, Vec<&Finding>)| {
        let limit = shown.get(&key).copied().unwrap_or(PAGE).min(fs.len());
        let focus_at = (*revealed).as_ref().filter(|(k, _)| *k == key).map(|(_, i)| *i);
        let more = (limit < fs.len()).then(|| {
            let (shown, revealed, key) = (shown.clone(), revealed.clone(), key.clone());
            let onclick = Callback::from(move |_| {
                let mut next = (*shown).clone();
                next.insert(key.clone(), limit + PAGE);
                shown.set(next);
                revealed.set(Some((key.clone(), limit)));
            });
            html! {
                <button type="button" class="link show-more" {onclick}>
                    { m.t_args("lint-show-more", &[("shown", num(limit as u32)), ("total", num(fs.len() as u32))]) }
                </button>
            }
        });
        html! {
            <div class="finding-group" data-principle={key.clone()}>
                <h4>{ name }{ format!(" ({})", fs.len()) }</h4>
                <ul>{ for fs.iter().take(limit).enumerate().map(|(i, f)| {
                    let node = (focus_at == Some(i)).then(|| focus.clone());
                    finding_item(&m, &labels, f, props, node)
                }) }</ul>
                { for more }
            </div>
        }
    };
    html! {
        <section class="findings" aria-labelledby="raikit-findings-title" part="findings">
            <h3 id="raikit-findings-title">{ m.t("lint-findings") }</h3>
            if findings.is_empty() { <p>{ m.t("lint-findings-none") }</p> }
            { for groups.into_iter().map(group) }
        </section>
    }
}

/// One finding. `focus` marks the first one a "Show more" revealed.
fn finding_item(m: &Messages, labels: &Labels, f: &Finding, props: &FindingsListProps, focus: Option<NodeRef>) -> Html {
    let sev = f.severity.name();
    let has_range = f.range.utf16.start < f.range.utf16.end;
    let show = has_range.then(|| {
        let (on_select, range) = (props.on_select.clone(), (f.range.utf16.start, f.range.utf16.end));
        html! {
            <button type="button" class="link" disabled={props.stale} onclick={Callback::from(move |_| on_select.emit(range))}>
                { &labels.show }{ " · " }{ m.t_args("lint-location", &[("line", num(f.range.start.line as u32)), ("column", num(f.range.start.column as u32))]) }
            </button>
        }
    });
    let fix = f.fix.as_ref().map(|_| {
        let (on_fix, finding) = (props.on_fix.clone(), f.clone());
        html! { <button type="button" part="button" disabled={props.stale} onclick={Callback::from(move |_| on_fix.emit(finding.clone()))}>{ &labels.apply }</button> }
    });
    let tabindex = focus.is_some().then_some("-1");
    html! {
        <li class={classes!("finding", severity_class(sev))} data-rule={f.rule.clone()} ref={focus.unwrap_or_default()} {tabindex}>
            <p class="finding-head">
                <span class={classes!("level-chip", severity_class(sev))}>{ m.t(&format!("lint-severity-{sev}")) }</span>
                { " " }<strong>{ &f.message }</strong>{ " " }<code class="rule-id">{ &f.rule }</code>
            </p>
            { for show }
            <details>
                <summary>{ &labels.why }</summary>
                <p>{ &f.explanation }</p>
                if !f.suggestions.is_empty() {
                    <p><span class="muted">{ &labels.suggestion }{ ": " }</span>{ f.suggestions.join(" · ") }</p>
                }
            </details>
            { for fix }
        </li>
    }
}
