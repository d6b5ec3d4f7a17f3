//! Property tests of the scoring rules (docs/scoring.md, "Guarantees").
mod common;
use proptest::prelude::*;
use raikit_core::assess::definition::{Definition, Question, QuestionType};
use raikit_core::assess::{import_value, score, Assessment, Level};
use serde_json::{json, Map, Value};

/// A valid answer to `q`, chosen by `seed`.
fn value_for(q: &Question, seed: u32) -> Value {
    let s = seed as usize;
    match q.kind {
        QuestionType::SingleChoice | QuestionType::YesNoUnsure => json!(q.options[s % q.options.len()].value),
        QuestionType::MultiChoice => Value::Array(
            q.options.iter().enumerate().filter(|(i, _)| s >> i & 1 == 1).map(|(_, o)| json!(o.value)).collect(),
        ),
        QuestionType::Likert => json!(s % 5 + 1),
        QuestionType::Risk if s.is_multiple_of(7) => json!("not_applicable"),
        QuestionType::Risk => json!({ "likelihood": s % 5 + 1, "severity": (s / 5) % 5 + 1 }),
        QuestionType::Number => json!(q.min.unwrap_or(0.0) + (s % 100) as f64),
        QuestionType::Text => json!(format!("note {s}")),
    }
}

/// Two answers to `q` where the second is at least as adverse as the first.
fn better_worse(q: &Question, a: u32, b: u32) -> (Value, Value) {
    let (va, vb) = (value_for(q, a), value_for(q, b));
    let rank = |v: &Value| -> f64 {
        match v {
            Value::String(s) => q.option(s).map(|o| o.score).unwrap_or(0.0),
            Value::Number(n) => q.option(&n.to_string()).map(|o| o.score).unwrap_or(0.0),
            _ => 0.0,
        }
    };
    match q.kind {
        QuestionType::MultiChoice => {
            let mut union = va.as_array().unwrap().clone();
            for v in vb.as_array().unwrap() {
                if !union.contains(v) {
                    union.push(v.clone());
                }
            }
            (va, Value::Array(union))
        }
        QuestionType::Risk => match (&va, &vb) {
            (Value::Object(x), Value::Object(y)) => {
                let m = |k: &str| x[k].as_u64().unwrap().max(y[k].as_u64().unwrap());
                (va.clone(), json!({ "likelihood": m("likelihood"), "severity": m("severity") }))
            }
            (Value::String(_), _) => (va, vb),
            _ => (vb, va),
        },
        _ if rank(&va) <= rank(&vb) => (va, vb),
        _ => (vb, va),
    }
}

fn answers_file(def: &Definition, answers: Map<String, Value>) -> Value {
    json!({ "format": "raikit-answers/1", "questionnaire": { "id": def.id, "version": def.version }, "answers": answers })
}

fn assess(def: &Definition, answers: &Map<String, Value>) -> Assessment {
    let r = import_value(def, &answers_file(def, answers.clone())).unwrap();
    assert!(r.issues.is_empty(), "{:?}", r.issues);
    score(def, &r.answers)
}

fn random_answers(def: &Definition, seeds: &[(bool, u32)]) -> Map<String, Value> {
    def.questions()
        .zip(seeds.iter().cycle())
        .filter(|(_, (present, _))| *present)
        .map(|((_, q), (_, seed))| (q.id.clone(), value_for(q, *seed)))
        .collect()
}

/// Question ids read by some `visible_if`: changing them can reveal questions.
fn drives_visibility(def: &Definition, id: &str) -> bool {
    def.sections.iter().any(|s| {
        s.visible_if.iter().chain(s.questions.iter().filter_map(|q| q.visible_if.as_ref())).any(|c| c.questions().contains(&id))
    })
}

