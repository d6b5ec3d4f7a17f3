//! Prints the linter's precision and recall on the labelled corpus, per
//! language (`cargo xtask bench` runs it), each passage linted with its
//! language set. Languages the linter cannot read are reported as such.

#[path = "../tests/support/corpus_eval.rs"]
mod corpus_eval;

use raikit_core::lint::coverage::Status;
use raikit_core::lint::{lint, Format, LintOptions};

fn main() {
    for (lang, passages) in corpus_eval::load() {
        let options = LintOptions { format: Some(Format::Markdown), lang: lang.clone() };
        if let Err(e) = lint(b"probe", &options) {
            println!("{lang}: {} passages | not measured: {e}", passages.len());
            continue;
        }
        let s = corpus_eval::score(&passages, |p| {
            let report = lint(p.text.as_bytes(), &options).expect("corpus passages are valid Markdown");
            corpus_eval::Prediction {
                findings: report.findings.iter().map(|f| f.rule.clone()).collect(),
                addressed: report.coverage.iter().filter(|c| c.status != Status::Missing).map(|c| c.principle.clone()).collect(),
            }
        });
        let auto = LintOptions { format: Some(Format::Markdown), lang: "auto".into() };
        let detected = passages.iter().filter(|p| lint(p.text.as_bytes(), &auto).is_ok_and(|r| r.lang == lang)).count();
        println!("{} | language detected {detected}/{}", corpus_eval::summary(&lang, &s), passages.len());
    }
    println!("targets: coverage F1 ≥ 0.85, finding precision ≥ 0.90");
}
