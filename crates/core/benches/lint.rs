//! Lint throughput on synthetic policies of 1k to 1M words. Prints time per
//! word so linear growth is visible: the per-word figure should stay flat.
//! Run: cargo bench -p raikit-core --bench lint

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use raikit_core::lint::{Format, LintOptions, Linter};
use std::time::Instant;

/// A paragraph mixing clean text, findings and coverage signals (~100 words).
const PARAGRAPH: &str = "The agency should conduct an impact assessment before each deployment of facial recognition technology (FRT). \
All matches will be reviewed, and a trained officer must confirm every match before any action is taken. \
Images are retained for as long as necessary, and the system will be audited periodically where appropriate. \
Any person may complain to the ombudsman about a decision that affects them. \
The vendor keeps logs of every search, including the user, the time and the reason given. \
Error rates are compared across demographic groups every year by the internal audit unit.";

/// The same mix in French (~100 words), for the French rules' figure.
const PARAGRAPHE: &str = "L'agence devrait réaliser une analyse d'impact avant chaque déploiement de la reconnaissance faciale (RF). \
Les correspondances seront examinées, et un officier formé doit confirmer chaque correspondance avant toute interpellation. \
Les images sont conservées aussi longtemps que nécessaire, et le système sera audité périodiquement le cas échéant. \
Toute personne peut saisir le médiateur d'une décision qui la concerne. \
Le prestataire journalise chaque recherche, avec l'utilisateur, l'heure et le motif indiqué. \
Les taux d'erreur sont comparés chaque année entre groupes démographiques par le service d'audit interne.";

fn policy(words: usize) -> String {
    policy_from(PARAGRAPH, words)
}

fn policy_from(paragraph: &str, words: usize) -> String {
    let per = paragraph.split_whitespace().count();
    let mut out = String::with_capacity(words * 7);
    let mut n = 0;
    let mut section = 0;
    while n < words {
        if n % (per * 5) == 0 {
            section += 1;
            out.push_str(&format!("## Section {section}\n\n"));
        }
        out.push_str(paragraph);
        out.push_str("\n\n");
        n += per;
    }
    out
}

/// Shapes that once made a pass quadratic, as one paragraph on one line: a
/// list of topics after a `contents` cue (each item looked back to the
/// cue), acronyms every few words (each looked for its line's ends), and
/// questions (each counted the quotation marks from the paragraph's start).
/// Their per-word figure must stay flat as well.
fn hostile(items: &str, words: usize) -> String {
    let per = items.split_whitespace().count();
    let mut out = String::from("The policy includes the following topics: ");
    for i in 0..words / per {
        out.push_str(if i > 0 { ", " } else { "" });
        out.push_str(items);
    }
    out.push_str(".\n");
    out
}

const TOPICS: &str = "data retention, human review, audit logs, public notice, bias testing, the legal basis, complaints";
const ACRONYMS: &str = "the FRT matches that the NIST team may review and the ACLU audit";

/// Builds a hostile text of about this many words.
type Shape = fn(usize) -> String;

fn questions(words: usize) -> String {
    let question = "Are images and personal data of people kept by the vendor? ";
    question.repeat(words / question.split_whitespace().count())
}

fn bench(c: &mut Criterion) {
    let linter = Linter::builtin();
    let options = LintOptions { format: Some(Format::Markdown), lang: "en".into() };
    let mut group = c.benchmark_group("lint");
    group.sample_size(10);
    for words in [1_000usize, 10_000, 100_000, 1_000_000] {
        let text = policy(words);
        // A direct figure per size, printed whatever criterion's output mode.
        let runs = if words >= 1_000_000 { 2 } else { 10 };
        let start = Instant::now();
        for _ in 0..runs {
            let report = linter.lint(text.as_bytes(), &options).expect("lints");
            std::hint::black_box(report);
        }
        let per_run = start.elapsed() / runs;
        println!("lint {words:>9} words: {:>10.3} ms/run, {:>7.1} ns/word", per_run.as_secs_f64() * 1e3, per_run.as_nanos() as f64 / words as f64);
        if words <= 100_000 {
            group.throughput(Throughput::Elements(words as u64));
            group.bench_with_input(BenchmarkId::from_parameter(words), &text, |b, text| {
                b.iter(|| linter.lint(text.as_bytes(), &options).expect("lints"))
            });
        }
    }
    group.finish();
    let shapes: [(&str, Shape); 3] = [("one sentence of topics", |w| hostile(TOPICS, w)), ("one line of acronyms", |w| hostile(ACRONYMS, w)), ("one paragraph of questions", questions)];
    for (shape, make) in shapes {
        for words in [10_000usize, 100_000] {
            let text = make(words);
            let start = Instant::now();
            for _ in 0..3 {
                std::hint::black_box(linter.lint(text.as_bytes(), &options).expect("lints"));
            }
            let per_run = start.elapsed() / 3;
            println!("lint {words:>9} words ({shape}): {:>10.3} ms/run, {:>7.1} ns/word", per_run.as_secs_f64() * 1e3, per_run.as_nanos() as f64 / words as f64);
        }
    }
    // French: detection plus the French rules, at 10k words.
    let text = policy_from(PARAGRAPHE, 10_000);
    let auto = LintOptions { format: Some(Format::Markdown), lang: "auto".into() };
    let start = Instant::now();
    for _ in 0..10 {
        let report = linter.lint(text.as_bytes(), &auto).expect("lints");
        assert_eq!(report.lang, "fr");
        std::hint::black_box(report);
    }
    let per_run = start.elapsed() / 10;
    println!("lint {:>9} words (fr, detected): {:>10.3} ms/run", 10_000, per_run.as_secs_f64() * 1e3);
    let mut fr = c.benchmark_group("lint-fr");
    fr.sample_size(10);
    fr.throughput(Throughput::Elements(10_000));
    fr.bench_with_input(BenchmarkId::from_parameter(10_000), &text, |b, text| b.iter(|| linter.lint(text.as_bytes(), &auto).expect("lints")));
    fr.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
