//! Principle coverage. A sentence is a *signal* for a principle when it holds
//! one of the principle's terms (or both words of one of its pairs), or a
//! word of every class of one of its *concepts*, not negated and not part of
//! a known look-alike. A signal is *strong* when the sentence also uses
//! committed language (must, shall, will, required, …).
//!
//! Terms are literal phrases and carry over poorly to wording they were not
//! grown from. Concepts generalise: each is 2 to 8 small classes of stemmed
//! words, e.g. oversight = {officer, analyst, reviewer, …} × {review,
//! confirm, override, …} × {match, result, alert, …}, and a sentence that
//! draws one word from each class says the same thing in any phrasing. The
//! classes hold the plain words of the labelling guidelines, minus words
//! that name something else as often ("security" forces, «recursos»). A
//! class word that is negated ("will not be subject to human review") or
//! inside a look-alike does not count. Concepts count in any sentence, like
//! pairs: requiring committed language as well halved their recall on the
//! tuning and development corpora (most French and Spanish duties are in the
//! future or present tense) and did not raise their precision; commitment
//! still decides whether the signal is strong. Words of a multi-word proper
//! name («Ley de Seguridad Pública», "Data Protection Officer") count for
//! no concept, pair or one-word term: they name an institution, they do not
//! say what the policy does ([`Analysis::in_name`]; bodies such as
//! "Council" and numbered citations still count).
//!
//! The two words of a pair may also meet in one *section* without sharing a
//! sentence ("## Human review" over "An officer checks each match before
//! …"). That is weaker evidence: it adds one point per principle at most, so
//! on its own it makes a principle partial, never covered. Pairs of word
//! classes ("officer|analyst" with "verify|confirm") and concepts count only
//! within a sentence.
//!
//! A list item weighs as its lead-in commits or advises ("Personnel shall
//! not: - …"); a one-word term in a statement of values ("while respecting
//! privacy") weighs as a title; a principle's `unless` phrases put a
//! sentence on another subject (protected grounds are not access needs).
//!
//! Score: 2 points per strong sentence, 1 per plain signal sentence, plus at
//! most 1 for titles (headings, short titles) and section-level pairs
//! together, capped at 4, divided by 4. Advice (recommendations with
//! "should", good-practice sections, sentences with weak wording) adds
//! nothing. Status: covered at score ≥ 0.5 (one strong sentence, two plain
//! ones, or one plain sentence with a heading or pair), partial above 0 or
//! with advice alone (score 0.25), missing otherwise. Headings and advice say
//! that a document names a principle, not that it provides for it. Every phrase, pair word and concept word is found by the
//! one automaton of [`super::lexicon`]; scoring is one pass over its hits.

use super::lang::LangWords;
use super::lexicon::{key, Hit, Owner};
use super::document::BlockKind;
use super::tokens::Analysis;
use serde::{Deserialize, Serialize};
use super::lang::{FnvMap, FnvSet};
use std::collections::HashSet;

/// A principle's vocabulary, from coverage.toml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrincipleSpec {
    pub id: String,
    /// What a policy should say about this principle.
    pub should_say: String,
    /// An example clause, in our own words.
    pub example: String,
    /// A term written `^word` names the principle only in a heading or an
    /// item of a list of topics: a bare "audit" is a topic ("## Audit"), but
    /// "the Treasury audits the fuel cards" provides no traceability.
    pub terms: Vec<String>,
    /// Terms that state a limit and count whether or not they are negated:
    /// "no image is kept beyond 30 days" is about privacy.
    #[serde(default)]
    pub limits: Vec<String>,
    /// Two words that signal the principle when they share a sentence. A
    /// side may list alternatives separated by `|` ("officer|analyst").
    #[serde(default)]
    pub pairs: Vec<[String; 2]>,
    /// Concepts, each 2 to 8 classes of words (alternatives separated by
    /// `|`): a sentence that holds a word of every class of one concept is a
    /// signal (see the module comment).
    #[serde(default)]
    pub concepts: Vec<Vec<String>>,
    /// Look-alike phrases whose words must not count.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Recitals count as evidence: « Vu la loi n° … », «VISTOS los
    /// artículos …» cite the law a text rests on, which is its legal basis.
    #[serde(default)]
    pub cited_in_recitals: bool,
    /// A sentence that cites a code section by its sign or a code's
    /// abbreviation and number ("Authority: UCA §63A-16-104", "under RCW
    /// 43.386.080") is evidence: it names the law a text rests on.
    #[serde(default)]
    pub code_citations: bool,
    /// Phrases that only name the principle ("all applicable laws", « la
    /// réglementation en vigueur »): a sentence whose only evidence is one
    /// of them weighs as a title. List them in `exclude` too when their
    /// words must not feed a concept.
    #[serde(default)]
    pub naming: Vec<String>,
    /// Phrases that put a whole sentence on another subject: such a
    /// sentence is no evidence for this principle. A list of protected
    /// characteristics ("race, religion, disability") names grounds of
    /// discrimination, not access needs or vulnerable groups.
    #[serde(default)]
    pub unless: Vec<String>,
    /// The parts a full provision has, each a class of words (alternatives
    /// separated by `|`): privacy is retention, access and minimisation. A
    /// principle with facets is covered only when its evidence touches two
    /// of them; one part alone ("images are deleted after 30 days") is
    /// partial, as the labelling guidelines read it.
    #[serde(default)]
    pub facets: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Covered,
    Partial,
    Missing,
}

