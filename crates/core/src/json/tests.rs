//! The reader against serde_json: the same values for valid JSON, the same
//! refusal of invalid JSON, and messages that say where.

use super::{from_str, Error};
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

fn ours(text: &str) -> Result<Value, Error> {
    from_str::<Value>(text)
}

fn theirs(text: &str) -> Result<Value, serde_json::Error> {
    serde_json::from_str::<Value>(text)
}

/// Equal, except that floats may differ in the last bits: serde_json's
/// default float parser is not always correctly rounded, ours (Rust's) is
/// (`reads_back_what_serde_json_writes` checks ours exactly).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => match (x.as_f64(), y.as_f64()) {
            // Within 4 units in the last place. serde_json's default reader
            // is not always correctly rounded; below the smallest normal
            // number a unit is fixed (one subnormal step), not relative.
            (Some(x), Some(y)) => x == y || ((x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs()).max(f64::MIN_POSITIVE) && x.is_sign_negative() == y.is_sign_negative()),
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().zip(y).all(|((kx, vx), (ky, vy))| kx == ky && same(vx, vy)),
        _ => a == b,
    }
}

fn agree(text: &str) -> Result<(), String> {
    match (ours(text), theirs(text)) {
        (Ok(a), Ok(b)) if same(&a, &b) => Ok(()),
        (Err(_), Err(_)) => Ok(()),
        (a, b) => Err(format!("{text:?}: ours {a:?}, serde_json {b:?}")),
    }
}

/// serde_json's default reader rounds some subnormal numbers one step off;
/// the comparison allows for it (a proptest case found it).
#[test]
fn subnormal_numbers_agree_within_a_step() {
    assert!(agree("2.6042808461318677e-309").is_ok(), "{}", agree("2.6042808461318677e-309").unwrap_err());
}

