mod common;
use raikit_core::assess::{validate, validate_text};

#[test]
fn fixture_has_no_problems() {
    let def = common::fixture();
    assert_eq!(validate(&def), vec![]);
    assert_eq!(validate_text(common::FIXTURE), vec![]);
    assert_eq!(def.question_count(), 10);
}
