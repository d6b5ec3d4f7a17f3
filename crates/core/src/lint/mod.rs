//! The policy linter: documents in, findings and principle coverage out.
//!
//! Pipeline: [`document`] turns the input into normalized text with a source
//! map; [`tokens`] splits sections, sentences and stemmed words; one
//! [`lexicon`] automaton finds every phrase of every rule; each rule in
//! [`rules`] turns matches into findings; [`coverage`] scores the principles;
//! inline [`directives`] and the configuration filter the result; positions
//! are resolved back to the original in one sweep ([`position`]).

pub mod case;
pub mod config;
pub mod coverage;
pub mod directives;
pub mod document;
pub mod export_md;
mod error;
pub mod lang;
pub mod lexicon;
pub mod position;
mod pull;
pub mod report;
pub mod rules;
pub mod stem;
pub mod tokens;

pub use config::{Config, Metrics};
pub use document::{Document, Format};
pub use error::LintError;
pub use report::{Finding, Fix, LintReport, PrincipleCoverage, SCHEMA};
pub use rules::{RulePack, RuleSpec, Severity};

use coverage::{PrincipleSpec, Status};
use directives::Suppressions;
use lang::{Detected, Detector, Lang, LangPack, LangWords};
use lexicon::{Lexicon, Owner, Role};
use position::{floor_char, Positions};
use report::{Stats, Summary};
use rules::{Ctx, RawFinding};
use std::sync::OnceLock;
use tokens::Analysis;

use crate::Taxonomy;

/// Options for one lint run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintOptions {
    /// None: sniff from the content.
    pub format: Option<Format>,
    /// "en", "fr", "es", or "auto" (or empty): the configuration's `lang`,
    /// else detected from the text.
    pub lang: String,
}

impl Default for LintOptions {
    fn default() -> LintOptions {
        LintOptions { format: None, lang: AUTO.into() }
    }
}

/// The language setting that asks for detection.
pub const AUTO: &str = "auto";

/// One language's compiled rules: the rule and principle definitions with
/// that language's matching data in place, and one automaton over them.
struct LangRules {
    words: LangWords,
    rules: Vec<RuleSpec>,
    principles: Vec<PrincipleSpec>,
    lexicon: Lexicon,
}

/// A compiled rule set: the built-in packs plus any user packs, with the
/// configuration applied, for every supported language.
pub struct Linter {
    rules: Vec<RuleSpec>,
    enabled: Vec<bool>,
    severity: Vec<Severity>,
    /// Compiled per language: at once for the languages whose data is
    /// here, on first use for data installed later.
    langs: [OnceLock<LangRules>; 3],
    /// The packs' principles and the configuration, for later compiles.
    principle_specs: Vec<PrincipleSpec>,
    config: Config,
    detect: Detector,
    /// The configuration's `lang`, used when a run asks for "auto".
    lang: String,
    metrics: Metrics,
    acronym_allow: Vec<String>,
}

/// Lints with the built-in rules and default settings.
pub fn lint(bytes: &[u8], options: &LintOptions) -> Result<LintReport, LintError> {
    Linter::builtin().lint(bytes, options)
}

/// The built-in packs, parsed.
pub fn builtin_packs() -> Vec<RulePack> {
    rules::BUILTIN_PACKS
        .iter()
        .map(|(name, json)| {
            let mut pack = RulePack::builtin(json).unwrap_or_else(|e| panic!("built-in pack {name} is checked by tests: {e}"));
            if pack.name.is_empty() {
                pack.name = (*name).to_string();
            }
            pack
        })
        .collect()
}

