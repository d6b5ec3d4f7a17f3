//! Rules are data: each lives in a TOML pack with its message, explanation,
//! suggestion, examples and word lists. A rule's `kind` says which matcher
//! runs it: `phrase` and `conditional` are generic (user packs can use them),
//! `builtin` names one of the small checkers in this folder.

mod acronym;
mod automated;
mod conditional;
mod metrics;
mod modal;
mod passive;
mod phrase;

use super::coverage::PrincipleSpec;
use super::lexicon::{Hit, Owner, Role, ROLES};
use super::tokens::Analysis;
use super::Metrics;
use crate::Taxonomy;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn from_name(name: &str) -> Option<Severity> {
        [Severity::Info, Severity::Warning, Severity::Error].into_iter().find(|s| s.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleKind {
    Builtin,
    Phrase,
    Conditional,
}

impl RuleKind {
    pub fn from_name(name: &str) -> Option<RuleKind> {
        match name {
            "builtin" => Some(RuleKind::Builtin),
            "phrase" => Some(RuleKind::Phrase),
            "conditional" => Some(RuleKind::Conditional),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub flag: Vec<String>,
    #[serde(default)]
    pub pass: Vec<String>,
}

/// One rule as written in a pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    pub kind: RuleKind,
    #[serde(default)]
    pub principle: Option<String>,
    pub severity: Severity,
    /// Short message; `{match}` is replaced by the matched text.
    pub message: String,
    pub explanation: String,
    #[serde(default)]
    pub suggestion: Option<String>,
    /// Replacement for the matched text, when a mechanical fix is safe.
    #[serde(default)]
    pub fix: Option<String>,
    /// Phrases that trigger the rule (phrase, builtin).
    #[serde(default)]
    pub patterns: Vec<String>,
    /// A sentence containing one of these is left alone.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Only sentences containing one of these are checked.
    #[serde(default)]
    pub within: Vec<String>,
    /// Conditional: the topic that makes the rule apply.
    #[serde(default)]
    pub when: Vec<String>,
    /// Conditional with `within`: topic words that count in any sentence,
    /// because they name a use of the data themselves ("risk score"), where
    /// `when` words ("footage") count only beside a `within` word.
    #[serde(default)]
    pub when_anywhere: Vec<String>,
    /// Conditional: look-alikes, phrases holding a topic word in another
    /// sense ("arrest photos" are custody images, not an arrest). A topic
    /// word inside one does not count.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Conditional: what the document must then also say.
    #[serde(default)]
    pub require: Vec<String>,
    /// Conditional: a principle whose coverage, once `covered`, also
    /// satisfies the rule, so that the report never says "legitimacy:
    /// covered" beside "no stated legal basis".
    #[serde(default)]
    pub satisfied_by: Option<String>,
    /// Conditional: a principle the rule's finding keeps below `covered`,
    /// so that the report never says "privacy: covered" beside "personal
    /// data with no access rule".
    #[serde(default)]
    pub caps: Option<String>,
    /// Skip matches preceded by a negation in the same clause.
    #[serde(default = "yes")]
    pub negation_aware: bool,
    /// Marks, from [`MARKS`]: `quiet-in-advice`, not reported in sections
    /// of advice ("Good practice"), where "should" and "are encouraged to"
    /// are the register, not weakened duties; `quiet-in-context`, not
    /// reported under a heading of background or definitions, which
    /// describe and bind no one; `weak-wording`, a sentence
    /// holding one of its findings only advises, so it makes a principle
    /// partial, never covered; `code-citation`, a code section cited by
    /// number ("RCW 43.386.080", "§ 4622") meets the rule's `require`.
    #[serde(default)]
    pub marks: Vec<String>,
    /// Word lists for built-in checkers.
    #[serde(default)]
    pub params: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub examples: Examples,
}

pub const MARKS: [&str; 4] = ["quiet-in-advice", "quiet-in-context", "weak-wording", "code-citation"];

impl RuleSpec {
    pub fn has_mark(&self, mark: &str) -> bool {
        self.marks.iter().any(|m| m == mark)
    }
}

fn yes() -> bool {
    true
}

/// A pack: rules, and (for coverage.toml) per-principle vocabulary.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub rule: Vec<RuleSpec>,
    #[serde(default)]
    pub principle: Vec<PrincipleSpec>,
}

/// The built-in packs, embedded as JSON by build.rs.
pub const BUILTIN_PACKS: &[(&str, &str)] = &[
    ("coverage", include_str!(concat!(env!("OUT_DIR"), "/rules/coverage.json"))),
    ("weak", include_str!(concat!(env!("OUT_DIR"), "/rules/weak.json"))),
    ("redflags", include_str!(concat!(env!("OUT_DIR"), "/rules/redflags.json"))),
    ("conditionals", include_str!(concat!(env!("OUT_DIR"), "/rules/conditionals.json"))),
    ("metrics", include_str!(concat!(env!("OUT_DIR"), "/rules/metrics.json"))),
];

/// Ids of rules implemented in code.
pub const BUILTIN_CHECKERS: &[&str] = &[
    "missing-principle",
    "may-instead-of-must",
    "passive-duty",
    "undefined-acronym",
    "automated-decision-without-review",
    "long-sentence",
    "hard-to-read",
];

impl RulePack {
    /// A user's pack written as JSON (the npm API), read with serde.
    pub fn from_json(json: &str) -> Result<RulePack, String> {
        crate::json::from_str(json).map_err(|e| e.to_string())
    }

    /// A built-in pack, as build.rs writes it (see `lint::pull`).
    pub fn builtin(json: &str) -> Result<RulePack, String> {
        crate::json::pull(json).map_err(|e| e.to_string())
    }

    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<RulePack, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Every problem with this pack's rules, each prefixed by its path.
    pub fn check(&self, taxonomy: &Taxonomy) -> Vec<String> {
        let mut problems = Vec::new();
        for (i, r) in self.rule.iter().enumerate() {
            let path = format!("rule[{i}] `{}`", r.id);
            let kebab = !r.id.is_empty()
                && r.id.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
            if !kebab {
                problems.push(format!("{path}: id must be kebab-case"));
            }
            for m in r.marks.iter().filter(|m| !MARKS.contains(&m.as_str())) {
                problems.push(format!("{path}: unknown mark `{m}` (known: {})", MARKS.join(", ")));
            }
            for p in r.principle.iter().chain(&r.satisfied_by).chain(&r.caps) {
                if taxonomy.instrumental_principle(p).is_none() {
                    problems.push(format!("{path}: unknown principle `{p}`"));
                }
            }
            if r.satisfied_by.is_some() && r.kind != RuleKind::Conditional {
                problems.push(format!("{path}: `satisfied_by` belongs to a conditional rule"));
            }
            if r.caps.is_some() && r.kind != RuleKind::Conditional {
                problems.push(format!("{path}: `caps` belongs to a conditional rule"));
            }
            if r.message.trim().is_empty() || r.explanation.trim().is_empty() {
                problems.push(format!("{path}: message and explanation are required"));
            }
            match r.kind {
                RuleKind::Builtin if !BUILTIN_CHECKERS.contains(&r.id.as_str()) => {
                    problems.push(format!("{path}: no built-in checker has this id"))
                }
                RuleKind::Phrase if r.patterns.is_empty() => problems.push(format!("{path}: a phrase rule needs `patterns`")),
                RuleKind::Conditional if r.when.is_empty() || r.require.is_empty() => {
                    problems.push(format!("{path}: a conditional rule needs `when` and `require`"))
                }
                _ if !r.when_anywhere.is_empty() && (r.kind != RuleKind::Conditional || r.within.is_empty()) => {
                    problems.push(format!("{path}: `when_anywhere` belongs to a conditional rule with `within`"))
                }
                _ if !r.exclude.is_empty() && r.kind != RuleKind::Conditional => {
                    problems.push(format!("{path}: `exclude` belongs to a conditional rule"))
                }
                _ => {}
            }
        }
        for (i, p) in self.principle.iter().enumerate() {
            if taxonomy.instrumental_principle(&p.id).is_none() {
                problems.push(format!("principle[{i}]: unknown principle `{}`", p.id));
            }
        }
        problems
    }
}

/// A finding before positions are resolved: a range in the normalized text.
#[derive(Debug, Clone)]
pub struct RawFinding {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// Replacement for `start..end` when safe.
    pub fix: Option<String>,
    /// Per-finding principle (missing-principle names one per finding).
    pub principle: Option<String>,
    pub extra_suggestion: Option<String>,
    pub explanation_prefix: Option<String>,
    /// Document-level: not tied to a place in the text.
    pub document_level: bool,
}

impl RawFinding {
    pub fn at(rule: usize, start: usize, end: usize, message: String) -> RawFinding {
        RawFinding {
            rule,
            start,
            end,
            message,
            fix: None,
            principle: None,
            extra_suggestion: None,
            explanation_prefix: None,
            document_level: false,
        }
    }
}

/// Everything a checker may look at.
pub struct Ctx<'a> {
    pub analysis: &'a Analysis<'a>,
    /// Hits per rule, per role (indexed by `Role as usize`).
    pub rule_hits: &'a [[Vec<Hit>; ROLES]],
    pub metrics: &'a Metrics,
    pub acronym_allow: &'a [String],
}

impl Ctx<'_> {
    /// Hits of rule `r` in `role`.
    pub fn hits(&self, r: usize, role: Role) -> impl Iterator<Item = &Hit> {
        self.rule_hits.get(r).map_or(&[][..], |roles| &roles[role as usize][..]).iter()
    }

    /// Per-sentence flag: does the sentence contain a hit of rule `r` in `role`?
    pub fn sentences_with(&self, r: usize, role: Role) -> Vec<bool> {
        let mut flags = vec![false; self.analysis.sentences.len()];
        for h in self.hits(r, role) {
            if let Some(t) = self.analysis.tokens.get(h.first) {
                flags[t.sentence] = true;
            }
        }
        flags
    }

    /// Normalized text of tokens `first..=last`.
    pub fn span_text(&self, first: usize, last: usize) -> &str {
        let t = &self.analysis.tokens;
        match (t.get(first), t.get(last)) {
            (Some(a), Some(b)) => self.analysis.doc.text.get(a.start..b.end).unwrap_or(""),
            _ => "",
        }
    }
}

