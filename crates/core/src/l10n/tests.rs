use super::lint::extract;
use super::*;
use crate::assess::{builtin_questionnaire, report, AnswerSet, Format};
use crate::lint::{lint, Format as DocFormat, LintOptions};

#[test]
fn an_overlay_translates_a_questionnaire_and_keeps_english() {
    let def = builtin_questionnaire("risk").unwrap();
    let fr = localized_definition(def, "fr");
    assert_eq!(fr.title.get("fr", "en"), "Évaluation des risques d'un système d'IA");
    assert_eq!(fr.title.get("en", "en"), def.title.get("en", "en"));
    let q = fr.question("use-case").unwrap();
    assert_eq!(q.option("other").unwrap().label.as_ref().unwrap().get("fr", "en"), "Autre");
    // Structure is untouched.
    assert_eq!(fr.question_count(), def.question_count());
    assert_eq!(fr.sections[0].questions[0].options.len(), def.sections[0].questions[0].options.len());
}

#[test]
fn a_missing_string_falls_back_to_english_alone() {
    let def = builtin_questionnaire("self-check").unwrap();
    let json = format!(r#"{{"questionnaire":"{}","source_version":"{}","lang":"xx","title":"Titre"}}"#, def.id, def.version);
    install_questionnaire(&json).unwrap();
    let d = localized_definition(def, "xx");
    assert_eq!(d.title.get("xx", "en"), "Titre");
    assert_eq!(d.description.get("xx", "en"), def.description.get("en", "en"));
}

#[test]
fn partner_definitions_with_inline_translations_are_left_alone() {
    let json = r#"{"id":"partner","version":"1.0.0","kind":"risk","languages":["en","fr"],
        "title":{"en":"Partner","fr":"Partenaire"},"description":"d",
        "sections":[{"id":"s","title":"S","questions":[{"id":"q","type":"yes_no_unsure","prompt":{"en":"Q?","fr":"Q ?"},"help":"h","principles":["fairness.redress"]}]}]}"#;
    let def = crate::assess::parse_json(json).unwrap().definition;
    let fr = localized_definition(&def, "fr");
    assert!(matches!(fr, std::borrow::Cow::Borrowed(_)));
    assert_eq!(fr.question("q").unwrap().prompt.get("fr", "en"), "Q ?");
}

#[test]
fn principles_are_named_in_each_language() {
    assert_eq!(taxonomy("fr").instrumental_principle("lawfulness.legitimacy").unwrap().name, "Légitimité");
    assert_eq!(taxonomy("en").instrumental_principle("lawfulness.legitimacy").unwrap().name, "Legitimacy");
    assert_eq!(taxonomy("zz").core.len(), 5);
}

#[test]
fn numbers_follow_the_language() {
    assert_eq!(labels("fr").number(12.5), "12,5");
    assert_eq!(labels("en").number(12.5), "12.5");
    assert_eq!(labels("ar").number(12.5), "12٫5");
    assert_eq!(direction("ar"), "rtl");
    assert_eq!(direction("es"), "ltr");
}

#[test]
fn reports_export_in_the_requested_language() {
    let def = builtin_questionnaire("risk").unwrap();
    let mut answers = AnswerSet::new(def, None);
    answers.answers.insert("use-case".into(), crate::assess::Answer::Text("face-recognition".into()));
    let md = report(def, &answers, "es", Format::Markdown);
    assert!(md.contains("## Acciones recomendadas"), "{md}");
    assert!(md.contains("## Principios fundamentales"), "{md}");
    let html = report(def, &answers, "ar", Format::Html);
    assert!(html.contains("dir=\"rtl\"") && html.contains("الإجراءات الموصى بها"), "{html}");
    let csv = report(def, &answers, "fr", Format::Csv);
    assert!(csv.starts_with("section,question,type,intitulé"), "{csv}");
    let json: serde_json::Value = serde_json::from_str(&report(def, &answers, "fr", Format::Json)).unwrap();
    assert_eq!(json["lang"], "fr");
    assert_eq!(json["questionnaire"]["title"], "Évaluation des risques d'un système d'IA");
    assert_eq!(json["principles"]["core"][0]["name"], "Licéité");
}

