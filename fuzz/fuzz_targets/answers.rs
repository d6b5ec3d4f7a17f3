//! Answers import against a realistic definition must never panic, and
//! whatever it keeps must score and render.
#![no_main]
use libfuzzer_sys::fuzz_target;
use raikit_core::assess::{import_answers, parse_toml, report, Format};
use std::sync::OnceLock;

fn definition() -> &'static raikit_core::assess::Definition {
    static DEF: OnceLock<raikit_core::assess::Definition> = OnceLock::new();
    DEF.get_or_init(|| {
        let text = include_str!("../../crates/core/tests/fixtures/face-search.toml");
        parse_toml(text).expect("the fixture parses").definition
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(imported) = import_answers(definition(), text) {
        for f in [Format::Json, Format::Csv, Format::Html] {
            let _ = report(definition(), &imported.answers, "en", f);
        }
    }
});