/// Groups the lexicon's hits by rule and role, once per document.
pub fn group_hits(hits: &[Hit], rules: usize) -> Vec<[Vec<Hit>; ROLES]> {
    let mut out: Vec<[Vec<Hit>; ROLES]> = (0..rules).map(|_| Default::default()).collect();
    for h in hits {
        if let Owner::Rule(r, role) = h.owner {
            if let Some(slot) = out.get_mut(r) {
                slot[role as usize].push(*h);
            }
        }
    }
    out
}

/// Runs rule `r` described by `spec`.
pub fn run(spec: &RuleSpec, r: usize, ctx: &Ctx, out: &mut Vec<RawFinding>) {
    match spec.kind {
        RuleKind::Phrase => phrase::check(spec, r, ctx, out),
        RuleKind::Conditional => conditional::check(spec, r, ctx, out),
        RuleKind::Builtin => match spec.id.as_str() {
            "may-instead-of-must" => modal::check(spec, r, ctx, out),
            "passive-duty" => passive::check(spec, r, ctx, out),
            "undefined-acronym" => acronym::check(spec, r, ctx, out),
            "automated-decision-without-review" => automated::check(spec, r, ctx, out),
            "long-sentence" => metrics::long_sentences(spec, r, ctx, out),
            "hard-to-read" => metrics::hard_to_read(spec, r, ctx, out),
            // missing-principle is produced from the coverage report.
            _ => {}
        },
    }
}

