//! Localised views of built-in content. English lives in the content files
//! themselves; each other language is a set of overlays keyed by stable ids
//! (`content/i18n/<lang>/*.toml`, docs/translations.md): questionnaires,
//! principles, report labels and lint rule texts.
//!
//! Catalogs are installed at run time (the widget fetches them as language
//! packs) or, with the `translations` feature, come embedded. Everything that
//! localises asks [`catalog`] for a language and falls back to English, per
//! string, where no translation exists.

mod labels;
mod lint;
mod overlay;
pub mod principles;
mod tree;

pub use labels::{format_number, Labels};
pub use lint::localize_lint;
pub use overlay::{expected_keys, placeholder_problems, QuestionnaireOverlay};
pub use tree::Tree;

use crate::assess::Definition;
use crate::Taxonomy;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

/// Everything translated into one language. `principles` and `rules` are
/// the overlay files as trees (`principles.toml`, `rules.toml`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    pub lang: String,
    pub principles: Option<Tree>,
    pub labels: Option<Labels>,
    pub rules: Option<Tree>,
    pub questionnaires: BTreeMap<String, QuestionnaireOverlay>,
}

impl Catalog {
    /// Reads a language pack's shared part, as `cargo xtask build` writes it
    /// (`lang/<lang>/ui.json`): `lang`, and the `principles`, `report` and
    /// `rules` overlays. (Its `ftl` is the widget's.)
    pub fn from_ui_pack(json: &str) -> Result<Catalog, String> {
        let pack = Tree::from_json(json).map_err(|e| format!("language pack: {e}"))?;
        let lang = pack.text(&["lang"]).cloned().ok_or("language pack: `lang` is missing")?;
        Ok(Catalog {
            lang,
            principles: pack.at(&["principles"]).cloned(),
            labels: pack.at(&["report"]).map(Labels::from_tree),
            rules: pack.at(&["rules"]).cloned(),
            questionnaires: BTreeMap::new(),
        })
    }
}

static INSTALLED: RwLock<BTreeMap<String, Arc<Catalog>>> = RwLock::new(BTreeMap::new());

/// Makes a catalog available to everything that localises; it is merged
/// into what is already installed for its language.
pub fn install(catalog: Catalog) {
    let mut map = INSTALLED.write().unwrap_or_else(|e| e.into_inner());
    let merged = match map.get(&catalog.lang) {
        Some(old) => {
            let mut c = (**old).clone();
            c.principles = catalog.principles.or(c.principles);
            c.labels = catalog.labels.or(c.labels);
            c.rules = catalog.rules.or(c.rules);
            c.questionnaires.extend(catalog.questionnaires);
            c
        }
        None => catalog,
    };
    map.insert(merged.lang.clone(), Arc::new(merged));
}

/// Installs a questionnaire overlay (a language pack's `<id>.json`).
pub fn install_questionnaire(json: &str) -> Result<(), String> {
    let overlay = QuestionnaireOverlay::from_tree(Tree::from_json(json)?)?;
    let lang = overlay.lang.clone();
    let mut questionnaires = BTreeMap::new();
    questionnaires.insert(overlay.questionnaire.clone(), overlay);
    install(Catalog { lang, questionnaires, ..Catalog::default() });
    Ok(())
}

/// The catalog for `lang`: installed, else embedded (feature `translations`).
pub fn catalog(lang: &str) -> Option<Arc<Catalog>> {
    if let Some(c) = INSTALLED.read().unwrap_or_else(|e| e.into_inner()).get(lang) {
        return Some(c.clone());
    }
    #[cfg(feature = "translations")]
    {
        if let Some(c) = builtin::catalog(lang) {
            return Some(c);
        }
    }
    None
}

/// True when the questionnaire overlay for `id` in `lang` is available.
pub fn has_questionnaire(lang: &str, id: &str) -> bool {
    catalog(lang).is_some_and(|c| c.questionnaires.contains_key(id))
}

