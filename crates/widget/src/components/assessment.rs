//! `<raikit-assessment>`: the top-level component. It picks the questionnaire,
//! owns the answers, saves them when allowed, and tells the host page about
//! changes through DOM events. It never sends anything over the network.

use super::export_bar::ExportBar;
use super::intro::Intro;
use super::results::Results;
use super::section_nav::SectionNav;
use super::section_view::SectionView;
use super::state::{Action, Notice, State, View};
use crate::bridge::{Bridge, Command};
use crate::download::now_iso;
use crate::i18n::{pack_notice, text, use_language, Messages};
use crate::{events, storage};
use super::load_failed::LoadFailed;
use crate::questionnaire::{key, retry, use_questionnaire, Loaded, Source};
use raikit_core::assess::{
    definition::MigrationStep, import_answers, score, AnswerSet, Definition,
    ImportIssue, IssueKind,
};
use std::rc::Rc;
use yew::prelude::*;

/// The element's attributes, as the host page set them, plus the plumbing
/// to the element itself.
#[derive(Properties, PartialEq, Clone)]
pub struct AssessmentProps {
    #[prop_or_else(|| "risk".to_string())]
    pub questionnaire: String,
    #[prop_or_else(|| "en".to_string())]
    pub lang: String,
    #[prop_or_else(|| "none".to_string())]
    pub storage: String,
    #[prop_or_else(|| "auto".to_string())]
    pub theme: String,
    /// The URL of the folder raikit.js came from, where language packs
    /// live. Empty in unit tests (then only English is available).
    #[prop_or_default]
    pub base: String,
    /// The custom element, for dispatching events. None in unit tests.
    #[prop_or_default]
    pub host: Option<web_sys::HtmlElement>,
    #[prop_or_default]
    pub bridge: Bridge,
}

/// Normalises the `theme` attribute; anything unknown falls back to `auto`.
pub fn theme_class(theme: &str) -> &'static str {
    match theme {
        "light" => "theme-light",
        "dark" => "theme-dark",
        _ => "theme-auto",
    }
}

pub fn text_direction(lang: &str) -> &'static str {
    raikit_core::l10n::direction(lang)
}

