//! How the built-in rule packs and language files read themselves from the
//! JSON build.rs writes (see `json::pull` for why not serde). Each key is
//! the field's name in the TOML source; an unknown key is an error. Also a
//! parsed document, as the browser's formats bundle hands it over.

use super::coverage::PrincipleSpec;
use super::document::{Block, BlockKind, Document, Format, SourceMap};
use super::lang::{DetectData, LangPack, PrincipleWords, RuleWords};
use super::rules::{Examples, RuleKind, RulePack, RuleSpec, Severity};
use crate::json::{Deserializer, Error, Pull};

impl Pull for RulePack {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut p = RulePack::default();
        de.pull_object(&mut |de, key| {
            match key {
                "name" => p.name = de.pull_string()?,
                "description" => p.description = de.pull_string()?,
                "rule" => p.rule = de.pull_list()?,
                "principle" => p.principle = de.pull_list()?,
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        Ok(p)
    }
}

impl Pull for RuleSpec {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let (mut kind, mut severity) = (None, None);
        let mut r = RuleSpec {
            id: String::new(),
            kind: RuleKind::Phrase,
            principle: None,
            severity: Severity::Warning,
            message: String::new(),
            explanation: String::new(),
            suggestion: None,
            fix: None,
            patterns: Vec::new(),
            unless: Vec::new(),
            within: Vec::new(),
            when: Vec::new(),
            when_anywhere: Vec::new(),
            exclude: Vec::new(),
            require: Vec::new(),
            satisfied_by: None,
            caps: None,
            negation_aware: true,
            marks: Vec::new(),
            params: Default::default(),
            examples: Examples::default(),
        };
        de.pull_object(&mut |de, key| {
            match key {
                "id" => r.id = de.pull_string()?,
                "kind" => kind = Some(named(de, RuleKind::from_name)?),
                "principle" => r.principle = Some(de.pull_string()?),
                "severity" => severity = Some(named(de, Severity::from_name)?),
                "message" => r.message = de.pull_string()?,
                "explanation" => r.explanation = de.pull_string()?,
                "suggestion" => r.suggestion = Some(de.pull_string()?),
                "fix" => r.fix = Some(de.pull_string()?),
                "patterns" => r.patterns = de.pull_strings()?,
                "unless" => r.unless = de.pull_strings()?,
                "within" => r.within = de.pull_strings()?,
                "when" => r.when = de.pull_strings()?,
                "when_anywhere" => r.when_anywhere = de.pull_strings()?,
                "exclude" => r.exclude = de.pull_strings()?,
                "require" => r.require = de.pull_strings()?,
                "satisfied_by" => r.satisfied_by = Some(de.pull_string()?),
                "caps" => r.caps = Some(de.pull_string()?),
                "negation_aware" => r.negation_aware = de.pull_bool()?,
                "marks" => r.marks = de.pull_strings()?,
                "params" => r.params = de.pull_string_map()?,
                "examples" => r.examples = Examples::pull(de)?,
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        r.kind = kind.ok_or_else(|| de.missing_field("kind"))?;
        r.severity = severity.ok_or_else(|| de.missing_field("severity"))?;
        Ok(r)
    }
}

/// A unit enum written as its name: `"warning"`.
fn named<T>(de: &mut Deserializer, from_name: fn(&str) -> Option<T>) -> Result<T, Error> {
    let name = de.pull_string()?;
    from_name(&name).ok_or_else(|| de.unknown_value(&name))
}

impl Pull for Examples {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut e = Examples::default();
        de.pull_object(&mut |de, key| {
            match key {
                "flag" => e.flag = de.pull_strings()?,
                "pass" => e.pass = de.pull_strings()?,
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        Ok(e)
    }
}

impl Pull for PrincipleSpec {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut p = PrincipleSpec::default();
        de.pull_object(&mut |de, key| {
            match key {
                "id" => p.id = de.pull_string()?,
                "should_say" => p.should_say = de.pull_string()?,
                "example" => p.example = de.pull_string()?,
                "terms" => p.terms = de.pull_strings()?,
                "limits" => p.limits = de.pull_strings()?,
                "pairs" => p.pairs = de.pull_pairs()?,
                "concepts" => p.concepts = de.pull_string_lists()?,
                "exclude" => p.exclude = de.pull_strings()?,
                "cited_in_recitals" => p.cited_in_recitals = de.pull_bool()?,
                "code_citations" => p.code_citations = de.pull_bool()?,
                "naming" => p.naming = de.pull_strings()?,
                "unless" => p.unless = de.pull_strings()?,
                "facets" => p.facets = de.pull_strings()?,
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        Ok(p)
    }
}

impl Pull for LangPack {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut l = LangPack::default();
        de.pull_object(&mut |de, key| {
            if key == "lang" {
                l.lang = de.pull_string()?;
            } else if key == "document" {
                l.document = de.pull_string_map()?;
            } else if key == "keep_apostrophes" {
                l.keep_apostrophes = de.pull_bool()?;
            } else if key == "rule" {
                l.rule = de.pull_map()?;
            } else if key == "principle" {
                l.principle = de.pull_map()?;
            } else {
                // Every other field is a word list.
                *l.list_mut(key).ok_or_else(|| de.unknown_field(key))? = de.pull_strings()?;
            }
            Ok(())
        })?;
        Ok(l)
    }
}

impl Pull for RuleWords {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut w = RuleWords::default();
        de.pull_object(&mut |de, key| {
            match key {
                "patterns" => w.patterns = de.pull_strings()?,
                "unless" => w.unless = de.pull_strings()?,
                "within" => w.within = de.pull_strings()?,
                "when" => w.when = de.pull_strings()?,
                "when_anywhere" => w.when_anywhere = de.pull_strings()?,
                "exclude" => w.exclude = de.pull_strings()?,
                "require" => w.require = de.pull_strings()?,
                "fix" => w.fix = Some(de.pull_string()?),
                "params" => w.params = de.pull_string_map()?,
                "examples" => w.examples = Examples::pull(de)?,
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        Ok(w)
    }
}

impl Pull for PrincipleWords {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut w = PrincipleWords::default();
        de.pull_object(&mut |de, key| {
            match key {
                "terms" => w.terms = de.pull_strings()?,
                "limits" => w.limits = de.pull_strings()?,
                "pairs" => w.pairs = de.pull_pairs()?,
                "concepts" => w.concepts = de.pull_string_lists()?,
                "exclude" => w.exclude = de.pull_strings()?,
                "unless" => w.unless = de.pull_strings()?,
                "naming" => w.naming = de.pull_strings()?,
                "facets" => w.facets = de.pull_strings()?,
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        Ok(w)
    }
}

impl Pull for DetectData {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let mut d = DetectData::default();
        de.pull_object(&mut |de, key| {
            match key {
                "stopwords" => d.stopwords = de.pull_string_map()?,
                _ => return Err(de.unknown_field(key)),
            }
            Ok(())
        })?;
        Ok(d)
    }
}

/// Keys as serde writes them (the formats bundle serialises with serde);
/// unknown keys are skipped, as serde's derive does.
impl Pull for Document {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let (mut format, mut original, mut text, mut blocks, mut map) = (None, None, None, None, None);
        de.pull_object(&mut |de, key| {
            match key {
                "format" => format = Some(named(de, |n| [Format::Text, Format::Markdown, Format::Html, Format::Docx].into_iter().find(|f| f.name() == n))?),
                "original" => original = Some(de.pull_string()?),
                "text" => text = Some(de.pull_string()?),
                "blocks" => blocks = Some(de.pull_list()?),
                "map" => map = Some(SourceMap::pull(de)?),
                _ => de.skip_value()?,
            }
            Ok(())
        })?;
        Ok(Document {
            format: format.ok_or_else(|| de.missing_field("format"))?,
            original: original.ok_or_else(|| de.missing_field("original"))?,
            text: text.ok_or_else(|| de.missing_field("text"))?,
            blocks: blocks.ok_or_else(|| de.missing_field("blocks"))?,
            map: map.ok_or_else(|| de.missing_field("map"))?,
        })
    }
}

impl Pull for Block {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        let (mut kind, mut start, mut end) = (None, None, None);
        de.pull_object(&mut |de, key| {
            match key {
                "kind" => kind = Some(BlockKind::pull(de)?),
                "start" => start = Some(de.pull_usize()?),
                "end" => end = Some(de.pull_usize()?),
                _ => de.skip_value()?,
            }
            Ok(())
        })?;
        Ok(Block {
            kind: kind.ok_or_else(|| de.missing_field("kind"))?,
            start: start.ok_or_else(|| de.missing_field("start"))?,
            end: end.ok_or_else(|| de.missing_field("end"))?,
        })
    }
}

/// `"Paragraph"`, `"ListItem"`, `"TableCell"` or `{"Heading": level}`.
impl Pull for BlockKind {
    fn pull(de: &mut Deserializer) -> Result<Self, Error> {
        if de.next_byte()? != b'{' {
            return named(de, |n| match n {
                "Paragraph" => Some(BlockKind::Paragraph),
                "ListItem" => Some(BlockKind::ListItem),
                "TableCell" => Some(BlockKind::TableCell),
                _ => None,
            });
        }
        let mut level = None;
        de.pull_object(&mut |de, key| match key {
            "Heading" if level.is_none() => {
                level = Some(de.pull_usize()?);
                Ok(())
            }
            _ => Err(de.unknown_value(key)),
        })?;
        let level = level.ok_or_else(|| de.error_here("expected {\"Heading\": level}"))?;
        u8::try_from(level).map(BlockKind::Heading).map_err(|_| de.error_here("a heading level too large"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{from_str, pull};
    use crate::lint::lang::{embedded, Lang, DETECT};
    use crate::lint::rules::BUILTIN_PACKS;

    /// The pull reader and serde read every built-in file to the same value,
    /// so the hand-written field lists cannot fall behind the structs.
    #[test]
    fn pull_reads_what_serde_reads() {
        for (name, json) in BUILTIN_PACKS {
            let pulled = RulePack::builtin(json).unwrap();
            assert_eq!(pulled, RulePack::from_json(json).unwrap(), "pack {name}");
            assert!(!pulled.rule.is_empty() || !pulled.principle.is_empty(), "pack {name} read empty");
        }
        for lang in Lang::ALL {
            let json = embedded(lang).expect("every language is embedded in tests");
            let pulled: LangPack = pull(json).unwrap();
            assert_eq!(pulled, from_str::<LangPack>(json).unwrap(), "{}", lang.code());
            assert!(!pulled.negations.is_empty() && !pulled.document.is_empty(), "{} read empty", lang.code());
        }
        assert_eq!(pull::<DetectData>(DETECT).unwrap(), from_str::<DetectData>(DETECT).unwrap());
    }

    #[test]
    fn pull_errors_say_what_and_where() {
        let err = |json: &str| pull::<RulePack>(json).unwrap_err().to_string();
        assert_eq!(err(r#"{"nme": "x"}"#), "unknown field `nme` at line 1 column 8");
        assert_eq!(err("{\"rule\": [\n{\"id\": 3}]}"), "expected a string at line 2 column 8");
        assert_eq!(err(r#"{"rule": [{"id": "x", "kind": "phrase"}]}"#), "missing field `severity` at line 1 column 40");
        assert_eq!(err(r#"{"rule": [{"kind": "fuzzy"}]}"#), "unknown value `fuzzy` at line 1 column 27");
        assert_eq!(err(r#"{"principle": [{"pairs": [["a"]]}]}"#), "expected a pair of two strings at line 1 column 32");
        assert_eq!(err(r#"{"name": "x""#), "the text ends before the closing `}` at line 1 column 13");
        let lang = pull::<LangPack>(r#"{"lang": "en", "negation": []}"#).unwrap_err();
        assert_eq!(lang.to_string(), "unknown field `negation` at line 1 column 30");
    }
}
