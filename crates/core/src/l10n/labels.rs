//! Report headings and labels (`content/report.toml`, translated in
//! `content/i18n/<lang>/report.toml`), with `{name}` placeholders.

use super::Tree;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Labels {
    pub lang: String,
    /// Decimal separator for scores.
    pub decimal: Option<String>,
    pub labels: BTreeMap<String, String>,
}

impl Labels {
    /// Reads a `report.toml` (as a tree).
    pub fn from_tree(tree: &Tree) -> Labels {
        Labels {
            lang: tree.text(&["lang"]).cloned().unwrap_or_default(),
            decimal: tree.text(&["decimal"]).cloned(),
            labels: tree
                .entries(&["labels"])
                .filter_map(|(k, v)| match v {
                    Tree::Text(s) => Some((k.clone(), s.clone())),
                    Tree::Table(_) => None,
                })
                .collect(),
        }
    }

    /// The English labels, embedded from `content/report.toml`.
    pub fn english() -> &'static Labels {
        static CELL: OnceLock<Labels> = OnceLock::new();
        CELL.get_or_init(|| Labels::from_tree(&Tree::from_json(crate::content::REPORT_LABELS_JSON).unwrap_or_default()))
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
