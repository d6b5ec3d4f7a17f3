//! The labelled corpus in `tests/corpus/` holds the linter to its quality
//! targets: coverage F1 ≥ 0.85 and finding precision ≥ 0.9 for English.
//! `cargo xtask bench` prints the same figures for every language.

#[path = "support/corpus_eval.rs"]
mod corpus_eval;

use corpus_eval::{load, score, summary, Prediction};
use raikit_core::lint::{lint, Format, LintOptions};

pub fn predict(text: &str, lang: &str) -> Prediction {
    let options = LintOptions { format: Some(Format::Markdown), lang: lang.to_string() };
    let report = lint(text.as_bytes(), &options).expect("corpus passages are valid Markdown");
    Prediction {
        findings: report.findings.iter().map(|f| f.rule.clone()).collect(),
        addressed: report
            .coverage
            .iter()
            .filter(|c| c.status != raikit_core::lint::coverage::Status::Missing)
            .map(|c| c.principle.clone())
            .collect(),
    }
}

#[test]
fn english_corpus_meets_the_quality_targets() {
    let corpus = load();
    let en = corpus.get("en").expect("an English corpus");
    assert!(en.len() >= 60, "the English corpus has {} passages", en.len());
    let s = score(en, |p| predict(&p.text, &p.lang));
    let line = summary("en", &s);
    println!("{line}");
    assert!(
        s.coverage.f1() >= 0.85 && s.findings.precision() >= 0.9,
        "{line}\nmismatches:\n{}",
        s.mismatches.join("\n")
    );
}
