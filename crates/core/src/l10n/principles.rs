//! The principles overlay (`content/i18n/<lang>/principles.toml`).

use crate::Taxonomy;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct NameText {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct PrinciplesOverlay {
    #[serde(default)]
    pub lang: String,
    #[serde(default)]
    pub core: BTreeMap<String, NameText>,
    #[serde(default)]
    pub instrumental: BTreeMap<String, NameText>,
}

impl PrinciplesOverlay {
    /// A copy of `base` with every translated name and description in place.
    pub fn apply(&self, base: &Taxonomy) -> Taxonomy {
        let mut t = base.clone();
        let put = |text: &NameText, name: &mut String, description: &mut String| {
            if let Some(n) = &text.name {
                *name = n.clone();
            }
            if let Some(d) = &text.description {
                *description = d.clone();
            }
        };
        for core in &mut t.core {
            if let Some(text) = self.core.get(&core.id) {
                put(text, &mut core.name, &mut core.description);
            }
            for inst in &mut core.instrumental {
                if let Some(text) = self.instrumental.get(&inst.id) {
                    put(text, &mut inst.name, &mut inst.description);
                }
            }
        }
        t
    }

    /// (key path, English) of every string a principles overlay must hold.
    pub fn expected_keys(base: &Taxonomy) -> Vec<(Vec<String>, String)> {
        let key = |a: &str, b: &str, c: &str| vec![a.to_string(), b.to_string(), c.to_string()];
        let mut out = Vec::new();
        for core in &base.core {
            out.push((key("core", &core.id, "name"), core.name.clone()));
            out.push((key("core", &core.id, "description"), core.description.clone()));
            for inst in &core.instrumental {
                out.push((key("instrumental", &inst.id, "name"), inst.name.clone()));
                out.push((key("instrumental", &inst.id, "description"), inst.description.clone()));
            }
        }
        out
    }
}