/// Coverage of one principle, with evidence as normalized sentence ranges.
#[derive(Debug, Clone)]
pub struct RawCoverage {
    pub principle: usize,
    pub status: Status,
    pub score: f64,
    pub evidence: Vec<(usize, usize)>,
}

pub const MAX_EVIDENCE: usize = 5;

/// `weak_wording`: per sentence, whether a weak-wording finding (a hedge, a
/// passive duty, "should" …) lies in it; such a sentence only advises.
pub fn compute(a: &Analysis, hits: &[Hit], specs: &[PrincipleSpec], weak_wording: &[bool]) -> Vec<RawCoverage> {
    let n = specs.len();
    // Tokens covered by a look-alike, per principle.
    let mut excluded: FnvSet<(usize, usize)> = FnvSet::default();
    for h in hits {
        if let Owner::Exclude(p) = h.owner {
            for t in h.first..=h.last {
                excluded.insert((p, t));
            }
        }
    }
    // Tokens of a look-alike that is not also a naming phrase (the
    // naming phrases are listed as look-alikes so that their words count
    // as no term).
    let naming: FnvSet<(usize, usize, usize)> = hits.iter().filter_map(|h| if let Owner::Naming(p) = h.owner { Some((p, h.first, h.last)) } else { None }).collect();
    let mut foreign_lookalike: FnvSet<(usize, usize)> = FnvSet::default();
    for h in hits {
        if let Owner::Exclude(p) = h.owner {
            if !naming.contains(&(p, h.first, h.last)) {
                foreign_lookalike.extend((h.first..=h.last).map(|t| (p, t)));
            }
        }
    }
    // Sentences on another subject, per principle.
    let mut elsewhere: FnvSet<(usize, usize)> = FnvSet::default();
    for h in hits {
        if let Owner::Unless(p) = h.owner {
            elsewhere.insert((p, a.tokens[h.first].sentence));
        }
    }
    // Look-alikes that name this very document ("this directive", "this
    // order"), by their first token, per principle.
    let this_document: FnvSet<(usize, usize)> = hits
        .iter()
        .filter_map(|h| if let Owner::Exclude(p) = h.owner { Some((p, h.first)) } else { None })
        .filter(|&(_, t)| a.lower_word(t) == "this")
        .collect();
    // "pursuant to the procedures in paragraph 6 of this MOU": a citation
    // that ends in a preposition and whose object, in the same clause, is a
    // part of this document is a cross-reference, not a basis.
    let cross_reference = |p: usize, h: &Hit| {
        let last = a.lower_word(h.last);
        if h.first == h.last || !matches!(last, "to" | "of" | "under" | "with") {
            return false;
        }
        let s = &a.sentences[a.tokens[h.last].sentence];
        let end = (h.last + 13).min(s.tokens.end);
        (h.last + 1..end).take_while(|&t| !a.tokens[t].clause_start).any(|t| this_document.contains(&(p, t)))
    };
    let mut signal: Vec<HashSet<usize>> = vec![HashSet::new(); n];
    // (principle, sentence) -> facets touched (negated or not: "no image is
    // kept" still speaks of retention).
    let mut facets: FnvMap<(usize, usize), u8> = FnvMap::default();
    for h in hits {
        if let Owner::Facet(p, i) = h.owner {
            *facets.entry((p, a.tokens[h.first].sentence)).or_default() |= 1 << i;
        }
    }
    // Sentences whose only evidence for a principle may be a naming phrase
    // or a term in a statement of values ("while respecting the privacy of
    // the public", «deberán fomentar la participación ciudadana»): they name
    // the principle, like a heading. Limits and concepts still count.
    let mut values_only: Vec<FnvSet<usize>> = vec![FnvSet::default(); n];
    let mut states_values: Vec<Option<bool>> = vec![None; a.sentences.len()];
    for h in hits {
        let (p, limit) = match h.owner {
            Owner::Term(p) => (p, false),
            // Only a heading or a topic names the principle by this word.
            Owner::Heading(p) if a.in_heading(&a.sentences[a.tokens[h.first].sentence]) || a.in_topic_list(h.first, h.last) => (p, false),
            Owner::Limit(p) => (p, true),
            Owner::Naming(p) => {
                // "all law enforcement agencies" names no law: a look-alike
                // that is not itself a naming phrase silences one.
                // "transparent polycarbonate doors" name no aim either.
                let thing = h.first == h.last && a.describes_thing(h.first);
                // "the Police Conduct Regulations": one naming word inside a
                // name is part of the name, as a one-word term is.
                let named = h.first == h.last && a.in_name(h.first);
                if !thing && !named && !a.is_negated_in_clause(h.first, 8) && !(h.first..=h.last).any(|t| foreign_lookalike.contains(&(p, t))) {
                    values_only[p].insert(a.tokens[h.first].sentence);
                }
                continue;
            }
            _ => continue,
        };
        // A one-word term inside a name ("Diversity" in "Equality and
        // Diversity Lead") is part of the name; a longer term is a phrase.
        let named = h.first == h.last && a.in_name(h.first);
        // "transparent bags", "a robust slate roof": a word that describes a
        // thing is no principle term.
        if h.first == h.last && !limit && a.describes_thing(h.first) {
            continue;
        }
        // "logs the officer, time and place": a comma between the words of
        // a term ("officer time") splits it into items of a list, unless
        // the principle's terms are themselves written as lists («acceso,
        // rectificación»).
        let split = |x: &str| x.contains([',', ';']);
        if h.first < h.last && split(&a.doc.text[a.tokens[h.first].end..a.tokens[h.last].start]) && !specs[p].terms.iter().any(|t| split(t)) {
            continue;
        }
        if named || (h.first..=h.last).any(|t| excluded.contains(&(p, t))) || (!limit && a.is_negated_in_clause(h.first, 8)) || cross_reference(p, h) {
            continue;
        }
        let s = a.tokens[h.first].sentence;
        // "Transparency and explainability: systems must be …": a term in a
        // run-in label names the paragraph's topic, as a heading does; what
        // follows the colon provides, or not, on its own words.
        if !limit && a.in_run_in_label(h.first, h.last) {
            values_only[p].insert(s);
            continue;
        }
        // "a use policy that includes the purpose, data access, data
        // retention, training and auditing": an item of a list of topics
        // names the principle, like a heading.
        if a.in_topic_list(h.first, h.last) {
            values_only[p].insert(s);
            continue;
        }
        if !limit && *states_values[s].get_or_insert_with(|| a.sentences[s].tokens.clone().any(|t| a.words.values.contains(a.stem(t)))) {
            values_only[p].insert(s);
        } else {
            signal[p].insert(s);
        }
    }
    for (p, spec) in specs.iter().enumerate() {
        if spec.code_citations {
            signal[p].extend((0..a.sentences.len()).filter(|&s| a.sentence_cites_code(s)));
        }
    }
    let section_pairs = pairs(a, hits, specs, &excluded, &mut signal);
    concepts(a, hits, specs, &excluded, &mut signal, &mut values_only);
    for (p, named) in values_only.iter_mut().enumerate() {
        named.retain(|s| !signal[p].contains(s));
        signal[p].extend(named.iter().copied());
    }
    // Weighed only where some principle has a signal.
    let lead_ins = lead_ins(a);
    let mut weights: Vec<Option<Weight>> = vec![None; a.sentences.len()];
    for &s in signal.iter().flatten() {
        weights[s].get_or_insert_with(|| weigh(a, s, lead_ins[s], weak_wording.get(s).copied().unwrap_or(false)));
    }
    let mut out = Vec::with_capacity(n);
    for (p, sentences) in signal.into_iter().enumerate() {
        let weight = |s: usize| {
            let w = weights[s].unwrap_or(Weight::Plain);
            if values_only[p].contains(&s) { w.max(Weight::Title) } else { w }
        };
        // A foreword, a definition or a recital explains; it provides nothing.
        let cited = specs[p].cited_in_recitals;
        let mut list: Vec<usize> = sentences.into_iter().filter(|&s| !explains(a, s, cited) && !elsewhere.contains(&(p, s)) && !a.sentences[s].out_of_scope).collect();
        // Strong evidence first, then plain, then soft; each in document order.
        crate::sort::sort_by_key(&mut list, |&s| (weight(s), s));
        let count = |w: Weight| list.iter().filter(|&&s| weight(s) == w).count();
        let (strong, plain, titles) = (count(Weight::Strong), count(Weight::Plain), count(Weight::Title));
        let section = section_pairs[p].filter(|_| list.is_empty());
        // Titles and section-level pairs together add one point at most: a
        // heading with a provision under it covers. Advice adds none: it
        // makes a principle partial, never covered.
        let points = (2 * strong + plain + (titles + usize::from(section_pairs[p].is_some())).min(1)).min(4);
        // A principle with parts needs two of them in its evidence.
        let parts = || list.iter().fold(0u8, |m, &s| m | facets.get(&(p, s)).copied().unwrap_or(0)).count_ones();
        let whole = specs[p].facets.len() < 2 || parts() >= 2;
        let status = if points >= 2 && whole {
            Status::Covered
        } else if points > 0 || !list.is_empty() {
            Status::Partial
        } else {
            Status::Missing
        };
        let points = if status == Status::Partial { 1 } else { points };
        let score = points as f64 / 4.0;
        let mut evidence: Vec<(usize, usize)> = list.iter().take(MAX_EVIDENCE).map(|&s| (a.sentences[s].start, a.sentences[s].end)).collect();
        if let Some((x, y)) = section {
            evidence.extend([x, y].map(|s| (a.sentences[s].start, a.sentences[s].end)));
        }
        out.push(RawCoverage { principle: p, status, score, evidence });
    }
    out
}

