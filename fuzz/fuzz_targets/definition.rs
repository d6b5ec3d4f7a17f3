//! Definition parsing (JSON and TOML) and validation must never panic; when
//! a definition parses, scoring and every report format must not either.
#![no_main]
use libfuzzer_sys::fuzz_target;
use raikit_core::assess::{parse_auto, report, validate, validate_text, AnswerSet, Format};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = validate_text(text);
    if let Ok(parsed) = parse_auto(text) {
        let def = parsed.definition;
        let _ = validate(&def);
        let empty = AnswerSet::new(&def, None);
        for f in [Format::Json, Format::Markdown, Format::Csv, Format::Html] {
            let _ = report(&def, &empty, "en", f);
        }
    }
});
