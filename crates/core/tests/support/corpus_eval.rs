//! Scores the linter against the labelled corpus in `tests/corpus/`. Shared by
//! the regression test (`tests/corpus.rs`) and the figures printed by
//! `cargo xtask bench` (`examples/corpus_metrics.rs`).
#![allow(dead_code)]

use serde::Deserialize;
use std::collections::BTreeMap;
use raikit_core::lint::coverage::Status;
use raikit_core::lint::{lint, Format, LintOptions};
use std::path::{Path, PathBuf};

/// Rules measured by coverage F1 or not meant as precision-critical findings.
pub const EXCLUDED_RULES: &[&str] = &["missing-principle", "long-sentence", "hard-to-read"];

#[derive(Debug, Deserialize)]
pub struct CorpusFile {
    pub passage: Vec<Passage>,
}

#[derive(Debug, Deserialize)]
pub struct Passage {
    pub id: String,
    pub lang: String,
    pub kind: String,
    pub text: String,
    #[serde(default)]
    pub coverage: BTreeMap<String, String>,
    #[serde(default)]
    pub findings: Vec<String>,
}

/// What the linter said about one passage.
pub struct Prediction {
    /// Rule ids of the findings, one per finding.
    pub findings: Vec<String>,
    /// Instrumental principle ids whose status is covered or partial.
    pub addressed: Vec<String>,
    /// Those of them whose status is covered.
    pub covered: Vec<String>,
}

#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

#[derive(Default)]
pub struct Scores {
    pub passages: usize,
    pub coverage: Counts,
    pub findings: Counts,
    /// Principles labelled and found addressed, and how many of them have
    /// the labelled status (covered or partial).
    pub addressed_both: usize,
    pub status_agree: usize,
    /// Human-readable notes on each mismatch, for debugging a regression.
    pub mismatches: Vec<String>,
}

pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

/// The held-out set, written blind and never used to tune rules.
pub fn heldout_dir() -> PathBuf {
    corpus_dir().join("heldout")
}

/// Loads the main corpus (`tests/corpus/*.toml`), keyed by language.
pub fn load() -> BTreeMap<String, Vec<Passage>> {
    load_dir(&corpus_dir())
}

/// Loads every `*.toml` passage file directly in `dir`, keyed by language.
pub fn load_dir(dir: &Path) -> BTreeMap<String, Vec<Passage>> {
    let mut by_lang: BTreeMap<String, Vec<Passage>> = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the corpus folder exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("corpus file is readable");
        let file: CorpusFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for p in file.passage {
            by_lang.entry(p.lang.clone()).or_default().push(p);
        }
    }
    by_lang
}

/// Lints a passage as Markdown with its language set, as a user with `lang`
/// set would, and keeps what the scores compare.
pub fn predict(text: &str, lang: &str) -> Prediction {
    let options = LintOptions { format: Some(Format::Markdown), lang: lang.to_string() };
    let report = lint(text.as_bytes(), &options).expect("corpus passages are valid Markdown");
    Prediction {
        findings: report.findings.iter().map(|f| f.rule.clone()).collect(),
        addressed: report.coverage.iter().filter(|c| c.status != Status::Missing).map(|c| c.principle.clone()).collect(),
        covered: report.coverage.iter().filter(|c| c.status == Status::Covered).map(|c| c.principle.clone()).collect(),
    }
}

/// Scores predictions against the labels of a set of passages.
pub fn score(passages: &[Passage], mut lint: impl FnMut(&Passage) -> Prediction) -> Scores {
    let mut scores = Scores::default();
    for passage in passages {
        scores.passages += 1;
        let predicted = lint(passage);

        let mut cov = Counts::default();
        for (principle, status) in &passage.coverage {
            if predicted.addressed.contains(principle) {
                cov.tp += 1;
                scores.addressed_both += 1;
                if (status == "covered") == predicted.covered.contains(principle) {
                    scores.status_agree += 1;
                } else {
                    scores.mismatches.push(format!("{}: {principle} labelled {status}", passage.id));
                }
            } else {
                cov.fn_ += 1;
                scores.mismatches.push(format!("{}: coverage missed {principle}", passage.id));
            }
        }
        for principle in &predicted.addressed {
            if !passage.coverage.contains_key(principle) {
                cov.fp += 1;
                scores.mismatches.push(format!("{}: coverage wrongly found {principle}", passage.id));
            }
        }
        scores.coverage.add(cov);

        let mut expected: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &passage.findings {
            *expected.entry(f.as_str()).or_default() += 1;
        }
        let mut got: BTreeMap<&str, usize> = BTreeMap::new();
        for f in predicted.findings.iter().filter(|f| !EXCLUDED_RULES.contains(&f.as_str())) {
            *got.entry(f.as_str()).or_default() += 1;
        }
        let mut fnd = Counts::default();
        for rule in expected.keys().chain(got.keys()).collect::<std::collections::BTreeSet<_>>() {
            let (e, g) = (expected.get(rule).copied().unwrap_or(0), got.get(rule).copied().unwrap_or(0));
            fnd.tp += e.min(g);
            if g > e {
                fnd.fp += g - e;
                scores.mismatches.push(format!("{}: unexpected {rule} ×{}", passage.id, g - e));
            }
            if e > g {
                fnd.fn_ += e - g;
                scores.mismatches.push(format!("{}: missed {rule} ×{}", passage.id, e - g));
            }
        }
        scores.findings.add(fnd);
    }
    scores
}

pub fn summary(lang: &str, s: &Scores) -> String {
    format!(
        "{lang}: {} passages | coverage precision {:.3} recall {:.3} F1 {:.3}, covered/partial agree {}/{} | findings precision {:.3} recall {:.3} (tp {} fp {} fn {})",
        s.passages,
        s.coverage.precision(),
        s.coverage.recall(),
        s.coverage.f1(),
        s.status_agree,
        s.addressed_both,
        s.findings.precision(),
        s.findings.recall(),
        s.findings.tp,
        s.findings.fp,
        s.findings.fn_
    )
}