/// A foreword, a definition, (unless `cited` counts them) a recital, or a
/// question quoted from someone else (a request for information).
fn explains(a: &Analysis, s: usize, cited: bool) -> bool {
    let sentence = &a.sentences[s];
    a.sections[sentence.section].context || sentence.defines || (!cited && sentence.recital) || dated_heading(a, sentence) || sentence.quoted_question
}

/// A heading that carries a year ("Published 7 February 2025", "Reviewed
/// 2024") is a document's record, not a topic it provides for; one that
/// names an Act or a code with its year ("Data Protection Act 2018") still
/// cites it.
fn dated_heading(a: &Analysis, s: &super::tokens::Sentence) -> bool {
    let year = |w: &str| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit());
    (a.in_heading(s) || date_line(a, s)) && s.tokens.clone().any(|t| year(a.word(t))) && !s.tokens.clone().any(|t| a.words.bodies.contains(a.stem(t)))
}

/// A line that gives a label and a date ("Published: 27 January 2016",
/// "Last updated: March 3, 2024"), as a page's header carries: at most three
/// words before the colon and, after it, only numbers and capitalised words
/// (a month's name), so "Retention: until 2030" is still a provision.
fn date_line(a: &Analysis, s: &super::tokens::Sentence) -> bool {
    // The length first: this runs for every signal, and a long sentence
    // must cost nothing here.
    if s.tokens.len() > 7 {
        return false;
    }
    let text = &a.doc.text;
    let toks: Vec<usize> = s.tokens.clone().collect();
    let Some(colon) = (0..toks.len().saturating_sub(1)).find(|&i| text[a.tokens[toks[i]].end..a.tokens[toks[i + 1]].start].contains(':')) else { return false };
    let date_word = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())) || w.starts_with(char::is_uppercase)
    };
    colon < 3 && toks.len() - colon - 1 <= 4 && toks[colon + 1..].iter().all(|&t| date_word(a.word(t)))
}