fn levels(a: &Assessment) -> Vec<(String, Option<Level>, Option<f64>)> {
    let r = a.risk.as_ref().unwrap();
    std::iter::once(("overall".to_string(), r.overall.level, r.overall.score))
        .chain(r.core.iter().chain(&r.instrumental).map(|p| (p.id.clone(), p.result.level, p.result.score)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_worse_answer_never_lowers_risk(seeds in prop::collection::vec((any::<bool>(), any::<u32>()), 10), which in 0usize..10, a in any::<u32>(), b in any::<u32>()) {
        let def = common::fixture();
        let q = def.questions().map(|(_, q)| q).nth(which % def.question_count()).unwrap().clone();
        let (better, worse) = better_worse(&q, a, b);
        let mut answers = random_answers(&def, &seeds);
        answers.insert(q.id.clone(), better);
        let low = assess(&def, &answers);
        answers.insert(q.id.clone(), worse);
        let high = assess(&def, &answers);
        let ql = |x: &Assessment| x.questions.iter().find(|r| r.id == q.id).unwrap().level;
        prop_assert!(ql(&high) >= ql(&low));
        let scores_must_hold = !drives_visibility(&def, &q.id);
        for ((id, l1, s1), (_, l2, s2)) in levels(&low).into_iter().zip(levels(&high)) {
            prop_assert!(l2 >= l1, "{id}: level {l1:?} → {l2:?}");
            if scores_must_hold {
                prop_assert!(s2.unwrap_or(0.0) + 1e-9 >= s1.unwrap_or(0.0), "{id}: score {s1:?} → {s2:?}");
            }
        }
        prop_assert!(high.risk.as_ref().unwrap().profile >= low.risk.as_ref().unwrap().profile);
    }

    #[test]
    fn scores_stay_within_bounds_and_mitigation_never_raises(seeds in prop::collection::vec((any::<bool>(), any::<u32>()), 10)) {
        let def = common::fixture();
        let a = assess(&def, &random_answers(&def, &seeds));
        for (_, _, s) in levels(&a) {
            prop_assert!(s.is_none_or(|s| (0.0..=100.0).contains(&s)));
        }
        prop_assert!((0.0..=1.0).contains(&a.completeness.ratio));
        prop_assert!(a.completeness.answered <= a.completeness.required);
        for q in &a.questions {
            if let (Some(i), Some(r)) = (q.inherent, q.residual) {
                prop_assert!(r.product <= i.product && r.level <= i.level);
                prop_assert!((1..=5).contains(&r.likelihood) && (1..=5).contains(&r.severity));
            }
        }
    }

    #[test]
    fn answer_order_does_not_matter(seeds in prop::collection::vec((any::<bool>(), any::<u32>()), 10), rotate in 0usize..10) {
        let def = common::fixture();
        let answers = random_answers(&def, &seeds);
        let mut pairs: Vec<(String, Value)> = answers.clone().into_iter().collect();
        pairs.reverse();
        let len = pairs.len().max(1);
        pairs.rotate_left(rotate % len);
        // Build the JSON text by hand so the key order really differs.
        let body = pairs.iter().map(|(k, v)| format!("{}:{}", json!(k), v)).collect::<Vec<_>>().join(",");
        let text = format!(r#"{{"format":"raikit-answers/1","questionnaire":{{"id":"face-search","version":"1.1.0"}},"answers":{{{body}}}}}"#);
        let shuffled = raikit_core::assess::import_answers(&def, &text).unwrap();
        prop_assert_eq!(score(&def, &shuffled.answers), assess(&def, &answers));
    }
}

#[test]
fn readiness_scores_stay_in_range() {
    // Every answer combination of a small readiness definition.
    let def = raikit_core::assess::parse_json(include_str!("fixtures/mini-readiness.json")).unwrap().definition;
    for seed in 0..500u32 {
        let answers: Map<String, Value> = def.questions().map(|(_, q)| (q.id.clone(), value_for(q, seed.wrapping_mul(2654435761)))).collect();
        let a = assess(&def, &answers);
        let r = a.readiness.unwrap();
        for agg in std::iter::once(&r.overall).chain(r.dimensions.iter().chain(&r.core).chain(&r.instrumental).map(|d| &d.result)) {
            assert!(agg.maturity.is_none_or(|m| (1.0..=5.0).contains(&m)));
            assert!(agg.score.is_none_or(|s| (0.0..=100.0).contains(&s)));
        }
    }
}
