//! `raikit explain RULE`: a rule's message, explanation, fix and examples,
//! in English or, with `--locale`, from the same translations the linter's
//! messages use; French and Spanish show that language's own examples.

use raikit_core::l10n;
use raikit_core::lint::lang::{pack, Lang};
use std::process::ExitCode;

pub fn run(rule: &str, locale: &str) -> Result<ExitCode, String> {
    let rules = l10n::localized_rules(locale);
    let r = rules.iter().find(|r| r.id == rule).ok_or_else(|| format!("unknown rule `{rule}` (see `raikit rules`)"))?;
    // The words a rule matches, its fix and its examples differ by language.
    let words = Lang::from_code(locale).filter(|l| *l != Lang::En).and_then(pack).and_then(|p| p.rule.get(rule).cloned());
    let examples = words.as_ref().map_or(&r.examples, |w| &w.examples);
    let fix = words.as_ref().map_or(r.fix.as_ref(), |w| w.fix.as_ref());
    let mut out = format!("{} ({})\n", r.id, r.severity.name());
    if let Some(p) = &r.principle {
        let taxonomy = l10n::taxonomy(locale);
        let name = taxonomy.instrumental_principle(p).map_or("", |i| i.name.as_str());
        out.push_str(&format!("principle: {p} — {name}\n"));
    }
    out.push_str(&format!("message:   {}\n\n{}\n", r.message, r.explanation.trim()));
    if let Some(s) = &r.suggestion {
        out.push_str(&format!("\nsuggestion: {s}\n"));
    }
    if let Some(f) = fix {
        out.push_str(&format!("fix: replaces the match with “{f}”\n"));
        // Forms that need their own replacement (« devraient » → « doivent »).
        for (form, with) in words.iter().flat_map(|w| w.params.get("fixes")).flatten().filter_map(|pair| pair.split_once(' ')) {
            out.push_str(&format!("     or “{form}” with “{with}”\n"));
        }
    }
    for (title, list) in [("flagged", &examples.flag), ("not flagged", &examples.pass)] {
        if !list.is_empty() {
            out.push_str(&format!("\nexamples {title}:\n"));
            for e in list {
                out.push_str(&format!("  - {e}\n"));
            }
        }
    }
    print!("{out}");
    Ok(ExitCode::SUCCESS)
}