/// `def` with the `lang` overlay applied, when one exists for its id and
/// version; otherwise `def` itself (inline LocalText maps still work).
pub fn localized_definition<'a>(def: &'a Definition, lang: &str) -> Cow<'a, Definition> {
    if lang == def.default_lang() || def.title.has(lang, def.default_lang()) {
        return Cow::Borrowed(def);
    }
    match catalog(lang).as_ref().and_then(|c| c.questionnaires.get(&def.id)) {
        Some(o) if o.source_version == def.version => Cow::Owned(o.apply(def)),
        _ => Cow::Borrowed(def),
    }
}

/// The principle taxonomy with names and descriptions in `lang`.
pub fn taxonomy(lang: &str) -> Cow<'static, Taxonomy> {
    let base = Taxonomy::builtin();
    match catalog(lang).as_ref().and_then(|c| c.principles.as_ref()) {
        Some(p) => Cow::Owned(principles::apply(p, base)),
        None => Cow::Borrowed(base),
    }
}

/// Report labels in `lang`, English where a label is not translated.
pub fn labels(lang: &str) -> Labels {
    let english = Labels::english();
    match catalog(lang).as_ref().and_then(|c| c.labels.as_ref()) {
        Some(l) => english.overlaid(l),
        None => english.clone(),
    }
}

/// Direction of a language's script.
pub fn direction(lang: &str) -> &'static str {
    match lang.split('-').next() {
        Some("ar" | "he" | "fa" | "ur") => "rtl",
        _ => "ltr",
    }
}

#[cfg(feature = "translations")]
mod builtin {
    //! Embedded translations, for native tools and tests. The widget's
    //! bundles leave this out and fetch language packs instead.
    use super::*;
    use std::sync::OnceLock;

    include!(concat!(env!("OUT_DIR"), "/builtin_translations.rs"));

    pub fn catalog(lang: &str) -> Option<Arc<Catalog>> {
        static CELL: OnceLock<BTreeMap<String, Arc<Catalog>>> = OnceLock::new();
        CELL.get_or_init(build).get(lang).cloned()
    }

    fn build() -> BTreeMap<String, Arc<Catalog>> {
        let mut out: BTreeMap<String, Catalog> = BTreeMap::new();
        for (lang, name, json) in BUILTIN_TRANSLATIONS {
            let c = out.entry(lang.to_string()).or_insert_with(|| Catalog { lang: lang.to_string(), ..Catalog::default() });
            // Malformed files are reported by the completeness tests.
            let Ok(tree) = Tree::from_json(json) else { continue };
            match *name {
                "principles" => c.principles = Some(tree),
                "report" => c.labels = Some(Labels::from_tree(&tree)),
                "rules" => c.rules = Some(tree),
                _ => {
                    if let Ok(o) = QuestionnaireOverlay::from_tree(tree) {
                        c.questionnaires.insert(o.questionnaire.clone(), o);
                    }
                }
            }
        }
        out.into_iter().map(|(k, v)| (k, Arc::new(v))).collect()
    }
}

#[cfg(test)]
mod tests;

/// (key path, English) of every string a rules overlay must hold, from the
/// built-in packs.
pub fn rules_expected_keys(packs: &[crate::lint::RulePack]) -> Vec<(Vec<String>, String)> {
    let k = |parts: &[&str]| parts.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    let mut out = Vec::new();
    for pack in packs {
        if !pack.description.trim().is_empty() {
            out.push((k(&["packs", &pack.name, "description"]), pack.description.clone()));
        }
        for r in &pack.rule {
            out.push((k(&["rules", &r.id, "message"]), r.message.clone()));
            out.push((k(&["rules", &r.id, "explanation"]), r.explanation.clone()));
            if let Some(s) = &r.suggestion {
                out.push((k(&["rules", &r.id, "suggestion"]), s.clone()));
            }
        }
        for p in &pack.principle {
            out.push((k(&["principles", &p.id, "should_say"]), p.should_say.clone()));
            out.push((k(&["principles", &p.id, "example"]), p.example.clone()));
        }
    }
    out
}
