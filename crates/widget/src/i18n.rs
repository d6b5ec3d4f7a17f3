//! Interface strings, through Fluent: plurals, number formatting and bidi
//! isolation of embedded values. Message files live in `i18n/*.ftl`.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::rc::Rc;

const EN: &str = include_str!("../i18n/en.ftl");

/// The languages the interface ships in; others fall back to English.
pub fn resource_for(lang: &str) -> Option<&'static str> {
    match lang {
        "en" => Some(EN),
        _ => None,
    }
}

/// A language's messages, shared through a Yew context.
pub struct Messages {
    pub lang: String,
    bundle: FluentBundle<FluentResource>,
}

impl PartialEq for Messages {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl Messages {
    pub fn load(lang: &str) -> Rc<Messages> {
        let (lang, source) = match resource_for(lang) {
            Some(source) => (lang, source),
            None => ("en", EN),
        };
        let langid = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // Embedded values (numbers, names) are isolated so they read right in
        // right-to-left text.
        bundle.set_use_isolating(true);
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, _errors)) => r,
        };
        let _ = bundle.add_resource(resource);
        Rc::new(Messages { lang: lang.to_string(), bundle })
    }

    /// The message `id`, or the id itself if it is missing (tests catch that).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

/// A number argument.
pub fn num(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// A string argument.
pub fn text(s: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(s.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_messages_format_with_plurals() {
        let m = Messages::load("en");
        assert_eq!(m.t("yes"), "Yes");
        let one = m.t_args("intro-questions", &[("count", num(1))]);
        let many = m.t_args("intro-questions", &[("count", num(45))]);
        assert!(one.ends_with("question") && one.contains('1'), "{one}");
        assert!(many.ends_with("questions") && many.contains("45"), "{many}");
    }

    #[test]
    fn every_message_id_used_in_the_code_exists() {
        let m = Messages::load("en");
        let src = [
            include_str!("components/assessment.rs"),
            include_str!("components/intro.rs"),
            include_str!("components/section_nav.rs"),
            include_str!("components/section_view.rs"),
            include_str!("components/question.rs"),
            include_str!("components/results.rs"),
            include_str!("components/export_bar.rs"),
            include_str!("components/policy_lint.rs"),
            include_str!("components/lint_editor.rs"),
            include_str!("components/coverage_map.rs"),
            include_str!("components/findings_list.rs"),
        ]
        .concat();
        let mut missing = Vec::new();
        for (i, _) in src.match_indices(".t(\"").chain(src.match_indices(".t_args(\"")) {
            let rest = &src[i..];
            let start = rest.find('"').unwrap() + 1;
            let end = start + rest[start..].find('"').unwrap();
            let id = &rest[start..end];
            if m.bundle.get_message(id).is_none() {
                missing.push(id.to_string());
            }
        }
        // Ids built at run time from a value.
        let dynamic = ["none", "low", "medium", "high", "critical", "unknown"].map(|l| format!("level-{l}")).into_iter()
            .chain(["initial", "developing", "defined", "managed", "optimising"].map(|b| format!("band-{b}")))
            .chain(["covered", "partial", "missing"].map(|s| format!("lint-status-{s}")))
            .chain(["error", "warning", "info"].map(|s| format!("lint-severity-{s}")))
            .chain((1..=5).map(|n| format!("risk-scale-{n}")))
            .chain(["yes", "no", "unsure"].map(String::from));
        for id in dynamic {
            if m.bundle.get_message(&id).is_none() {
                missing.push(id);
            }
        }
        assert!(missing.is_empty(), "missing messages: {missing:?}");
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(Messages::load("xx").lang, "en");
    }
}
