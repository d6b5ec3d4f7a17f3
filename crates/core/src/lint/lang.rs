//! The languages the linter reads, how a document's language is told from
//! its function words, and each language's word data
//! (`content/rules/lang/<code>.toml`): negation cues, clause words, words of
//! commitment, and per-rule and per-principle matching data. A rule's
//! message, severity and explanation stay in its one definition; only the
//! words it matches differ by language.

use super::rules::Examples;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// "fr", "FR", "fr-CA" and "es_ES" all name a supported language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let base = code.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == base)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// What the detector concluded about a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detected {
    /// A language the linter reads.
    Supported(Lang),
    /// A language it recognises but has no rules for (code, e.g. "de").
    Unsupported(String),
    /// No words at all: nothing to lint, so any rule set gives the same result.
    Empty,
    /// Too few or too mixed function words to tell.
    Unknown,
}

/// Function words per language code, from `lang/detect.toml`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectData {
    pub stopwords: BTreeMap<String, Vec<String>>,
}

/// [`DetectData`] as one lookup table (word → the languages it marks, by
/// index into `codes`), built once per linter: one hash lookup per word.
#[derive(Debug, Clone)]
pub struct Detector {
    codes: Vec<String>,
    words: FnvMap<String, Vec<usize>>,
}

impl Detector {
    pub fn new(data: &DetectData) -> Detector {
        let mut words: FnvMap<String, Vec<usize>> = FnvMap::default();
        for (i, list) in data.stopwords.values().enumerate() {
            for w in list {
                words.entry(super::case::lowercase(w)).or_default().push(i);
            }
        }
        Detector { codes: data.stopwords.keys().cloned().collect(), words }
    }
}

/// Words read when detecting: enough for a verdict, bounded for a 5 MB paste.
const DETECT_WORDS: usize = 2000;
/// The winner needs this many function words and this lead over the runner-up.
const DETECT_MIN_HITS: usize = 2;
const DETECT_LEAD: f64 = 1.5;

/// Tells a text's language by counting each language's function words among
/// its first words. Arabic is recognised by its script.
pub fn detect(text: &str, detector: &Detector) -> Detected {
    let mut counts = vec![0usize; detector.codes.len()];
    let (mut words, mut arabic) = (0usize, 0usize);
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(DETECT_WORDS) {
        words += 1;
        if word.chars().next().is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            arabic += 1;
            continue;
        }
        lower.clear();
        lower.extend(word.chars().map(super::case::lower));
        for &i in detector.words.get(lower.as_str()).into_iter().flatten() {
            counts[i] += 1;
        }
    }
    if words == 0 {
        return Detected::Empty;
    }
    if arabic * 2 > words {
        return Detected::Unsupported("ar".into());
    }
    let mut order: Vec<usize> = (0..counts.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| std::cmp::Reverse(counts[i]));
    let (Some(&best), second) = (order.first(), order.get(1).map_or(0, |&i| counts[i])) else { return Detected::Unknown };
    if counts[best] < DETECT_MIN_HITS || (counts[best] as f64) < DETECT_LEAD * second as f64 {
        return Detected::Unknown;
    }
    let code = detector.codes[best].as_str();
    match Lang::from_code(code) {
        Some(lang) => Detected::Supported(lang),
        None => Detected::Unsupported(code.to_string()),
    }
}