/// How much a signal sentence weighs, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Weight {
    /// Committed language (must, shall, will, …), not negated.
    Strong,
    Plain,
    /// A heading or a title of under four words («Conservación.»): it names
    /// a topic. Titles add one point at most.
    Title,
    /// A sentence of a good-practice section, a recommendation ("should",
    /// even "should ensure") or a sentence with weak wording (a hedge, a
    /// passive duty with nobody named) and no figure: it advises, it does
    /// not provide.
    /// It makes a principle partial, never covered.
    Advice,
}

/// What the lead-in of a list says of its items: "Personnel shall not:"
/// commits each item, "Forces should:" only advises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadIn {
    None,
    Commits,
    Advises,
}

/// "should ensure" advises: the modal outweighs the verb of commitment.
fn advises(a: &Analysis, s: &super::tokens::Sentence) -> bool {
    s.tokens.clone().any(|t| a.lower_in(t, &a.words.recommending))
}

/// "must", "shall", "required", … not negated; or a prohibition: "No
/// officer shall …", « Aucune image ne doit … » (the sentence opens with the
/// cue, within three words of the commitment) binds as firmly as a duty.
fn commits(a: &Analysis, s: &super::tokens::Sentence) -> bool {
    let first = s.tokens.start;
    let prohibits = |t: usize| t <= first + 3 && a.opens_negated(a.tokens[t].sentence);
    // The word test first: it settles most sentences with one lookup per word.
    // « le numérique s'impose dans les services »: a word of commitment inside a
    // phrase that binds no one.
    // The phrase holds the word anywhere ("at will"; "you will find": a
    // signpost to the reader).
    let uncommitted = |t: usize| a.words.uncommitted.iter().any(|p| (0..p.len()).any(|o| t >= o && t - o >= s.tokens.start && a.phrase_at(t - o, s.tokens.end, p)));
    s.tokens.clone().any(|t| a.words.committed.contains(a.stem(t)) && (!a.is_negated_in_clause(t, 4) || prohibits(t)) && !uncommitted(t)) || a.instructs(s) || a.restricts(s)
}

