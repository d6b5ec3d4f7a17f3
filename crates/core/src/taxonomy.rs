//! The principle taxonomy. Its ids are a public contract; the data lives in
//! `content/principles.toml`, so changing the taxonomy changes only data.

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// One of the five core principles, with its instrumental principles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorePrinciple {
    pub id: String,
    pub name: String,
    pub description: String,
    pub instrumental: Vec<InstrumentalPrinciple>,
}

/// An instrumental principle, such as `autonomy.oversight`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstrumentalPrinciple {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// The whole taxonomy, in the order the Toolkit presents it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxonomy {
    pub core: Vec<CorePrinciple>,
}

impl Taxonomy {
    /// The built-in taxonomy, parsed once.
    pub fn builtin() -> &'static Taxonomy {
        static CELL: OnceLock<Taxonomy> = OnceLock::new();
        // From literals that build.rs wrote: no JSON to parse, and no
        // deserializer for the taxonomy in the bundles.
        let owned = |&(id, name, description): &(&str, &str, &str)| InstrumentalPrinciple { id: id.into(), name: name.into(), description: description.into() };
        CELL.get_or_init(|| Taxonomy {
            core: crate::content::TAXONOMY
                .iter()
                .map(|&(id, name, description, instrumental)| CorePrinciple {
                    id: id.into(),
                    name: name.into(),
                    description: description.into(),
                    instrumental: instrumental.iter().map(owned).collect(),
                })
                .collect(),
        })
    }

    /// Every instrumental principle, in order, with its core principle.
    pub fn instrumental(&self) -> impl Iterator<Item = (&CorePrinciple, &InstrumentalPrinciple)> {
        self.core
            .iter()
            .flat_map(|c| c.instrumental.iter().map(move |i| (c, i)))
    }

    /// Looks up a core principle by id.
    pub fn core_principle(&self, id: &str) -> Option<&CorePrinciple> {
        self.core.iter().find(|c| c.id == id)
    }

    /// Looks up an instrumental principle by id.
    pub fn instrumental_principle(&self, id: &str) -> Option<&InstrumentalPrinciple> {
        self.instrumental().map(|(_, i)| i).find(|i| i.id == id)
    }

    /// The core principle an instrumental id belongs to.
    pub fn core_of(&self, instrumental_id: &str) -> Option<&CorePrinciple> {
        self.instrumental()
            .find(|(_, i)| i.id == instrumental_id)
            .map(|(c, _)| c)
    }

    /// True when `id` names a core or an instrumental principle.
    pub fn is_known(&self, id: &str) -> bool {
        self.core_principle(id).is_some() || self.instrumental_principle(id).is_some()
    }

    /// Checks the structural rules: unique ids, each instrumental id prefixed
    /// by its core id, nothing empty. Returns every problem found.
    pub fn check(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        if self.core.is_empty() {
            problems.push("the taxonomy has no core principles".to_string());
        }
        for (ci, core) in self.core.iter().enumerate() {
            if !seen.insert(core.id.as_str()) {
                problems.push(format!("core[{ci}]: duplicate id `{}`", core.id));
            }
            if core.id.contains('.') {
                problems.push(format!("core[{ci}]: core id `{}` must not contain a dot", core.id));
            }
            if core.name.trim().is_empty() || core.description.trim().is_empty() {
                problems.push(format!("core[{ci}]: name and description are required"));
            }
            if core.instrumental.is_empty() {
                problems.push(format!("core[{ci}]: `{}` has no instrumental principles", core.id));
            }
            for (ii, inst) in core.instrumental.iter().enumerate() {
                let path = format!("core[{ci}].instrumental[{ii}]");
                if !seen.insert(inst.id.as_str()) {
                    problems.push(format!("{path}: duplicate id `{}`", inst.id));
                }
                match inst.id.split_once('.') {
                    Some((prefix, rest)) if prefix == core.id && !rest.is_empty() && !rest.contains('.') => {}
                    _ => problems.push(format!(
                        "{path}: id `{}` must be `{}.<name>`",
                        inst.id, core.id
                    )),
                }
                if inst.name.trim().is_empty() || inst.description.trim().is_empty() {
                    problems.push(format!("{path}: name and description are required"));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXPECTED: &[(&str, &[&str])] = &[
        ("lawfulness", &["legitimacy", "necessity", "proportionality"]),
        ("harm", &["wellbeing", "robustness", "accuracy", "efficiency"]),
        ("autonomy", &["privacy", "oversight", "agency", "transparency"]),
        ("fairness", &["accessibility", "nondiscrimination", "vulnerable", "redress"]),
        ("governance", &["accountability", "traceability"]),
    ];

    #[test]
    fn builtin_taxonomy_is_well_formed() {
        assert_eq!(Taxonomy::builtin().check(), Vec::<String>::new());
    }

    #[test]
    fn builtin_taxonomy_matches_the_public_ids() {
        let t = Taxonomy::builtin();
        let actual: Vec<(String, Vec<String>)> = t
            .core
            .iter()
            .map(|c| (c.id.clone(), c.instrumental.iter().map(|i| i.id.clone()).collect()))
            .collect();
        let expected: Vec<(String, Vec<String>)> = EXPECTED
            .iter()
            .map(|(c, is)| (c.to_string(), is.iter().map(|i| format!("{c}.{i}")).collect()))
            .collect();
        assert_eq!(actual, expected);
        assert_eq!(t.instrumental().count(), 17);
    }

    #[test]
    fn every_instrumental_principle_sits_under_exactly_one_core() {
        let t = Taxonomy::builtin();
        for (core, inst) in t.instrumental() {
            let owners: Vec<_> = t
                .core
                .iter()
                .filter(|c| c.instrumental.iter().any(|i| i.id == inst.id))
                .map(|c| c.id.as_str())
                .collect();
            assert_eq!(owners, vec![core.id.as_str()], "{}", inst.id);
            assert_eq!(t.core_of(&inst.id).map(|c| c.id.as_str()), Some(core.id.as_str()));
        }
    }

    #[test]
    fn check_reports_duplicates_and_misplaced_ids() {
        let mut t = Taxonomy::builtin().clone();
        t.core[1].instrumental[0].id = "lawfulness.necessity".into();
        t.core[2].instrumental.clear();
        let problems = t.check();
        assert!(problems.iter().any(|p| p.starts_with("core[1].instrumental[0]: duplicate id")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("must be `harm.<name>`")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`autonomy` has no instrumental")), "{problems:?}");
    }

    #[test]
    fn lookups_work() {
        let t = Taxonomy::builtin();
        assert!(t.is_known("fairness.redress"));
        assert!(t.is_known("governance"));
        assert!(!t.is_known("fairness.unknown"));
        assert_eq!(t.instrumental_principle("autonomy.oversight").unwrap().name, "Human control and oversight");
    }
}
