// TEMPORARY (not committed): min/median of 10k-word lints, en and fr.
use raikit_core::lint::{Format, LintOptions, Linter};
use std::time::Instant;
const P: &str = "The agency should conduct an impact assessment before each deployment of facial recognition technology (FRT). All matches will be reviewed, and a trained officer must confirm every match before any action is taken. Images are retained for as long as necessary, and the system will be audited periodically where appropriate. Any person may complain to the ombudsman about a decision that affects them. The vendor keeps logs of every search, including the user, the time and the reason given. Error rates are compared across demographic groups every year by the internal audit unit.\n\n";
fn main() {
    let linter = Linter::builtin();
    let mut text = String::new();
    let mut n = 0; let mut sec = 0;
    while n < 10_000 { if n % 500 == 0 { sec += 1; text.push_str(&format!("## Section {sec}\n\n")); } text.push_str(P); n += 100; }
    let o = LintOptions { format: Some(Format::Markdown), lang: "en".into() };
    let mut t: Vec<f64> = (0..60).map(|_| { let s = Instant::now(); std::hint::black_box(linter.lint(text.as_bytes(), &o).unwrap()); s.elapsed().as_secs_f64() * 1e3 }).collect();
    t.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("10k en: min {:.3} ms median {:.3} ms", t[0], t[30]);
}