#[test]
fn templates_give_back_their_values() {
    let got = extract("The hedge “{match}” lets this duty be skipped", "The hedge “as needed” lets this duty be skipped").unwrap();
    assert_eq!(got, vec![("match".to_string(), "as needed")]);
    assert!(extract("Avoid {match} here", "Something else").is_none());
    let two = extract("{a} of {b}", "3 of 5").unwrap();
    assert_eq!(two, vec![("a".to_string(), "3"), ("b".to_string(), "5")]);
}

fn sample_rules() -> Tree {
    let text = include_str!("../../tests/fixtures/rules-fr-sample.toml");
    let value: toml::Value = toml::from_str(text).unwrap();
    Tree::from_json(&serde_json::to_string(&value).unwrap()).unwrap()
}

#[test]
fn an_overlay_without_its_header_is_refused() {
    let err = install_questionnaire(r#"{"lang":"fr","title":"x"}"#).unwrap_err();
    assert!(err.contains("questionnaire"), "{err}");
    assert!(install_ui_pack("[1,2]").is_err());
    assert!(install_ui_pack(r#"{"report":{}}"#).unwrap_err().contains("lang"));
    assert!(install_ui_pack(r#"{"lang":"fr","messages":{"a":"b"},"report":{"labels":{"result":3}}}"#).is_err(), "numbers are not texts");
}

#[test]
fn a_ui_pack_installs_its_parts() {
    // `messages` (the widget's compiled strings, with lists) is skipped.
    install_ui_pack(r#"{"lang":"pk","messages":{"x":["a ",{"var":"n"}]},"report":{"lang":"pk","decimal":",","labels":{"result":"Résultat"}}}"#).unwrap();
    assert_eq!(labels("pk").get("result"), "Résultat");
    assert_eq!(labels("pk").get("answers"), "Answers", "English where the pack has no label");
    assert_eq!(labels("pk").number(0.5), "0,5");
}

#[test]
fn lint_findings_take_the_ui_language_and_keep_their_ranges() {
    install("fr-test", "rules", sample_rules());
    install("fr-test", "principles", (*part("fr", "principles").unwrap()).clone());
    install("fr-test", "report", (*part("fr", "report").unwrap()).clone());
    let text = "The agency will, where appropriate, inform affected persons.";
    let english = lint(text.as_bytes(), &LintOptions { format: Some(DocFormat::Text), lang: "en".into() }).unwrap();
    let mut french = english.clone();
    localize_lint(&mut french, "fr-test");
    let hedge = french.findings.iter().find(|f| f.rule == "hedged-obligation").unwrap();
    assert_eq!(hedge.message, "La réserve « where appropriate » permet de se soustraire à cette obligation");
    assert_eq!(hedge.suggestions, vec!["Précisez ce qui déclenche l'obligation, ou supprimez la réserve.".to_string()]);
    let missing = french.findings.iter().find(|f| f.rule == "missing-principle" && f.principle.as_deref() == Some("lawfulness.legitimacy")).unwrap();
    assert_eq!(missing.message, "La politique ne traite pas le principe de légitimité");
    assert!(missing.explanation.starts_with("Une politique devrait citer la loi"), "{}", missing.explanation);
    assert!(missing.suggestions.iter().any(|s| s == "Par exemple : « Le système n'est utilisé qu'aux fins prévues par la loi. »"), "{:?}", missing.suggestions);
    for (a, b) in english.findings.iter().zip(&french.findings) {
        assert_eq!((&a.rule, &a.range, &a.fix), (&b.rule, &b.range, &b.fix));
    }
    assert_eq!(french.coverage[0].name, "Légitimité");
    // A rule the overlay does not translate keeps its English text.
    for (a, b) in english.findings.iter().zip(&french.findings) {
        if a.rule != "hedged-obligation" && a.rule != "missing-principle" {
            assert_eq!(a.message, b.message);
        }
    }
}

#[test]
fn thousands_separators_may_differ_but_numbers_may_not() {
    for translated in ["moins de 1 sur 1 000", "menos de 1 de cada 1.000", "أقل من 1 لكل 1٬000", "below 1 in 1000"] {
        assert!(placeholder_problems("below 1 in 1,000", translated).is_empty(), "{translated}");
    }
    assert!(!placeholder_problems("below 1 in 1,000", "moins de 1 sur 100").is_empty());
    assert!(!placeholder_problems("a score of 1.5", "une note de 15").is_empty(), "a decimal point is not a separator");
}
