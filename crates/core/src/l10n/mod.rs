//! Localised views of built-in content. English lives in the content files
//! themselves; each other language is a set of overlays keyed by stable ids
//! (`content/i18n/<lang>/*.toml`, docs/translations.md): questionnaires,
//! principles, report labels and lint rule texts.
//!
//! Translation files are installed at run time (the widget fetches them as
//! language packs) or, with the `translations` feature, come embedded.
//! Everything that localises asks [`part`] for a language's file and falls
//! back to English, per string, where no translation exists.

mod labels;
mod lint;
mod overlay;
pub mod principles;
mod tree;

pub use labels::{format_number, Labels};
pub use lint::{localize_lint, localized_rules};
pub use overlay::{apply as apply_overlay, expected_keys, placeholder_problems};
pub use tree::Tree;

use crate::assess::Definition;
use crate::json::Pull;
use crate::Taxonomy;
use std::borrow::Cow;
use std::sync::{Arc, RwLock};

/// One installed translation file: (lang, name, contents). Names are
/// `principles`, `report`, `rules`, or a questionnaire id.
type Part = (String, String, Arc<Tree>);

static INSTALLED: RwLock<Vec<Part>> = RwLock::new(Vec::new());

/// Makes a translation file available to everything that localises,
/// replacing an earlier one of the same language and name.
pub fn install(lang: &str, name: &str, tree: Tree) {
    let mut parts = INSTALLED.write().unwrap_or_else(|e| e.into_inner());
    parts.retain(|(l, n, _)| !(l == lang && n == name));
    parts.push((lang.to_string(), name.to_string(), Arc::new(tree)));
}

/// Installs a language pack's shared part, as `cargo xtask build` writes it
/// (`lang/<lang>/ui.json`): its `principles`, `report` and `rules`
/// overlays. Other keys are skipped unread: `messages`, the compiled
/// interface strings, are the widget's and are not a [`Tree`].
pub fn install_ui_pack(json: &str) -> Result<(), String> {
    let (mut lang, mut principles, mut report, mut rules) = (None, None, None, None);
    let mut de = crate::json::Deserializer::new(json);
    let read = de.pull_object(&mut |de, key| {
        match key {
            "lang" => lang = Some(de.pull_string()?),
            "principles" => principles = Some(Tree::pull(de)?),
            "report" => report = Some(Tree::pull(de)?),
            "rules" => rules = Some(Tree::pull(de)?),
            _ => de.skip_value()?,
        }
        Ok(())
    });
    read.and_then(|()| de.end()).map_err(|e| format!("language pack: {e}"))?;
    let lang = lang.ok_or("language pack: missing field `lang`")?;
    for (name, tree) in [("principles", principles), ("report", report), ("rules", rules)] {
        if let Some(tree) = tree {
            install(&lang, name, tree);
        }
    }
    Ok(())
}

/// Installs a questionnaire overlay (a language pack's `<id>.json`).
pub fn install_questionnaire(json: &str) -> Result<(), String> {
    let tree = Tree::from_json(json).map_err(|e| format!("language pack: {e}"))?;
    let header = |key: &str| tree.text(&[key]).cloned().ok_or_else(|| format!("language pack: `{key}` is missing"));
    let (lang, id) = (header("lang")?, header("questionnaire")?);
    header("source_version")?;
    install(&lang, &id, tree);
    Ok(())
}

/// The translation file `name` in `lang`: installed, else embedded
/// (feature `translations`).
pub fn part(lang: &str, name: &str) -> Option<Arc<Tree>> {
    let parts = INSTALLED.read().unwrap_or_else(|e| e.into_inner());
    if let Some((_, _, tree)) = parts.iter().find(|(l, n, _)| l == lang && n == name) {
        return Some(tree.clone());
    }
    #[cfg(feature = "lint-translations")]
    {
        if let Some(tree) = builtin::part(lang, name) {
            return Some(tree);
        }
    }
    None
}

/// `def` with the `lang` overlay applied, when one exists for its id and
/// version; otherwise `def` itself (inline LocalText maps still work).
pub fn localized_definition<'a>(def: &'a Definition, lang: &str) -> Cow<'a, Definition> {
    if lang == def.default_lang() || def.title.has(lang, def.default_lang()) {
        return Cow::Borrowed(def);
    }
    match part(lang, &def.id) {
        Some(o) if o.text(&["source_version"]) == Some(&def.version) => Cow::Owned(overlay::apply(&o, def)),
        _ => Cow::Borrowed(def),
    }
}

/// The principle taxonomy with names and descriptions in `lang`.
pub fn taxonomy(lang: &str) -> Cow<'static, Taxonomy> {
    let base = Taxonomy::builtin();
    match part(lang, "principles") {
        Some(p) => Cow::Owned(principles::apply(&p, base)),
        None => Cow::Borrowed(base),
    }
}

/// Report labels in `lang`, English where a label is not translated.
pub fn labels(lang: &str) -> Labels {
    Labels::new(part(lang, "report"))
}

/// Direction of a language's script.
pub fn direction(lang: &str) -> &'static str {
    match lang.split('-').next() {
        Some("ar" | "he" | "fa" | "ur") => "rtl",
        _ => "ltr",
    }
}

#[cfg(feature = "lint-translations")]
mod builtin {
    //! Embedded translations, for native tools and tests (all of them) and
    //! the npm package's `lint(…, { locale })` (the lint overlays only). The
    //! widget's bundles leave this out and install language packs instead.
    use super::*;
    use std::sync::OnceLock;

    // Each build reads one of the two lists the file holds.
    #[allow(dead_code)]
    mod generated {
        include!(concat!(env!("OUT_DIR"), "/builtin_translations.rs"));
    }
    use generated::*;

    pub fn part(lang: &str, name: &str) -> Option<Arc<Tree>> {
        static CELL: OnceLock<Vec<Part>> = OnceLock::new();
        // Without `translations`, only the lint overlays are embedded.
        #[cfg(feature = "translations")]
        let list = BUILTIN_TRANSLATIONS;
        #[cfg(not(feature = "translations"))]
        let list = BUILTIN_LINT_TRANSLATIONS;
        let parts = CELL.get_or_init(|| {
            list.iter()
                // Malformed files are reported by the completeness tests.
                .filter_map(|(lang, file, json)| {
                    let tree = Tree::from_json(json).ok()?;
                    // Questionnaire overlays go by the id they translate.
                    let name = tree.text(&["questionnaire"]).cloned().unwrap_or_else(|| file.to_string());
                    Some((lang.to_string(), name, Arc::new(tree)))
                })
                .collect()
        });
        parts.iter().find(|(l, n, _)| l == lang && n == name).map(|(_, _, t)| t.clone())
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
