//! The labelled corpus in `tests/corpus/` measures the linter, one language
//! at a time. The quality targets are coverage F1 ≥ 0.85 and finding
//! precision ≥ 0.9 (DESIGN.md). The rule data was tuned while reading this
//! corpus's mismatches, so the figures are optimistic for unseen text (the
//! held-out set in `tests/corpus/heldout/` is the honest measure). This test
//! holds the figures reached as floors: a change that makes any language
//! worse fails. `cargo xtask bench` prints them; set RAIKIT_CORPUS_VERBOSE=1
//! to list every mismatch.

#[path = "support/corpus_eval.rs"]
mod corpus_eval;

use corpus_eval::{corpus_dir, load, load_dir, predict, score, summary, Passage};
use std::collections::BTreeMap;
use raikit_core::lint::{lint, Format, LintOptions};

/// The quality targets from DESIGN.md and issue 4.
const TARGET_COVERAGE_F1: f64 = 0.85;
const TARGET_FINDING_PRECISION: f64 = 0.90;

/// (language, minimum passages, coverage F1 floor, finding precision floor):
/// the figures reached, rounded down. Measured: en 0.933 / 1.000 (0.926
/// before the second round on the development set in tests/corpus/dev/,
/// batches 6 and 7; 0.927 before the concept classes' first changes),
/// fr 1.000 / 1.000, es 0.983 / 1.000 (0.957 before passive deletions
/// counted as retention statements and automated-decision findings once per
/// section); fr and es were tuned on these very passages, so expect less on
/// unseen text.
const FLOORS: &[(&str, usize, f64, f64)] = &[("en", 60, 0.94, 0.99), ("fr", 20, 0.99, 0.99), ("es", 20, 0.98, 0.99)];

#[test]
fn corpus_does_not_regress_in_any_language() {
    check_floors("", &load(), FLOORS);
    println!("targets: coverage F1 ≥ {TARGET_COVERAGE_F1}, finding precision ≥ {TARGET_FINDING_PRECISION}");
}

/// (language, minimum passages, coverage F1 floor, finding precision floor)
/// for the development set in `tests/corpus/dev/`, written apart from the
/// tuning corpus to check that rule changes generalise beyond its wording.
/// The set grew from 97 / 23 / 23 passages to 138 / 54 / 68 with batches 6
/// and 7 (long-policy styles: general orders, force policies, national
/// guidance, ordinances, procurement clauses), which are harder, so the
/// floors for the whole set were lowered from (en 0.85 / 0.89, fr 0.93 /
/// 0.72, es 0.95 / 0.85) to what it measures now: en 0.814 / 0.904,
/// fr 0.871 / 0.907, es 0.871 / 0.855. On the first 97 / 23 / 23 passages
/// the rules did not get worse: en 0.870 / 0.895 (was 0.859 / 0.895),
/// fr 0.939 / 0.727 (same), es 0.952 / 0.857 (same). Each batch was scored
/// before the rules were changed for it (tests/corpus/README.md). The
/// personal-data rules' `within` words then raised finding precision to
/// en 0.965, fr 0.951, es 0.930. Batch 8 (30 / 15 / 15 passages in
/// drafting styles new to the set) scored en 0.715 / 0.857, fr 0.750 /
/// 0.957, es 0.722 / 0.920 on its own before any change for it. The
/// French precision floor was 0.94, not 0.95: «renseignements personnels»
/// (Quebec's "personal information") counts as personal data, and
/// fr-dev-weak-016, labelled without an access finding, shares such data
/// "with partners, where appropriate", which the access rule reports.
/// After the fourth round (published text, 2026-11-27, night): en 0.834 /
/// 0.963, fr 0.858 / 0.956, es 0.904 / 0.952.
/// After the fifth round (published text, 2026-11-28): en 0.843 / 0.963, fr and es unchanged.
/// Batches 9, 10 and 11 (2026-11-28; 108 / 42 / 42 passages, labelled blind)
/// were added after this session's rounds: batch 9 was kept for validation
/// (never read), 10 and 11 were read to find misses. The whole set now
/// measures en 0.800 / 0.959, fr 0.791 / 0.954, es 0.827 / 0.948, and the
/// floors were lowered to just below (tests/corpus/README.md). Raised
/// after batch 9 was read and the 2026-11-28 evening rounds: the set
/// measures en 0.832 / 0.982, fr 0.801 / 0.969, es 0.844 / 0.975.
/// Raised after the 2026-11-29 rounds on published texts: en 0.851 /
/// 0.982, fr 0.819 / 0.969, es 0.846 / 0.975.
/// English raised again after the fifth sitting's precision rounds (a bare
/// audit or log, a body in another role, words in another sense): en 0.878
/// / 0.982; the main English floor to 0.94 (measures 0.945).
/// Raised after the sixth sitting's development rounds (recall in English,
/// French and Spanish wording as classes): en 0.910 / 0.982, fr 0.904 /
/// 0.985, es 0.907 / 0.975. The held-out set did not move with them.
const DEV_FLOORS: &[(&str, usize, f64, f64)] = &[("en", 270, 0.90, 0.975), ("fr", 105, 0.90, 0.98), ("es", 120, 0.90, 0.97)];