/// One language's data file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangPack {
    pub lang: String,
    /// Negation cues: "not", « sans », «sin».
    pub negations: Vec<String>,
    /// A particle and a partner in one clause are one negation, not two:
    /// « ne … pas », « ne … aucun », «no … ningún». A partner that is not
    /// itself in `negations` (« pas », « personne ») negates only with its
    /// particle.
    #[serde(default)]
    pub negation_particles: Vec<String>,
    #[serde(default)]
    pub negation_partners: Vec<String>,
    /// After a particle, these turn the negation into a restriction:
    /// « ne … que » means "only".
    #[serde(default)]
    pub negation_cancel: Vec<String>,
    /// Two-word idioms whose cue does not negate: "without delay",
    /// « sans suite » (« classer sans suite » closes a case).
    #[serde(default)]
    pub negation_idioms: Vec<String>,
    /// "without", « sans », «sin»: a negation that a negation before it
    /// cancels ("no decision is made without review" requires review),
    /// and that absorbs a partner after it (« sans aucun contrôle », «sin
    /// que ningún agente»: one negation). Each is also in `negations`.
    /// A two-word entry ("with no") makes its cue a preposition after the
    /// first word: "footage with no evidential value is wiped" is wiped.
    #[serde(default)]
    pub negation_prepositions: Vec<String>,
    /// "not" set after a noun ("people not on the watchlist are deleted"):
    /// a reduced relative clause. Such a negation, with no finite verb
    /// before it and words of its own phrase before the next finite verb,
    /// describes the noun and does not negate the verb that follows.
    /// English only: Spanish «no» also stands before its verb with a word
    /// between («no siempre se borran»), and French negates with a pair.
    #[serde(default)]
    pub describing_negations: Vec<String>,
    /// "that", « qui », «que»: a relative clause under a negation. Without
    /// one, the nearest plain negation decides ("keeps no record and is not
    /// audited": audit is negated); with one, an earlier negation still
    /// counts ("no action on an alert that has not been confirmed").
    #[serde(default)]
    pub relative_words: Vec<String>,
    /// "until", « tant », «hasta»: after a negation they make it
    /// a gate ("no new version goes live until the board approves it"), a
    /// restriction that addresses the topic rather than denying it. Coverage
    /// only; red flags and conditionals still read the plain negation.
    #[serde(default)]
    pub gate_words: Vec<String>,
    /// Finite verbs and auxiliaries ("are", « sont », «se»): a negating
    /// preposition governs a noun phrase, so one of these between it and a
    /// word ends its reach ("images without incidents are deleted"), unless
    /// a relative opens a clause after it («sin que se revise»).
    #[serde(default)]
    pub finite_words: Vec<String>,
    /// "prohibited", « interdit », «prohibido»: a sentence that forbids
    /// acting "without human review" requires the review, so a lone
    /// negating preposition in it does not negate (coverage).
    #[serde(default)]
    pub prohibitions: Vec<String>,
    /// Bodies ("Council", «Comisión», « Défenseur »): in a proper name they
    /// still count for coverage, since naming the body that oversees or
    /// hears a complaint is the point; so do reviewing roles ("Analyst" in
    /// "Facial Comparison Analyst": the person who checks a match). The
    /// other words of a name do not («Ley de Seguridad Pública» says
    /// nothing about publishing).
    #[serde(default)]
    pub bodies: Vec<String>,
    /// "or", « ou », «o»: a clause after a comma that holds one of these
    /// continues a list, and a negation before the comma reaches into it
    /// ("shall not ingest arrest data, stop-and-search records or …").
    #[serde(default)]
    pub list_words: Vec<String>,
    /// Words that open a new clause (negation does not reach past them).
    pub clause_words: Vec<String>,
    /// Committed language: a signal in such a sentence counts double.
    pub committed: Vec<String>,
    /// Words about a document's parts, one list per key of
    /// [`DOCUMENT_WORDS`]. One map rather than four fields keeps the wasm's
    /// reader small.
    #[serde(default)]
    pub document: BTreeMap<String, Vec<String>>,
    /// English keeps "n't" and "'s" inside words; French elisions
    /// (« l'agent », « n'est ») are split into two words.
    #[serde(default)]
    pub keep_apostrophes: bool,
    /// Matching data per rule id, replacing the rule's own (English) lists.
    #[serde(default)]
    pub rule: BTreeMap<String, RuleWords>,
    /// Matching data per instrumental principle id.
    #[serde(default)]
    pub principle: BTreeMap<String, PrincipleWords>,
}

