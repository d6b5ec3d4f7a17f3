//! Whole development policies (`tests/corpus/dev/policies/`): long
//! documents in the styles of published ones (a US general order, a UK
//! force policy, a national framework, a French municipal charter, a Latin
//! American «instrucción»), labelled before the linter ran on them. They
//! measure how evidence spread over many sections adds up to covered,
//! partial or missing, and which findings a long document draws. Unlike the
//! held-out policies, their mismatches are printed: they are for tuning.
//! `RAIKIT_SCORE_EVIDENCE=1` also prints the sentences behind each status
//! that disagrees (`=all`: behind every status).

#[path = "support/corpus_eval.rs"]
mod corpus_eval;
#[path = "support/policy_eval.rs"]
mod policy_eval;

use raikit_core::lint::report::LintReport;

/// (document, status agreement floor out of 17, false positive ceiling).
const FLOORS: &[(&str, usize, usize)] = &[
    ("ardenmark-national-ai-policing-framework.md", 14, 0),
    ("mirebourg-charte-videoprotection-algorithmique.md", 15, 0),
    ("northmoor-live-facial-recognition-policy.md", 15, 0),
    ("port-calder-go-facial-recognition.md", 16, 0),
    ("san-benito-instruccion-reconocimiento-facial.md", 13, 0),
];

#[test]
fn dev_policies_do_not_regress() {
    let policies = policy_eval::load_policies(&corpus_eval::corpus_dir().join("dev").join("policies"));
    assert_eq!(policies.len(), FLOORS.len(), "every development policy has a floor");
    let evidence = std::env::var_os("RAIKIT_SCORE_EVIDENCE").is_some();
    let (mut agree, mut tp, mut fp, mut fn_) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for policy in &policies {
        let &(_, agree_floor, fp_ceiling) =
            FLOORS.iter().find(|(name, ..)| *name == policy.name).expect("a floor for each policy");
        let report = policy_eval::lint_policy(policy);
        let s = policy_eval::score_policy(policy, &report);
        let line = policy_eval::policy_summary(policy, &s);
        println!("{line}\n  {}", s.mismatches.join("\n  "));
        if evidence {
            print_evidence(policy, &report);
        }
        agree += s.status_agree;
        (tp, fp, fn_) = (tp + s.findings_tp, fp + s.findings_fp, fn_ + s.findings_fn);
        if s.status_agree < agree_floor || s.findings_fp > fp_ceiling {
            failures.push(format!("{line} (floors: agree {agree_floor}, fp {fp_ceiling})"));
        }
    }
    println!("dev policies: statuses agree {agree}/{} | findings tp {tp} fp {fp} fn {fn_}", 17 * policies.len());
    assert!(failures.is_empty(), "development policy regression:\n{}", failures.join("\n"));
}

/// The sentences behind each principle whose status disagrees with the labels.
fn print_evidence(policy: &policy_eval::Policy, report: &LintReport) {
    for c in &report.coverage {
        let expected = policy.labels.coverage.get(&c.principle).map(String::as_str).unwrap_or("missing");
        let got = policy_eval::status_name(c.status);
        if expected == got && std::env::var("RAIKIT_SCORE_EVIDENCE").as_deref() != Ok("all") {
            continue;
        }
        println!("  {} expected {expected}, got {got} (score {:.2})", c.principle, c.score);
        for e in &c.evidence {
            println!("    | {}", policy.text[e.byte.start..e.byte.end].replace('\n', " "));
        }
    }
}
