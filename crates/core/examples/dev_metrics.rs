// TEMPORARY tuning helper (not committed): main + dev figures only.
#[path = "../tests/support/corpus_eval.rs"]
mod corpus_eval;
use std::collections::BTreeMap;

fn main() {
    if let Ok(t) = std::env::var("LINT") { let l = std::env::var("L").unwrap_or("es".into()); let r = raikit_core::lint::lint(t.as_bytes(), &raikit_core::lint::LintOptions { format: Some(raikit_core::lint::Format::Markdown), lang: l }).unwrap(); for f in &r.findings { if f.rule != "missing-principle" { println!("{} {:?}", f.rule, &t[f.range.byte.start..f.range.byte.end]); } } for c in &r.coverage { if c.status != raikit_core::lint::coverage::Status::Missing { println!("  {} {:?}", c.principle, c.status); } } return; }
    if std::env::var_os("CHECK").is_some() { check_all(); return; }
    let verbose = std::env::var("V").ok();
    let per = std::env::var_os("PER").is_some();
    for (set, corpus) in [("main", corpus_eval::load()), ("dev", corpus_eval::load_dir(&corpus_eval::corpus_dir().join("dev")))] {
        for (lang, passages) in corpus {
            let mut perp: BTreeMap<String, [usize; 3]> = BTreeMap::new();
            let s = corpus_eval::score(&passages, |p| {
                let pr = corpus_eval::predict(&p.text, &p.lang);
                for (k, _) in &p.coverage { let e = perp.entry(k.clone()).or_default(); if pr.addressed.contains(k) { e[0] += 1 } else { e[2] += 1 } }
                for k in &pr.addressed { if !p.coverage.contains_key(k) { perp.entry(k.clone()).or_default()[1] += 1 } }
                pr
            });
            println!("{set} {}", corpus_eval::summary(&lang, &s));
            if per { for (k, v) in &perp { println!("    {k:32} tp {:3} fp {:3} fn {:3}", v[0], v[1], v[2]); } }
            if let Ok(pp) = std::env::var("FP") {
                for p in &passages {
                    let opts = raikit_core::lint::LintOptions { format: Some(raikit_core::lint::Format::Markdown), lang: p.lang.clone() };
                    let r = raikit_core::lint::lint(p.text.as_bytes(), &opts).unwrap();
                    for c in &r.coverage {
                        if c.principle == pp && c.status != raikit_core::lint::coverage::Status::Missing && !p.coverage.contains_key(&pp) {
                            for e in &c.evidence { println!("  FP {}: {}", p.id, &p.text[e.byte.start..e.byte.end]); }
                        }
                    }
                }
            }
            if let Some(f) = &verbose { for m in &s.mismatches { if m.contains(f.as_str()) { println!("    {m}"); } } }
        }
    }
}

#[allow(dead_code)]
pub fn check_all() {
    use raikit_core::lint::lang::{builtin_pack, Lang, LangWords};
    let en = raikit_core::lint::builtin_packs();
    for lang in Lang::ALL {
        let pack = builtin_pack(lang);
        let words = LangWords::new(lang, &pack);
        let specs: Vec<(String, Vec<Vec<String>>)> = if lang == Lang::En {
            en.iter().flat_map(|p| &p.principle).map(|p| (p.id.clone(), p.concepts.clone())).collect()
        } else {
            pack.principle.iter().map(|(k, v)| (k.clone(), v.concepts.clone())).collect()
        };
        for (id, cs) in specs {
            for (i, c) in cs.iter().enumerate() {
                if let Err(e) = raikit_core::lint::coverage::check_concept(c, &words) { println!("{} {id} {i}: {e}", lang.code()); }
            }
        }
    }
}