/// The keys of [`LangPack::document`]:
/// - `recommending`: words of advice ("should", « devrait », «debería»); a
///   sentence holding one only advises (see [`super::coverage`]);
/// - `context_headings`: words of headings over background, not provisions
///   ("Foreword", « Préambule », «Definiciones»);
/// - `advisory_headings`: words of headings over advice ("Good practice",
///   «Recomendaciones»); a heading matches when its text holds one, and its
///   subsections inherit the mark (see [`super::tokens`]);
/// - `enacting`: an enacting formula ("NOW, THEREFORE, THE BOARD HEREBY
///   RESOLVES AS FOLLOWS:"); a sentence that holds one and closes with a
///   colon only introduces the provisions, so it counts like a recital.
/// - `recital_openers`: first words of a recital ("Whereas", "The Council
///   finds", « Considérant », «Que»): the reasons for a text, not its
///   provisions.
/// - `preamble_openers`: first words of a treaty's or a resolution's
///   preamble paragraph ("Recognising that …;", "Concerned about …;",
///   « Conscients de … ; »): a recital only when the paragraph ends in a
///   semicolon or a comma, as preamble paragraphs do, so "Recognising the
///   risk, officers must verify every match." still provides.
/// - `values`: words of a statement of values ("respect", "uphold", « respect »,
///   «respetando»): a one-word principle term in such a sentence names a value
///   and weighs like a heading (see [`super::coverage`]).
/// - `number_words` and `time_units`: a period written in words ("thirty
///   days", « un mois », «seis meses») is a figure, like "30 days".
/// - `elaborating`: openings of a sentence that spells out the one before
///   ("This may involve …", « Cela peut … », «Por ejemplo …»): after advice,
///   it advises too.
/// - `out_of_scope`: phrases that put what follows outside the text's scope
///   ("This policy does not apply to facial recognition", « ne s'applique
///   pas aux »): such a sentence provides nothing and raises no topic.
/// - `defining`: the verb of a definition next to a quoted term ("“Surveillance
///   data” means …", « on entend par « traitement » »): such a sentence
///   describes, like a definitions section.
/// - `instructions`, `instruction_verbs` and `determiners`: an instruction
///   binds like "must" ("Do not enter personal data", « Ne pas saisir … »,
///   "Review all output …"): a sentence that opens with one of
///   `instructions`, or with one of `instruction_verbs` and then a
///   determiner.
/// - `refraining`: the verbs of an instruction to refrain ("Avoid entering
///   personal information …", « Évitez de saisir … », «Evite introducir …»):
///   a sentence that opens with one forbids, like "Do not enter …".
/// - `interrogatives`: the openings of a question ("what", "how many",
///   "is"; « est-ce que »; «cuántos»): a sentence that opens with one, then
///   a finite word, asks even without its question mark (see
///   [`super::tokens::Analysis::is_question`]).
/// - `restrictions`: a permission limited by "only", or a negated one ("may
///   not", « ne peuvent », «no podrán»), binds like "must"
///   ("may only be used for …", « ne peut être utilisé que … », «solo
///   podrá …»).
/// - `physical`: nouns of things ("bags", "roof", "fence", « haie »,
///   «valla»): a one-word principle term that describes one ("transparent
///   bags", "a robust slate roof", "privacy hedge") is a look-alike.
/// - `examples` and `conjunctions`: a topic named as one item of a list of
///   three or more examples ("AI tools such as chatbots, facial recognition
///   and translation", « notamment », «tales como») is an example of a
///   category, not a use the text sets; the conjunctions ("and", « et »,
///   «y») join the list's last items.
/// - `record_labels`: the fields of a memorandum's header ("TO:", "FROM:",
///   "RE:", « Objet : », «Asunto:»): a line that opens with one records who
///   wrote to whom about what; it provides nothing, and the label is no
///   acronym.
/// - `uncommitted`: phrases that hold a word of `committed` but bind
///   no one (« le numérique s'impose dans les services »: it takes hold;
///   "below you will find the forms": a signpost to the reader).
/// - `contents`: words that open a list of the topics a document covers
///   ("includes", "contains", "the following", « comprend », «incluye»): a
///   principle term that is one item of such a list of five or more names
///   the topic and weighs like a heading (see [`super::tokens`]).
impl LangPack {
    /// The word list stored under `key`, for the pull reader (every field
    /// but `lang`, `document`, `keep_apostrophes`, `rule` and `principle`).
    pub(super) fn list_mut(&mut self, key: &str) -> Option<&mut Vec<String>> {
        Some(match key {
            "negations" => &mut self.negations,
            "negation_particles" => &mut self.negation_particles,
            "negation_partners" => &mut self.negation_partners,
            "negation_cancel" => &mut self.negation_cancel,
            "negation_idioms" => &mut self.negation_idioms,
            "negation_prepositions" => &mut self.negation_prepositions,
            "describing_negations" => &mut self.describing_negations,
            "relative_words" => &mut self.relative_words,
            "gate_words" => &mut self.gate_words,
            "finite_words" => &mut self.finite_words,
            "prohibitions" => &mut self.prohibitions,
            "bodies" => &mut self.bodies,
            "list_words" => &mut self.list_words,
            "clause_words" => &mut self.clause_words,
            "committed" => &mut self.committed,
            _ => return None,
        })
    }
}

pub const DOCUMENT_WORDS: [&str; 24] = ["record_labels", "uncommitted", "physical", "examples", "conjunctions", "contents", "restrictions", "recommending", "context_headings", "advisory_headings", "recital_openers", "preamble_openers", "enacting", "values", "number_words", "time_units", "out_of_scope", "elaborating", "defining", "instructions", "instruction_verbs", "determiners", "refraining", "interrogatives"];

