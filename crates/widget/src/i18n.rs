//! Interface strings: plurals, number formatting and bidi isolation of
//! embedded values. Authored in Fluent syntax (`i18n/*.ftl`), compiled at
//! build time into compact JSON (`i18n/compile.rs`) that a small formatter
//! ([`format`]) reads, so the bundles carry no Fluent runtime.
//!
//! English is embedded. French, Spanish and Arabic arrive as language packs
//! fetched on demand from beside raikit.js ([`crate::assets`]): a shared
//! part (interface strings, principles, report labels, lint texts) and one
//! part per questionnaire. Until a pack is in, and if it fails, the widget
//! shows English with a visible notice, never a blank.

mod format;
mod plural;

use crate::assets::{self, Pack};
pub use format::Arg;
use format::Pattern;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// English, compiled by build.rs from `i18n/en.ftl`: an element's bundle
/// embeds only its element's half.
#[cfg(all(feature = "assessment", not(feature = "policy-lint")))]
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en-assessment.json"));
#[cfg(all(feature = "policy-lint", not(feature = "assessment")))]
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en-policy-lint.json"));
#[cfg(not(any(all(feature = "assessment", not(feature = "policy-lint")), all(feature = "policy-lint", not(feature = "assessment")))))]
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.json"));

/// Languages with a pack beside the English built in (the folders of
/// `crates/core/content/i18n/` and the `.ftl` files here).
pub const PACKED: &[&str] = &["fr", "es", "ar"];

/// A language's messages, shared through a Yew context.
pub struct Messages {
    pub lang: String,
    messages: BTreeMap<String, Pattern>,
}

impl PartialEq for Messages {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Messages {
    /// The embedded English messages.
    pub fn english() -> Rc<Messages> {
        thread_local! {
            static EN_MESSAGES: Rc<Messages> = Messages::from_json("en", EN).unwrap_or_else(|e| panic!("en.json is built from en.ftl and checked by tests: {e}"));
        }
        EN_MESSAGES.with(Rc::clone)
    }

    /// The messages for `lang` if they are loaded, else English.
    pub fn load(lang: &str) -> Rc<Messages> {
        LOADED.with(|l| l.borrow().messages.iter().find(|m| m.lang == lang).cloned()).unwrap_or_else(Messages::english)
    }

    /// Reads compiled messages: the `messages` of a language pack's
    /// `ui.json` (or of the embedded English).
    pub fn from_json(lang: &str, json: &str) -> Result<Rc<Messages>, String> {
        let mut messages = None;
        let mut de = raikit_core::json::Deserializer::new(json);
        let read = de.pull_object(&mut |de, key| match key {
            "messages" => de.pull_map::<Pattern>().map(|m| messages = Some(m)),
            // A language pack's other parts are the core's (`l10n::install_ui_pack`).
            _ => de.skip_value(),
        });
        read.and_then(|()| de.end()).map_err(|e| format!("{lang} messages: {e}"))?;
        let messages = messages.ok_or_else(|| format!("{lang} messages: missing field `messages`"))?;
        Ok(Rc::new(Messages { lang: lang.to_string(), messages }))
    }

    /// The message `id`, or the id itself if it is missing (tests catch that).
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        match self.messages.get(id) {
            Some(pattern) => pattern.format(&self.lang, args),
            None => id.to_string(),
        }
    }
}

/// Where the packs a component needs stand.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PackStatus {
    /// Everything needed is here (or nothing was needed).
    Ready,
    Loading,
    /// A pack could not be fetched or read: English is shown instead.
    Failed,
}

/// What this bundle has loaded. Small lists rather than maps: a page uses
/// one or two languages.
#[derive(Default)]
struct Loaded {
    messages: Vec<Rc<Messages>>,
    /// Packs by path: None while fetching, Some(ok) once settled.
    packs: Vec<(String, Option<bool>)>,
    /// Components to rerender when a pack settles.
    waiting: Vec<Callback<()>>,
    /// The interface packs' text by language, handed to the on-demand
    /// report renderers, which read their labels from it.
    ui_packs: Vec<(String, Rc<str>)>,
}

thread_local! {
    static LOADED: RefCell<Loaded> = RefCell::new(Loaded::default());
}

/// The text of `lang`'s interface pack, if it was loaded (never for
/// English, which is built in).
pub fn ui_pack_text(lang: &str) -> Option<Rc<str>> {
    LOADED.with(|l| l.borrow().ui_packs.iter().find(|(l, _)| l == lang).map(|(_, text)| text.clone()))
}

/// Reads a fetched pack (lang, pack, JSON) where it is used. Each caller
/// passes its own, so a bundle carries only the readers its element needs
/// (the assessment never reads the linter's word data).
pub type Install = fn(&str, &Pack, &str) -> Result<(), String>;

