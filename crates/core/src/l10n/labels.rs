//! Report headings and labels (`content/report.toml`, translated in
//! `content/i18n/<lang>/report.toml`), with `{name}` placeholders.

use super::Tree;
use std::sync::{Arc, OnceLock};

/// The labels of one language, English where it lacks one.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    local: Option<Arc<Tree>>,
}

impl Labels {
    pub(super) fn new(local: Option<Arc<Tree>>) -> Labels {
        Labels { local }
    }

    /// The English `report.toml`, embedded.
    pub fn english_tree() -> &'static Tree {
        static CELL: OnceLock<Tree> = OnceLock::new();
        CELL.get_or_init(|| Tree::from_json(crate::content::REPORT_LABELS_JSON).unwrap_or_default())
    }

    fn lookup(&self, path: &[&str]) -> Option<&String> {
        self.local.as_ref().and_then(|t| t.text(path)).or_else(|| Labels::english_tree().text(path))
    }

    /// The label `key`, or the key itself if it is unknown (tests catch that).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.lookup(&["labels", key]).map(String::as_str).unwrap_or(key)
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
        format_number(v, self.lookup(&["decimal"]).map(String::as_str).unwrap_or("."))
    }

    /// A level or maturity band id (`high`, `managed`, `red_flag`) in words.
    pub fn level(&self, id: &str) -> String {
        let band = ["initial", "developing", "defined", "managed", "optimising"].contains(&id);
        let key = if band { format!("band_{id}") } else { format!("level_{id}") };
        self.lookup(&["labels", &key]).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// `v` as the shortest decimal ([`crate::num::exact`]), with `decimal` as the separator.
pub fn format_number(v: f64, decimal: &str) -> String {
    let s = crate::num::exact(v);
    if decimal == "." { s } else { s.replace('.', decimal) }
}
