//! Scores the linter on whole labelled policies: the development policies
//! in `tests/corpus/dev/policies/` and the held-out ones in
//! `tests/corpus/heldout/policies/` (never read those while tuning). Each
//! `*.labels.toml` gives the 17 coverage statuses of its document and the
//! expected findings, matched by rule and by the sentence that holds each
//! labelled excerpt (document-level findings by rule alone).
#![allow(dead_code)]

use raikit_core::lint::coverage::Status;
use raikit_core::lint::report::LintReport;
use raikit_core::lint::{lint, Format, LintOptions};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
pub struct PolicyLabels {
    pub document: String,
    pub lang: String,
    pub kind: String,
    pub coverage: BTreeMap<String, String>,
    #[serde(default)]
    pub finding: Vec<ExpectedFinding>,
}

#[derive(Debug, Deserialize)]
pub struct ExpectedFinding {
    pub rule: String,
    pub excerpt: String,
    pub scope: String,
}

/// A labelled policy and its text.
pub struct Policy {
    pub name: String,
    pub text: String,
    pub labels: PolicyLabels,
}

/// Every `*.labels.toml` with the document it names, sorted by name.
pub fn load_policies(dir: &Path) -> Vec<Policy> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the policies folder exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".labels.toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let source = std::fs::read_to_string(&path).expect("labels are readable");
            let labels: PolicyLabels = toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let text = std::fs::read_to_string(dir.join(&labels.document)).expect("the labelled document exists");
            Policy { name: labels.document.clone(), text, labels }
        })
        .collect()
}

/// Agreement on one policy.
#[derive(Default)]
pub struct PolicyScore {
    /// Principles whose three-way status (covered, partial, missing) matches.
    pub status_agree: usize,
    /// "Addressed" (covered or partial) as a yes/no: true/false positives.
    pub addressed_tp: usize,
    pub addressed_fp: usize,
    pub addressed_fn: usize,
    pub findings_tp: usize,
    pub findings_fp: usize,
    pub findings_fn: usize,
    pub mismatches: Vec<String>,
}

/// Rules never scored as findings (measured through coverage, or advisory).
const UNSCORED: &[&str] = &["missing-principle", "long-sentence", "hard-to-read"];

/// Lints a policy as Markdown in its labelled language.
pub fn lint_policy(policy: &Policy) -> LintReport {
    let options = LintOptions { format: Some(Format::Markdown), lang: policy.labels.lang.clone() };
    lint(policy.text.as_bytes(), &options).expect("the policy lints")
}

/// A status as the labels write it.
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Covered => "covered",
        Status::Partial => "partial",
        Status::Missing => "missing",
    }
}

pub fn score_policy(policy: &Policy, report: &LintReport) -> PolicyScore {
    let mut s = PolicyScore::default();
    for c in &report.coverage {
        let expected = policy.labels.coverage.get(&c.principle).map(String::as_str).unwrap_or("missing");
        let got = status_name(c.status);
        if expected == got {
            s.status_agree += 1;
        } else {
            s.mismatches.push(format!("{}: expected {expected}, got {got}", c.principle));
        }
        match (expected != "missing", got != "missing") {
            (true, true) => s.addressed_tp += 1,
            (false, true) => s.addressed_fp += 1,
            (true, false) => s.addressed_fn += 1,
            (false, false) => {}
        }
    }

    let reported: Vec<_> = report.findings.iter().filter(|f| !UNSCORED.contains(&f.rule.as_str())).collect();
    let mut used = vec![false; reported.len()];
    for expected in &policy.labels.finding {
        let sentence = sentence_around(&policy.text, &expected.excerpt);
        let hit = reported.iter().enumerate().position(|(i, f)| {
            !used[i]
                && f.rule == expected.rule
                && (expected.scope == "document"
                    || sentence.is_some_and(|(start, end)| f.range.byte.start < end && f.range.byte.end > start))
        });
        match hit {
            Some(i) => {
                used[i] = true;
                s.findings_tp += 1;
            }
            None => {
                s.findings_fn += 1;
                s.mismatches.push(format!("missed {} at “{}”", expected.rule, expected.excerpt));
            }
        }
    }
    for (f, _) in reported.iter().zip(&used).filter(|(_, used)| !**used) {
        s.findings_fp += 1;
        let at = &policy.text[f.range.byte.start..f.range.byte.end.min(f.range.byte.start + 60)];
        s.mismatches.push(format!("unexpected {} at {}:{} “{at}”", f.rule, f.range.start.line, f.range.start.column));
    }
    s
}

/// The byte range of the sentence (or table cell, or line) holding `excerpt`:
/// from the boundary before it to the boundary after it. Boundaries are
/// sentence ends followed by a space, line breaks and table cell bars.
fn sentence_around(text: &str, excerpt: &str) -> Option<(usize, usize)> {
    let at = text.find(excerpt)?;
    let end_of = at + excerpt.len();
    let is_break = |window: &[u8]| matches!(window, [b'.' | b'!' | b'?' | b';', b' ' | b'\n', ..] | [b'\n' | b'|', ..]);
    let bytes = text.as_bytes();
    let start = (0..at).rev().find(|&i| is_break(&bytes[i..])).map_or(0, |i| i + 1);
    let end = (end_of..bytes.len()).find(|&i| is_break(&bytes[i..])).map_or(bytes.len(), |i| i + 1);
    Some((start, end))
}

/// One line per policy, for the bench and the test output.
pub fn policy_summary(policy: &Policy, s: &PolicyScore) -> String {
    format!(
        "{} ({}, {}): statuses agree {}/17 | addressed tp {} fp {} fn {} | findings tp {} fp {} fn {}",
        policy.name,
        policy.labels.lang,
        policy.labels.kind,
        s.status_agree,
        s.addressed_tp,
        s.addressed_fp,
        s.addressed_fn,
        s.findings_tp,
        s.findings_fp,
        s.findings_fn
    )
}
