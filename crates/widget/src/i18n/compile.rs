//! Compiles an interface-strings file (`i18n/<lang>.ftl`, Fluent syntax) into
//! the compact JSON that the widget's formatter (`format.rs`) reads, so the
//! wasm bundles carry no Fluent parser or runtime.
//!
//! One compiler for both consumers: the widget's `build.rs` (which embeds
//! English) and `cargo xtask build` (which writes the other languages into
//! `lang/<lang>/ui.json`) include this file with `#[path]`.
//!
//! The format (docs/translations.md):
//!
//! ```text
//! { "<message id>": <pattern>, … }
//! <pattern> = "text"                      a message without placeables
//!           | [ <piece>, … ]
//! <piece>   = "text"
//!           | { "var": "<name>" }          the argument's value
//!           | { "var": "<name>",           a select on the argument:
//!               "variants": [ ["<key>", <pattern>], … ],
//!               "default": "<key>" }
//! ```
//!
//! A key is a plural category (`one`, `few`…), a number as written (`0`,
//! matched exactly) or any other name (matched against a text argument).
//! Only what the formatter supports compiles: anything else (terms,
//! functions, attributes, message references, literals in placeables) is an
//! error naming the file, line and message.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use serde_json::{json, Map, Value};

/// The messages of `source` (read from `file`, named in errors) as the
/// compact JSON map, or every problem found, one a line.
pub fn compile(file: &str, source: &str) -> Result<Value, String> {
    let mut problems = Vec::new();
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, errors)| {
        for e in errors {
            problems.push(format!("{file}:{}: syntax error: {}", line_of(source, e.pos.start), e.kind));
        }
        resource
    });
    let mut messages = Map::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                let at = |what: &str| format!("{file}:{}: message `{id}`: {what}", line_of(source, offset_in(source, id)));
                if !m.attributes.is_empty() {
                    problems.push(at("attributes are not supported by the widget's formatter"));
                }
                let Some(value) = &m.value else {
                    problems.push(at("has no value"));
                    continue;
                };
                match pattern(value) {
                    Ok(compiled) => {
                        if messages.insert(id.to_string(), compiled).is_some() {
                            problems.push(at("is defined twice"));
                        }
                    }
                    Err(what) => problems.push(at(&what)),
                }
            }
            Entry::Term(t) => problems.push(format!(
                "{file}:{}: term `-{}`: terms are not supported by the widget's formatter",
                line_of(source, offset_in(source, t.id.name)),
                t.id.name
            )),
            // Syntax errors are reported above.
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) | Entry::Junk { .. } => {}
        }
    }
    if problems.is_empty() {
        Ok(Value::Object(messages))
    } else {
        Err(problems.join("\n"))
    }
}

fn pattern(p: &Pattern<&str>) -> Result<Value, String> {
    let mut pieces: Vec<Value> = Vec::new();
    for element in &p.elements {
        match element {
            // Adjacent lines of text arrive as separate elements: join them.
            // A pattern keeps at least two pieces when it has a placeable and
            // text, so the bidi isolation rule (more than one piece) holds.
            PatternElement::TextElement { value } => match pieces.last_mut() {
                Some(Value::String(text)) => text.push_str(value),
                _ => pieces.push(Value::String(value.to_string())),
            },
            PatternElement::Placeable { expression } => pieces.push(placeable(expression)?),
        }
    }
    Ok(match pieces.as_slice() {
        [] => Value::String(String::new()),
        [Value::String(text)] => Value::String(text.clone()),
        _ => Value::Array(pieces),
    })
}

fn placeable(e: &Expression<&str>) -> Result<Value, String> {
    match e {
        Expression::Inline(InlineExpression::VariableReference { id }) => Ok(json!({ "var": id.name })),
        Expression::Inline(other) => Err(format!("{} are not supported by the widget's formatter", unsupported(other))),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err(format!("a select on {} is not supported; select on a $variable", unsupported(selector)));
            };
            let mut compiled = Vec::new();
            let mut default = None;
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    // The formatter compares number keys as integers (no
                    // float parser in the bundles): "[1.5]" is refused here.
                    VariantKey::NumberLiteral { value } if value.parse::<i64>().is_ok() => value.to_string(),
                    VariantKey::NumberLiteral { value } => return Err(format!("the variant key [{value}] is not a whole number; the widget's formatter matches whole numbers only")),
                };
                if v.default {
                    default = Some(key.clone());
                }
                compiled.push(json!([key, pattern(&v.value)?]));
            }
            let default = default.ok_or_else(|| format!("the select on ${} has no default variant", id.name))?;
            Ok(json!({ "var": id.name, "variants": compiled, "default": default }))
        }
    }
}

/// What an unsupported placeable is, in the plural, for error messages.
fn unsupported(e: &InlineExpression<&str>) -> &'static str {
    match e {
        InlineExpression::StringLiteral { .. } => "string literals in placeables",
        InlineExpression::NumberLiteral { .. } => "number literals in placeables",
        InlineExpression::FunctionReference { .. } => "functions",
        InlineExpression::MessageReference { .. } => "message references",
        InlineExpression::TermReference { .. } => "terms",
        InlineExpression::VariableReference { .. } => "variables",
        InlineExpression::Placeable { .. } => "nested placeables",
    }
}

/// Byte offset of `part`, a slice borrowed from `source`.
fn offset_in(source: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(source.as_ptr() as usize).min(source.len())
}

/// 1-based line number of byte offset `at`.
fn line_of(source: &str, at: usize) -> usize {
    source.as_bytes()[..at.min(source.len())].iter().filter(|b| **b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::compile;
    use serde_json::json;

    #[test]
    fn compiles_text_variables_and_selects() {
        let src = "plain = Hello\nvar = About { $n } minutes\nsel = { $n ->\n    [0] none\n    [one] { $n } item\n   *[other] { $n } items\n}\n";
        let out = compile("t.ftl", src).unwrap();
        assert_eq!(out["plain"], json!("Hello"));
        assert_eq!(out["var"], json!(["About ", { "var": "n" }, " minutes"]));
        assert_eq!(
            out["sel"],
            json!([{ "var": "n", "default": "other", "variants": [
                ["0", "none"],
                ["one", [{ "var": "n" }, " item"]],
                ["other", [{ "var": "n" }, " items"]],
            ] }])
        );
    }

    #[test]
    fn rejects_what_the_formatter_cannot_do_naming_file_line_and_message() {
        let cases = [
            ("-brand = raikit\n", "t.ftl:1: term `-brand`"),
            ("a = Hi\n    .title = Tip\n", "t.ftl:1: message `a`: attributes"),
            ("a = { NUMBER($n) }\n", "message `a`: functions"),
            ("a = x\nb = { a }\n", "t.ftl:2: message `b`: message references"),
            ("a = { \"\" }\n", "message `a`: string literals"),
            ("a = x\na = y\n", "t.ftl:2: message `a`: is defined twice"),
            ("a = x\nb = { $\n", "t.ftl:2: syntax error"),
            ("a = { $n ->\n    [1.5] half\n   *[other] many\n}\n", "not a whole number"),
        ];
        for (src, expected) in cases {
            let err = compile("t.ftl", src).unwrap_err();
            assert!(err.contains(expected), "{src:?} gave {err:?}, expected {expected:?}");
        }
    }
}