#[test]
fn dev_set_does_not_regress_in_any_language() {
    check_floors("dev ", &load_dir(&corpus_dir().join("dev")), DEV_FLOORS);
}

/// Scores each language of `corpus` and fails when one falls below its
/// floors; `set` prefixes the printed figures ("dev en: …").
fn check_floors(set: &str, corpus: &BTreeMap<String, Vec<Passage>>, floors: &[(&str, usize, f64, f64)]) {
    let verbose = std::env::var_os("RAIKIT_CORPUS_VERBOSE").is_some();
    let mut failures = Vec::new();
    for &(lang, min, f1_floor, precision_floor) in floors {
        let passages = corpus.get(lang).unwrap_or_else(|| panic!("a {set}{lang} corpus"));
        assert!(passages.len() >= min, "the {set}{lang} corpus has {} passages", passages.len());
        let s = score(passages, |p| predict(&p.text, &p.lang));
        let line = format!("{set}{}", summary(lang, &s));
        println!("{line}");
        if verbose {
            println!("  {}", s.mismatches.join("\n  "));
        }
        if s.coverage.f1() < f1_floor - 1e-9 || s.findings.precision() < precision_floor - 1e-9 {
            failures.push(format!("{line}\n  below the floors ({f1_floor}, {precision_floor}); mismatches:\n  {}", s.mismatches.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "regression:\n{}", failures.join("\n"));
}

/// Detection picks each passage's language on its own (headings and all).
#[test]
fn corpus_languages_are_detected() {
    let mut wrong = Vec::new();
    let mut total = 0;
    for (lang, passages) in load() {
        for p in passages {
            total += 1;
            let options = LintOptions { format: Some(Format::Markdown), lang: "auto".into() };
            match lint(p.text.as_bytes(), &options) {
                Ok(report) if report.lang == lang => {}
                Ok(report) => wrong.push(format!("{}: detected {}", p.id, report.lang)),
                Err(e) => wrong.push(format!("{}: {e}", p.id)),
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {total} passages detected wrongly:\n{}", wrong.len(), wrong.join("\n"));
}

/// Scores one passage file on its own, for a new development batch before
/// any rule changes for it: `RAIKIT_SCORE_FILE=path cargo test -p
/// raikit-core --test corpus score_one_file -- --ignored --nocapture`
/// prints the figures and every mismatch. Never point it at the held-out set.
#[test]
#[ignore = "a tool: needs RAIKIT_SCORE_FILE"]
fn score_one_file() {
    let path = std::env::var_os("RAIKIT_SCORE_FILE").expect("RAIKIT_SCORE_FILE names a passage file");
    let path = std::path::PathBuf::from(path);
    assert!(!path.components().any(|c| c.as_os_str() == "heldout"), "the held-out set is never scored passage by passage");
    let text = std::fs::read_to_string(&path).expect("the passage file is readable");
    let file: corpus_eval::CorpusFile = toml::from_str(&text).expect("the passage file is valid");
    let mut by_lang: BTreeMap<String, Vec<Passage>> = BTreeMap::new();
    for p in file.passage {
        by_lang.entry(p.lang.clone()).or_default().push(p);
    }
    for (lang, passages) in &by_lang {
        let s = score(passages, |p| predict(&p.text, &p.lang));
        println!("{}\n  {}", summary(lang, &s), s.mismatches.join("\n  "));
        if std::env::var_os("RAIKIT_SCORE_EVIDENCE").is_some() {
            print_unexpected(passages);
        }
    }
}

/// For each principle found but not labelled, the sentences that counted;
/// for each finding, the text it points at. With `RAIKIT_SCORE_EVIDENCE=all`
/// also the sentences behind the principles found and labelled (`=`).
fn print_unexpected(passages: &[Passage]) {
    use raikit_core::lint::coverage::Status;
    let all = std::env::var_os("RAIKIT_SCORE_EVIDENCE").is_some_and(|v| v == "all");
    for p in passages {
        let options = LintOptions { format: Some(Format::Markdown), lang: p.lang.clone() };
        let report = lint(p.text.as_bytes(), &options).expect("passages lint");
        for c in report.coverage.iter().filter(|c| c.status != Status::Missing && !p.coverage.contains_key(&c.principle)) {
            for e in &c.evidence {
                println!("{} +{}: {}", p.id, c.principle, &p.text[e.byte.start..e.byte.end]);
            }
        }
        for c in report.coverage.iter().filter(|c| all && c.status != Status::Missing && p.coverage.contains_key(&c.principle)) {
            for e in &c.evidence {
                println!("{} ={}: {}", p.id, c.principle, &p.text[e.byte.start..e.byte.end]);
            }
        }
        for f in report.findings.iter().filter(|f| !corpus_eval::EXCLUDED_RULES.contains(&f.rule.as_str())) {
            println!("{} finding {}: {}", p.id, f.rule, &p.text[f.range.byte.start..f.range.byte.end]);
        }
    }
}
