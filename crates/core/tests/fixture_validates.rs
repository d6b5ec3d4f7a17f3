mod common;
use raikit_core::assess::{validate, validate_text};

#[test]
fn fixture_has_no_problems() {
    let def = common::fixture();
    assert_eq!(validate(&def), vec![]);
    assert_eq!(validate_text(common::FIXTURE), vec![]);
    assert_eq!(def.question_count(), 10);
}

#[test]
fn localized_copy_resolves_every_text() {
    let def = common::fixture().localized("fr");
    assert_eq!(def.title, "Recherche d'images faciales : contrôle des risques".into());
    assert_eq!(def.languages, ["fr"]);
    // Untranslated texts fall back to English and stay valid.
    assert_eq!(validate(&def), vec![]);
    let json = serde_json::to_value(&def).unwrap();
    assert!(json["sections"][0]["questions"][0]["options"][0]["label"].is_string());
}
