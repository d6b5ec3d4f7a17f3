//! `raikit.toml` (or the same shape as a JS object / JSON).
//!
//! ```toml
//! lang = "auto"                    # or en, fr, es: the policy text's language
//! [rules]
//! select = []                      # when non-empty, only these rules run
//! disable = ["long-sentence"]
//! packs = ["agency-rules.toml"]    # read by the CLI, relative to the config
//! [rules.severity]
//! passive-duty = "error"
//! [vocabulary]
//! "autonomy.oversight" = ["Ethics Board"]
//! [metrics]
//! max_sentence_words = 40
//! [acronyms]
//! allow = ["GDPR"]
//! ```

use super::rules::Severity;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The language of the policy text: "auto" (or empty) to detect it.
    pub lang: String,
    pub rules: RulesConfig,
    /// Extra coverage terms per instrumental principle id.
    pub vocabulary: BTreeMap<String, Vec<String>>,
    pub metrics: Metrics,
    pub acronyms: AcronymConfig,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RulesConfig {
    pub select: Vec<String>,
    pub disable: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub packs: Vec<String>,
}

/// Thresholds for the readability rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Metrics {
    /// long-sentence fires above this many words.
    pub max_sentence_words: usize,
    /// hard-to-read fires below this Flesch reading ease.
    pub min_reading_ease: f64,
    /// hard-to-read ignores sections shorter than this (scores are noisy).
    pub min_section_words: usize,
}

impl Default for Metrics {
    fn default() -> Metrics {
        Metrics { max_sentence_words: 40, min_reading_ease: 30.0, min_section_words: 40 }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AcronymConfig {
    /// Acronyms never reported, on top of the built-in allow-list.
    pub allow: Vec<String>,
}

impl Config {
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    pub fn from_json(text: &str) -> Result<Config, String> {
        crate::json::from_str(text).map_err(|e| e.to_string())
    }
}
