//! Sections, sentences and word tokens over a document's normalized text,
//! built in one linear pass. Stems of all tokens are laid end to end in one
//! string (" s1 s2 s3 ") so a single Aho-Corasick automaton can match every
//! phrase of every rule at once.

use super::document::{split_sentences, BlockKind, Document};
use super::lang::{LangWords, Role};
use super::stem::stem_with;

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the normalized text.
    pub start: usize,
    pub end: usize,
    /// Range of the stem in [`Analysis::stems`].
    pub stem_start: usize,
    pub stem_end: usize,
    /// Range of the word, lower-cased, in [`Analysis::lowers`].
    pub lower_start: usize,
    pub lower_end: usize,
    pub sentence: usize,
    /// First token of a clause: negation look-back stops here.
    pub clause_start: bool,
    /// A clause start after a comma whose clause continues a list ("…, Y or
    /// Z"): negation look-back goes on past it.
    pub continues_list: bool,
    /// A negation cue: not, no, never, without, …n't; « ne … pas » counts once.
    pub negation: bool,
    /// The cue is a preposition ("without", « sans »): an earlier negation
    /// cancels it.
    pub preposition: bool,
    /// A relative word ("that", « qui »): an earlier negation reaches past it.
    pub relative: bool,
    /// A gate word ("until", « tant »): see [`Analysis::is_negated_in_clause`].
    pub gate: bool,
    /// A finite verb or auxiliary ("are", «se»): ends a preposition's reach.
    pub finite: bool,
    /// A prohibition ("forbidden", « interdit »): see [`Analysis::forbids`].
    pub prohibition: bool,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub section: usize,
    pub block: usize,
    /// Token index range.
    pub tokens: std::ops::Range<usize>,
    /// The sentence's last gate word ("until", « tant »), if any.
    pub last_gate: Option<usize>,
    /// The sentence puts something outside the text's scope ("This policy
    /// does not apply to facial recognition"): it provides nothing and
    /// raises no topic.
    pub out_of_scope: bool,
    /// A recital: the sentence opens with "Whereas" («Considérant»), or is
    /// an item of a list such a sentence introduces ("WHEREAS, the Council
    /// finds that: A. …"). It gives reasons; it provides nothing.
    pub recital: bool,
    /// A definition in running text ("“Surveillance data” shall mean …"):
    /// it describes, like a definitions section.
    pub defines: bool,
    /// A question inside quotation marks opened earlier in its block or in
    /// itself: someone else's words (a request for information, a member's
    /// written question), which set nothing.
    pub quoted_question: bool,
    /// An item of a list whose lead-in bars what follows ("Employees shall
    /// not use AI to:", "The following uses are prohibited:"): the item
    /// names a forbidden use, so it raises no topic for a rule.
    pub barred: bool,
}

#[derive(Debug, Clone)]
pub struct Section {
    /// The heading block, if the section has one.
    pub heading: Option<usize>,
    pub start: usize,
    pub end: usize,
    pub sentences: std::ops::Range<usize>,
    /// Under a heading of background or definitions ("Foreword").
    pub context: bool,
    /// Under a heading of advice ("Good practice"): "should" is its register.
    pub advisory: bool,
}

pub struct Analysis<'d> {
    pub doc: &'d Document,
    pub words: &'d LangWords,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub sections: Vec<Section>,
    pub stems: String,
    /// Every word lower-cased (curly apostrophes straightened), end to end:
    /// word lists are compared with these bytes, not re-folded per look-up.
    lowers: String,
    scratch: String,
    /// The current word, lower-cased, for the function-word lists.
    lower: String,
    /// Tokens that may open an `out_of_scope` phrase.
    scope_words: Vec<usize>,
    /// Tokens that are `contents` cues, in order: [`Analysis::in_topic_list`]
    /// looks one up per evidence hit, so it must not scan the sentence.
    topic_cues: Vec<usize>,
    /// Per cue, the commas and semicolons after it in its sentence.
    cue_separators: Vec<u32>,
    /// Commas and semicolons read so far in the current sentence.
    separators: u32,
    /// `finite_before[k]`: finite verbs among tokens `0..k`, so that "is
    /// there one between these tokens" costs no scan.
    finite_before: Vec<u32>,
}

/// Pairing state of the negation cues in the current clause.
#[derive(Default)]
struct Pending {
    /// An unpaired particle (« ne », «no»): its token.
    particle: Option<usize>,
    /// An unpaired partner (« aucun », « personne ») and whether it counted.
    partner: Option<(usize, bool)>,
    /// A negative preposition (« sans », «sin») waiting for its partner.
    preposition: bool,
    /// The clause opens with a negating list word (« , ni aucun système »):
    /// it continues a list an earlier negation governs, so its partners wait
    /// for no particle, and a later « ne … pas » is a negation of its own.
    governed: bool,
}