/// For each sentence of a list item, what the paragraph that introduces the
/// list (its last sentence ends with a colon) says; one pass in text order.
fn lead_ins(a: &Analysis) -> Vec<LeadIn> {
    let mut current = LeadIn::None;
    let says = |s: &super::tokens::Sentence| {
        if !a.ends_with_colon(s) {
            LeadIn::None
        } else if advises(a, s) {
            LeadIn::Advises
        } else if commits(a, s) {
            LeadIn::Commits
        } else {
            LeadIn::None
        }
    };
    a.sentences
        .iter()
        .map(|s| match a.doc.blocks[s.block].kind {
            // An item may introduce items of its own ("1. Members shall not
            // use the tool to:" over "a. …"); blocks keep no nesting, so,
            // in a list that no lead-in governs, it sets the weight of the
            // items after it when it says something. Under a lead-in, the
            // lead-in rules the whole list: advice stays advice.
            BlockKind::ListItem => {
                let outer = current;
                if outer == LeadIn::None {
                    if let own @ (LeadIn::Commits | LeadIn::Advises) = says(s) {
                        current = own;
                    }
                }
                outer
            }
            // Plain text and converted PDFs keep items as paragraphs
            // ("a. Their religious views;"): an enumerated paragraph under a
            // lead-in is one of its items.
            BlockKind::Paragraph if current != LeadIn::None && !a.ends_with_colon(s) && enumerated(a.doc.block_text(&a.doc.blocks[s.block])) => current,
            BlockKind::Paragraph => {
                current = says(s);
                LeadIn::None
            }
            BlockKind::Heading(_) | BlockKind::TableCell => {
                current = LeadIn::None;
                LeadIn::None
            }
        })
        .collect()
}

/// "Officers should give notice. This may involve notifying residents …":
/// a sentence that spells out advice in the same paragraph advises too.
fn elaborates_advice(a: &Analysis, index: usize) -> bool {
    let s = &a.sentences[index];
    let opens = |phrase: &Vec<String>| a.phrase_at(s.tokens.start, s.tokens.end, phrase);
    index > 0 && a.sentences[index - 1].block == s.block && a.words.elaborating.iter().any(opens) && advises(a, &a.sentences[index - 1])
}

/// Does a paragraph open with an item label: "a.", "(b)", "iv)", "12.",
/// or a bullet character?
fn enumerated(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with(['•', '●', '▪', '◦', '–', '—']) {
        return true;
    }
    let body = t.strip_prefix('(').unwrap_or(t);
    let len = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(0);
    let label = &body[..len];
    let digits = (1..=2).contains(&len) && label.bytes().all(|b| b.is_ascii_digit());
    let letter = len == 1 && label.bytes().all(|b| b.is_ascii_alphabetic());
    let roman = (1..=4).contains(&len) && label.bytes().all(|b| b"ivx".contains(&b));
    (digits || letter || roman) && body[len..].starts_with(['.', ')']) && body[len + 1..].starts_with(' ')
}