/// A rule's language-specific matching data: the fields of
/// [`super::RuleSpec`] that hold words, with the same meaning. Any list
/// given replaces the rule's own; what is not given is empty in this
/// language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleWords {
    pub patterns: Vec<String>,
    pub unless: Vec<String>,
    pub within: Vec<String>,
    pub when: Vec<String>,
    pub when_anywhere: Vec<String>,
    pub exclude: Vec<String>,
    pub require: Vec<String>,
    pub fix: Option<String>,
    pub params: BTreeMap<String, Vec<String>>,
    pub examples: Examples,
}

/// A principle's terms, pairs, concepts and look-alikes in one language (the fields of
/// [`super::coverage::PrincipleSpec`] that hold words).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PrincipleWords {
    pub terms: Vec<String>,
    pub limits: Vec<String>,
    pub pairs: Vec<[String; 2]>,
    pub concepts: Vec<Vec<String>>,
    pub exclude: Vec<String>,
    pub unless: Vec<String>,
    pub naming: Vec<String>,
    pub facets: Vec<String>,
}

/// A built-in language file, embedded as JSON by build.rs. English always is;
/// French and Spanish only with the `embed-lint-languages` feature. The
/// policy checker's bundle leaves them out and fetches the one a text needs
/// ([`install`]).
pub(super) fn embedded(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => Some(include_str!(concat!(env!("OUT_DIR"), "/rules/lang/en.json"))),
        #[cfg(feature = "embed-lint-languages")]
        Lang::Fr => Some(include_str!(concat!(env!("OUT_DIR"), "/rules/lang/fr.json"))),
        #[cfg(feature = "embed-lint-languages")]
        Lang::Es => Some(include_str!(concat!(env!("OUT_DIR"), "/rules/lang/es.json"))),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}
pub(super) const DETECT: &str = include_str!(concat!(env!("OUT_DIR"), "/rules/lang/detect.json"));

