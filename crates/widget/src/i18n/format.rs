//! Formats compiled messages (the JSON that `compile.rs` writes from the
//! .ftl files) with their arguments: literal text, argument values, and
//! selects by exact number, plural category or text.
//!
//! It keeps Fluent's behaviour where the widget relies on it: values are
//! wrapped in bidi isolation marks (U+2068 … U+2069) when the pattern has
//! more than one piece, so numbers and names read right in right-to-left
//! text; a missing argument shows as `{$name}`. Decimals use the language's
//! separator (`2,5` in French), taken from the report labels.

use super::plural;
use raikit_core::json::{Deserializer, Error, Pull};

/// A value passed to a message: a number or a text.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Num(f64),
    Text(String),
}

/// One message's value, compiled.
#[derive(Debug, PartialEq)]
pub struct Pattern(Vec<Piece>);

#[derive(Debug, PartialEq)]
enum Piece {
    Text(String),
    Var(String),
    Select { var: String, variants: Vec<(String, Pattern)>, default: String },
}

/// First strong isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

impl Pattern {
    /// The text of this pattern in `lang` with `args`.
    pub fn format(&self, lang: &str, args: &[(&str, Arg)]) -> String {
        if let [Piece::Text(text)] = self.0.as_slice() {
            return text.clone();
        }
        let mut out = String::new();
        self.write(&mut out, lang, args);
        out
    }

    fn write(&self, out: &mut String, lang: &str, args: &[(&str, Arg)]) {
        let isolate = self.0.len() > 1;
        for piece in &self.0 {
            if let Piece::Text(text) = piece {
                out.push_str(text);
                continue;
            }
            if isolate {
                out.push(FSI);
            }
            match piece {
                Piece::Var(name) => match arg(args, name) {
                    Some(Arg::Num(n)) => out.push_str(&raikit_core::l10n::labels(lang).number(*n)),
                    Some(Arg::Text(s)) => out.push_str(s),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select { var, variants, default } => {
                    if let Some(chosen) = choose(variants, default, arg(args, var), lang) {
                        chosen.write(out, lang, args);
                    }
                }
                Piece::Text(_) => {}
            }
            if isolate {
                out.push(PDI);
            }
        }
    }
}

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// The variant for `value`: an exact number key first, then the plural
/// category (numbers) or the same name (texts), else the default.
fn choose<'p>(variants: &'p [(String, Pattern)], default: &str, value: Option<&Arg>, lang: &str) -> Option<&'p Pattern> {
    let find = |key: &str| variants.iter().find(|(k, _)| k == key);
    let chosen = match value {
        Some(Arg::Num(n)) => variants
            .iter()
            // Number keys are whole numbers in raikit's .ftl files; reading
            // them as integers keeps the float parser out of the bundles.
            .find(|(k, _)| k.starts_with(|c: char| c.is_ascii_digit() || c == '-') && k.parse::<i64>().ok().map(|i| i as f64) == Some(*n))
            .or_else(|| find(plural::category(lang, *n)?)),
        Some(Arg::Text(s)) => find(s),
        None => None,
    };
    chosen.or_else(|| find(default)).map(|(_, p)| p)
}

// Hand-written readers (`raikit_core::json::Pull`): the compact shapes (a
// string or a list) need no buffering, and the bundle carries no serde
// visitors for them.

impl Pull for Pattern {
    fn pull(de: &mut Deserializer) -> Result<Pattern, Error> {
        match de.next_byte()? {
            b'"' => Ok(Pattern(vec![Piece::Text(de.pull_string()?)])),
            b'[' => de.pull_list().map(Pattern),
            _ => Err(de.error_here("expected a message: a string or a list of pieces")),
        }
    }
}

