//! Every translation (`i18n/<lang>.ftl`) has exactly English's message ids
//! and attributes, uses the same variables, parses without error, and its
//! selectors name a default variant; Arabic plural selectors give all six
//! CLDR categories. This replaces the old check_ftl.py.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::{BTreeMap, BTreeSet};

const FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../i18n/en.ftl")),
    ("fr", include_str!("../../i18n/fr.ftl")),
    ("es", include_str!("../../i18n/es.ftl")),
    ("ar", include_str!("../../i18n/ar.ftl")),
];

const ARABIC_PLURALS: &[&str] = &["zero", "one", "two", "few", "many", "other"];

#[derive(Default, Debug, PartialEq)]
struct Shape {
    variables: BTreeSet<String>,
    /// Variant keys of each selector on a variable.
    selects: Vec<(String, BTreeSet<String>, usize)>,
}

fn walk_pattern(p: &Pattern<&str>, shape: &mut Shape) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(e: &Expression<&str>, shape: &mut Shape) {
    match e {
        Expression::Inline(i) => walk_inline(i, shape),
        Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                shape.selects.push((id.name.to_string(), keys, variants.iter().filter(|v| v.default).count()));
            }
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
    }
}

fn walk_inline(i: &InlineExpression<&str>, shape: &mut Shape) {
    match i {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
            for a in &arguments.named {
                walk_inline(&a.value, shape);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

/// Message (and `message.attribute`) ids with their shapes.
fn messages(lang: &str, source: &'static str) -> (BTreeMap<String, Shape>, Vec<String>) {
    let mut problems = Vec::new();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            problems.push(format!("{lang}.ftl: {} syntax error(s): {errors:?}", errors.len()));
            r
        }
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut shape = Shape::default();
            if let Some(v) = &m.value {
                walk_pattern(v, &mut shape);
                if out.insert(m.id.name.to_string(), shape).is_some() {
                    problems.push(format!("{lang}.ftl: duplicate id {}", m.id.name));
                }
            }
            for a in &m.attributes {
                let mut shape = Shape::default();
                walk_pattern(&a.value, &mut shape);
                out.insert(format!("{}.{}", m.id.name, a.id.name), shape);
            }
        }
    }
    (out, problems)
}

#[test]
fn every_language_has_englishs_messages_with_the_same_variables() {
    let (english, mut problems) = messages("en", FILES[0].1);
    assert!(english.len() > 100, "en.ftl has {} messages", english.len());
    for (lang, source) in &FILES[1..] {
        let (translated, p) = messages(lang, source);
        problems.extend(p);
        for id in english.keys().filter(|id| !translated.contains_key(*id)) {
            problems.push(format!("{lang}.ftl: missing {id}"));
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}.ftl: extra {id}"));
        }
        for (id, shape) in &translated {
            let Some(en) = english.get(id) else { continue };
            if shape.variables != en.variables {
                problems.push(format!("{lang}.ftl: {id} uses {:?}, English uses {:?}", shape.variables, en.variables));
            }
            for (var, keys, defaults) in &shape.selects {
                if *defaults != 1 {
                    problems.push(format!("{lang}.ftl: {id}: the selector on ${var} needs exactly one default variant"));
                }
                let plural = keys.iter().any(|k| ARABIC_PLURALS.contains(&k.as_str()));
                if *lang == "ar" && plural {
                    let missing: Vec<_> = ARABIC_PLURALS.iter().filter(|c| !keys.contains(**c)).collect();
                    if !missing.is_empty() {
                        problems.push(format!("ar.ftl: {id}: the plural on ${var} lacks {missing:?}"));
                    }
                }
            }
        }
        if let Err(e) = super::compile::compile(&format!("{lang}.ftl"), source) {
            problems.push(e);
        }
    }
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_check_catches_a_changed_variable() {
    let (en, _) = messages("en", "a = { $count } items\n");
    let (fr, _) = messages("fr", "a = { $nombre } éléments\n");
    assert_ne!(en["a"].variables, fr["a"].variables);
}