/// Language files installed at run time, one per language.
static INSTALLED: [OnceLock<LangPack>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The data file of `lang`: embedded, or installed; None if neither.
pub fn pack(lang: Lang) -> Option<LangPack> {
    match embedded(lang) {
        Some(json) => Some(crate::json::pull(json).unwrap_or_else(|e| panic!("built-in language file {} is checked by tests: {e}", lang.code()))),
        None => INSTALLED[lang.index()].get().cloned(),
    }
}

/// Installs `lang`'s data file (the JSON form of `content/rules/lang/<lang>.toml`)
/// in a build that does not embed it. Installing twice keeps the first.
pub fn install(lang: Lang, json: &str) -> Result<(), String> {
    let pack: LangPack = crate::json::pull(json).map_err(|e| format!("{} word data: {e}", lang.code()))?;
    let _ = INSTALLED[lang.index()].set(pack);
    Ok(())
}

pub fn builtin_detect() -> DetectData {
    crate::json::pull(DETECT).unwrap_or_else(|e| panic!("built-in detect.toml is checked by tests: {e}"))
}

/// A language's word lists, ready for the tokenizer: function words
/// lower-cased (stemming them would only make them collide: «sino» and
/// «sin»), words of commitment as stems ("ensures", "ensure").
#[derive(Debug, Clone)]
pub struct LangWords {
    pub lang: Lang,
    pub keep_apostrophes: bool,
    /// Each function word's roles, as [`Role`] bits: one lookup per token.
    pub function: FnvMap<String, u16>,
    pub idioms: HashSet<(String, String)>,
    /// Two-word negating prepositions ("with no"): the cue, after the first
    /// word, governs a noun phrase like "without".
    pub preposition_pairs: HashSet<(String, String)>,
    /// The `describing_negations`, lower-cased.
    pub describing_negations: Vec<String>,
    pub committed: HashSet<String>,
    /// The `uncommitted` phrases, as lower-cased words.
    pub uncommitted: Vec<Vec<String>>,
    pub recommending: Vec<String>,
    pub context_headings: Vec<String>,
    /// The `record_labels`, lower-cased.
    pub record_labels: Vec<String>,
    pub advisory_headings: Vec<String>,
    /// The `recital_openers`, as lower-cased words.
    pub recital_openers: Vec<Vec<String>>,
    /// The `preamble_openers`, as lower-cased words.
    pub preamble_openers: Vec<Vec<String>>,
    /// The `enacting` formulas, as lower-cased words.
    pub enacting: Vec<Vec<String>>,
    /// The `out_of_scope` phrases, as lower-cased words.
    pub out_of_scope: Vec<Vec<String>>,
    /// The `elaborating` openings, as lower-cased words.
    pub elaborating: Vec<Vec<String>>,
    /// The `defining` verbs, as lower-cased words.
    pub defining: Vec<Vec<String>>,
    /// The `instructions` openings, as lower-cased words.
    pub instructions: Vec<Vec<String>>,
    /// `instruction_verbs` and `determiners`, lower-cased.
    pub instruction_verbs: Vec<String>,
    pub determiners: Vec<String>,
    /// `refraining`, lower-cased.
    pub refraining: Vec<String>,
    /// The `interrogatives`, as lower-cased words.
    pub interrogatives: Vec<Vec<String>>,
    /// Stems of the `physical` nouns.
    pub physical: FnvSet<String>,
    /// The `examples` cues, as lower-cased words, and `conjunctions`.
    pub examples: Vec<Vec<String>>,
    pub conjunctions: Vec<String>,
    /// The `restrictions` phrases, as lower-cased words.
    pub restrictions: Vec<Vec<String>>,
    /// The distinct first words of `restrictions`: most words of a sentence
    /// are ruled out by these few comparisons.
    pub restriction_starts: Vec<String>,
    /// Stems of the `values` words of [`LangPack::document`].
    pub values: FnvSet<String>,
    /// Stems of `number_words` and of `time_units`.
    pub number_words: FnvSet<String>,
    pub time_units: FnvSet<String>,
    /// Stems of [`LangPack::bodies`].
    pub bodies: HashSet<String>,
}

/// One list of [`LangPack::document`], lower-cased.
fn lowered(pack: &LangPack, key: &str) -> Vec<String> {
    pack.document.get(key).map_or_else(Vec::new, |words| words.iter().map(|w| super::case::lowercase(w)).collect())
}

/// The phrases of [`LangPack::document`] under `key`, as lower-cased words
/// split as the tokenizer splits them: an elision is a word boundary
/// (« s'applique ») unless the language keeps apostrophes ("doesn't").
fn phrases(pack: &LangPack, key: &str) -> Vec<Vec<String>> {
    let apostrophe = |c: char| !pack.keep_apostrophes && (c == '\'' || c == '\u{2019}');
    lowered(pack, key).iter().map(|p| p.split(|c: char| c == ' ' || apostrophe(c)).filter(|w| !w.is_empty()).map(str::to_string).collect::<Vec<_>>()).filter(|p| !p.is_empty()).collect()
}

/// The distinct first words of `phrases`.
fn starts(phrases: &[Vec<String>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for first in phrases.iter().filter_map(|p| p.first()) {
        if !out.contains(first) {
            out.push(first.clone());
        }
    }
    out
}

/// The stems of the `[document]` words under `key`.
fn stemmed(lang: Lang, pack: &LangPack, key: &str) -> FnvSet<String> {
    pack.document.get(key).into_iter().flatten().map(|w| super::stem::stem(lang, w)).collect()
}

/// FNV-1a: the function-word and detection tables and the coverage maps are
/// looked up once per word or hit, with short keys, and no key is chosen by
/// an attacker in a way that matters (a slow lint of one's own text), so a
/// simple hash beats SipHash here.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
pub type FnvSet<K> = HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// Roles of a function word in [`LangWords::function`].
pub struct Role;

impl Role {
    pub const NEGATION: u16 = 1;
    pub const PARTICLE: u16 = 2;
    pub const PARTNER: u16 = 4;
    pub const CANCEL: u16 = 8;
    pub const CLAUSE: u16 = 16;
    pub const LIST: u16 = 32;
    pub const PREPOSITION: u16 = 64;
    pub const RELATIVE: u16 = 128;
    pub const GATE: u16 = 256;
    pub const FINITE: u16 = 512;
    /// The first word of an `out_of_scope` phrase.
    pub const SCOPE: u16 = 1024;
    pub const PROHIBITION: u16 = 2048;
    /// A `contents` cue that may open a list of topics ("includes", « comprend »).
    pub const CONTENTS: u16 = 4096;
}

impl LangWords {
    pub fn new(lang: Lang, pack: &LangPack) -> LangWords {
        let mut function: FnvMap<String, u16> = FnvMap::default();
        for (list, role) in [
            (&pack.negations, Role::NEGATION),
            (&pack.negation_particles, Role::PARTICLE),
            (&pack.negation_partners, Role::PARTNER),
            (&pack.negation_cancel, Role::CANCEL),
            (&pack.clause_words, Role::CLAUSE),
            (&pack.list_words, Role::LIST),
            (&pack.negation_prepositions, Role::PREPOSITION),
            (&pack.relative_words, Role::RELATIVE),
            (&pack.gate_words, Role::GATE),
            (&pack.finite_words, Role::FINITE),
            (&pack.prohibitions, Role::PROHIBITION),
        ] {
            for w in list {
                *function.entry(super::case::lowercase(w)).or_default() |= role;
            }
        }
        for w in lowered(pack, "contents") {
            *function.entry(w).or_default() |= Role::CONTENTS;
        }
        let out_of_scope = phrases(pack, "out_of_scope");
        for phrase in &out_of_scope {
            *function.entry(phrase[0].clone()).or_default() |= Role::SCOPE;
        }
        LangWords {
            lang,
            keep_apostrophes: pack.keep_apostrophes,
            function,
            idioms: pack
                .negation_idioms
                .iter()
                .filter_map(|i| super::case::lowercase(i).split_once(' ').map(|(a, b)| (a.to_string(), b.to_string())))
                .collect(),
            preposition_pairs: pack
                .negation_prepositions
                .iter()
                .filter_map(|i| super::case::lowercase(i).split_once(' ').map(|(a, b)| (a.to_string(), b.to_string())))
                .collect(),
            committed: pack.committed.iter().map(|w| super::stem::stem(lang, w)).collect(),
            describing_negations: pack.describing_negations.iter().map(|w| super::case::lowercase(w)).collect(),
            uncommitted: phrases(pack, "uncommitted"),
            // Compared as lower-case words: «debería» stems like «debe».
            recommending: lowered(pack, "recommending"),
            context_headings: lowered(pack, "context_headings"),
            record_labels: lowered(pack, "record_labels"),
            advisory_headings: lowered(pack, "advisory_headings"),
            recital_openers: phrases(pack, "recital_openers"),
            preamble_openers: phrases(pack, "preamble_openers"),
            enacting: phrases(pack, "enacting"),
            out_of_scope,
            elaborating: phrases(pack, "elaborating"),
            defining: phrases(pack, "defining"),
            instructions: phrases(pack, "instructions"),
            instruction_verbs: lowered(pack, "instruction_verbs"),
            determiners: lowered(pack, "determiners"),
            refraining: lowered(pack, "refraining"),
            interrogatives: phrases(pack, "interrogatives"),
            physical: stemmed(lang, pack, "physical"),
            examples: phrases(pack, "examples"),
            conjunctions: lowered(pack, "conjunctions"),
            restriction_starts: starts(&phrases(pack, "restrictions")),
            restrictions: phrases(pack, "restrictions"),
            values: stemmed(lang, pack, "values"),
            number_words: stemmed(lang, pack, "number_words"),
            time_units: stemmed(lang, pack, "time_units"),
            bodies: pack.bodies.iter().map(|w| super::stem::stem(lang, w)).collect(),
        }
    }

    /// The [`Role`] bits of a lower-cased word (0 for most words).
    pub fn roles(&self, lower: &str) -> u16 {
        self.function.get(lower).copied().unwrap_or(0)
    }

    /// Stems of a word list in this language.
    pub fn stems(&self, words: &[String]) -> Vec<String> {
        words.iter().map(|w| super::stem::stem(self.lang, w)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect_builtin(text: &str) -> Detected {
        detect(text, &Detector::new(&builtin_detect()))
    }

    #[test]
    fn detects_by_function_words() {
        assert_eq!(detect_builtin("The agency must review each match before any action is taken."), Detected::Supported(Lang::En));
        assert_eq!(detect_builtin("Les images sont supprimées au bout de 30 jours par le délégué."), Detected::Supported(Lang::Fr));
        assert_eq!(detect_builtin("Las imágenes se borran a los 30 días y el delegado revisa los registros."), Detected::Supported(Lang::Es));
        assert_eq!(detect_builtin("Die Polizei muss jede Übereinstimmung prüfen, bevor sie handelt und die Daten löscht."), Detected::Unsupported("de".into()));
        assert_eq!(detect_builtin("تستخدم الشرطة النظام"), Detected::Unsupported("ar".into()));
        assert_eq!(detect_builtin("  \n## "), Detected::Empty);
        assert_eq!(detect_builtin("Reconnaissance faciale"), Detected::Unknown);
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("ES"), Some(Lang::Es));
        assert_eq!(Lang::from_code("de"), None);
    }
}
