//! raikit's JSON reader against serde_json on arbitrary text: it never
//! panics, and both accept or both refuse, with equal values when they
//! accept (floats within a few ulps: serde_json's default float parsing is
//! not always correctly rounded). The pull reader (built-in rule and word
//! data) runs on the same input and must not panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs()),
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().zip(y).all(|((kx, vx), (ky, vy))| kx == ky && same(vx, vy)),
        _ => a == b,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ours = raikit_core::json::from_str::<Value>(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert!(same(a, b), "{text:?}: {a:?} vs {b:?}"),
        (Err(_), Err(_)) => {}
        _ => panic!("{text:?}: raikit {ours:?}, serde_json {theirs:?}"),
    }
    // The pull reader of raikit's own rule and word data shares the
    // tokenizer; it must never panic either.
    let _ = raikit_core::json::pull::<raikit_core::lint::RulePack>(text);
    let _ = raikit_core::json::pull::<raikit_core::lint::lang::LangPack>(text);
});