/// Reads an interface or questionnaire pack into the message cache and the
/// core's catalogs.
fn install(lang: &str, pack: &Pack, json: &str) -> Result<(), String> {
    match pack {
        Pack::Shared => {
            let messages = Messages::from_json(lang, json)?;
            raikit_core::l10n::install_ui_pack(json)?;
            LOADED.with(|l| {
                let mut l = l.borrow_mut();
                l.messages.push(messages);
                l.ui_packs.push((lang.to_string(), json.into()));
            });
        }
        Pack::Questionnaire(_) => raikit_core::l10n::install_questionnaire(json)?,
        other => return Err(format!("{} is not an interface pack", other.path(lang))),
    }
    Ok(())
}

/// Starts fetching `pack` unless it is loaded or on its way.
fn request(base: &str, lang: &str, pack: Pack, install: Install) {
    let path = pack.path(lang);
    let started = LOADED.with(|l| {
        let p = &mut l.borrow_mut().packs;
        if p.iter().any(|(known, _)| *known == path) {
            return false;
        }
        p.push((path.clone(), None));
        true
    });
    if !started {
        return;
    }
    let (url, lang) = (format!("{base}{path}"), lang.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        let result = match assets::fetch_text(&url).await {
            Ok(json) => install(&lang, &pack, &json),
            Err(e) => Err(e),
        };
        if let Err(e) = &result {
            web_sys::console::warn_1(&format!("raikit: language pack {url}: {e}").into());
        }
        let waiting = LOADED.with(|l| {
            let mut l = l.borrow_mut();
            for (known, state) in l.packs.iter_mut() {
                if *known == path {
                    *state = Some(result.is_ok());
                }
            }
            std::mem::take(&mut l.waiting)
        });
        for waiting in waiting {
            waiting.emit(());
        }
    });
}

fn status(lang: &str, packs: &[Pack]) -> PackStatus {
    LOADED.with(|l| {
        let p = &l.borrow().packs;
        let state = |path: String| p.iter().find(|(known, _)| *known == path).and_then(|(_, s)| *s);
        let states: Vec<Option<bool>> = packs.iter().map(|pack| state(pack.path(lang))).collect();
        if states.contains(&Some(false)) {
            PackStatus::Failed
        } else if states.iter().all(|s| *s == Some(true)) {
            PackStatus::Ready
        } else {
            PackStatus::Loading
        }
    })
}

/// Loads `pack` for `lang` (once per page), reads it with `install`, and
/// calls `done` with whether that worked, once it has settled.
pub fn load_pack(base: &str, lang: &str, pack: Pack, install: Install, done: Callback<bool>) {
    if base.is_empty() {
        // No address to fetch from (a unit test's mount).
        done.emit(false);
        return;
    }
    request(base, lang, pack.clone(), install);
    when_settled(lang.to_string(), pack, done);
}

fn when_settled(lang: String, pack: Pack, done: Callback<bool>) {
    match status(&lang, std::slice::from_ref(&pack)) {
        PackStatus::Ready => done.emit(true),
        PackStatus::Failed => done.emit(false),
        // Waiting callbacks run when any pack settles: look again then.
        PackStatus::Loading => LOADED.with(|l| l.borrow_mut().waiting.push(Callback::from(move |_| when_settled(lang.clone(), pack.clone(), done.clone())))),
    }
}

/// The messages to show for `lang`, loading its packs (the shared one and,
/// for an assessment, its questionnaire's) from `base` on first use.
/// Rerenders the component when they arrive.
#[hook]
pub fn use_language(lang: &str, base: &str, questionnaire: Option<&str>) -> (Rc<Messages>, PackStatus) {
    let update = use_force_update();
    let lang = lang.to_string();
    let packs: Vec<Pack> = if PACKED.contains(&lang.as_str()) {
        std::iter::once(Pack::Shared).chain(questionnaire.map(|q| Pack::Questionnaire(q.to_string()))).collect()
    } else {
        Vec::new()
    };
    let state = if packs.is_empty() {
        PackStatus::Ready
    } else if base.is_empty() {
        PackStatus::Failed
    } else {
        for pack in &packs {
            request(base, &lang, pack.clone(), install);
        }
        status(&lang, &packs)
    };
    if state == PackStatus::Loading {
        LOADED.with(|l| l.borrow_mut().waiting.push(Callback::from(move |_| update.force_update())));
    }
    (Messages::load(&lang), state)
}

/// The notice shown while a pack loads or after it failed.
pub fn pack_notice(m: &Messages, status: PackStatus) -> Html {
    match status {
        PackStatus::Ready => Html::default(),
        PackStatus::Loading => html! { <p class="notice lang-status" role="status">{ m.t("lang-loading") }</p> },
        PackStatus::Failed => html! { <p class="notice error lang-status" role="alert">{ m.t("lang-failed") }</p> },
    }
}