impl Linter {
    /// The built-in rule set with default configuration, compiled once.
    pub fn builtin() -> &'static Linter {
        static CELL: OnceLock<Linter> = OnceLock::new();
        CELL.get_or_init(|| Linter::new(&Config::default(), &[]).expect("built-in packs are checked by tests"))
    }

    /// Compiles the built-in packs plus `extra` packs under `config`.
    pub fn new(config: &Config, extra: &[RulePack]) -> Result<Linter, LintError> {
        let taxonomy = Taxonomy::builtin();
        let mut rules: Vec<RuleSpec> = Vec::new();
        let mut principles: Vec<PrincipleSpec> = Vec::new();
        let packs = builtin_packs();
        for pack in packs.iter().chain(extra) {
            let problems = pack.check(taxonomy);
            if !problems.is_empty() {
                return Err(LintError::Config(format!("rule pack `{}`: {}", pack.name, problems.join("; "))));
            }
            for r in &pack.rule {
                if rules.iter().any(|x| x.id == r.id) {
                    return Err(LintError::Config(format!("rule pack `{}`: rule id `{}` is already defined", pack.name, r.id)));
                }
                rules.push(r.clone());
            }
            principles.extend(pack.principle.iter().cloned());
        }
        // Config must name real rules and principles: a typo should not
        // silently leave a rule on.
        let known = |id: &String| rules.iter().any(|r| &r.id == id);
        let rc = &config.rules;
        for id in rc.select.iter().chain(&rc.disable).chain(rc.severity.keys()) {
            if !known(id) {
                return Err(LintError::Config(format!("unknown rule `{id}` (see `raikit rules`)")));
            }
        }
        for principle in config.vocabulary.keys() {
            if taxonomy.instrumental_principle(principle).is_none() {
                return Err(LintError::Config(format!("[vocabulary]: unknown principle `{principle}`")));
            }
            if !principles.iter().any(|p| &p.id == principle) {
                return Err(LintError::Config(format!("[vocabulary]: `{principle}` has no coverage entry")));
            }
        }
        if !(config.lang.is_empty() || config.lang == AUTO || Lang::from_code(&config.lang).is_some()) {
            return Err(LintError::Config(format!("lang = `{}`: use auto, en, fr or es", config.lang)));
        }
        let enabled = rules
            .iter()
            .map(|r| (rc.select.is_empty() || rc.select.contains(&r.id)) && !rc.disable.contains(&r.id))
            .collect();
        let severity = rules.iter().map(|r| rc.severity.get(&r.id).copied().unwrap_or(r.severity)).collect();
        let langs: [OnceLock<LangRules>; 3] = Default::default();
        for lang in Lang::ALL {
            if let Some(pack) = lang::pack(lang) {
                let _ = langs[lang.index()].set(LangRules::compile(lang, &pack, &rules, &principles, config)?);
            }
        }
        Ok(Linter {
            rules,
            enabled,
            severity,
            langs,
            principle_specs: principles,
            config: config.clone(),
            detect: Detector::new(&lang::builtin_detect()),
            lang: config.lang.clone(),
            metrics: config.metrics.clone(),
            acronym_allow: config.acronyms.allow.clone(),
        })
    }

    /// The language a run uses: the option, else the configuration, else
    /// what the text looks like. An unknown or unsupported language is an
    /// error, never a silent fallback to English rules.
    fn choose_lang(&self, requested: &str, text: &str) -> Result<(Lang, bool), LintError> {
        let requested = requested.trim();
        let setting = if requested.is_empty() || requested.eq_ignore_ascii_case(AUTO) { self.lang.trim() } else { requested };
        if !(setting.is_empty() || setting.eq_ignore_ascii_case(AUTO)) {
            return Lang::from_code(setting)
                .map(|l| (l, false))
                .ok_or_else(|| LintError::UnsupportedLanguage { lang: setting.to_string(), detected: false });
        }
        match lang::detect(text, &self.detect) {
            Detected::Supported(l) => Ok((l, true)),
            // Nothing to read: every language gives the same empty result.
            Detected::Empty => Ok((Lang::En, true)),
            Detected::Unsupported(code) => Err(LintError::UnsupportedLanguage { lang: code, detected: true }),
            Detected::Unknown => Err(LintError::UndetectedLanguage),
        }
    }

    /// Every rule, in pack order.
    pub fn rules(&self) -> &[RuleSpec] {
        &self.rules
    }

    /// The effective severity of a rule, after configuration.
    pub fn severity_of(&self, id: &str) -> Option<Severity> {
        self.rules.iter().position(|r| r.id == id).map(|i| self.severity[i])
    }

    /// Per-principle vocabulary in English (from coverage.toml and the configuration).
    pub fn principles(&self) -> &[PrincipleSpec] {
        &self.english().principles
    }

    /// English is always embedded, so it was compiled by [`Linter::new`].
    fn english(&self) -> &LangRules {
        self.langs[Lang::En.index()].get().expect("English word data is embedded and compiled in Linter::new")
    }

    /// `lang`'s compiled rules, compiling them now if its data was installed
    /// after this linter was built.
    fn compiled(&self, lang: Lang) -> Result<&LangRules, LintError> {
        let cell = &self.langs[lang.index()];
        if let Some(compiled) = cell.get() {
            return Ok(compiled);
        }
        let pack = lang::pack(lang).ok_or(LintError::LanguageNotLoaded(lang.code()))?;
        let compiled = LangRules::compile(lang, &pack, &self.rules, &self.principle_specs, &self.config)?;
        Ok(cell.get_or_init(|| compiled))
    }

    /// Every rule with the matching data of `lang` in place.
    pub fn rules_in(&self, lang: Lang) -> Result<&[RuleSpec], LintError> {
        Ok(&self.compiled(lang)?.rules)
    }

    /// Parses and lints `bytes`.
    pub fn lint(&self, bytes: &[u8], options: &LintOptions) -> Result<LintReport, LintError> {
        let format = options.format.unwrap_or_else(|| Format::sniff(bytes));
        let doc = Document::parse(bytes, format)?;
        let (lang, detected) = self.choose_lang(&options.lang, &doc.text)?;
        let mut report = self.lint_document_in(&doc, lang)?;
        report.lang_source = Some(if detected { "detected" } else { "set" }.to_string());
        Ok(report)
    }

    /// Lints an already parsed English document.
    pub fn lint_document(&self, doc: &Document) -> LintReport {
        self.lint_document_english(doc)
    }

    fn lint_document_english(&self, doc: &Document) -> LintReport {
        self.lint_with(doc, Lang::En, self.english())
    }

    /// Lints an already parsed document with the rules of `lang`.
    pub fn lint_document_in(&self, doc: &Document, lang: Lang) -> Result<LintReport, LintError> {
        Ok(self.lint_with(doc, lang, self.compiled(lang)?))
    }

    fn lint_with(&self, doc: &Document, lang: Lang, l: &LangRules) -> LintReport {
        let analysis = Analysis::new(doc, &l.words);
        let hits = l.lexicon.scan(&analysis);
        let rule_hits = rules::group_hits(&hits, l.rules.len());
        let ctx = Ctx { analysis: &analysis, rule_hits: &rule_hits, metrics: &self.metrics, acronym_allow: &self.acronym_allow };
        let mut raw = Vec::new();
        for (i, rule) in l.rules.iter().enumerate() {
            if self.enabled[i] {
                rules::run(rule, i, &ctx, &mut raw);
            }
        }
        let mut weak_wording = vec![false; analysis.sentences.len()];
        for f in raw.iter().filter(|f| l.rules[f.rule].has_mark("weak-wording")) {
            let s = analysis.sentences.partition_point(|s| s.end <= f.start);
            if let Some(w) = weak_wording.get_mut(s) {
                *w = true;
            }
        }
        let coverage = coverage::compute(&analysis, &hits, &l.principles, &weak_wording);
        let covered = |id: &str| coverage.iter().any(|c| c.status == Status::Covered && l.principles[c.principle].id == id);
        raw.retain(|f| l.rules[f.rule].satisfied_by.as_deref().is_none_or(|p| !covered(p)));
        self.missing_principles(&l.principles, &coverage, &mut raw);
        let suppressions = Suppressions::scan(&doc.original, doc.format);
        let mut report = self.resolve(doc, &analysis, &l.principles, raw, coverage, &suppressions);
        report.lang = lang.code().to_string();
        report
    }

    fn missing_principles(&self, principles: &[PrincipleSpec], coverage: &[coverage::RawCoverage], raw: &mut Vec<RawFinding>) {
        let Some(r) = self.rules.iter().position(|r| r.id == "missing-principle") else { return };
        if !self.enabled[r] {
            return;
        }
        let taxonomy = Taxonomy::builtin();
        for c in coverage.iter().filter(|c| c.status == Status::Missing) {
            let spec = &principles[c.principle];
            let name = taxonomy.instrumental_principle(&spec.id).map_or(spec.id.as_str(), |p| p.name.as_str());
            let mut f = RawFinding::at(r, 0, 0, rules::fill(&self.rules[r].message, &case::lowercase(name)));
            f.principle = Some(spec.id.clone());
            f.explanation_prefix = Some(spec.should_say.clone());
            f.extra_suggestion = Some(format!("For example: \u{201c}{}\u{201d}", spec.example));
            f.document_level = true;
            raw.push(f);
        }
    }

    fn resolve(
        &self,
        doc: &Document,
        analysis: &Analysis,
        principles: &[PrincipleSpec],
        raw: Vec<RawFinding>,
        coverage: Vec<coverage::RawCoverage>,
        suppressions: &Suppressions,
    ) -> LintReport {
        let orig = &doc.original;
        let to_orig = |s: usize, e: usize| {
            let os = floor_char(orig, doc.map.start(s));
            let oe = floor_char(orig, doc.map.end(e)).max(os);
            (os, oe)
        };
        let mut kept: Vec<(RawFinding, usize, usize)> = Vec::new();
        // Principles a reported gap keeps below covered (`caps`).
        let mut capped: Vec<&str> = Vec::new();
        for f in raw {
            let id = &self.rules[f.rule].id;
            let (os, oe) = if f.document_level { (0, 0) } else { to_orig(f.start, f.end) };
            let suppressed = if f.document_level { suppressions.names(id) } else { suppressions.suppresses(id, os) };
            // Advice sections ("Good practice") keep rules marked
            // quiet-in-advice quiet; background and definitions (sections,
            // or a sentence that defines a quoted term) and recitals, those
            // marked quiet-in-context.
            let section = if f.document_level { None } else { analysis.section_at(f.start) };
            let rule = &self.rules[f.rule];
            let context = section.is_some_and(|s| s.context) || (!f.document_level && analysis.describes_at(f.start));
            // A heading ("Testing—When required") names a subject; it sets
            // no duty that its wording could weaken.
            let heading = !f.document_level && rule.has_mark("weak-wording") && analysis.heading_at(f.start);
            let quiet = heading || section.is_some_and(|s| s.advisory && rule.has_mark("quiet-in-advice")) || (context && rule.has_mark("quiet-in-context"));
            if !suppressed && !quiet {
                if let Some(p) = rule.caps.as_deref().filter(|p| !capped.contains(p)) {
                    capped.push(p);
                }
                kept.push((f, os, oe));
            }
        }
        let evidence: Vec<Vec<(usize, usize)>> =
            coverage.iter().map(|c| c.evidence.iter().map(|&(s, e)| to_orig(s, e)).collect()).collect();
        let mut offsets: Vec<usize> = kept.iter().flat_map(|(_, s, e)| [*s, *e]).collect();
        offsets.extend(evidence.iter().flatten().flat_map(|&(s, e)| [s, e]));
        let positions = Positions::resolve(orig, offsets);
        let taxonomy = Taxonomy::builtin();
        let mut findings: Vec<Finding> = kept
            .into_iter()
            .map(|(f, os, oe)| {
                let spec = &self.rules[f.rule];
                let range = positions.range(orig, os, oe);
                // A fix is safe only where the normalized text is the original,
                // byte for byte (never across an entity or in a docx).
                let fix = f.fix.filter(|_| doc.format != Format::Docx && doc.map.is_verbatim(f.start, f.end)).map(|replacement| Fix { range, replacement });
                let mut suggestions: Vec<String> = spec.suggestion.iter().cloned().collect();
                suggestions.extend(f.extra_suggestion);
                let explanation = match f.explanation_prefix {
                    Some(prefix) => format!("{prefix} {}", spec.explanation.trim()),
                    None => spec.explanation.trim().to_string(),
                };
                Finding {
                    rule: spec.id.clone(),
                    principle: f.principle.or_else(|| spec.principle.clone()),
                    severity: self.severity[f.rule],
                    message: f.message,
                    explanation,
                    range,
                    suggestions,
                    fix,
                }
            })
            .collect();
        crate::sort::sort_by(&mut findings, |a, b| (a.range.byte.start, a.range.byte.end, &a.rule).cmp(&(b.range.byte.start, b.range.byte.end, &b.rule)));
        let coverage: Vec<PrincipleCoverage> = coverage
            .iter()
            .zip(evidence)
            .map(|(c, ev)| {
                let id = principles[c.principle].id.clone();
                let name = taxonomy.instrumental_principle(&id).map_or_else(|| id.clone(), |p| p.name.clone());
                let status = if c.status == Status::Covered && capped.contains(&id.as_str()) { Status::Partial } else { c.status };
                PrincipleCoverage {
                    principle: id,
                    name,
                    status,
                    score: c.score,
                    evidence: ev.into_iter().map(|(s, e)| positions.range(orig, s, e)).collect(),
                }
            })
            .collect();
        let mut summary = Summary::default();
        for f in &findings {
            match f.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => summary.infos += 1,
            }
        }
        for c in &coverage {
            match c.status {
                Status::Covered => summary.covered += 1,
                Status::Partial => summary.partial += 1,
                Status::Missing => summary.missing += 1,
            }
        }
        LintReport {
            schema: SCHEMA.to_string(),
            format: doc.format.name().to_string(),
            lang: Lang::En.code().to_string(),
            lang_source: None,
            extracted_text: (doc.format == Format::Docx).then(|| doc.original.clone()),
            stats: Stats { words: analysis.word_count(), sentences: analysis.sentences.len(), sections: analysis.sections.len() },
            summary,
            findings,
            coverage,
        }
    }
}

