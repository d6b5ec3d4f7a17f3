//! Translatable text. Definitions may give a plain string (in the default
//! language) or a map from language code to string.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Plain text in one or more languages. Never HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LocalText {
    Plain(String),
    Translated(BTreeMap<String, String>),
}

impl Default for LocalText {
    fn default() -> Self {
        LocalText::Plain(String::new())
    }
}

impl From<&str> for LocalText {
    fn from(s: &str) -> Self {
        LocalText::Plain(s.to_string())
    }
}

impl LocalText {
    /// The text in `lang`, else in `default_lang`, else any translation
    /// (so a report never shows a blank where the author wrote something).
    pub fn get<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        match self {
            LocalText::Plain(s) => s,
            LocalText::Translated(map) => map
                .get(lang)
                .or_else(|| map.get(default_lang))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    /// True when a translation for `lang` exists. A plain string counts only
    /// for the default language.
    pub fn has(&self, lang: &str, default_lang: &str) -> bool {
        match self {
            LocalText::Plain(_) => lang == default_lang,
            LocalText::Translated(map) => map.contains_key(lang),
        }
    }

    /// True when there is no non-blank text in any language.
    pub fn is_blank(&self) -> bool {
        match self {
            LocalText::Plain(s) => s.trim().is_empty(),
            LocalText::Translated(map) => map.values().all(|s| s.trim().is_empty()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_default_then_any() {
        let t: LocalText = serde_json::from_str(r#"{"en":"Purpose","fr":"Finalité"}"#).unwrap();
        assert_eq!(t.get("fr", "en"), "Finalité");
        assert_eq!(t.get("es", "en"), "Purpose");
        let only_fr: LocalText = serde_json::from_str(r#"{"fr":"Finalité"}"#).unwrap();
        assert_eq!(only_fr.get("es", "en"), "Finalité");
        let plain: LocalText = serde_json::from_str(r#""Purpose""#).unwrap();
        assert_eq!(plain.get("ar", "en"), "Purpose");
        assert!(plain.has("en", "en") && !plain.has("ar", "en"));
        assert!(LocalText::from("  ").is_blank());
    }
}