fn weigh(a: &Analysis, index: usize, lead_in: LeadIn, weak_wording: bool) -> Weight {
    let s = &a.sentences[index];
    let section = &a.sections[s.section];
    // A short item under a lead-in is a provision ("- for predictive
    // analysis."), not a title.
    // A question ("How do we keep your data safe?") heads its answer, as
    // a heading would: it names a topic and provides nothing.
    let question = a.is_question(s);
    if a.in_heading(s) || question || (s.tokens.len() < 4 && lead_in == LeadIn::None) {
        return Weight::Title;
    }
    if section.advisory || advises(a, s) || lead_in == LeadIn::Advises || elaborates_advice(a, index) {
        return Weight::Advice;
    }
    // A figure makes a statement checkable ("keeps hits for 30 days",
    // «en un plazo de 10 días», "under regulation 5"): the present tense of a
    // rule is then as strong as "must", and a passive with a figure still
    // says exactly what is required. A clause number opening the sentence
    // ("4.1") does not count. A year counts: it dates the law a sentence
    // cites («la Ordenanza … de 2024»), which is what makes it checkable.
    // A period in words ("thirty days", « un mois ») is a figure too.
    let numeral = |t: usize| a.word(t).starts_with(|c: char| c.is_ascii_digit());
    // The unit first: it is rare, so most words cost one hash lookup.
    let period = |t: usize| t + 1 < s.tokens.end && a.words.time_units.contains(a.stem(t + 1)) && a.words.number_words.contains(a.stem(t));
    let figure = s.tokens.clone().skip_while(|&t| numeral(t)).any(|t| numeral(t) || period(t));
    if weak_wording && !figure {
        return Weight::Advice;
    }
    if figure || lead_in == LeadIn::Commits || commits(a, s) {
        Weight::Strong
    } else {
        Weight::Plain
    }
}

/// Concepts: a sentence that holds a word of every class of one of a
/// principle's concepts ({officer, analyst, …} × {review, confirm, …} ×
/// {match, result, …}), no word negated or inside a look-alike, except the
/// words of a denied class (written "!never|…"), which count only negated. One pass over
/// the hits, one bit per class.
fn concepts(a: &Analysis, hits: &[Hit], specs: &[PrincipleSpec], excluded: &FnvSet<(usize, usize)>, signal: &mut [HashSet<usize>], values_only: &mut [FnvSet<usize>]) {
    // (sentence, principle, concept) -> classes seen, and those seen in an
    // item of a list of topics ("includes the purpose, data access, data
    // retention, …").
    let mut seen: FnvMap<(usize, usize, usize), (u8, u8)> = FnvMap::default();
    for h in hits {
        if let Owner::ConceptWord(p, i, class) = h.owner {
            // A denied class ("!decide|close|…") counts only negated: "the
            // model never closes a case" leaves the decision to a person.
            // The negation must be close: in "must not be used to grade
            // calls" it bars a use, not the tool's own decision. In a
            // concept with a denied class, the negation belongs to that
            // class: "never copies case data into a chatbot" denies the
            // copying, not the data or the chatbot.
            let concept = &specs[p].concepts[i];
            let denied = concept[class as usize].starts_with('!');
            // "No personal information should be entered into a chatbot":
            // a sentence that opens with its negation denies the verb a few
            // words on, across the subject it negates.
            let bad_negation = if denied {
                let s = a.tokens[h.first].sentence;
                !a.is_negated_in_clause(h.first, 3) && !(a.opens_negated(s) && h.first <= a.sentences[s].tokens.start + 6)
            } else {
                !concept.iter().any(|c| c.starts_with('!')) && a.is_negated_in_clause(h.first, 8)
            };
            if (h.first..=h.last).any(|t| excluded.contains(&(p, t)) || a.in_name(t)) || bad_negation {
                continue;
            }
            let entry = seen.entry((a.tokens[h.first].sentence, p, i)).or_default();
            entry.0 |= 1 << class;
            if a.in_topic_list(h.first, h.last) {
                entry.1 |= 1 << class;
            }
        }
    }
    // A concept the list's items complete on their own names a topic ("data
    // access", «la auditoría de los registros»); one that needs a word
    // outside the list ("each log entry must include the user, the date,
    // …") lists what that thing holds, and counts.
    for ((s, p, i), (mask, listed)) in seen {
        let classes = specs[p].concepts[i].len();
        if listed.count_ones() as usize == classes {
            values_only[p].insert(s);
        } else if mask.count_ones() as usize == classes {
            signal[p].insert(s);
        }
    }
}