/// Fills `{match}` in a message template.
pub fn fill(template: &str, matched: &str) -> String {
    template.replace("{match}", matched)
}

impl Ctx<'_> {
    /// The stems of the word list `params[name]` in the document's language,
    /// for exact token comparisons.
    pub fn param_stems(&self, spec: &RuleSpec, name: &str) -> Vec<String> {
        self.analysis.words.stems(spec.params.get(name).map_or(&[][..], |v| v))
    }

    /// Is token `t`, as written (case aside), one of `params[name]`? For
    /// function words (modals, auxiliaries), which stemming would conflate:
    /// «debe» and «debería».
    pub fn is_word_in(&self, t: usize, words: &[String]) -> bool {
        if words.is_empty() {
            return false;
        }
        let word = self.analysis.lower_word(t);
        words.iter().any(|x| x.eq_ignore_ascii_case(word))
    }

    /// The word list `params[name]`, lower-cased, for [`Ctx::is_word_in`].
    pub fn param_words(&self, spec: &RuleSpec, name: &str) -> Vec<String> {
        spec.params.get(name).map_or(Vec::new(), |v| v.iter().map(|w| super::case::lowercase(w)).collect())
    }

    /// Does one of the fixed expressions `params.idioms`, compared as
    /// written, cover token `t`? «se trata de» ("it is a matter of") is
    /// neither an attempt («tratará de») nor a task left without an owner.
    pub fn in_idiom(&self, spec: &RuleSpec, t: usize) -> bool {
        let Some(idioms) = spec.params.get("idioms") else { return false };
        let a = self.analysis;
        idioms.iter().any(|idiom| {
            let words: Vec<&str> = idiom.split_whitespace().collect();
            (0..words.len().min(t + 1)).any(|j| {
                let start = t - j;
                start + words.len() <= a.tokens.len()
                    && words.iter().enumerate().all(|(i, w)| a.tokens[start + i].sentence == a.tokens[t].sentence && a.lower_word(start + i) == *w)
            })
        })
    }

    /// Is token `t`'s stem one of `stems`?
    pub fn is_one_of(&self, t: usize, stems: &[String]) -> bool {
        let s = self.analysis.stem(t);
        stems.iter().any(|x| x == s)
    }

    /// Is token `t` one of the verbs `stems`, also as an infinitive with a
    /// pronoun attached («deberá auditarse», «deberían publicarse»)? The
    /// rule's params `enclitic` (the pronouns, «se») and `infinitive` (the
    /// endings left once one is removed: «ar», «er», «ir») say what to strip.
    pub fn is_verb_one_of(&self, t: usize, stems: &[String], spec: &RuleSpec) -> bool {
        self.is_one_of(t, stems) || self.is_enclitic_one_of(t, stems, spec)
    }

    /// Only the second half of [`Ctx::is_verb_one_of`]: an infinitive with
    /// a pronoun attached whose verb is one of `stems`.
    pub fn is_enclitic_one_of(&self, t: usize, stems: &[String], spec: &RuleSpec) -> bool {
        let (Some(enclitics), Some(endings)) = (spec.params.get("enclitic"), spec.params.get("infinitive")) else { return false };
        let word = self.analysis.lower_word(t);
        enclitics.iter().filter_map(|e| word.strip_suffix(e.as_str())).any(|base| {
            endings.iter().any(|end| base.ends_with(end.as_str())) && {
                let s = super::stem::stem(self.analysis.words.lang, base);
                stems.contains(&s)
            }
        })
    }
}
