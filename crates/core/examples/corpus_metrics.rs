//! Prints the linter's precision and recall per language (`cargo xtask bench`
//! runs it): first on the main corpus, which the rules were tuned on, then on
//! the held-out set written blind (`tests/corpus/heldout/`), passages and
//! whole policies. The two are reported side by side, never merged.

#[path = "../tests/support/corpus_eval.rs"]
mod corpus_eval;
#[path = "../tests/support/policy_eval.rs"]
mod policy_eval;

use raikit_core::lint::{lint, Format, LintOptions};
use std::collections::BTreeMap;

fn main() {
    println!("main corpus (rules tuned on it):");
    print_passages(corpus_eval::load());
    println!("held-out corpus (written blind, never tuned on):");
    print_passages(corpus_eval::load_dir(&corpus_eval::heldout_dir()));
    println!("held-out policies (whole documents):");
    for policy in policy_eval::load_policies(&corpus_eval::heldout_dir().join("policies")) {
        let options = LintOptions { format: Some(Format::Markdown), lang: policy.labels.lang.clone() };
        match lint(policy.text.as_bytes(), &options) {
            Ok(report) => println!("  {}", policy_eval::policy_summary(&policy, &policy_eval::score_policy(&policy, &report))),
            Err(e) => println!("  {}: not measured: {e}", policy.name),
        }
    }
    println!("targets: coverage F1 ≥ 0.85, finding precision ≥ 0.90");
}

fn print_passages(corpus: BTreeMap<String, Vec<corpus_eval::Passage>>) {
    for (lang, passages) in corpus {
        let options = LintOptions { format: Some(Format::Markdown), lang: lang.clone() };
        if let Err(e) = lint(b"probe", &options) {
            println!("  {lang}: {} passages | not measured: {e}", passages.len());
            continue;
        }
        let s = corpus_eval::score(&passages, |p| corpus_eval::predict(&p.text, &p.lang));
        let auto = LintOptions { format: Some(Format::Markdown), lang: "auto".into() };
        let detected = passages.iter().filter(|p| lint(p.text.as_bytes(), &auto).is_ok_and(|r| r.lang == lang)).count();
        println!("  {} | language detected {detected}/{}", corpus_eval::summary(&lang, &s), passages.len());
    }
}
