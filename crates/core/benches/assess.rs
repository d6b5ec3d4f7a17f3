//! Validation and scoring speed for every built-in questionnaire, or the
//! test fixture when none is built in. Target: well under 1 ms each.
//! Run: `cargo bench -p raikit-core --bench assess`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use raikit_core::assess::definition::{Definition, QuestionType};
use raikit_core::assess::{builtin_questionnaires, import_value, parse_toml, report, score, validate, AnswerSet, Format};
use serde_json::{json, Map, Value};

/// The built-in questionnaires (or the fixture when none is built in), plus
/// a 100-question definition made of ten renamed copies of the fixture's
/// sections, to show how cost grows with size.
fn definitions() -> Vec<Definition> {
    let fixture = include_str!("../tests/fixtures/face-search.toml");
    let Ok(fixture) = parse_toml(fixture).map(|p| p.definition) else { return Vec::new() };
    let mut defs: Vec<Definition> = builtin_questionnaires().into_iter().cloned().collect();
    if defs.is_empty() {
        defs.push(fixture.clone());
    }
    defs.push(scaled(&fixture, 10));
    defs
}

fn scaled(base: &Definition, copies: usize) -> Definition {
    let mut def = base.clone();
    def.id = format!("{}-x{copies}", base.id);
    def.sections.clear();
    let ids: Vec<String> = base.questions().map(|(_, q)| q.id.clone()).chain(base.sections.iter().map(|s| s.id.clone())).collect();
    for k in 0..copies {
        let mut text = serde_json::to_string(&base.sections).unwrap_or_default();
        for id in &ids {
            text = text.replace(&format!("\"{id}\""), &format!("\"{id}-{k}\""));
        }
        def.sections.extend(serde_json::from_str::<Vec<_>>(&text).unwrap_or_default());
    }
    def.red_flags.clear();
    def.migrations.clear();
    def
}

/// A full answer set: the most adverse option of every question, so every
/// recommendation path runs.
fn answers(def: &Definition) -> AnswerSet {
    let mut answers = Map::new();
    for (_, q) in def.questions() {
        let worst = || q.options.iter().max_by(|a, b| a.score.total_cmp(&b.score)).map(|o| o.value.clone());
        let v: Value = match q.kind {
            QuestionType::SingleChoice | QuestionType::YesNoUnsure => worst().map(Value::from).unwrap_or(Value::Null),
            QuestionType::MultiChoice => Value::Array(q.options.iter().map(|o| Value::from(o.value.clone())).collect()),
            QuestionType::Likert => json!(3),
            QuestionType::Risk => json!({ "likelihood": 4, "severity": 4 }),
            QuestionType::Number => json!(q.min.unwrap_or(0.0)),
            QuestionType::Text => json!("notes"),
        };
        answers.insert(q.id.clone(), v);
    }
    let file = json!({ "format": "raikit-answers/1", "questionnaire": { "id": def.id, "version": def.version }, "answers": answers });
    import_value(def, &file).map(|r| r.answers).unwrap_or_else(|_| AnswerSet::new(def, None))
}

fn bench(c: &mut Criterion) {
    for def in definitions() {
        assert!(!raikit_core::assess::has_errors(&validate(&def)), "{} must be valid", def.id);
        let set = answers(&def);
        let json = serde_json::to_string(&def).unwrap_or_default();
        c.bench_function(&format!("{}/parse+validate", def.id), |b| {
            b.iter(|| raikit_core::assess::validate_text(black_box(&json)))
        });
        c.bench_function(&format!("{}/validate", def.id), |b| b.iter(|| validate(black_box(&def))));
        c.bench_function(&format!("{}/score", def.id), |b| b.iter(|| score(black_box(&def), black_box(&set))));
        c.bench_function(&format!("{}/report-html", def.id), |b| {
            b.iter(|| report(black_box(&def), black_box(&set), "en", Format::Html))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