impl Pull for Piece {
    fn pull(de: &mut Deserializer) -> Result<Piece, Error> {
        match de.next_byte()? {
            b'"' => return de.pull_string().map(Piece::Text),
            b'{' => {}
            _ => return Err(de.error_here("expected a piece: a string, {\"var\"} or {\"var\", \"variants\", \"default\"}")),
        }
        let (mut var, mut variants, mut default) = (None, None, None);
        de.pull_object(&mut |de, key| {
            match key {
                "var" => var = Some(de.pull_string()?),
                "variants" => {
                    let mut list = Vec::new();
                    de.pull_array(&mut |de| variant(de).map(|v| list.push(v)))?;
                    variants = Some(list);
                }
                "default" => default = Some(de.pull_string()?),
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        let var = var.ok_or_else(|| de.missing_field("var"))?;
        match (variants, default) {
            (None, None) => Ok(Piece::Var(var)),
            (Some(variants), Some(default)) if variants.iter().any(|(k, _)| *k == default) => Ok(Piece::Select { var, variants, default }),
            _ => Err(de.error_here(format!("the select on ${var} needs variants and one of them as its default"))),
        }
    }
}

/// A select's variant, written `[key, message]`.
fn variant(de: &mut Deserializer) -> Result<(String, Pattern), Error> {
    let (mut key, mut pattern) = (None, None);
    de.pull_array(&mut |de| {
        if key.is_none() {
            key = Some(de.pull_string()?);
        } else if pattern.is_none() {
            pattern = Some(Pattern::pull(de)?);
        } else {
            return Err(de.error_here("a variant is a key and a message, nothing more"));
        }
        Ok(())
    })?;
    key.zip(pattern).ok_or_else(|| de.error_here("a variant is a key and a message"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(json: &str) -> Pattern {
        raikit_core::json::pull(json).unwrap()
    }

    const COUNT: &str = r#"[{"var":"n","default":"other","variants":[["0","none"],["one",[{"var":"n"}," item"]],["other",[{"var":"n"}," items"]]]}]"#;

    #[test]
    fn exact_numbers_match_before_plural_categories() {
        let p = pattern(COUNT);
        let n = |v: f64| p.format("en", &[("n", Arg::Num(v))]);
        assert_eq!(n(0.0), "none");
        assert_eq!(n(1.0), "\u{2068}1\u{2069} item");
        assert_eq!(n(7.0), "\u{2068}7\u{2069} items");
        // French puts 0 in "one", but the exact key still wins.
        assert_eq!(p.format("fr", &[("n", Arg::Num(0.0))]), "none");
    }

    #[test]
    fn a_lone_placeable_is_not_isolated_and_a_missing_argument_shows_its_name() {
        assert_eq!(pattern(r#"[{"var":"x"}]"#).format("en", &[("x", Arg::Text("abc".into()))]), "abc");
        assert_eq!(pattern(r#"["Hi ",{"var":"x"}]"#).format("en", &[]), "Hi \u{2068}{$x}\u{2069}");
        // With no argument a select takes its default.
        assert_eq!(pattern(COUNT).format("en", &[]), "\u{2068}{$n}\u{2069} items");
    }

    #[test]
    fn texts_select_by_name() {
        let p = pattern(r#"[{"var":"g","default":"other","variants":[["a","A"],["other","O"]]}]"#);
        assert_eq!(p.format("en", &[("g", Arg::Text("a".into()))]), "A");
        assert_eq!(p.format("en", &[("g", Arg::Text("b".into()))]), "O");
    }

    #[test]
    fn decimals_use_the_languages_separator() {
        let p = pattern(r#"["Maturity ",{"var":"v"}," of 5"]"#);
        assert_eq!(p.format("en", &[("v", Arg::Num(3.4))]), "Maturity \u{2068}3.4\u{2069} of 5");
        assert_eq!(p.format("en", &[("v", Arg::Num(3.0))]), "Maturity \u{2068}3\u{2069} of 5");
    }

    #[test]
    fn malformed_data_is_an_error_not_a_panic() {
        for bad in [
            r#"[{"var":"n","variants":[["one","x"]]}]"#,
            r#"[{"var":"n","variants":[["one","x"]],"default":"other"}]"#,
            r#"[{"variants":[]}]"#,
            r#"[{"var":"n","color":"red"}]"#,
            r#"[3]"#,
            r#"[{"var":"n","default":"one","variants":[["one"]]}]"#,
            r#"[{"var":"n","default":"one","variants":[["one","x","y"]]}]"#,
        ] {
            assert!(raikit_core::json::pull::<Pattern>(bad).is_err(), "{bad}");
        }
    }
}