#[function_component(Assessment)]
pub fn assessment(props: &AssessmentProps) -> Html {
    let update = use_force_update();
    let source = Source::of(&props.questionnaire);
    let loaded = use_questionnaire(&source, &props.base, props.host.clone());
    let (messages, status) = use_language(&props.lang, &props.base, source.builtin());
    // The definition in the shown language; a new value (not a new session)
    // when the language or its pack changes, so answers stay.
    let def = use_memo((loaded.clone(), messages.lang.clone(), status), |(loaded, lang, _)| match loaded {
        Loaded::Ready(def) => Some(Rc::new(raikit_core::l10n::localized_definition(def, lang).into_owned())),
        _ => None,
    });
    let body = match ((*def).clone(), &loaded) {
        (Some(def), _) => html! {
            // Keyed by questionnaire: switching it starts a fresh state, while
            // changing lang, theme or storage keeps every answer.
            <Session key={def.id.clone()} def={def.clone()}
                storage_local={props.storage == "local"} lang={messages.lang.clone()}
                host={props.host.clone()} bridge={props.bridge.clone()} />
        },
        (None, Loaded::Failed(error)) => {
            let on_retry = error.can_retry().then(|| {
                let (source, base, update) = (source.clone(), props.base.clone(), update.clone());
                Callback::from(move |_| {
                    if let Some(key) = key(&source, &base) {
                        retry(&key);
                    }
                    update.force_update();
                })
            });
            html! { <LoadFailed error={error.clone()} {on_retry} /> }
        }
        (None, _) => html! { <p class="notice loading" role="status">{ messages.t("questionnaire-loading") }</p> },
    };
    html! {
        <ContextProvider<Rc<Messages>> context={messages.clone()}>
            <div class={classes!("raikit", theme_class(&props.theme))} part="panel"
                lang={messages.lang.clone()} dir={text_direction(&messages.lang)}>
                { pack_notice(&messages, status) }
                { body }
            </div>
        </ContextProvider<Rc<Messages>>>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct SessionProps {
    pub def: Rc<Definition>,
    pub storage_local: bool,
    pub lang: String,
    pub host: Option<web_sys::HtmlElement>,
    pub bridge: Bridge,
}

/// One questionnaire's answering session.
#[function_component(Session)]
fn session(props: &SessionProps) -> Html {
    let def = props.def.clone();
    let state = use_reducer({
        let def = def.clone();
        move || State { answers: AnswerSet::new(&def, None), view: View::Intro, notice: None, revision: 0, save: false }
    });

    // Restore a local save once, when saving is allowed.
    {
        let (state, def, local) = (state.clone(), def.clone(), props.storage_local);
        use_effect_with(local, move |local| {
            if *local {
                if let Some(saved) = storage::load(&def.id) {
                    match import_answers(&def, &saved) {
                        Ok(report) => state.dispatch(Action::Replace {
                            answers: report.answers,
                            notice: Some(Notice::Restored(report.issues)),
                            save: false,
                        }),
                        Err(e) => state.dispatch(Action::Notice(Some(Notice::ImportFailed(e.to_string())))),
                    }
                }
            }
        });
    }

    // Commands from the element's methods (.importJson(), .reset()).
    {
        let (state, def, bridge) = (state.clone(), def.clone(), props.bridge.clone());
        use_effect_with((), move |_| {
            bridge.listen(Callback::from(move |command| match command {
                Command::ImportJson(json) => import_into(&state, &def, &json),
                Command::Reset => state.dispatch(Action::Replace { answers: AnswerSet::new(&def, None), notice: None, save: true }),
            }));
        });
    }

    // After every change: publish to the element, save if allowed (debounced),
    // and tell the host page.
    let save_timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    {
        let (def, bridge, host, lang) = (def.clone(), props.bridge.clone(), props.host.clone(), props.lang.clone());
        let (local, answers, revision, save) = (props.storage_local, state.answers.clone(), state.revision, state.save);
        let save_timer = save_timer.clone();
        use_effect_with((revision, lang.clone(), local), move |_| {
            // Pretty, as the downloaded answers file is: one serializer, not two.
            let answers_json = serde_json::to_string_pretty(&answers).unwrap_or_default();
            let (report_def, report_answers, report_lang) = (def.clone(), answers.clone(), lang.clone());
            bridge.publish(answers_json.clone(), Rc::new(move || crate::report_files::json(&report_def, &report_answers, &report_lang)));
            if revision > 0 {
                let scored = score(&def, &answers);
                events::change(host.as_ref(), &answers_json, scored.completeness.answered, scored.completeness.required);
                if local && save {
                    let id = def.id.clone();
                    *save_timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(400, move || {
                        storage::save(&id, &answers_json);
                    }));
                }
            }
        });
    }

    let messages = use_context::<Rc<Messages>>().expect("messages context");
    let assessment = score(&def, &state.answers);
    let on_show = {
        let (state, host, bridge) = (state.clone(), props.host.clone(), props.bridge.clone());
        Callback::from(move |view: View| {
            if view == View::Results {
                events::complete(host.as_ref(), &bridge.report_json());
            }
            state.dispatch(Action::Show(view));
        })
    };
    let on_answer = {
        let state = state.clone();
        Callback::from(move |(question, value)| state.dispatch(Action::Answer { question, value, now: now_iso() }))
    };
    let on_import = {
        let (state, def) = (state.clone(), def.clone());
        Callback::from(move |json: String| import_into(&state, &def, &json))
    };
    let on_delete = {
        let (state, def, save_timer) = (state.clone(), def.clone(), save_timer.clone());
        Callback::from(move |_| {
            // Dropping a pending autosave cancels it.
            save_timer.borrow_mut().take();
            storage::delete(&def.id);
            state.dispatch(Action::Replace { answers: AnswerSet::new(&def, None), notice: Some(Notice::Deleted), save: false });
        })
    };

    let view = match &state.view {
        View::Intro => html! {
            <Intro def={def.clone()} lang={props.lang.clone()} started={!state.answers.answers.is_empty()}
                storage_local={props.storage_local} on_show={on_show.clone()} />
        },
        View::Section(i) => html! {
            <SectionView def={def.clone()} index={*i} lang={props.lang.clone()} answers={state.answers.clone()}
                assessment={Rc::new(assessment.clone())} on_answer={on_answer} on_show={on_show.clone()} />
        },
        View::Results => html! {
            <Results def={def.clone()} lang={props.lang.clone()} answers={state.answers.clone()} />
        },
    };

    html! {
        <>
            <header class="session-head">
                <h2 part="title">{ def.title.get(&props.lang, def.default_lang()) }</h2>
                <SectionNav def={def.clone()} lang={props.lang.clone()} view={state.view.clone()}
                    assessment={Rc::new(assessment)} on_show={on_show} />
            </header>
            { notice_view(&messages, &def, &props.lang, state.notice.as_ref()) }
            <div class="view">{ view }</div>
            <ExportBar def={def.clone()} lang={props.lang.clone()} answers={state.answers.clone()}
                storage_local={props.storage_local} on_import={on_import} on_delete={on_delete} />
        </>
    }
}

fn import_into(state: &UseReducerHandle<State>, def: &Definition, json: &str) {
    match import_answers(def, json) {
        Ok(report) => state.dispatch(Action::Replace {
            answers: report.answers,
            notice: Some(Notice::Imported(report.issues)),
            save: true,
        }),
        Err(e) => state.dispatch(Action::Notice(Some(Notice::ImportFailed(e.to_string())))),
    }
}

fn notice_view(m: &Messages, def: &Definition, lang: &str, notice: Option<&Notice>) -> Html {
    let Some(notice) = notice else { return Html::default() };
    let issues = |issues: &Vec<ImportIssue>| {
        if issues.is_empty() {
            return Html::default();
        }
        html! {
            <>
                <p>{ m.t("import-issues") }</p>
                <ul>{ for issues.iter().map(|i| html! { <li>{ import_issue_text(m, def, lang, i) }</li> }) }</ul>
            </>
        }
    };
    let (class, body) = match notice {
        Notice::Imported(list) => ("notice ok", html! { <><p>{ m.t("import-done") }</p>{ issues(list) }</> }),
        Notice::Restored(list) => ("notice ok", html! { <><p>{ m.t("storage-saved") }</p>{ issues(list) }</> }),
        Notice::ImportFailed(reason) => (
            "notice error",
            html! { <p>{ m.t_args("import-failed", &[("reason", text(reason.clone()))]) }</p> },
        ),
        Notice::Deleted => ("notice ok", html! { <p>{ m.t("storage-deleted") }</p> }),
    };
    html! { <div class={class} role="status">{ body }</div> }
}

/// One import issue in the interface's language. The engine's own message
/// (English, for logs and the CLI) is not shown; the kind, the question and
/// the migration's reason are enough to say it in any language.
fn import_issue_text(m: &Messages, def: &Definition, lang: &str, issue: &ImportIssue) -> String {
    let question = def
        .question(&issue.question)
        .map(|q| q.prompt.get(lang, def.default_lang()).to_string())
        .unwrap_or_else(|| issue.question.clone());
    let args = [("question", text(question))];
    match issue.kind {
        IssueKind::UnknownQuestion => m.t_args("import-issue-unknown", &args),
        IssueKind::WrongType | IssueKind::UnknownOption | IssueKind::OutOfBounds | IssueKind::TooLong => {
            m.t_args("import-issue-invalid", &args)
        }
        IssueKind::Removed => {
            let reason = def.migrations.iter().flat_map(|mig| &mig.steps).find_map(|step| match step {
                MigrationStep::RemoveQuestion { id, reason } if *id == issue.question => Some(reason.get(lang, def.default_lang()).to_string()),
                _ => None,
            });
            match reason.filter(|r| !r.trim().is_empty()) {
                Some(reason) => m.t_args("import-issue-removed-why", &[args[0].clone(), ("reason", text(reason))]),
                None => m.t_args("import-issue-removed", &args),
            }
        }
        IssueKind::Migration => m.t_args("import-issue-migration", &args),
        IssueKind::Version => m.t("import-issue-version"),
    }
}