impl<'d> Analysis<'d> {
    pub fn new(doc: &'d Document, words: &'d LangWords) -> Analysis<'d> {
        let mut a = Analysis {
            doc,
            words,
            tokens: Vec::with_capacity(doc.text.len() / 6),
            sentences: Vec::new(),
            sections: Vec::new(),
            stems: String::with_capacity(doc.text.len() + 16),
            lowers: String::with_capacity(doc.text.len()),
            scratch: String::new(),
            lower: String::new(),
            scope_words: Vec::new(),
            topic_cues: Vec::new(),
            cue_separators: Vec::new(),
            separators: 0,
            finite_before: vec![0],
        };
        a.stems.push(' ');
        for (bi, block) in doc.blocks.iter().enumerate() {
            if matches!(block.kind, BlockKind::Heading(_)) || a.sections.is_empty() {
                if let Some(last) = a.sections.last_mut() {
                    last.sentences.end = a.sentences.len();
                }
                let heading = matches!(block.kind, BlockKind::Heading(_)).then_some(bi);
                let n = a.sentences.len();
                a.sections.push(Section { heading, start: block.start, end: block.end, sentences: n..n, context: false, advisory: false });
            }
            let text = doc.block_text(block);
            for (s, e) in split_sentences(text) {
                a.push_sentence(block.start + s, block.start + e, bi);
            }
            if let Some(last) = a.sections.last_mut() {
                last.end = block.end;
            }
        }
        if let Some(last) = a.sections.last_mut() {
            last.sentences.end = a.sentences.len();
        }
        a.mark_sections();
        a.mark_out_of_scope();
        a.mark_recitals();
        a.mark_definitions();
        a.mark_quoted_questions();
        a.mark_barred();
        a
    }

    /// Sets `barred` on the items of a list whose lead-in (a sentence that
    /// is no list item and ends with a colon) forbids: a prohibition word
    /// that no negation undoes, or a plain negation that reaches the lead-in's
    /// last word ("Employees shall not use AI to:").
    ///
    /// Under a heading that forbids or negates ("Prohibited Uses", "What's
    /// Not Detected"), a line that only lists things, with no finite verb
    /// and two separators or more ("Facial Recognition, People, Gender,
    /// Race"), names things barred or absent too; a full sentence there
    /// still sets what it says.
    fn mark_barred(&mut self) {
        let mut lead_in = false;
        let mut barring_heading = false;
        // The sentence before was that heading: a short line of things right
        // under it reads as a heading too in plain text.
        let mut right_under = false;
        for i in 0..self.sentences.len() {
            let s = &self.sentences[i];
            let forbidding = !s.tokens.is_empty() && (self.forbids(i) || self.is_negated(s.tokens.end - 1, 6));
            // A list: no finite verb, and its items set apart by at least two
            // commas or semicolons ("Staff use face recognition …" may hide
            // its verb from the tagger, but it lists nothing).
            let listed = barring_heading && !s.tokens.clone().any(|t| self.tokens[t].finite) && self.doc.text[s.start..s.end].matches([',', ';']).count() >= 2;
            if matches!(self.doc.blocks[s.block].kind, BlockKind::Heading(_)) {
                if listed && right_under {
                    self.sentences[i].barred = true;
                    right_under = false;
                    continue;
                }
                barring_heading = forbidding;
                right_under = forbidding;
                lead_in = self.ends_with_colon(s) && forbidding;
                continue;
            }
            right_under = false;
            if self.doc.blocks[s.block].kind == BlockKind::ListItem {
                self.sentences[i].barred = lead_in || listed;
            } else {
                lead_in = self.ends_with_colon(s) && forbidding;
                self.sentences[i].barred = listed;
            }
        }
    }

    /// Sets `quoted_question`: quotation marks are counted from the start of
    /// each block once, carried from one question to the next, so a block of
    /// many questions is still read in one pass.
    fn mark_quoted_questions(&mut self) {
        let text = &self.doc.text;
        let (mut block, mut pos, mut counts) = (usize::MAX, 0, [0usize; 5]);
        for i in 0..self.sentences.len() {
            let s = &self.sentences[i];
            if !self.is_question(s) {
                continue;
            }
            let start = self.doc.blocks[s.block].start.min(s.start);
            let end = start + text[start..s.end].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '»' | '”')).len();
            if s.block != block || pos < start || end < pos {
                (block, pos, counts) = (s.block, start, [0; 5]);
            }
            for c in text[pos..end].chars() {
                if let Some(k) = ['"', '«', '»', '“', '”'].iter().position(|&q| q == c) {
                    counts[k] += 1;
                }
            }
            pos = end;
            self.sentences[i].quoted_question = counts[0] % 2 == 1 || counts[1] > counts[2] || counts[3] > counts[4];
        }
    }

    /// A `defining` verb right after a closing quote ("“Data” means") or
    /// right before an opening one («se entiende por “dato”»), within the
    /// first words of a sentence.
    fn mark_definitions(&mut self) {
        const FIRST_WORDS: usize = 15;
        let text = &self.doc.text;
        let closes = |c: char| matches!(c, '”' | '"' | '»' | '’' | '\'');
        let opens = |c: char| matches!(c, '“' | '"' | '«' | '‘' | '\'');
        for i in 0..self.sentences.len() {
            let s = &self.sentences[i];
            if !text[s.start..s.end].contains(['"', '”', '»', '’', '\'']) {
                continue;
            }
            let end = s.tokens.end.min(s.tokens.start + FIRST_WORDS);
            let found = (s.tokens.start..end).any(|t| {
                self.words.defining.iter().any(|phrase| {
                    if !self.phrase_at(t, s.tokens.end, phrase) {
                        return false;
                    }
                    let before = text[..self.tokens[t].start].trim_end().chars().next_back().is_some_and(closes);
                    let last = &self.tokens[t + phrase.len() - 1];
                    // "X is defined as, “a camera that …”": a comma or colon may
                    // stand before the quoted definition.
                    let after = text[last.end..].trim_start().trim_start_matches([',', ':']).trim_start().chars().next().is_some_and(opens);
                    before || after
                })
            });
            self.sentences[i].defines = found;
        }
        // "3.0 RELATED REFERENCES: Public Records Act …", "Definitions: …":
        // a run-in label of background, the paragraph's own heading.
        const LABEL_WORDS: usize = 4;
        for i in 0..self.sentences.len() {
            let s = &self.sentences[i];
            let Some(first) = s.tokens.clone().find(|&t| !self.word(t).starts_with(|c: char| c.is_ascii_digit())) else { continue };
            let Some(colon) = text[s.start..s.end].find(':').map(|c| s.start + c) else { continue };
            let words = s.tokens.clone().filter(|&t| self.tokens[t].start >= self.tokens[first].start && self.tokens[t].end <= colon).count();
            if words == 0 || words > LABEL_WORDS || !text[s.start..self.tokens[first].start].chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '.' | ')' | '(')) {
                continue;
            }
            let label = super::case::lowercase(&text[self.tokens[first].start..colon]);
            // "TO: Board of Commissioners FROM: …": a memo's header records
            // who wrote to whom; it provides nothing.
            if self.words.record_labels.iter().any(|l| *l == label) {
                self.sentences[i].defines = true;
                continue;
            }
            if self.words.context_headings.iter().any(|w| label.as_bytes().windows(w.len().max(1)).any(|part| part == w.as_bytes())) {
                self.sentences[i].defines = true;
            }
        }
        // "“Annual report” means a report that includes: A. …; B. …": the
        // items spell out the definition. The definition may be an item
        // itself ("1. “Annual report” means …:"), as plain text keeps no
        // nesting.
        let mut lead_in = false;
        for i in 0..self.sentences.len() {
            let s = &self.sentences[i];
            let item = self.doc.blocks[s.block].kind == BlockKind::ListItem;
            if s.defines && self.ends_with_colon(s) {
                lead_in = true;
            } else if item {
                self.sentences[i].defines |= lead_in;
            } else {
                lead_in = false;
            }
        }
    }

    fn mark_recitals(&mut self) {
        for i in 0..self.sentences.len() {
            let s = &self.sentences[i];
            let opens = self.words.recital_openers.iter().any(|phrase| self.phrase_at(s.tokens.start, s.tokens.end, phrase));
            // "Concerned about the risks …;": a preamble paragraph opens with
            // a participle or an adjective and runs on to a semicolon.
            let runs_on = self.doc.text[s.start..s.end].trim_end().ends_with([';', ',']);
            let preamble = runs_on && self.words.preamble_openers.iter().any(|phrase| self.phrase_at(s.tokens.start, s.tokens.end, phrase));
            self.sentences[i].recital = opens || preamble;
        }
        self.spread_to_items(|s| &mut s.recital);
        // "NOW, THEREFORE, THE BOARD … HEREBY RESOLVE AS FOLLOWS:": an
        // enacting formula that closes with a colon introduces the
        // provisions; unlike a recital, it passes nothing to them.
        for i in 0..self.sentences.len() {
            let s = &self.sentences[i];
            if self.doc.blocks[s.block].kind == BlockKind::ListItem || !self.ends_with_colon(s) {
                continue;
            }
            let enacts = s.tokens.clone().any(|t| self.words.enacting.iter().any(|phrase| self.phrase_at(t, s.tokens.end, phrase)));
            self.sentences[i].recital |= enacts;
        }
    }

    /// A marked lead-in ("The guidance does not apply to:", "WHEREAS, the
    /// Council finds that:") passes its mark to the list items under it.
    fn spread_to_items(&mut self, mark: fn(&mut Sentence) -> &mut bool) {
        let mut lead_in = false;
        for i in 0..self.sentences.len() {
            if self.doc.blocks[self.sentences[i].block].kind == BlockKind::ListItem {
                *mark(&mut self.sentences[i]) |= lead_in;
            } else {
                lead_in = *mark(&mut self.sentences[i]) && self.ends_with_colon(&self.sentences[i]);
            }
        }
    }

    /// Marks the sentences that hold an `out_of_scope` phrase; only tokens
    /// that open one are looked at.
    fn mark_out_of_scope(&mut self) {
        for t in std::mem::take(&mut self.scope_words) {
            let s = self.tokens[t].sentence;
            let end = self.sentences[s].tokens.end;
            let found = self.words.out_of_scope.iter().any(|phrase| self.phrase_at(t, end, phrase));
            self.sentences[s].out_of_scope |= found;
        }
        // "The guidance does not apply to:" sets its list items aside too.
        self.spread_to_items(|s| &mut s.out_of_scope);
    }

    /// Do the words of `phrase` (lower case) stand from token `t` on, before
    /// token `end`?
    pub fn phrase_at(&self, t: usize, end: usize, phrase: &[String]) -> bool {
        t + phrase.len() <= end && phrase.iter().enumerate().all(|(i, w)| self.lower_word(t + i) == w)
    }

    /// Does sentence `s` end with a colon (a list's lead-in)?
    pub fn ends_with_colon(&self, s: &Sentence) -> bool {
        self.doc.text[s.start..s.end].trim_end().ends_with(':')
    }

    /// Does sentence `s` hold a prohibition ("forbidden", « interdit »,
    /// «prohibido») that no plain negation just before it undoes (« n'est
    /// pas interdit »)?
    pub fn forbids(&self, s: usize) -> bool {
        let range = self.sentences[s].tokens.clone();
        let first = range.start;
        range.clone().any(|k| self.tokens[k].prohibition && !(k.saturating_sub(4).max(first)..k).any(|j| self.tokens[j].negation && !self.tokens[j].preposition))
    }

    /// Is sentence `s` an instruction ("Do not enter …", "Review all
    /// output …", « Ne pas saisir … »)? A leading clause number is skipped.
    pub fn instructs(&self, s: &Sentence) -> bool {
        let Some(first) = s.tokens.clone().find(|&t| !self.word(t).starts_with(|c: char| c.is_ascii_digit())) else { return false };
        let is = |t: usize, words: &[String]| t < s.tokens.end && self.lower_in(t, words);
        // "Carefully review the draft": an adverb in -ly may stand before the
        // verb; "Review, verify and fact check the text": verbs in a row.
        let verb = if self.word(first).len() > 4 && self.word(first).ends_with("ly") && is(first + 1, &self.words.instruction_verbs) { first + 1 } else { first };
        self.words.instructions.iter().any(|phrase| self.phrase_at(first, s.tokens.end, phrase))
            || (is(verb, &self.words.instruction_verbs) && (is(verb + 1, &self.words.determiners) || is(verb + 1, &self.words.instruction_verbs) || (is(verb + 1, &self.words.conjunctions) && is(verb + 2, &self.words.instruction_verbs))))
    }

    /// Is sentence `s` an instruction that forbids ("Do not enter …",
    /// "Don't put …", "Never share …")? Its negation stands in its first two
    /// words, after any clause number; or it opens with a verb of refraining
    /// ("Avoid entering …").
    pub fn instructs_against(&self, s: usize) -> bool {
        let sentence = &self.sentences[s];
        let Some(first) = sentence.tokens.clone().find(|&t| !self.word(t).starts_with(|c: char| c.is_ascii_digit())) else { return false };
        (self.instructs(sentence) && (first..(first + 2).min(sentence.tokens.end)).any(|t| self.tokens[t].negation && !self.tokens[t].preposition))
            || self.lower_in(first, &self.words.refraining)
    }

    /// Does the word at token `t` describe a thing ("transparent bags", "a
    /// robust slate roof", "privacy hedge")? A `physical` noun follows it in
    /// its clause, at most two content words on (short words, determiners and
    /// commas end the search: "privacy of the vehicle's owner" is privacy).
    pub fn describes_thing(&self, t: usize) -> bool {
        let s = &self.sentences[self.tokens[t].sentence];
        let mut prev = t;
        for k in t + 1..(t + 4).min(s.tokens.end) {
            let w = self.word(k);
            if self.doc.text[self.tokens[prev].end..self.tokens[k].start].contains([',', ';', ':', '(']) || w.chars().count() <= 3 || self.lower_in(k, &self.words.determiners) {
                break;
            }
            if self.words.physical.contains(self.stem(k)) {
                return true;
            }
            prev = k;
        }
        // French and Spanish put the adjective after its noun (« ruban
        // adhésif transparent », «mampara transparente»): the noun may also
        // stand just before, at most two content words back, with no verb
        // between («les images des véhicules sont conservées» keeps its term).
        let mut next = t;
        for k in (s.tokens.start.max(t.saturating_sub(2))..t).rev() {
            let w = self.word(k);
            if self.doc.text[self.tokens[k].end..self.tokens[next].start].contains([',', ';', ':', '(', ')']) || w.chars().count() <= 3 || self.tokens[k].finite || self.lower_in(k, &self.words.determiners) {
                return false;
            }
            if self.words.physical.contains(self.stem(k)) {
                return true;
            }
            next = k;
        }
        false
    }

    /// Is token `t` an item of a list of three or more examples ("AI tools
    /// such as chatbots, facial recognition and translation")? The list runs
    /// from an `examples` cue to the next finite verb or the sentence's end.
    pub fn in_example_list(&self, t: usize) -> bool {
        let s = &self.sentences[self.tokens[t].sentence];
        let end = (t..s.tokens.end).find(|&k| self.tokens[k].finite).unwrap_or(s.tokens.end);
        for c in (s.tokens.start..t).rev() {
            if self.tokens[c].finite {
                return false;
            }
            let Some(cue) = self.words.examples.iter().find(|phrase| c + phrase.len() <= t && self.phrase_at(c, end, phrase)) else { continue };
            let first = c + cue.len();
            let commas = self.doc.text[self.tokens[first].start..self.tokens[end - 1].end].matches([',', ';']).count();
            let joins: Vec<usize> = (first..end).filter(|&k| self.lower_in(k, &self.words.conjunctions)).collect();
            // The last item follows a conjunction: "including risk scoring,
            // to the records, and should inform" is one example in a clause.
            // Items set apart by semicolons ("the following: cell site
            // simulators; plate readers; face recognition software; …") are
            // a list even when the text runs on past its last one.
            let semicolons = self.doc.text[self.tokens[first].start..self.tokens[end - 1].end].matches(';').count();
            return (joins.last().is_some_and(|&k| k + 1 < end) && commas + joins.len() >= 2) || semicolons >= 2;
        }
        false
    }

    /// Do tokens `first..=last` lie in a run-in label: at most four words
    /// that open their sentence and end at a colon, with text after it
    /// ("Transparency and explainability: systems must be …"), and no
    /// finite verb, article or determiner among them?
    pub fn in_run_in_label(&self, first: usize, last: usize) -> bool {
        const LABEL_WORDS: usize = 4;
        let s = &self.sentences[self.tokens[first].sentence];
        let text = &self.doc.text;
        let Some(colon) = text[s.start..s.end].find(':').map(|c| s.start + c) else { return false };
        if self.tokens[last].end > colon || text[colon + 1..s.end].trim().is_empty() {
            return false;
        }
        // "The score is advisory: …" is a clause, not a label: a label is a
        // bare noun phrase, with no finite verb, article or determiner.
        let label: Vec<usize> = s.tokens.clone().take_while(|&t| self.tokens[t].end <= colon).collect();
        label.len() <= LABEL_WORDS && !label.iter().any(|&t| self.tokens[t].finite || self.lower_in(t, &self.words.determiners))
    }

    /// Is the phrase at tokens `first..=last` one item of a list of topics
    /// ("a use policy that includes the purpose, data access, data retention,
    /// training, auditing and maintenance", "the template contains these
    /// components: 1) purpose, …, 10) redress, …")? A `contents` cue opens
    /// the list, no auxiliary stands between it and the phrase, the phrase
    /// is bounded by commas, semicolons, a colon or a conjunction within
    /// three words before it (« l'audit des journaux ») and three after
    /// («el acceso a los datos»), and
    /// five or more items follow the cue. Such a
    /// list says what a document will address, not how.
    pub fn in_topic_list(&self, first: usize, last: usize) -> bool {
        let s = &self.sentences[self.tokens[first].sentence];
        let is = |k: usize, words: &[String]| self.lower_in(k, words);
        let gap = |k: usize| &self.doc.text[self.tokens[k - 1].end..self.tokens[k].start];
        // The nearest cue before the phrase in its sentence, with no finite
        // verb from the cue up to the phrase.
        let before = self.topic_cues.partition_point(|&k| k < first);
        let Some(cue) = before.checked_sub(1).filter(|&i| self.topic_cues[i] >= s.tokens.start) else {
            return false;
        };
        if self.cue_separators[cue] < 4 {
            return false;
        }
        let cue = self.topic_cues[cue];
        // A verb inside an earlier item's relative clause ("images that may
        // be kept, data access, …") does not end the list.
        if self.finite_before[first] > self.finite_before[cue] && (cue + 1..first).any(|k| self.tokens[k].finite && !(k.saturating_sub(2)..k).any(|j| j > cue && self.tokens[j].relative)) {
            return false;
        }
        // The item's left edge: a separator or a conjunction at most three
        // words before the phrase (a modifier: "data retention", « l'accès
        // aux données »).
        let left = (first.saturating_sub(3).max(cue + 1)..=first).rev().any(|k| gap(k).contains([',', ';', ':', ')']) || is(k - 1, &self.words.conjunctions) || k == cue + 1);
        let right = (last + 1..=(last + 4).min(s.tokens.end)).any(|k| k == s.tokens.end || gap(k).contains([',', ';']) || is(k, &self.words.conjunctions));
        left && right
    }

    /// Does the text cite a code section by its sign or abbreviation and
    /// number ("§ 4622", "RCW 43.386.080", "ORS 181A.250")? Statutes and
    /// the policies that quote them cite the law this way. The number needs
    /// two characters before its dot, so "SOP 4.2" cites no law.
    pub fn cites_code_section(&self) -> bool {
        let text = &self.doc.text;
        let section_sign = text.match_indices('§').any(|(i, _)| text[i + '§'.len_utf8()..].trim_start().starts_with(|c: char| c.is_ascii_digit()));
        section_sign
            || self.tokens.iter().any(|tok| {
                let w = &text[tok.start..tok.end];
                (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) && self.section_number_at(tok.end)
            })
    }

    /// Does sentence `s` cite a code section: a section sign before a number
    /// ("§63A-16-104", "§ 4622"), a code's abbreviation before a section
    /// number ("RCW 43.386.080"), or a code's dotted initials before a
    /// number ("O.C.G.A 50-25-4"; with a closing period the sentence
    /// splitter may end the sentence there)?
    pub fn sentence_cites_code(&self, s: usize) -> bool {
        let sentence = &self.sentences[s];
        let text = &self.doc.text[sentence.start..sentence.end];
        text.match_indices('§').any(|(i, _)| text[i + '§'.len_utf8()..].trim_start().starts_with(|c: char| c.is_ascii_digit()))
            || dotted_initials_before_number(text)
            || code_before_number(text)
            || sentence.tokens.clone().any(|t| {
                let w = self.word(t);
                (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) && self.section_number_at(self.tokens[t].end)
            })
    }

    /// Does a section number follow byte `end` after one space (" 43.386.080",
    /// " 181A.250"): two or more characters, a dot, a digit?
    pub fn section_number_at(&self, end: usize) -> bool {
        let Some(rest) = self.doc.text[end..].strip_prefix(' ') else { return false };
        let number = &rest[..rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).unwrap_or(rest.len())];
        let Some((head, tail)) = number.split_once('.') else { return false };
        head.len() >= 2 && head.starts_with(|c: char| c.is_ascii_digit()) && tail.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Does a section number ("43.386", "9.73") end just before byte
    /// `start`, one space away ("chapter 43.386 RCW")?
    pub fn section_number_before(&self, start: usize) -> bool {
        let Some(head) = self.doc.text[..start].strip_suffix(' ') else { return false };
        let number = &head[head.char_indices().rev().find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '.')).map_or(0, |(i, c)| i + c.len_utf8())..];
        let Some((left, right)) = number.split_once('.') else { return false };
        left.len() >= 2 && left.bytes().all(|c| c.is_ascii_digit()) && right.starts_with(|c: char| c.is_ascii_digit()) && !number.ends_with('.')
    }

    /// Does sentence `s` limit a permission ("may only be used for …")?
    pub fn restricts(&self, s: &Sentence) -> bool {
        let starts = &self.words.restriction_starts;
        s.tokens.clone().any(|t| {
            self.lower_in(t, starts)
                && self.words.restrictions.iter().any(|phrase| self.phrase_at(t, s.tokens.end, phrase))
        })
    }

    /// Does sentence `s` open with a plain negation cue ("No officer …",
    /// « Aucune image … »), not a preposition ("Without …")?
    pub fn opens_negated(&self, s: usize) -> bool {
        let first = self.sentences[s].tokens.start;
        self.tokens.get(first).is_some_and(|t| t.sentence == s && t.negation && !t.preposition)
    }

    /// Marks context and advisory sections from their headings' words. A
    /// mark holds for the subsections under the heading, until a heading of
    /// the same or a higher level ("## Part B: Good practice" over "### 9.
    /// Testing").
    fn mark_sections(&mut self) {
        // The marks of the headings still open, by level (1 to 6).
        let mut open = [(false, false); 7];
        // A table of contents pasted as text is a run of headings with
        // nothing but page numbers under them: it stays in the context of
        // its "Contents" heading until a section says something.
        let empty: Vec<bool> = self.sections.iter().map(|section| {
            self.sentences[section.sentences.clone()].iter().all(|s| self.in_heading(s) || !s.tokens.clone().any(|t| self.word(t).chars().any(char::is_alphabetic)))
        }).collect();
        // A glossary pasted as text sets each defined term on its own line
        // ("Machine Learning (ML)" over its meaning), a heading like the
        // "Glossary" one: a short term heading whose section binds no one
        // (no modal of commitment: "must", "shall", "will"; "requiring" in a
        // meaning binds nothing) stays in that run's context.
        let defines_only: Vec<bool> = self.sections.iter().map(|section| {
            let sentences = &self.sentences[section.sentences.clone()];
            let body = sentences.iter().filter(|s| !self.in_heading(s)).count();
            let short = sentences.iter().filter(|s| self.in_heading(s)).all(|s| s.tokens.len() <= 6);
            short && body <= 2 && !sentences.iter().any(|s| s.tokens.clone().any(|t| self.tokens[t].finite && self.words.committed.contains(self.stem(t))))
        }).collect();
        let mut contents_run = false;
        for (i, section) in self.sections.iter_mut().enumerate() {
            let Some(bi) = section.heading else { continue };
            let block = &self.doc.blocks[bi];
            let BlockKind::Heading(level) = block.kind else { continue };
            let text = super::case::lowercase(self.doc.block_text(block));
            // A plain byte search: headings are short, and str::contains would
            // link a general string searcher into the wasm for this alone.
            let has = |words: &[String]| words.iter().any(|w| text.as_bytes().windows(w.len().max(1)).any(|part| part == w.as_bytes()));
            let level = usize::from(level).clamp(1, 6);
            let above = &open[..level];
            section.context = has(&self.words.context_headings) || above.iter().any(|o| o.0) || (contents_run && (empty[i] || defines_only[i]));
            contents_run = section.context && (empty[i] || (contents_run && defines_only[i]));
            section.advisory = has(&self.words.advisory_headings) || above.iter().any(|o| o.1);
            open[level] = (section.context, section.advisory);
            open[level + 1..].fill((false, false));
        }
    }

    /// Is sentence `s` a question ("Is the system in use?", «¿Se realizó
    /// una evaluación?»)? It asks about a topic; it sets no use of it.
    pub fn is_question(&self, s: &Sentence) -> bool {
        let text = self.doc.text[s.start..s.end].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ')' | ']' | '»' | '”' | '’' | ':' | ','));
        text.ends_with('?') || self.asks_in_word_order(s)
    }

    /// A question written without its question mark, as a parliament's
    /// record prints written questions ("(11) How many requests have been
    /// granted.", "Is the unit auditing its logs."): the sentence opens,
    /// after any item number, with one of the `interrogatives`, and a finite
    /// word closes that phrase or comes right after it (within three words
    /// after a phrase of two: "how many times have"). "Where a match is
    /// found, …" and "How data is kept is set out below" stay statements.
    fn asks_in_word_order(&self, s: &Sentence) -> bool {
        let Some(first) = s.tokens.clone().find(|&t| !self.word(t).starts_with(|c: char| c.is_ascii_digit())) else { return false };
        let Some(phrase) = self.words.interrogatives.iter().filter(|p| self.phrase_at(first, s.tokens.end, p)).max_by_key(|p| p.len()) else { return false };
        let after = first + phrase.len();
        let reach = if phrase.len() > 1 { 3 } else { 1 };
        after < s.tokens.end && (self.tokens[after - 1].finite || (after..(after + reach).min(s.tokens.end)).any(|t| self.tokens[t].finite))
    }

    /// Is sentence `s` a heading's text?
    pub fn in_heading(&self, s: &Sentence) -> bool {
        matches!(self.doc.blocks[s.block].kind, BlockKind::Heading(_))
    }

    /// Is sentence `s` in a table cell?
    pub fn in_table_cell(&self, s: &Sentence) -> bool {
        matches!(self.doc.blocks[s.block].kind, BlockKind::TableCell)
    }

    /// The sentence holding byte `offset` of the text.
    fn sentence_at(&self, offset: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.start <= offset);
        i.checked_sub(1).and_then(|i| self.sentences.get(i)).filter(|s| offset < s.end)
    }

    /// Is the text at `offset` a definition in running text or a recital?
    /// Either describes; neither binds anyone.
    pub fn describes_at(&self, offset: usize) -> bool {
        self.sentence_at(offset).is_some_and(|s| s.defines || s.recital)
    }

    /// Is the text at `offset` in a heading?
    pub fn heading_at(&self, offset: usize) -> bool {
        self.sentence_at(offset).is_some_and(|s| self.in_heading(s))
    }

    /// The section holding byte `offset` of the text.
    pub fn section_at(&self, offset: usize) -> Option<&Section> {
        let i = self.sections.partition_point(|s| s.start <= offset);
        self.sections.get(i.checked_sub(1)?)
    }

    fn push_sentence(&mut self, start: usize, end: usize, block: usize) {
        let idx = self.sentences.len();
        let first = self.tokens.len();
        let text = &self.doc.text[start..end];
        let mut word_start: Option<usize> = None;
        let mut clause_break = true;
        let mut comma = false;
        let mut pending = Pending::default();
        let keep_apostrophes = self.words.keep_apostrophes;
        let first_cue = self.topic_cues.len();
        self.separators = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next_is_word = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            // "general_public", "date_published": a field name joined by
            // underscores is one token, not the words it is made of.
            let is_word = c.is_alphanumeric() || (word_start.is_some() && next_is_word && (c == '_' || (keep_apostrophes && (c == '\'' || c == '\u{2019}'))));
            match (is_word, word_start) {
                (true, None) => word_start = Some(i),
                (false, Some(ws)) => {
                    self.push_token(start + ws, start + i, idx, clause_break, &mut pending);
                    self.tokens.last_mut().expect("just pushed").continues_list = clause_break && comma;
                    word_start = None;
                    clause_break = false;
                }
                _ => {}
            }
            if !is_word && matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '—' | '–') {
                self.separators += u32::from(matches!(c, ',' | ';'));
                comma = c == ',' && (!clause_break || comma);
                clause_break = true;
            }
        }
        if let Some(ws) = word_start {
            self.push_token(start + ws, end, idx, clause_break, &mut pending);
            self.tokens.last_mut().expect("just pushed").continues_list = clause_break && comma;
        }
        self.finish_sentence(first);
        // Each cue held the count before it; it wants the count after it.
        let total = self.separators;
        self.cue_separators[first_cue..].iter_mut().for_each(|n| *n = total - *n);
        let section = self.sections.len().saturating_sub(1);
        let last_gate = (first..self.tokens.len()).rev().find(|&t| self.tokens[t].gate);
        self.sentences.push(Sentence { start, end, section, block, tokens: first..self.tokens.len(), last_gate, out_of_scope: false, recital: false, defines: false, quoted_question: false, barred: false });
    }

    fn push_token(&mut self, start: usize, end: usize, sentence: usize, clause_break: bool, pending: &mut Pending) {
        let word = &self.doc.text[start..end];
        let stem_start = self.stems.len();
        stem_with(self.words.lang, word, &mut self.scratch, &mut self.stems);
        let stem_end = self.stems.len();
        self.stems.push(' ');
        self.lower.clear();
        if word.is_ascii() {
            self.lower.push_str(word);
            self.lower.make_ascii_lowercase();
        } else {
            self.lower.extend(word.chars().map(|c| if c == '\u{2019}' { '\'' } else { c }).map(super::case::lower));
        }
        let lower_start = self.lowers.len();
        self.lowers.push_str(&self.lower);
        let lower_end = self.lowers.len();
        let lower = self.lower.as_str();
        let w = self.words;
        let roles = w.roles(lower);
        let clause_start = clause_break || roles & Role::CLAUSE != 0;
        if clause_start {
            *pending = Pending::default();
        }
        let t = self.tokens.len();
        let mut negation = roles & Role::NEGATION != 0 || lower.ends_with("n't");
        if clause_start && negation && roles & Role::LIST != 0 {
            pending.governed = true;
        }
        let preposition = roles & Role::PREPOSITION != 0;
        if preposition {
            // « sans aucun contrôle », «sin que ningún agente»: one negation.
            pending.preposition = true;
        } else if roles & Role::PARTICLE != 0 {
            // « aucune décision n'est prise »: the particle completes the partner.
            negation = match pending.partner.take() {
                Some((_, counted)) => !counted,
                None => {
                    pending.particle = Some(t);
                    true
                }
            };
        } else if roles & Role::PARTNER != 0 {
            // « ne … pas », « ne … aucun »: one negation with its particle.
            if pending.particle.take().is_some() {
                negation = false;
            } else if std::mem::take(&mut pending.preposition) {
                // « sans qu'aucun enquêteur n'en prenne connaissance »: the
                // preposition takes the partner, and the « ne » that follows
                // is the partner's, so it adds no negation either.
                negation = false;
                pending.partner = Some((t, true));
            } else if !pending.governed {
                pending.partner = Some((t, negation));
            }
        } else if roles & Role::CANCEL != 0 {
            // « ne … que » restricts ("only"); it does not negate.
            if let Some(p) = pending.particle.take() {
                self.tokens[p].negation = false;
            }
        }
        if roles & Role::SCOPE != 0 {
            self.scope_words.push(t);
        }
        if roles & Role::CONTENTS != 0 {
            self.topic_cues.push(t);
            self.cue_separators.push(self.separators);
        }
        let relative = roles & Role::RELATIVE != 0;
        let gate = roles & Role::GATE != 0;
        let finite = roles & Role::FINITE != 0;
        let prohibition = roles & Role::PROHIBITION != 0;
        self.finite_before.push(self.finite_before[t] + u32::from(finite));
        self.tokens.push(Token { start, end, stem_start, stem_end, lower_start, lower_end, sentence, clause_start, continues_list: false, negation, preposition, relative, gate, finite, prohibition });
    }

    /// Second look at a sentence's tokens, once all are known: idioms undo
    /// their cue, and a comma clause continues a list only if it holds a
    /// list word before the next clause starts.
    fn finish_sentence(&mut self, first: usize) {
        let w = self.words;
        let n = self.tokens.len();
        for t in first..n {
            if self.tokens[t].negation && t + 1 < n && !w.idioms.is_empty() {
                let pair = (self.lower_word(t).to_string(), self.lower_word(t + 1).to_string());
                if w.idioms.contains(&pair) {
                    self.tokens[t].negation = false;
                }
            }
            if self.tokens[t].negation && t > first && !w.preposition_pairs.is_empty() {
                let pair = (self.lower_word(t - 1).to_string(), self.lower_word(t).to_string());
                if w.preposition_pairs.contains(&pair) {
                    self.tokens[t].preposition = true;
                }
            }
            // «no se informa a nadie y la herramienta nunca ha sido
            // auditada»: a partner right before a finite verb stands before
            // its own verb, so it negates its clause on its own, whatever
            // particle came earlier in the sentence.
            if !self.tokens[t].negation && t + 1 < n && self.tokens[t + 1].finite && self.lower_roles(t) & Role::PARTNER != 0 && self.lower_roles(t) & Role::NEGATION != 0 {
                self.tokens[t].negation = true;
            }
            // «no ha sido probado con X ni con Y», « n'est ni conservé ni
            // transmis »: a partner that is also a list word («ni») adds its
            // item to the denial, however far its particle stands back. Not
            // after a preposition: «sin revisión ni orden» is one «sin».
            if !self.tokens[t].negation && t > first {
                let roles = self.lower_roles(t);
                if roles & (Role::PARTNER | Role::LIST | Role::NEGATION) == Role::PARTNER | Role::LIST | Role::NEGATION {
                    let earlier = (first..t).rev().find(|&k| self.lower_roles(k) & Role::NEGATION != 0);
                    if earlier.is_some_and(|k| !self.tokens[k].preposition) {
                        self.tokens[t].negation = true;
                    }
                }
            }
            if self.tokens[t].continues_list {
                let end = (t + 1..n).find(|&k| self.tokens[k].clause_start).unwrap_or(n);
                self.tokens[t].continues_list = (t..end).any(|k| self.lower_roles(k) & Role::LIST != 0);
            }
        }
    }

    /// The function-word roles of token `t`, lower-cased.
    fn lower_roles(&mut self, t: usize) -> u16 {
        let (s, e) = (self.tokens[t].start, self.tokens[t].end);
        self.lower.clear();
        self.lower.extend(self.doc.text[s..e].chars().map(super::case::lower));
        self.words.roles(&self.lower)
    }

    pub fn stem(&self, t: usize) -> &str {
        self.tokens.get(t).map_or("", |t| &self.stems[t.stem_start..t.stem_end])
    }

    pub fn word(&self, t: usize) -> &str {
        self.tokens.get(t).map_or("", |t| &self.doc.text[t.start..t.end])
    }

    /// Token `t`'s word lower-cased, curly apostrophes straightened (word
    /// lists are written with straight ones), folded once per token.
    pub fn lower_word(&self, t: usize) -> &str {
        self.tokens.get(t).map_or("", |t| &self.lowers[t.lower_start..t.lower_end])
    }

    /// Is token `t`'s word, lower-cased, one of `lower_words`?
    pub fn lower_in(&self, t: usize, lower_words: &[String]) -> bool {
        let word = self.lower_word(t);
        lower_words.iter().any(|w| w == word)
    }

    /// Token index whose stem starts at `stem_offset`.
    pub fn token_at_stem(&self, stem_offset: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.stem_start < stem_offset);
        (self.tokens.get(i)?.stem_start == stem_offset).then_some(i)
    }

    /// Token index whose stem ends at `stem_offset`.
    pub fn token_ending_at_stem(&self, stem_offset: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.stem_end < stem_offset);
        (self.tokens.get(i)?.stem_end == stem_offset).then_some(i)
    }

    /// True when an odd number of negation cues precede token `t` within its
    /// clause (at most `window` tokens back): "will not be subject to human
    /// review" is negated, "no decision is made without human review" is not.
    /// Only a preposition ("without") or a relative clause ("an alert that
    /// has not been confirmed") lets an earlier cue count too: otherwise
    /// the nearest cue decides, so "keeps no record and is not audited" and
    /// "neither stores nor shares" stay negated.
    /// The look-back also crosses into a list the negation governs ("shall
    /// not ingest arrest data, stop-and-search records or …").
    pub fn is_negated(&self, t: usize, window: usize) -> bool {
        self.negated(t, window, true)
    }

    /// Like [`Analysis::is_negated`], but within the clause only. Coverage
    /// uses it: "must not include terms that single out a religion,
    /// ethnicity or political view" still shows the policy thinks about
    /// discrimination. A negation with a gate word later in the sentence
    /// is a restriction, not a denial: "no new version goes live until the
    /// board has approved it" provides for release control. The gate
    /// qualifies its own clause only: when a conjunction and a finite verb
    /// stand between the word and the gate («las cámaras no se usan dentro
    /// de las casas y los vídeos se borran al mes, salvo que …»), the gate
    /// opens the later clause and the ban stands.
    pub fn is_negated_in_clause(&self, t: usize, window: usize) -> bool {
        let gated = self.tokens.get(t).and_then(|tok| self.sentences.get(tok.sentence)?.last_gate).is_some_and(|g| g > t && self.gate_reaches(t, g));
        !gated && self.negated(t, window, false)
    }

    /// Whether the first gate word after `t` (at or before `last`) still
    /// belongs to `t`'s clause: no conjunction followed by a finite verb
    /// comes between them. The walk stops after `GATE_CLAUSE_REACH` words,
    /// so a long sentence costs no scan per word.
    fn gate_reaches(&self, t: usize, last: usize) -> bool {
        let mut joined = false;
        for k in t + 1..=last.min(t + GATE_CLAUSE_REACH) {
            let tok = &self.tokens[k];
            if tok.gate {
                return true;
            }
            if joined && tok.finite {
                return false;
            }
            if !joined && self.lower_in(k, &self.words.conjunctions) {
                joined = true;
            }
        }
        true
    }

    fn negated(&self, t: usize, window: usize, across_lists: bool) -> bool {
        let Some(tok) = self.tokens.get(t) else { return false };
        let stops = |x: &Token| x.clause_start && !(across_lists && x.continues_list);
        if stops(tok) {
            return false;
        }
        let mut count = 0;
        // Whether the only cue counted is a preposition ("without").
        let mut preposition_only = false;
        // A plain cue closes the count until a relative word reopens it.
        let mut closed = false;
        let mut k = t;
        // The negation a preposition or a relative clause answers to may
        // stand further back ("under no circumstances is an arrest decided
        // without …"): then look twice as far.
        let mut reach = window;
        // A finite verb seen on the way back: "without" no longer reaches.
        let mut past_verb = false;
        // A cue counted behind a finite verb: if a relative word opens its
        // clause, the cue negates that clause only ("posts that lead to no
        // report are deleted" are deleted).
        let mut inner = 0;
        // ", and" passed on the way back, then a finite verb: the words
        // before belong to a finished clause of their own ("no test has
        // been run, and flagged fans are turned away without any check"),
        // whose negation reaches neither this word nor its "without".
        let mut crossed = false;
        let mut other_clause = false;
        while k > 0 && t - k < reach {
            k -= 1;
            let prev = &self.tokens[k];
            if crossed && prev.finite {
                other_clause = true;
                break;
            }
            // The comma first: it is cheap and rare, the word test is neither.
            let comma_and = k > 0 && self.doc.text[self.tokens[k - 1].end..prev.start].contains(',') && self.lower_in(k, &self.words.conjunctions);
            if comma_and {
                crossed = true;
            }
            // « elles ne sont plus utiles et sont accessibles aux seuls
            // agents », "are not kept and are deleted": an "and" with a
            // finite verb of its own after it joins a second predicate,
            // which the first one's negation does not reach when that one
            // has its verb too.
            if past_verb && !comma_and && self.lower_in(k, &self.words.conjunctions) {
                crossed = true;
            }
            // "does not become the record until the officer has checked
            // it": the clause a gate opens states the condition; a
            // negation before the gate does not reach into it.
            if prev.sentence != tok.sentence || prev.gate {
                break;
            }
            let opens_clause = self.tokens.get(k + 1).is_some_and(|n| n.relative);
            if prev.negation && prev.preposition && past_verb && !opens_clause {
                // "images without incidents are deleted": not negated.
            } else if prev.negation && past_verb && !opens_clause && self.describes_noun(k) {
                // "images of people not on the watchlist are deleted": the
                // negation belongs to the phrase describing the people.
            } else if prev.relative {
                if closed {
                    reach = window * 2;
                }
                closed = false;
                count -= inner;
                inner = 0;
            } else if prev.negation && !closed {
                count += 1;
                if past_verb {
                    inner += 1;
                }
                preposition_only = count == 1 && prev.preposition;
                closed = !prev.preposition;
                if prev.preposition {
                    reach = window * 2;
                }
            }
            past_verb |= prev.finite;
            if stops(prev) {
                // ", and flagged fans are turned away without …": a clause
                // with its own verb; the sentence's opening "No" is another's.
                other_clause = comma_and && past_verb;
                break;
            }
        }
        // "No system may take decisions about pay, credit or legal matters
        // without human review": a sentence that opens with a plain cue
        // cancels a "without" however long the list between them.
        if preposition_only && count == 1 && !other_clause && self.sentences[tok.sentence].tokens.start < t && self.opens_negated(tok.sentence) {
            return false;
        }
        // "Publishing a text without human review is forbidden": the
        // sentence forbids what the "without" describes, so it too requires
        // the review.
        if preposition_only && count == 1 && !across_lists && self.forbids(tok.sentence) {
            return false;
        }
        count % 2 == 1
    }

    /// Is the negation at `k` a describing one ("not" in "people not on the
    /// watchlist are deleted"): a `describing_negations` word after a word
    /// that is neither a verb form nor a negation, with a word of its own
    /// phrase right after it, not a finite verb ("records not kept are …",
    /// not "data not is …")? Sentential "not" follows its auxiliary ("are
    /// not kept"), and one that opens the sentence ("Not all data …") has
    /// no noun before it.
    fn describes_noun(&self, k: usize) -> bool {
        if self.words.describing_negations.is_empty() || k == 0 || !self.lower_in(k, &self.words.describing_negations) {
            return false;
        }
        let (Some(before), Some(after)) = (self.tokens.get(k - 1), self.tokens.get(k + 1)) else { return false };
        before.sentence == self.tokens[k].sentence && !before.finite && !before.negation && !before.relative && !after.finite && !after.negation
    }

    /// Is token `t` a word of a multi-word proper name in running text
    /// ("Pública" in «Ley de Seguridad Pública», "Protection" in "Data
    /// Protection Officer"): capitalised, next to another capitalised word
    /// (or one short word away: «Unidad de Evaluación»), outside headings
    /// (often all capitalised) and table cells? Such a word names an
    /// institution or a law rather than saying what the policy does. A
    /// capital that only opens the sentence does not count; a lone
    /// capitalised word ("the Unit", «la Unidad») is a defined term (two
    /// short words may link a name: «Tratado de la Unión»); a
    /// numbered reference ("Section 9", «Reglamento 12/2025») is a
    /// citation; and a body ("Council") is what the policy answers to.
    pub fn in_name(&self, t: usize) -> bool {
        let Some(tok) = self.tokens.get(t) else { return false };
        let s = &self.sentences[tok.sentence];
        if !self.capitalised(t) || !matches!(self.doc.blocks[s.block].kind, BlockKind::Paragraph | BlockKind::ListItem) {
            return false;
        }
        if self.words.bodies.contains(self.stem(t)) {
            return false;
        }
        let short_link = |k: usize| self.tokens.get(k).is_some_and(|x| x.sentence == tok.sentence && x.end - x.start <= 4 && !self.capitalised(k));
        // The end of the name: a number right after it makes it a citation
        // ("Section 9", «Pautas de Accesibilidad para el Contenido Web 2.1»).
        let mut k = t + 1;
        while self.capitalised(k) || (short_link(k) && (self.capitalised(k + 1) || (short_link(k + 1) && self.capitalised(k + 2)))) {
            k += 1;
        }
        if self.tokens.get(k).is_some_and(|n| n.sentence == tok.sentence && self.doc.text[n.start..].starts_with(|c: char| c.is_ascii_digit())) {
            return false;
        }
        self.capitalised(t + 1)
            || (t > 0 && self.capitalised(t - 1))
            || (short_link(t + 1) && (self.capitalised(t + 2) || (short_link(t + 2) && self.capitalised(t + 3))))
            || (t > 1 && short_link(t - 1) && (self.capitalised(t - 2) || (t > 2 && short_link(t - 2) && self.capitalised(t - 3))))
    }

    /// Token `t` is a body ("Commissioner", "Board") written with a capital:
    /// the end of a name such as "the Scottish Biometrics Commissioner".
    pub fn capitalised_body(&self, t: usize) -> bool {
        self.capitalised(t) && self.words.bodies.contains(self.stem(t))
    }

    /// Token `t` starts with a capital followed by a small letter and is not
    /// the first word of its sentence (where a capital says nothing).
    fn capitalised(&self, t: usize) -> bool {
        let Some(tok) = self.tokens.get(t) else { return false };
        if self.sentences[tok.sentence].tokens.start == t {
            return false;
        }
        let mut chars = self.doc.text[tok.start..tok.end].chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    }

    /// Number of words in the document.
    pub fn word_count(&self) -> usize {
        self.tokens.len()
    }
}