/// A number argument.
pub fn num(n: impl Into<f64>) -> Arg {
    Arg::Num(n.into())
}

/// A string argument.
pub fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

#[cfg(test)]
mod compile;
#[cfg(test)]
mod completeness;
#[cfg(test)]
mod equivalence;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_messages_format_with_plurals() {
        let m = Messages::load("en");
        assert_eq!(m.t("yes"), "Yes");
        let one = m.t_args("intro-questions", &[("count", num(1))]);
        let many = m.t_args("intro-questions", &[("count", num(45))]);
        assert!(one.ends_with("question") && one.contains('1'), "{one}");
        assert!(many.ends_with("questions") && many.contains("45"), "{many}");
    }

    /// The message ids in `src` (`.t("…")`, `.t_args("…")`).
    fn ids_used(src: &str) -> Vec<String> {
        src.match_indices(".t(\"")
            .chain(src.match_indices(".t_args(\""))
            .map(|(i, _)| {
                let rest = &src[i..];
                let start = rest.find('"').unwrap() + 1;
                let end = start + rest[start..].find('"').unwrap();
                rest[start..end].to_string()
            })
            .collect()
    }

    /// Every id an element's components use, literal or built at run time
    /// from a value, is in the English its bundle embeds (its half of
    /// en.ftl, see build.rs): a missing one would show as a bare id.
    #[test]
    fn every_message_id_used_in_the_code_exists_in_its_elements_half() {
        let half = |name: &str, json: &str| Messages::from_json(name, json).unwrap();
        let assessment = half("en", include_str!(concat!(env!("OUT_DIR"), "/en-assessment.json")));
        let policy_lint = half("en", include_str!(concat!(env!("OUT_DIR"), "/en-policy-lint.json")));
        let assessment_src = [
            include_str!("components/assessment.rs"),
            include_str!("components/intro.rs"),
            include_str!("components/load_failed.rs"),
            include_str!("components/section_nav.rs"),
            include_str!("components/section_view.rs"),
            include_str!("components/question.rs"),
            include_str!("components/results.rs"),
            include_str!("components/export_bar.rs"),
        ]
        .concat();
        let policy_lint_src = [
            include_str!("components/policy_lint.rs"),
            include_str!("components/lint_editor.rs"),
            include_str!("components/coverage_map.rs"),
            include_str!("components/findings_list.rs"),
        ]
        .concat();
        // Both show the language-pack status (pack_notice above).
        let shared = ["lang-loading", "lang-failed"].map(String::from);
        let assessment_dynamic = ["none", "low", "medium", "high", "critical", "unknown"].map(|l| format!("level-{l}")).into_iter()
            .chain(["initial", "developing", "defined", "managed", "optimising"].map(|b| format!("band-{b}")))
            .chain((1..=5).map(|n| format!("risk-scale-{n}")))
            .chain(["yes", "no", "unsure"].map(String::from));
        let policy_lint_dynamic = ["covered", "partial", "missing"].map(|s| format!("lint-status-{s}")).into_iter()
            .chain(["error", "warning", "info"].map(|s| format!("lint-severity-{s}")));
        let mut missing = Vec::new();
        for (name, m, ids) in [
            ("assessment", &assessment, ids_used(&assessment_src).into_iter().chain(assessment_dynamic).chain(shared.clone()).collect::<Vec<_>>()),
            ("policy-lint", &policy_lint, ids_used(&policy_lint_src).into_iter().chain(policy_lint_dynamic).chain(shared.clone()).collect()),
        ] {
            missing.extend(ids.into_iter().filter(|id| !m.messages.contains_key(id)).map(|id| format!("{name}: {id}")));
        }
        assert!(missing.is_empty(), "missing messages: {missing:?}");
        // The halves together are the whole of English.
        assert_eq!(assessment.messages.len() + policy_lint.messages.len() - shared.len(), Messages::from_json("en", include_str!(concat!(env!("OUT_DIR"), "/en.json"))).unwrap().messages.len());
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(Messages::load("xx").lang, "en");
    }

    #[test]
    fn arabic_plurals_and_isolated_numbers() {
        let ar = Messages::from_json("ar", include_str!(concat!(env!("OUT_DIR"), "/ar.json"))).unwrap();
        let two = ar.t_args("intro-questions", &[("count", num(2))]);
        let many = ar.t_args("intro-questions", &[("count", num(11))]);
        assert_ne!(two, many);
        // Numbers are wrapped in bidi isolation marks (FSI … PDI).
        assert!(many.contains("\u{2068}11\u{2069}"), "{many:?}");
    }

    #[test]
    fn pack_paths_sit_under_the_lang_folder() {
        assert_eq!(Pack::Shared.path("fr"), "lang/fr/ui.json");
        assert_eq!(Pack::Questionnaire("risk".into()).path("ar"), "lang/ar/risk.json");
    }
}
