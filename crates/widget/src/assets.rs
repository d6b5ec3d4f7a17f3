//! The widget's own static files, fetched from beside raikit.js (the base
//! URL the element passes in at mount). Plain same-origin GETs of files
//! that carry no user data: nothing the visitor types is ever sent.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A language pack file (`lang/<lang>/<name>.json`, built by
/// `cargo xtask build` from the translation data).
#[derive(Clone, Debug, PartialEq)]
pub enum Pack {
    /// Interface strings, principles, report labels and lint texts.
    Shared,
    /// One questionnaire's overlay, by questionnaire id.
    Questionnaire(String),
    /// The linter's word data for policies in this language (French and
    /// Spanish; English is built in). Fetched when a text needs it.
    LintWords,
}

impl Pack {
    /// The pack's path under the widget's base URL.
    pub fn path(&self, lang: &str) -> String {
        match self {
            Pack::Shared => format!("lang/{lang}/ui.json"),
            Pack::Questionnaire(id) => format!("lang/{lang}/{id}.json"),
            Pack::LintWords => format!("lang/{lang}/lint.json"),
        }
    }
}

/// GETs `url` as text; a network error or a non-2xx status is an error.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}