/// Words after a negated word within which a conjunction and a finite verb
/// hand a later gate word ("salvo", "unless") to the next clause.
const GATE_CLAUSE_REACH: usize = 40;

/// Does "Code" cite a numbered rule or section, after at most one short
/// abbreviation ("Admin. Code r. 265-X-6-.04", "Penal Code 832.19")? The
/// number opens with a digit and holds a hyphen or a dot before more text,
/// so "Code 1" or a year is no citation.
fn code_before_number(text: &str) -> bool {
    text.match_indices("Code ").any(|(i, _)| {
        let mut rest = &text[i + "Code ".len()..];
        if let Some((word, after)) = rest.split_once(' ') {
            if word.len() <= 5 && word.ends_with('.') && word.starts_with(|c: char| c.is_ascii_alphabetic()) {
                rest = after;
            }
        }
        let number = &rest[..rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')')).unwrap_or(rest.len())];
        let number = number.trim_end_matches('.');
        number.starts_with(|c: char| c.is_ascii_digit()) && number.trim_end_matches(|c: char| c.is_ascii_alphanumeric()).contains(['-', '.'])
    })
}

/// Does `text` hold three or more capital initials joined by dots, then a
/// space and a digit ("O.C.G.A 50-25-4")?
fn dotted_initials_before_number(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_uppercase() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut letters = 0;
        while j < b.len() && b[j].is_ascii_uppercase() && (j + 1 == b.len() || !b[j + 1].is_ascii_alphabetic()) {
            letters += 1;
            j += 1;
            if j < b.len() && b[j] == b'.' {
                j += 1;
            } else {
                break;
            }
        }
        if letters >= 3 && b.get(j) == Some(&b' ') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}
