//! Built-in questionnaires: whatever is in content/questionnaires/ must
//! parse, validate without errors and score an empty answer set.
use raikit_core::assess::{builtin_questionnaire, builtin_questionnaires, has_errors, parse_json, score, validate, AnswerSet};
use raikit_core::content::BUILTIN_QUESTIONNAIRES;

#[test]
fn every_builtin_parses_and_validates() {
    for (stem, json) in BUILTIN_QUESTIONNAIRES {
        let parsed = parse_json(json).unwrap_or_else(|p| panic!("{stem}: {p:?}"));
        let def = parsed.definition;
        assert_eq!(&def.id, stem, "file name and id agree");
        let problems = validate(&def);
        assert!(!has_errors(&problems), "{stem}: {problems:#?}");
        let a = score(&def, &AnswerSet::new(&def, None));
        assert!(a.partial || a.completeness.required == 0);
        assert!(builtin_questionnaire(stem).is_some());
    }
    assert_eq!(builtin_questionnaires().len(), BUILTIN_QUESTIONNAIRES.len());
    assert!(builtin_questionnaire("no-such-questionnaire").is_none());
}
