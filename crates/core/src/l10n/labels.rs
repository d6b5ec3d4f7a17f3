//! Report headings and labels (`content/report.toml`, translated in
//! `content/i18n/<lang>/report.toml`), with `{name}` placeholders.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Labels {
    #[serde(default)]
    pub lang: String,
    /// Decimal separator for scores.
    #[serde(default)]
    pub decimal: Option<String>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

impl Labels {
    /// The English labels, embedded from `content/report.toml`.
    pub fn english() -> &'static Labels {
        static CELL: OnceLock<Labels> = OnceLock::new();
        CELL.get_or_init(|| {
            serde_json::from_str(crate::content::REPORT_LABELS_JSON).expect("content/report.toml is checked by the build and by tests")
        })
    }

    /// These labels with `other`'s translations on top.
    pub fn overlaid(&self, other: &Labels) -> Labels {
        let mut out = self.clone();
        out.lang = other.lang.clone();
        out.decimal = other.decimal.clone().or(out.decimal);
        out.labels.extend(other.labels.iter().map(|(k, v)| (k.clone(), v.clone())));
        out
    }

    /// The label `key`, or the key itself if it is unknown (tests catch that).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.labels.get(key).map(String::as_str).unwrap_or(key)
    }

    /// The label `key` with its `{name}` placeholders filled.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut out = self.get(key).to_string();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// A score in this language's notation (`12,5` in French).
    pub fn number(&self, v: f64) -> String {
        format_number(v, self.decimal.as_deref().unwrap_or("."))
    }

    /// A level or maturity band id (`high`, `managed`, `red_flag`) in words.
    pub fn level(&self, id: &str) -> String {
        let key = if ["initial", "developing", "defined", "managed", "optimising"].contains(&id) {
            format!("band_{id}")
        } else {
            format!("level_{id}")
        };
        self.labels.get(&key).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// `v` as the shortest decimal, with `decimal` as the separator.
pub fn format_number(v: f64, decimal: &str) -> String {
    let s = format!("{v}");
    if decimal == "." { s } else { s.replace('.', decimal) }
}
