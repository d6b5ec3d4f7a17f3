//! One Aho-Corasick automaton over stemmed tokens for every phrase that any
//! rule or principle cares about, so a document is scanned once however many
//! rules and terms there are.

use super::lang::LangWords;
use super::stem::stem_into;
use super::tokens::Analysis;
// The contiguous NFA directly, not the `AhoCorasick` wrapper: it is the kind
// the wrapper picks for this many phrases, and naming it leaves the other
// kinds' code out of the wasm.
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Input, MatchKind};
use std::collections::HashMap;

/// Who asked for a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// A coverage term of principle `p`.
    Term(usize),
    /// A coverage term of principle `p` that counts even when negated: a
    /// limit ("no image is kept beyond 30 days").
    Limit(usize),
    /// A look-alike to discard for principle `p` ("an oversight in drafting").
    Exclude(usize),
    /// A phrase that makes its sentence no evidence for principle `p`.
    Unless(usize),
    /// A phrase that only names principle `p` (weighs as a title).
    Naming(usize),
    /// A term of principle `p` written `^word`: it names the principle only
    /// in a heading or an item of a list of topics ("## Audit", "covers
    /// retention, training and audits"); in a sentence it is no evidence.
    Heading(usize),
    /// One word of pair `i` of principle `p`; `side` is 0 or 1.
    PairWord(usize, usize, u8),
    /// A word of class `class` of concept `i` of principle `p`.
    ConceptWord(usize, usize, u8),
    /// A word of facet `i` of principle `p`.
    Facet(usize, u8),
    /// A phrase of rule `r` in role `role`.
    Rule(usize, Role),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Pattern,
    Unless,
    Within,
    When,
    WhenAnywhere,
    Require,
    Exclude,
}

/// How many roles there are: the length of a rule's per-role hit lists.
pub const ROLES: usize = 7;

/// A phrase match: token range `first..=last`.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub owner: Owner,
    pub first: usize,
    pub last: usize,
}

pub struct Lexicon {
    automaton: Option<NFA>,
    owners: Vec<Vec<Owner>>,
}

/// Splits a phrase into words exactly as the tokenizer does.
pub fn words(phrase: &str, keep_apostrophes: bool) -> impl Iterator<Item = &str> {
    let apostrophe = move |c: char| keep_apostrophes && (c == '\'' || c == '\u{2019}');
    phrase.split(move |c: char| !(c.is_alphanumeric() || apostrophe(c))).filter(|w| w.chars().any(char::is_alphanumeric))
}

/// The stemmed key of a phrase: " s1 s2 ".
pub fn key(phrase: &str, lang: &LangWords) -> String {
    let mut k = String::from(" ");
    for w in words(phrase, lang.keep_apostrophes) {
        stem_into(lang.lang, w.trim_matches(|c| c == '\'' || c == '\u{2019}'), &mut k);
        k.push(' ');
    }
    k
}

impl Lexicon {
    pub fn build(phrases: impl IntoIterator<Item = (String, Owner)>, lang: &LangWords) -> Result<Lexicon, String> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys = Vec::new();
        let mut owners: Vec<Vec<Owner>> = Vec::new();
        for (phrase, owner) in phrases {
            let k = key(&phrase, lang);
            if k.trim().is_empty() {
                continue;
            }
            let i = *index.entry(k.clone()).or_insert_with(|| {
                keys.push(k);
                owners.push(Vec::new());
                keys.len() - 1
            });
            if !owners[i].contains(&owner) {
                owners[i].push(owner);
            }
        }
        let automaton = if keys.is_empty() {
            None
        } else {
            Some(
                NFA::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&keys)
                    .map_err(|e| format!("cannot build the phrase matcher: {e}"))?,
            )
        };
        Ok(Lexicon { automaton, owners })
    }

    /// Every match in the document, in order of start. Matches never cross
    /// sentences.
    pub fn scan(&self, a: &Analysis) -> Vec<Hit> {
        let mut hits = Vec::new();
        let Some(ac) = &self.automaton else { return hits };
        // Standard matching supports overlapping search, so this cannot fail.
        let Ok(matches) = ac.try_find_overlapping_iter(Input::new(&a.stems)) else { return hits };
        for m in matches {
            // The key starts with the space before its first stem and ends with
            // the space after its last one.
            let (Some(first), Some(last)) = (a.token_at_stem(m.start() + 1), a.token_ending_at_stem(m.end() - 1)) else {
                continue;
            };
            if a.tokens[first].sentence != a.tokens[last].sentence {
                continue;
            }
            for &owner in &self.owners[m.pattern().as_usize()] {
                hits.push(Hit { owner, first, last });
            }
        }
        hits
    }
}