/// A concept needs 2 to 8 classes (one bit each), and no word may stand in
/// two of them once stemmed: «publica» (publishes) and «público» (public)
/// share a stem, so one word would satisfy both.
pub fn check_concept(classes: &[String], lang: &LangWords) -> Result<(), String> {
    if !(2..=8).contains(&classes.len()) {
        return Err(format!("has {} classes; give 2 to 8", classes.len()));
    }
    let mut owner: FnvMap<String, usize> = FnvMap::default();
    let mut problems = Vec::new();
    for (c, class) in classes.iter().enumerate() {
        for word in class.strip_prefix('!').unwrap_or(class).split('|') {
            let k = key(word, lang);
            if k.trim().is_empty() {
                problems.push(format!("class {} has an empty word", c + 1));
            } else if let Some(other) = owner.insert(k, c).filter(|&other| other != c) {
                problems.push(format!("`{}` in class {} stems like a word of class {}", word.trim(), c + 1, other + 1));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// Co-occurrence: ("human", "review") counts for oversight when both words
/// appear in one sentence, neither negated nor inside a look-alike. Returns,
/// per principle, a pair met only across two sentences of one section (their
/// indices), the weaker signal. The pair words come from the same automaton
/// as every other phrase, so this stays one linear pass over the hits.
/// Pairs of word classes ("officer|analyst") count within a sentence only:
/// across a section some member of each class meets the other by chance.
fn pairs(a: &Analysis, hits: &[Hit], specs: &[PrincipleSpec], excluded: &FnvSet<(usize, usize)>, signal: &mut [HashSet<usize>]) -> Vec<Option<(usize, usize)>> {
    // (sentence, principle, pair) -> which sides were seen
    let mut seen: FnvMap<(usize, usize, usize), u8> = FnvMap::default();
    // (section, principle, pair) -> first sentence where each side was seen
    let mut by_section: FnvMap<(usize, usize, usize), [Option<usize>; 2]> = FnvMap::default();
    for h in hits {
        if let Owner::PairWord(p, i, side) = h.owner {
            if excluded.contains(&(p, h.first)) || a.in_name(h.first) || a.is_negated_in_clause(h.first, 8) || a.in_topic_list(h.first, h.last) {
                continue;
            }
            let s = a.tokens[h.first].sentence;
            *seen.entry((s, p, i)).or_default() |= 1 << side;
            if specs[p].pairs[i].iter().any(|w| w.contains('|')) {
                continue;
            }
            // A definition or a foreword explains, and a scope exclusion
            // sets aside; neither pairs with anything.
            if explains(a, s, specs[p].cited_in_recitals) || a.sentences[s].out_of_scope {
                continue;
            }
            // The latest sentence per side, so a pair in neighbouring sentences is found.
            by_section.entry((a.sentences[s].section, p, i)).or_default()[side as usize] = Some(s);
        }
    }
    for (&(s, p, _), &mask) in &seen {
        if mask == 3 {
            signal[p].insert(s);
        }
    }
    let mut section = vec![None; signal.len()];
    for ((_, p, _), sides) in by_section {
        if let [Some(x), Some(y)] = sides {
            if x != y {
                let pair = (x.min(y), x.max(y));
                // The earliest pair in the document, whatever the hash order.
                if section[p].is_none_or(|old: (usize, usize)| pair < old) {
                    section[p] = Some(pair);
                }
            }
        }
    }
    section
}

#[cfg(test)]
mod tests {
    #[test]
    fn item_labels() {
        for item in ["a. their views;", "(b) race", "iv) age", "12. Logs", "• Logs", "A. Facial recognition"] {
            assert!(super::enumerated(item), "{item}");
        }
        for text in ["No. 5 applies.", "Logs are kept.", "e.g. logs", "100. Logs", "(ab) x", "a.b"] {
            assert!(!super::enumerated(text), "{text}");
        }
    }
}
