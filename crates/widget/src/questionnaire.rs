//! Where `<raikit-assessment>`'s questionnaire comes from. The
//! `questionnaire` attribute names one of three sources:
//!
//! - a built-in id (`risk`): fetched from beside raikit.js
//!   (`questionnaires/<id>.json`), not embedded, so a page downloads only the
//!   questionnaire it shows;
//! - `#some-id`: a definition inline in the host page, in
//!   `<script type="application/json" id="some-id">`;
//! - a URL (anything with a `/`, or ending in `.json`): a partner's own
//!   definition, resolved against the page's address.
//!
//! Each definition is fetched and parsed once per page, then shared by every
//! element that shows it. A partner definition must parse and validate;
//! otherwise its errors are shown, each with its path. The validator is an
//! on-demand bundle ([`crate::validator`]): built-ins are checked by the
//! tests, so a page that shows only them never downloads it.

use crate::assets;
use raikit_core::assess::{builtin_ids, parse_json, Definition, Problem};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Builtin(&'static str),
    Inline(String),
    Url(String),
    Unknown(String),
}

impl Source {
    pub fn of(attr: &str) -> Source {
        let attr = attr.trim();
        if let Some(id) = builtin_ids().find(|id| *id == attr) {
            Source::Builtin(id)
        } else if let Some(id) = attr.strip_prefix('#').filter(|id| !id.is_empty()) {
            Source::Inline(id.to_string())
        } else if attr.contains('/') || attr.ends_with(".json") {
            Source::Url(attr.to_string())
        } else {
            Source::Unknown(attr.to_string())
        }
    }

    /// The built-in's id, whose translations come as language packs.
    pub fn builtin(&self) -> Option<&'static str> {
        match self {
            Source::Builtin(id) => Some(id),
            _ => None,
        }
    }
}

/// Why a questionnaire cannot be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Not a built-in id, `#id` or URL.
    Unknown(String),
    /// The file could not be fetched (network error, HTTP status).
    Fetch { url: String, reason: String },
    /// `#id` names no element in the page.
    NoElement(String),
    /// `#id` is not a `<script type="application/json">`.
    NotJsonScript(String),
    /// The definition does not parse or has validation errors.
    Invalid(Vec<Problem>),
    /// The validator bundle could not be loaded or run (a page's failed
    /// download of it is not retried: reloading the page is).
    Validator(String),
}

impl LoadError {
    /// A failed fetch may succeed later; the others will not change.
    pub fn can_retry(&self) -> bool {
        matches!(self, LoadError::Fetch { .. })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(Rc<Definition>),
    Failed(LoadError),
}

type Outcome = Result<Rc<Definition>, LoadError>;

/// Definitions this page loaded, by URL or `#id`: None while on the way.
#[derive(Default)]
struct Cache {
    files: Vec<(String, Option<Outcome>)>,
    /// Components to rerender when a load settles.
    waiting: Vec<Callback<()>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// A built-in, trusted as it is (the content tests validate it).
fn parse(text: &str) -> Outcome {
    parse_json(text).map(|p| Rc::new(p.definition)).map_err(LoadError::Invalid)
}

/// A partner's definition: parsed, then validated.
async fn parse_partner(text: &str) -> Outcome {
    let def = parse(text)?;
    let errors = validate(text).await?;
    if errors.is_empty() {
        Ok(def)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// Errors only: warnings (unused dimensions, say) do not stop a definition.
#[cfg(feature = "validate-in-bundle")]
async fn validate(text: &str) -> Result<Vec<Problem>, LoadError> {
    Ok(raikit_core::assess::usable_definition(text).err().unwrap_or_default())
}

#[cfg(not(feature = "validate-in-bundle"))]
async fn validate(text: &str) -> Result<Vec<Problem>, LoadError> {
    crate::validator::errors(text).await.map_err(LoadError::Validator)
}

/// The cached outcome for `key`, starting `load` if the key is new.
fn cached<F>(key: &str, load: impl FnOnce() -> F) -> Loaded
where
    F: std::future::Future<Output = Outcome> + 'static,
{
    let known = CACHE.with(|c| c.borrow().files.iter().find(|(k, _)| k == key).map(|(_, o)| o.clone()));
    match known {
        Some(Some(Ok(def))) => return Loaded::Ready(def),
        Some(Some(Err(e))) => return Loaded::Failed(e),
        Some(None) => return Loaded::Loading,
        None => {}
    }
    CACHE.with(|c| c.borrow_mut().files.push((key.to_string(), None)));
    let (key, future) = (key.to_string(), load());
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = future.await;
        let waiting = CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if let Some(entry) = c.files.iter_mut().find(|(k, _)| *k == key) {
                entry.1 = Some(outcome);
            }
            std::mem::take(&mut c.waiting)
        });
        for waiting in waiting {
            waiting.emit(());
        }
    });
    Loaded::Loading
}

