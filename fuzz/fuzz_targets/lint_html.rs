//! Lints arbitrary bytes as html: must never panic, and every range must lie
//! on char boundaries of the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use raikit_core::lint::{apply_fix, Format, LintOptions, Linter};

fuzz_target!(|data: &[u8]| {
    let options = LintOptions { format: Some(Format::Html), lang: "auto".into() };
    if let Ok(report) = Linter::builtin().lint(data, &options) {
        let text = std::str::from_utf8(data).expect("linted text is valid UTF-8");
        for f in &report.findings {
            let r = f.range.byte;
            assert!(r.start <= r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            if f.fix.is_some() {
                apply_fix(text, f).expect("fix applies");
            }
        }
    }
});