impl LangRules {
    /// The rules and principles of every pack with `lang`'s matching data in
    /// place of the English lists, plus the configuration's vocabulary.
    fn compile(lang: Lang, pack: &LangPack, rules: &[RuleSpec], principles: &[PrincipleSpec], config: &Config) -> Result<LangRules, LintError> {
        let words = LangWords::new(lang, pack);
        let rules: Vec<RuleSpec> = rules
            .iter()
            .map(|r| match pack.rule.get(&r.id) {
                Some(w) => RuleSpec {
                    patterns: w.patterns.clone(),
                    unless: w.unless.clone(),
                    within: w.within.clone(),
                    when: w.when.clone(),
                    when_anywhere: w.when_anywhere.clone(),
                    exclude: w.exclude.clone(),
                    require: w.require.clone(),
                    fix: w.fix.clone(),
                    params: w.params.clone(),
                    examples: w.examples.clone(),
                    ..r.clone()
                },
                None => r.clone(),
            })
            .collect();
        let mut principles: Vec<PrincipleSpec> = principles
            .iter()
            .map(|p| match pack.principle.get(&p.id) {
                Some(w) => PrincipleSpec {
                    terms: w.terms.clone(),
                    limits: w.limits.clone(),
                    pairs: w.pairs.clone(),
                    concepts: w.concepts.clone(),
                    exclude: w.exclude.clone(),
                    unless: w.unless.clone(),
                    naming: w.naming.clone(),
                    facets: w.facets.clone(),
                    ..p.clone()
                },
                None => p.clone(),
            })
            .collect();
        // An agency's own names ("Ethics Board") count in every language.
        for (principle, terms) in &config.vocabulary {
            if let Some(p) = principles.iter_mut().find(|p| &p.id == principle) {
                p.terms.extend(terms.iter().cloned());
            }
        }
        let mut phrases: Vec<(String, Owner)> = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            for (list, role) in [(&r.patterns, Role::Pattern), (&r.unless, Role::Unless), (&r.within, Role::Within), (&r.when, Role::When), (&r.when_anywhere, Role::WhenAnywhere), (&r.require, Role::Require), (&r.exclude, Role::Exclude)] {
                phrases.extend(list.iter().map(|p| (p.clone(), Owner::Rule(i, role))));
            }
        }
        for (p, spec) in principles.iter().enumerate() {
            phrases.extend(spec.terms.iter().map(|t| match t.strip_prefix('^') {
                Some(word) => (word.to_string(), Owner::Heading(p)),
                None => (t.clone(), Owner::Term(p)),
            }));
            phrases.extend(spec.limits.iter().map(|t| (t.clone(), Owner::Limit(p))));
            phrases.extend(spec.exclude.iter().map(|t| (t.clone(), Owner::Exclude(p))));
            phrases.extend(spec.unless.iter().map(|t| (t.clone(), Owner::Unless(p))));
            phrases.extend(spec.naming.iter().map(|t| (t.clone(), Owner::Naming(p))));
            for (i, facet) in (0u8..).zip(&spec.facets) {
                phrases.extend(facet.split('|').map(|w| (w.trim().to_string(), Owner::Facet(p, i))));
            }
            // A side may list alternatives, "officer|analyst": a word class
            // ("someone who reviews") rather than one word.
            for (i, [x, y]) in spec.pairs.iter().enumerate() {
                phrases.extend(x.split('|').map(|w| (w.trim().to_string(), Owner::PairWord(p, i, 0))));
                phrases.extend(y.split('|').map(|w| (w.trim().to_string(), Owner::PairWord(p, i, 1))));
            }
            for (i, classes) in spec.concepts.iter().enumerate() {
                coverage::check_concept(classes, &words).map_err(|e| LintError::Config(format!("{} ({}): concept {}: {e}", spec.id, lang.code(), i + 1)))?;
                for (class, words) in (0u8..).zip(classes) {
                    let words = words.strip_prefix('!').unwrap_or(words);
                    phrases.extend(words.split('|').map(|w| (w.trim().to_string(), Owner::ConceptWord(p, i, class))));
                }
            }
        }
        let lexicon = Lexicon::build(phrases, &words).map_err(LintError::Config)?;
        Ok(LangRules { words, rules, principles, lexicon })
    }
}

/// Applies a finding's fix to `text` (the original the finding came from).
pub fn apply_fix(text: &str, finding: &Finding) -> Result<String, LintError> {
    let fix = finding.fix.as_ref().ok_or_else(|| LintError::Fix(format!("finding `{}` has no fix", finding.rule)))?;
    let (s, e) = (fix.range.byte.start, fix.range.byte.end);
    if s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return Err(LintError::Fix(format!("range {s}..{e} does not fit this text; was it edited since linting?")));
    }
    let mut out = String::with_capacity(text.len() + fix.replacement.len());
    out.push_str(&text[..s]);
    out.push_str(&fix.replacement);
    out.push_str(&text[e..]);
    Ok(out)
}

#[cfg(test)]
mod tests;