#[test]
fn reads_every_kind_of_value() {
    let v = ours(r#" {"a": [1, -2, 3.5, -0.25e2, 1E3, true, false, null], "b": {"c": "d"}, "": ""} "#).unwrap();
    assert_eq!(v, serde_json::json!({"a": [1, -2, 3.5, -25.0, 1000.0, true, false, null], "b": {"c": "d"}, "": ""}));
    assert_eq!(ours("[]").unwrap(), serde_json::json!([]));
    assert_eq!(ours("{}").unwrap(), serde_json::json!({}));
    assert_eq!(ours("18446744073709551615").unwrap(), serde_json::json!(u64::MAX));
    assert_eq!(ours("-9223372036854775808").unwrap(), serde_json::json!(i64::MIN));
    assert!(ours("18446744073709551616").unwrap().is_f64(), "past u64: a float, as in serde_json");
}

#[test]
fn decodes_escapes_and_keeps_unicode() {
    let v = ours(r#""a\"b\\c\/d\b\f\n\r\t \u00e9 \ud83d\ude00 Ωμέγα 警察 مرحبا""#).unwrap();
    assert_eq!(v, Value::String("a\"b\\c/d\u{8}\u{c}\n\r\t é 😀 Ωμέγα 警察 مرحبا".into()));
}

#[test]
fn lends_strings_without_escapes() {
    #[derive(Deserialize)]
    struct Borrowing<'a> {
        #[serde(borrow)]
        name: std::borrow::Cow<'a, str>,
    }
    let text = r#"{"name": "plain"}"#;
    let b: Borrowing = serde::Deserialize::deserialize(&mut super::Deserializer::new(text)).unwrap();
    assert!(matches!(b.name, std::borrow::Cow::Borrowed("plain")));
}

#[test]
fn refuses_what_is_not_json() {
    for bad in [
        "", " ", "{", "[1,]", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{a:1}", "'a'", "01", "1.", ".5", "1e", "-", "+1", "NaN",
        "Infinity", "1e400", "tru", "nul", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"a\nb\"",
        "\"abc", "[1] 2", "{\"a\":1}}", "\u{feff}{}", "[", "[1,", "{\"a\"", "{\"a\":", "/* */ 1",
    ] {
        assert!(ours(bad).is_err(), "{bad:?} was accepted");
        agree(bad).unwrap();
    }
}

#[test]
fn errors_say_where() {
    let e = ours("{\n  \"a\": [1, 2,\n    ]\n}").unwrap_err();
    assert_eq!((e.line(), e.column()), (3, 5), "{e}");
    assert!(e.to_string().ends_with("at line 3 column 5"), "{e}");
    // Columns count characters, not bytes.
    let e = ours("{\"é\": x}").unwrap_err();
    assert_eq!((e.line(), e.column()), (1, 7), "{e}");
    assert!(e.message().contains("found `x`"), "{e}");
}

#[test]
fn type_errors_name_what_was_found_without_debug_formatting() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Weights {
        weight: u8,
        label: String,
    }
    let e = from_str::<Weights>(r#"{"weight": 2.5, "label": "x"}"#).unwrap_err();
    assert_eq!(e.message(), "invalid type: number `2.5`, expected u8");
    assert_eq!((e.line(), e.column()), (1, 15));
    let e = from_str::<Weights>(r#"{"weight": "hé\"", "label": "x"}"#).unwrap_err();
    assert_eq!(e.message(), "invalid type: string \"hé\"\", expected u8");
    let e = from_str::<Weights>(r#"{"weight": 300, "label": "x"}"#).unwrap_err();
    assert_eq!(e.message(), "invalid value: integer `300`, expected u8");
    let e = from_str::<Weights>(r#"{"weight": 3}"#).unwrap_err();
    assert_eq!(e.message(), "missing field `label`");
    assert_eq!((e.line(), e.column()), (1, 13), "at the closing brace");
}

#[test]
fn enums_integer_keys_and_options() {
    #[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Level {
        Low,
        High,
        Between(u8, u8),
        Named { at: u8 },
        Wrapped(String),
    }
    #[derive(Debug, PartialEq, Deserialize)]
    struct Holder {
        levels: Vec<Level>,
        by_number: BTreeMap<u32, Level>,
        by_level: BTreeMap<Level, u8>,
        maybe: Option<u8>,
        #[serde(default)]
        absent: Option<u8>,
    }
    let h: Holder = from_str(
        r#"{"levels": ["low", {"between": [1, 3]}, {"named": {"at": 2}}, {"wrapped": "x"}, {"high": null}],
            "by_number": {"7": "high"}, "by_level": {"low": 1}, "maybe": null}"#,
    )
    .unwrap();
    assert_eq!(h.levels, [Level::Low, Level::Between(1, 3), Level::Named { at: 2 }, Level::Wrapped("x".into()), Level::High]);
    assert_eq!(h.by_number.get(&7), Some(&Level::High));
    assert_eq!(h.by_level.get(&Level::Low), Some(&1));
    assert_eq!((h.maybe, h.absent), (None, None));
    let e = from_str::<Vec<Level>>(r#"["medium"]"#).unwrap_err();
    assert!(e.message().starts_with("unknown variant `medium`"), "{e}");
    assert!(from_str::<Vec<Level>>(r#"["between"]"#).is_err());
    assert!(from_str::<Vec<Level>>(r#"[{"low": null, "high": null}]"#).is_err());
}

#[test]
fn untagged_and_flattened_types_read_as_with_serde_json() {
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Text {
        Plain(String),
        ByLanguage(BTreeMap<String, String>),
    }
    #[derive(Debug, PartialEq, Deserialize)]
    struct Outer {
        title: Text,
        #[serde(flatten)]
        rest: BTreeMap<String, Value>,
    }
    for text in [r#"{"title": "a", "x": [1, {"y": 2.5}]}"#, r#"{"title": {"fr": "b"}, "n": -3}"#, r#"{"title": 3}"#] {
        let a = from_str::<Outer>(text).map_err(|_| ());
        let b = serde_json::from_str::<Outer>(text).map_err(|_| ());
        assert_eq!(a, b, "{text}");
    }
}

#[test]
fn unknown_fields_are_skipped_whatever_they_hold() {
    #[derive(Debug, PartialEq, Deserialize)]
    struct Small {
        keep: u8,
    }
    let s: Small = from_str(r#"{"skip": {"a": [1, "x\"y", null, {"b": -2.5e-3}]}, "keep": 4, "also": true}"#).unwrap();
    assert_eq!(s, Small { keep: 4 });
    assert!(from_str::<Small>(r#"{"skip": [1,], "keep": 4}"#).is_err(), "skipped values are still checked");
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    let e = ours(&deep).unwrap_err();
    assert!(e.message().contains("nested more than 128"), "{e}");
    let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(ours(&fine).is_ok());
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..8).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn reads_back_what_serde_json_writes(v in any_value()) {
        let compact = serde_json::to_string(&v).unwrap();
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        prop_assert_eq!(&ours(&compact).unwrap(), &v, "{}", compact);
        prop_assert_eq!(&ours(&pretty).unwrap(), &v, "{}", pretty);
    }

    /// Damaged JSON: both readers accept or both refuse, with the same value.
    #[test]
    fn agrees_with_serde_json_on_damaged_text(v in any_value(), cut in any::<prop::sample::Index>(), insert in prop::sample::select(vec!["", ",", "]", "}", "\"", "\\", ":", "-", "0", "e", ".", " ", "\u{1}", "[", "{"])) {
        let text = serde_json::to_string(&v).unwrap();
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let damaged = format!("{}{}{}", &text[..at], insert, &text[at..]);
        prop_assert!(agree(&damaged).is_ok(), "{}", agree(&damaged).unwrap_err());
        let truncated = &text[..at];
        prop_assert!(agree(truncated).is_ok(), "{}", agree(truncated).unwrap_err());
    }

    #[test]
    fn agrees_with_serde_json_on_any_text(text in "[\\[\\]{}\",:0-9eE.+\\-a-z \\\\u]{0,24}") {
        prop_assert!(agree(&text).is_ok(), "{}", agree(&text).unwrap_err());
    }
}

/// The boundary in ARCHITECTURE.md: code that can reach a bundle reads JSON
/// through this module. Test modules may use serde_json.
#[test]
fn nothing_reads_json_with_serde_json() {
    let reads = ["serde_json::from_str", "serde_json::from_slice", "serde_json::from_reader", "serde_json::Deserializer"];
    let offenders = crate::boundaries::shipped_lines_using(&reads, &[]);
    assert!(offenders.is_empty(), "read JSON with raikit_core::json::from_str: {offenders:?}");
}

/// The short float reader of bundles without `exact-floats` agrees with the
/// standard one on every number raikit writes (up to 15 significant digits),
/// and stays close beyond.
#[test]
fn short_float_reader_is_exact_where_it_claims() {
    use super::de::parse_float_short;
    for text in ["62.5", "0.75", "-3.25", "1e3", "2.5E-3", "33.333333333333", "0.1", "123456789.012345", "7e22", "-0.0005"] {
        assert_eq!(parse_float_short(text), text.parse::<f64>().ok(), "{text}");
    }
    for text in ["33.333333333333336", "1.5e300", "2.5e-300", "123456789012345678901234567890.5"] {
        let (short, exact) = (parse_float_short(text).unwrap(), text.parse::<f64>().unwrap());
        assert!((short - exact).abs() <= exact.abs() * 1e-12, "{text}: {short} vs {exact}");
    }
    assert!(!parse_float_short("1e400").unwrap().is_finite());
}
