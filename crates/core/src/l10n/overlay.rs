//! Questionnaire overlays (`content/i18n/<lang>/<id>.toml`): translated
//! strings keyed by the ids of the English definition, so structure, scores
//! and conditions stay in one place.

use super::Tree;
use crate::assess::definition::{Definition, MigrationStep};
use crate::assess::LocalText;
use std::collections::BTreeMap;

/// Adds `text` to `target` as its `lang` translation, keeping the others.
fn put(target: &mut LocalText, lang: &str, default_lang: &str, text: Option<&String>) {
    let Some(text) = text else { return };
    let mut map = match std::mem::take(target) {
        LocalText::Plain(s) => BTreeMap::from([(default_lang.to_string(), s)]),
        LocalText::Translated(m) => m,
    };
    map.insert(lang.to_string(), text.clone());
    *target = LocalText::Translated(map);
}

fn put_opt(target: &mut Option<LocalText>, lang: &str, default_lang: &str, text: Option<&String>) {
    if let Some(t) = target {
        put(t, lang, default_lang, text);
    }
}

/// `def` with the strings of `overlay` (a `<lang>/<id>.toml`, as a tree)
/// added as the translation of each text into the overlay's `lang`. A string
/// the overlay lacks keeps its English only, so the UI falls back per string.
pub fn apply(overlay: &Tree, def: &Definition) -> Definition {
    let lang = overlay.text(&["lang"]).map(String::as_str).unwrap_or_default();
    let dl = def.default_lang().to_string();
    let dl = dl.as_str();
    let t = |path: &[&str]| overlay.text(path);
    let mut d = def.clone();
    put(&mut d.title, lang, dl, t(&["title"]));
    put(&mut d.description, lang, dl, t(&["description"]));
    for dim in &mut d.dimensions {
        put(&mut dim.title, lang, dl, t(&["dimensions", &dim.id, "title"]));
        put(&mut dim.description, lang, dl, t(&["dimensions", &dim.id, "description"]));
    }
    for s in &mut d.sections {
        put(&mut s.title, lang, dl, t(&["sections", &s.id, "title"]));
        put_opt(&mut s.description, lang, dl, t(&["sections", &s.id, "description"]));
        for q in &mut s.questions {
            let id = q.id.as_str();
            put(&mut q.prompt, lang, dl, t(&["questions", id, "prompt"]));
            put(&mut q.help, lang, dl, t(&["questions", id, "help"]));
            put_opt(&mut q.action, lang, dl, t(&["questions", id, "action"]));
            put_opt(&mut q.unit, lang, dl, t(&["questions", id, "unit"]));
            for o in &mut q.options {
                put_opt(&mut o.label, lang, dl, t(&["questions", id, "options", &o.value]));
                put_opt(&mut o.action, lang, dl, t(&["questions", id, "option_actions", &o.value]));
            }
        }
    }
    for f in &mut d.red_flags {
        put(&mut f.message, lang, dl, t(&["red_flags", &f.id, "message"]));
        put(&mut f.action, lang, dl, t(&["red_flags", &f.id, "action"]));
    }
    for m in &mut d.migrations {
        for step in &mut m.steps {
            if let MigrationStep::RemoveQuestion { id, reason } = step {
                put(reason, lang, dl, t(&["migrations", &m.from, "removed", id, "reason"]));
            }
        }
    }
    if !lang.is_empty() && !d.languages.iter().any(|l| l == lang) {
        d.languages.push(lang.to_string());
    }
    d
}

/// (key path, English) of every string an overlay of `def` must hold, in
/// the overlay's own layout (docs/translations.md).
pub fn expected_keys(def: &Definition) -> Vec<(Vec<String>, String)> {
    let dl = def.default_lang();
    let en = |t: &LocalText| t.get(dl, dl).to_string();
    let k = |parts: &[&str]| parts.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    let mut out = vec![(k(&["title"]), en(&def.title)), (k(&["description"]), en(&def.description))];
    for s in &def.sections {
        out.push((k(&["sections", &s.id, "title"]), en(&s.title)));
        if let Some(d) = &s.description {
            out.push((k(&["sections", &s.id, "description"]), en(d)));
        }
        for q in &s.questions {
            out.push((k(&["questions", &q.id, "prompt"]), en(&q.prompt)));
            out.push((k(&["questions", &q.id, "help"]), en(&q.help)));
            for (field, text) in [("action", &q.action), ("unit", &q.unit)] {
                if let Some(t) = text {
                    out.push((k(&["questions", &q.id, field]), en(t)));
                }
            }
            for o in &q.options {
                if let Some(l) = &o.label {
                    out.push((k(&["questions", &q.id, "options", &o.value]), en(l)));
                }
                if let Some(a) = &o.action {
                    out.push((k(&["questions", &q.id, "option_actions", &o.value]), en(a)));
                }
            }
        }
    }
    for d in &def.dimensions {
        out.push((k(&["dimensions", &d.id, "title"]), en(&d.title)));
        if !d.description.is_blank() {
            out.push((k(&["dimensions", &d.id, "description"]), en(&d.description)));
        }
    }
    for f in &def.red_flags {
        out.push((k(&["red_flags", &f.id, "message"]), en(&f.message)));
        out.push((k(&["red_flags", &f.id, "action"]), en(&f.action)));
    }
    for m in &def.migrations {
        for step in &m.steps {
            if let MigrationStep::RemoveQuestion { id, reason } = step {
                if !reason.is_blank() {
                    out.push((k(&["migrations", &m.from, "removed", id, "reason"]), en(reason)));
                }
            }
        }
    }
    out
}

/// `{name}` placeholders in a text, sorted.
fn placeholders(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s
        .match_indices('{')
        .filter_map(|(i, _)| {
            let rest = &s[i + 1..];
            let end = rest.find('}')?;
            let name = &rest[..end];
            (!name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')).then_some(name)
        })
        .collect();
    crate::sort::sort(&mut out);
    out
}

/// Runs of digits in a text (any script's decimal digits count as the same
/// number, so `٣٠` matches `30`).
fn numbers(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|&c| c.to_digit(10).or_else(|| arabic_indic_digit(c)));
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        match digit(i) {
            Some(d) => cur.push(char::from_digit(d, 10).unwrap_or('0')),
            // A thousands separator ("10,000", "10.000", "10 000", "10٬000")
            // joins groups, so each language may write it its own way.
            None if !cur.is_empty() && is_group_separator(c) && (1..=3).all(|k| digit(i + k).is_some()) && digit(i + 4).is_none() => {}
            None if !cur.is_empty() => out.push(std::mem::take(&mut cur)),
            None => {}
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{66c}')
}

fn arabic_indic_digit(c: char) -> Option<u32> {
    match c {
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    }
}

/// What is wrong with `translation` as a rendering of `english`: differing
/// placeholders, numbers of the source left out, or an empty string.
pub fn placeholder_problems(english: &str, translation: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if translation.trim().is_empty() {
        problems.push("empty translation".to_string());
        return problems;
    }
    if placeholders(english) != placeholders(translation) {
        problems.push(format!("placeholders differ: {:?} vs {:?}", placeholders(english), placeholders(translation)));
    }
    let got = numbers(translation);
    let missing: Vec<String> = numbers(english).into_iter().filter(|n| !got.contains(n)).collect();
    if !missing.is_empty() {
        problems.push(format!("numbers {missing:?} of the English are missing"));
    }
    problems
}
