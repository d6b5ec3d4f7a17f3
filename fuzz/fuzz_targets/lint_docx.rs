//! Lints arbitrary bytes as .docx (zip + XML): must never panic. Seeding the
//! corpus with a real .docx lets the fuzzer reach the XML reader.
#![no_main]
use libfuzzer_sys::fuzz_target;
use raikit_core::lint::{Format, LintOptions, Linter};

fuzz_target!(|data: &[u8]| {
    let options = LintOptions { format: Some(Format::Docx), lang: "auto".into() };
    if let Ok(report) = Linter::builtin().lint(data, &options) {
        let text = report.extracted_text.as_deref().unwrap_or("");
        for f in &report.findings {
            let r = f.range.byte;
            assert!(r.start <= r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }
});