/// Fetches `url`; a partner's file is validated, a built-in is not.
fn fetched(url: &str, partner: bool) -> Loaded {
    let url = url.to_string();
    cached(&url.clone(), move || async move {
        let text = assets::fetch_text(&url).await.map_err(|reason| LoadError::Fetch { url: url.clone(), reason })?;
        if partner {
            parse_partner(&text).await
        } else {
            parse(&text)
        }
    })
}

/// Forgets a failed load, so the next render tries again.
pub fn retry(key: &str) {
    CACHE.with(|c| c.borrow_mut().files.retain(|(k, o)| k != key || !matches!(o, Some(Err(_)))));
}

/// `#id`: the text of `<script type="application/json" id="id">` in the
/// document (or shadow root) that holds the element.
fn inline(host: Option<&web_sys::HtmlElement>, id: &str) -> Loaded {
    let root = host.map(|h| h.get_root_node());
    let found = root
        .as_ref()
        .and_then(|r| match r.dyn_ref::<web_sys::Document>() {
            Some(doc) => doc.get_element_by_id(id),
            None => r.dyn_ref::<web_sys::DocumentFragment>().and_then(|f| f.get_element_by_id(id)),
        })
        .or_else(|| web_sys::window()?.document()?.get_element_by_id(id));
    let Some(element) = found else {
        return Loaded::Failed(LoadError::NoElement(id.to_string()));
    };
    let is_json_script = element.tag_name().eq_ignore_ascii_case("script")
        && element.get_attribute("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    if !is_json_script {
        return Loaded::Failed(LoadError::NotJsonScript(id.to_string()));
    }
    // The script's text is read only when the definition is not cached yet:
    // this runs on every render of the element.
    cached(&format!("#{id}"), move || {
        let text = element.text_content().unwrap_or_default();
        async move { parse_partner(&text).await }
    })
}

/// The key the source is cached under: the absolute URL it is fetched from,
/// or `#id` for an inline definition.
pub fn key(source: &Source, base: &str) -> Option<String> {
    match source {
        Source::Builtin(id) => Some(format!("{base}questionnaires/{id}.json")),
        Source::Url(url) => {
            let page = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
            Some(match page.and_then(|p| web_sys::Url::new_with_base(url, &p).ok()) {
                Some(u) => u.href(),
                None => url.clone(),
            })
        }
        Source::Inline(id) => Some(format!("#{id}")),
        Source::Unknown(_) => None,
    }
}

/// The questionnaire to show, loading it on first use and rerendering the
/// component when it arrives.
#[hook]
pub fn use_questionnaire(source: &Source, base: &str, host: Option<web_sys::HtmlElement>) -> Loaded {
    let update = use_force_update();
    let loaded = match source {
        Source::Unknown(id) => Loaded::Failed(LoadError::Unknown(id.clone())),
        Source::Inline(id) => inline(host.as_ref(), id),
        Source::Builtin(_) if base.is_empty() => {
            Loaded::Failed(LoadError::Fetch { url: String::new(), reason: "the widget's address is unknown".into() })
        }
        Source::Builtin(_) | Source::Url(_) => match key(source, base) {
            Some(url) => fetched(&url, matches!(source, Source::Url(_))),
            None => Loaded::Loading,
        },
    };
    if loaded == Loaded::Loading {
        CACHE.with(|c| c.borrow_mut().waiting.push(Callback::from(move |_| update.force_update())));
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_from_the_attribute() {
        assert_eq!(Source::of("risk"), Source::Builtin("risk"));
        assert_eq!(Source::of(" readiness "), Source::Builtin("readiness"));
        assert_eq!(Source::of("#partner-q"), Source::Inline("partner-q".into()));
        assert_eq!(Source::of("/q/partner.json"), Source::Url("/q/partner.json".into()));
        assert_eq!(Source::of("partner.json"), Source::Url("partner.json".into()));
        assert_eq!(Source::of("https://example.org/q"), Source::Url("https://example.org/q".into()));
        assert_eq!(Source::of("riks"), Source::Unknown("riks".into()));
        assert_eq!(Source::of("#"), Source::Unknown("#".into()));
    }

    #[test]
    fn a_definition_that_does_not_parse_is_not_used() {
        let Err(LoadError::Invalid(problems)) = parse(r#"{"id": "x"}"#) else { panic!("should fail") };
        assert!(!problems.is_empty());
        let Err(LoadError::Invalid(problems)) = parse("{ not json") else { panic!("should fail") };
        assert!(problems[0].message.contains("line 1"), "{:?}", problems);
    }

    #[test]
    fn every_builtin_parses_as_a_partner_definition_would() {
        for (id, json) in raikit_core::content::BUILTIN_QUESTIONNAIRES {
            assert!(parse(json).is_ok(), "{id}");
        }
    }
}
