//! The principles overlay (`content/i18n/<lang>/principles.toml`).

use super::Tree;
use crate::Taxonomy;

/// A copy of `base` with every name and description `overlay` translates.
pub fn apply(overlay: &Tree, base: &Taxonomy) -> Taxonomy {
    let mut t = base.clone();
    let put = |kind: &str, id: &str, name: &mut String, description: &mut String| {
        if let Some(n) = overlay.text(&[kind, id, "name"]) {
            *name = n.clone();
        }
        if let Some(d) = overlay.text(&[kind, id, "description"]) {
            *description = d.clone();
        }
    };
    for core in &mut t.core {
        put("core", &core.id, &mut core.name, &mut core.description);
        for inst in &mut core.instrumental {
            put("instrumental", &inst.id, &mut inst.name, &mut inst.description);
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
