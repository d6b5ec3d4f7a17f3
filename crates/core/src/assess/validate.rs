//! Definition validation: every problem, each with its path. It never
//! panics and never stops at the first problem, so an author can fix a file
//! in one pass.

use super::condition::Condition;
use super::definition::{AnswerOption, Definition, Kind, MigrationStep, Question, QuestionType};
use super::problem::Problem;
use super::reach::Reachability;
use super::text::LocalText;
use crate::Taxonomy;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Parses (JSON or TOML by content) and validates. Parse problems come first.
pub fn validate_text(text: &str) -> Vec<Problem> {
    match super::parse::parse_auto(text) {
        Ok(parsed) => {
            let mut problems = parsed.warnings;
            problems.extend(validate(&parsed.definition));
            problems
        }
        Err(problems) => problems,
    }
}

/// Where each question sits, for ordering and type checks.
pub(crate) struct Index<'a> {
    pub by_id: HashMap<&'a str, (usize, &'a Question)>,
}

impl<'a> Index<'a> {
    pub fn new(def: &'a Definition) -> Self {
        let mut by_id = HashMap::new();
        for (pos, (_, q)) in def.questions().enumerate() {
            by_id.entry(q.id.as_str()).or_insert((pos, q));
        }
        Index { by_id }
    }
}

pub fn validate(def: &Definition) -> Vec<Problem> {
    let mut v = Validator { def, index: Index::new(def), out: Vec::new() };
    v.top();
    v.dimensions();
    v.sections();
    v.red_flags();
    v.migrations();
    v.cycles();
    v.reachability();
    v.translations();
    v.out
}

struct Validator<'a> {
    def: &'a Definition,
    index: Index<'a>,
    out: Vec<Problem>,
}

fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn qpath(si: usize, qi: usize) -> String {
    format!("sections[{si}].questions[{qi}]")
}

impl<'a> Validator<'a> {
    fn err(&mut self, path: impl Into<String>, msg: impl Into<String>) {
        self.out.push(Problem::error(path, msg));
    }
    fn warn(&mut self, path: impl Into<String>, msg: impl Into<String>) {
        self.out.push(Problem::warning(path, msg));
    }

    fn top(&mut self) {
        let d = self.def;
        if !is_id(&d.id) {
            self.err("id", format!("`{}` is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit", d.id));
        }
        if semver::Version::parse(d.version.trim()).is_err() {
            self.err("version", format!("`{}` is not a semver version such as `1.0.0`", d.version));
        }
        if d.languages.is_empty() {
            self.warn("languages", "no languages listed; `en` is assumed");
        }
        let mut seen = HashSet::new();
        for (i, l) in d.languages.iter().enumerate() {
            if l.trim().is_empty() {
                self.err(format!("languages[{i}]"), "empty language code");
            } else if !seen.insert(l.as_str()) {
                self.warn(format!("languages[{i}]"), format!("language `{l}` is listed twice"));
            }
        }
        if d.title.is_blank() {
            self.err("title", "the title is empty");
        }
        if d.description.is_blank() {
            self.err("description", "the description is empty");
        }
        if d.sections.is_empty() {
            self.err("sections", "a questionnaire needs at least one section");
        }
    }

    fn dimensions(&mut self) {
        let d = self.def;
        match d.kind {
            Kind::Readiness if d.dimensions.is_empty() => {
                self.err("dimensions", "a readiness questionnaire needs at least one dimension")
            }
            Kind::Risk if !d.dimensions.is_empty() => {
                self.warn("dimensions", "dimensions are used only by readiness questionnaires; they are ignored here")
            }
            _ => {}
        }
        let mut seen = HashSet::new();
        for (i, dim) in d.dimensions.iter().enumerate() {
            if !is_id(&dim.id) {
                self.err(format!("dimensions[{i}].id"), format!("`{}` is not a valid id", dim.id));
            }
            if !seen.insert(dim.id.as_str()) {
                self.err(format!("dimensions[{i}].id"), format!("duplicate dimension id `{}`", dim.id));
            }
            if dim.title.is_blank() {
                self.err(format!("dimensions[{i}].title"), "the title is empty");
            }
        }
    }

    fn sections(&mut self) {
        let d = self.def;
        let mut section_ids = HashSet::new();
        let mut question_ids: HashMap<&str, String> = HashMap::new();
        let mut pos = 0usize;
        for (si, s) in d.sections.iter().enumerate() {
            let spath = format!("sections[{si}]");
            if !is_id(&s.id) {
                self.err(format!("{spath}.id"), format!("`{}` is not a valid id", s.id));
            }
            if !section_ids.insert(s.id.as_str()) {
                self.err(format!("{spath}.id"), format!("duplicate section id `{}`", s.id));
            }
            if s.title.is_blank() {
                self.err(format!("{spath}.title"), "the title is empty");
            }
            if s.questions.is_empty() {
                self.err(format!("{spath}.questions"), "a section needs at least one question");
            }
            if let Some(c) = &s.visible_if {
                // A section's condition may read only questions before the section.
                self.condition(c, &format!("{spath}.visible_if"), Some(pos));
            }
            for (qi, q) in s.questions.iter().enumerate() {
                let path = qpath(si, qi);
                if let Some(first) = question_ids.get(q.id.as_str()) {
                    self.err(format!("{path}.id"), format!("duplicate question id `{}` (first at {first})", q.id));
                } else {
                    question_ids.insert(q.id.as_str(), path.clone());
                }
                self.question(q, &path, pos);
                pos += 1;
            }
        }
    }

    fn question(&mut self, q: &Question, path: &str, pos: usize) {
        let d = self.def;
        if !is_id(&q.id) {
            self.err(format!("{path}.id"), format!("`{}` is not a valid id", q.id));
        }
        if q.prompt.is_blank() {
            self.err(format!("{path}.prompt"), "the prompt is empty");
        }
        if q.help.is_blank() {
            self.warn(format!("{path}.help"), "no help text: say why this question matters");
        }
        if !q.weight.is_finite() || !(0.0..=10.0).contains(&q.weight) {
            self.err(format!("{path}.weight"), format!("weight must be a number from 0 to 10, got {}", q.weight));
        }
        self.principles(&q.principles, &format!("{path}.principles"));
        if q.is_scored() && q.principles.is_empty() {
            self.err(format!("{path}.principles"), "a scored question must name at least one principle (or set weight 0)");
        }
        if q.kind == QuestionType::Risk && d.kind != Kind::Risk {
            self.err(format!("{path}.type"), "`risk` items belong in risk questionnaires only");
        }
        self.options(q, path);
        self.type_specific_fields(q, path);
        if d.kind == Kind::Readiness && q.is_scored() {
            match &q.dimension {
                None => self.err(format!("{path}.dimension"), "a scored readiness question needs a dimension"),
                Some(dim) if !d.dimensions.iter().any(|x| &x.id == dim) => {
                    self.err(format!("{path}.dimension"), format!("unknown dimension `{dim}`"))
                }
                _ => {}
            }
        }
        if q.is_scored() && q.action.is_none() {
            let adverse_without_action = q.kind == QuestionType::Risk
                || q.options.iter().any(|o| o.action.is_none() && is_adverse_score(d.kind, o.score));
            if adverse_without_action {
                self.err(format!("{path}.action"), "a scored question needs an `action` for adverse answers");
            }
        }
        if let Some(c) = &q.visible_if {
            self.condition(c, &format!("{path}.visible_if"), Some(pos));
        }
        for (mi, m) in q.mitigations.iter().enumerate() {
            let mpath = format!("{path}.mitigations[{mi}]");
            if q.kind != QuestionType::Risk {
                self.warn(&mpath, "mitigations apply to `risk` items only; ignored");
            }
            if !(1..=4).contains(&m.by) {
                self.err(format!("{mpath}.by"), format!("`by` must be 1 to 4, got {}", m.by));
            }
            if m.when.questions().contains(&q.id.as_str()) {
                self.err(format!("{mpath}.when"), "a mitigation cannot depend on its own risk item");
            }
            self.condition(&m.when, &format!("{mpath}.when"), None);
        }
    }

    fn principles(&mut self, ids: &[String], path: &str) {
        let t = Taxonomy::builtin();
        let mut seen = HashSet::new();
        for (i, p) in ids.iter().enumerate() {
            if t.instrumental_principle(p).is_none() {
                let hint = if t.core_principle(p).is_some() { " (use an instrumental id such as `lawfulness.necessity`, not a core id)" } else { "" };
                self.err(format!("{path}[{i}]"), format!("unknown principle `{p}`{hint}"));
            } else if !seen.insert(p.as_str()) {
                self.warn(format!("{path}[{i}]"), format!("principle `{p}` is listed twice"));
            }
        }
    }

    fn options(&mut self, q: &Question, path: &str) {
        let opath = format!("{path}.options");
        let values: Vec<&str> = q.options.iter().map(|o| o.value.as_str()).collect();
        match q.kind {
            QuestionType::SingleChoice if q.options.len() < 2 => self.err(&opath, "a single_choice question needs at least two options"),
            QuestionType::MultiChoice if q.options.is_empty() => self.err(&opath, "a multi_choice question needs at least one option"),
            QuestionType::YesNoUnsure if values != ["yes", "no", "unsure"] => {
                self.err(&opath, format!("yes_no_unsure options must be exactly `yes`, `no`, `unsure` in that order; got [{}]", values.join(", ")))
            }
            QuestionType::Likert if values != ["1", "2", "3", "4", "5"] => {
                self.err(&opath, format!("likert options must be exactly `1` to `5` in order; got [{}]", values.join(", ")))
            }
            QuestionType::Risk | QuestionType::Number | QuestionType::Text if !q.options.is_empty() => {
                self.warn(&opath, format!("{} questions take no options; they are ignored", q.kind.as_str()))
            }
            _ => {}
        }
        if !q.kind.has_options() {
            return;
        }
        let mut seen = HashSet::new();
        for (oi, o) in q.options.iter().enumerate() {
            let p = format!("{opath}[{oi}]");
            if o.value.trim().is_empty() {
                self.err(format!("{p}.value"), "empty option value");
            } else if !seen.insert(o.value.as_str()) {
                self.err(format!("{p}.value"), format!("duplicate option value `{}`", o.value));
            }
            let label_needed = q.kind != QuestionType::YesNoUnsure;
            match &o.label {
                None if label_needed => self.err(format!("{p}.label"), "this option needs a label"),
                Some(l) if l.is_blank() => self.err(format!("{p}.label"), "the label is empty"),
                _ => {}
            }
            self.score(o, &format!("{p}.score"));
        }
    }

    fn score(&mut self, o: &AnswerOption, path: &str) {
        let s = o.score;
        let ok = match self.def.kind {
            Kind::Risk => s.is_finite() && s.fract() == 0.0 && (0.0..=4.0).contains(&s),
            Kind::Readiness => s.is_finite() && (s == 0.0 || (1.0..=5.0).contains(&s)),
        };
        if !ok {
            let expected = match self.def.kind {
                Kind::Risk => "an integer concern level from 0 to 4",
                Kind::Readiness => "a maturity from 1 to 5, or 0 for a context option",
            };
            self.err(path, format!("score must be {expected}, got {s}"));
        }
    }

    fn type_specific_fields(&mut self, q: &Question, path: &str) {
        let is_number = q.kind == QuestionType::Number;
        for (name, present) in [("min", q.min.is_some()), ("max", q.max.is_some()), ("step", q.step.is_some()), ("unit", q.unit.is_some())] {
            if present && !is_number {
                self.warn(format!("{path}.{name}"), format!("`{name}` applies to number questions only; ignored"));
            }
        }
        for (name, v) in [("min", q.min), ("max", q.max), ("step", q.step)] {
            if v.is_some_and(|v| !v.is_finite()) {
                self.err(format!("{path}.{name}"), format!("`{name}` must be a finite number"));
            }
        }
        if let (Some(min), Some(max)) = (q.min, q.max) {
            if min > max {
                self.err(format!("{path}.max"), format!("max ({max}) is below min ({min})"));
            }
        }
        if q.step.is_some_and(|s| s <= 0.0) {
            self.err(format!("{path}.step"), "step must be positive");
        }
        if let Some(n) = q.max_length {
            if q.kind != QuestionType::Text {
                self.warn(format!("{path}.max_length"), "`max_length` applies to text questions only; ignored");
            } else if n == 0 {
                self.err(format!("{path}.max_length"), "max_length must be at least 1");
            }
        }
    }

    /// Checks a condition's references and types. `before` is the position a
    /// `visible_if` must refer before; `None` allows any question.
    fn condition(&mut self, c: &Condition, path: &str, before: Option<usize>) {
        let p = format!("{path}.{}", c.name());
        match c {
            Condition::AnyOf(cs) | Condition::AllOf(cs) => {
                if cs.is_empty() {
                    self.warn(&p, format!("empty `{}` is always {}", c.name(), matches!(c, Condition::AllOf(_))));
                }
                for (i, sub) in cs.iter().enumerate() {
                    self.condition(sub, &format!("{p}[{i}]"), before);
                }
                return;
            }
            Condition::Not(sub) => return self.condition(sub, &p, before),
            _ => {}
        }
        let Some(qid) = c.leaf_question() else { return };
        let Some(&(pos, q)) = self.index.by_id.get(qid) else {
            return self.err(&p, format!("refers to unknown question `{qid}`"));
        };
        if let Some(limit) = before {
            if pos >= limit {
                self.err(&p, format!("`visible_if` may refer only to earlier questions; `{qid}` is not earlier"));
            }
        }
        let kind = q.kind;
        match c {
            Condition::Equals(qv) => self.value_fits(q, &qv.value, &p),
            Condition::OneOf(qv) => {
                if kind == QuestionType::MultiChoice {
                    self.err(&p, format!("`one_of` on multi_choice `{qid}`; use `includes`"));
                } else {
                    for v in &qv.values {
                        self.value_fits(q, v, &p);
                    }
                }
            }
            Condition::Includes(qv) => {
                if kind != QuestionType::MultiChoice {
                    self.err(&p, format!("`includes` needs a multi_choice question; `{qid}` is {}", kind.as_str()));
                } else {
                    self.option_value(q, &qv.value, &p);
                }
            }
            Condition::Gt(n) | Condition::Gte(n) | Condition::Lt(n) | Condition::Lte(n) => {
                if !matches!(kind, QuestionType::Number | QuestionType::Likert) {
                    self.err(&p, format!("`{}` needs a number or likert question; `{qid}` is {}", c.name(), kind.as_str()));
                }
                if !n.value.is_finite() {
                    self.err(&p, "the value must be a finite number");
                }
            }
            _ => {}
        }
    }

    /// Whether `equals`/`one_of` value `v` can ever match an answer to `q`.
    fn value_fits(&mut self, q: &Question, v: &Value, path: &str) {
        match q.kind {
            QuestionType::SingleChoice | QuestionType::YesNoUnsure => self.option_value(q, v, path),
            QuestionType::MultiChoice => match v.as_array() {
                Some(items) => items.iter().for_each(|i| self.option_value(q, i, path)),
                None => self.err(path, format!("`{}` is multi_choice: compare with an array, or use `includes`", q.id)),
            },
            QuestionType::Likert => {
                let n = v.as_f64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()));
                if !n.is_some_and(|n: f64| n.fract() == 0.0 && (1.0..=5.0).contains(&n)) {
                    self.err(path, format!("`{}` is likert: the value must be 1 to 5, got {v}", q.id));
                }
            }
            QuestionType::Number if !v.is_number() => self.err(path, format!("`{}` is a number question; {v} is not a number", q.id)),
            QuestionType::Text if !v.is_string() => self.err(path, format!("`{}` is a text question; {v} is not a string", q.id)),
            QuestionType::Risk if v.as_str() != Some(super::answers::NOT_APPLICABLE) => self.err(
                path,
                format!("`{}` is a risk item: only \"not_applicable\" can be compared; use the item's level instead", q.id),
            ),
            _ => {}
        }
    }

    fn option_value(&mut self, q: &Question, v: &Value, path: &str) {
        match v.as_str() {
            Some(s) if q.option(s).is_some() => {}
            Some(s) => self.err(path, format!("`{s}` is not an option of `{}`", q.id)),
            None => self.err(path, format!("`{}` takes option value strings, got {v}", q.id)),
        }
    }

    fn red_flags(&mut self) {
        let mut seen = HashSet::new();
        for (i, rf) in self.def.red_flags.iter().enumerate() {
            let path = format!("red_flags[{i}]");
            if !is_id(&rf.id) {
                self.err(format!("{path}.id"), format!("`{}` is not a valid id", rf.id));
            }
            if !seen.insert(rf.id.as_str()) {
                self.err(format!("{path}.id"), format!("duplicate red flag id `{}`", rf.id));
            }
            self.principles(&rf.principles, &format!("{path}.principles"));
            if rf.message.is_blank() {
                self.err(format!("{path}.message"), "the message is empty");
            }
            if rf.action.is_blank() {
                self.err(format!("{path}.action"), "the action is empty");
            }
            self.condition(&rf.when, &format!("{path}.when"), None);
        }
    }

    fn migrations(&mut self) {
        let current = semver::Version::parse(self.def.version.trim()).ok();
        let mut seen = HashSet::new();
        for (i, m) in self.def.migrations.iter().enumerate() {
            let path = format!("migrations[{i}]");
            match semver::Version::parse(m.from.trim()) {
                Err(_) => self.err(format!("{path}.from"), format!("`{}` is not a semver version", m.from)),
                Ok(v) => {
                    if current.as_ref().is_some_and(|c| &v >= c) {
                        self.err(format!("{path}.from"), format!("`{}` is not older than the current version {}", m.from, self.def.version));
                    }
                    if !seen.insert(v) {
                        self.err(format!("{path}.from"), format!("two migrations start from `{}`", m.from));
                    }
                }
            }
            for (si, step) in m.steps.iter().enumerate() {
                let sp = format!("{path}.steps[{si}]");
                match step {
                    MigrationStep::RenameQuestion { to, .. } if !self.index.by_id.contains_key(to.as_str()) => {
                        self.warn(format!("{sp}.rename_question.to"), format!("`{to}` is not a question of this version"))
                    }
                    MigrationStep::RemoveQuestion { id, .. } if self.index.by_id.contains_key(id.as_str()) => {
                        self.warn(format!("{sp}.remove_question.id"), format!("`{id}` is still a question of this version"))
                    }
                    MigrationStep::RemapOption { question, to, .. } => match self.index.by_id.get(question.as_str()) {
                        None => self.warn(format!("{sp}.remap_option.question"), format!("`{question}` is not a question of this version")),
                        Some((_, q)) if q.option(to).is_none() => {
                            self.warn(format!("{sp}.remap_option.to"), format!("`{to}` is not an option of `{question}`"))
                        }
                        _ => {}
                    },
                    _ => {}
                }
            }
        }
    }

    /// Condition cycles among `visible_if`s (a section's condition counts for
    /// each of its questions). Ordering errors usually catch these too, but a
    /// cycle is named explicitly because it is the real cause.
    fn cycles(&mut self) {
        let mut deps: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        let mut where_: HashMap<&str, String> = HashMap::new();
        for (si, s) in self.def.sections.iter().enumerate() {
            let section_refs = s.visible_if.as_ref().map(|c| c.questions()).unwrap_or_default();
            for (qi, q) in s.questions.iter().enumerate() {
                let mut refs = section_refs.clone();
                if let Some(c) = &q.visible_if {
                    refs.extend(c.questions());
                }
                deps.entry(q.id.as_str()).or_default().extend(refs);
                where_.entry(q.id.as_str()).or_insert_with(|| qpath(si, qi));
            }
        }
        // Iterative three-colour DFS, so deep chains cannot overflow the stack.
        let mut colour: HashMap<&str, u8> = HashMap::new();
        let mut reported: HashSet<Vec<&str>> = HashSet::new();
        for &start in deps.keys() {
            if colour.get(start).copied().unwrap_or(0) != 0 {
                continue;
            }
            let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
            colour.insert(start, 1);
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                let children = deps.get(node).map(Vec::as_slice).unwrap_or(&[]);
                if *next < children.len() {
                    let child = children[*next];
                    *next += 1;
                    match colour.get(child).copied().unwrap_or(0) {
                        0 if deps.contains_key(child) => {
                            colour.insert(child, 1);
                            stack.push((child, 0));
                        }
                        1 => {
                            let from = stack.iter().position(|(n, _)| *n == child).unwrap_or(0);
                            let mut cycle: Vec<&str> = stack[from..].iter().map(|(n, _)| *n).collect();
                            let mut key = cycle.clone();
                            crate::sort::sort(&mut key);
                            if reported.insert(key) {
                                cycle.push(child);
                                let path = where_.get(child).cloned().unwrap_or_default();
                                self.err(format!("{path}.visible_if"), format!("condition cycle: {}", cycle.join(" → ")));
                            }
                        }
                        _ => {}
                    }
                } else {
                    colour.insert(node, 2);
                    stack.pop();
                }
            }
        }
    }

    fn reachability(&mut self) {
        let reach = Reachability::new(self.def);
        for (si, s) in self.def.sections.iter().enumerate() {
            for (qi, q) in s.questions.iter().enumerate() {
                if reach.can_show(&q.id) {
                    continue;
                }
                let msg = "can never become visible: its conditions (or its section's) cannot all be met";
                if q.required {
                    self.err(format!("{}.visible_if", qpath(si, qi)), format!("required question {msg}"));
                } else {
                    self.warn(format!("{}.visible_if", qpath(si, qi)), format!("question {msg}"));
                }
            }
        }
        for (i, rf) in self.def.red_flags.iter().enumerate() {
            if !reach.satisfiable(&rf.when) {
                self.warn(format!("red_flags[{i}].when"), "this red flag can never be raised");
            }
        }
    }

    fn translations(&mut self) {
        let d = self.def;
        let default = d.default_lang();
        // Paths are built only for texts that miss a language: this runs
        // over every text of the definition.
        let check = |out: &mut Vec<Problem>, path: &dyn Fn() -> String, text: &LocalText| {
            let missing: Vec<&str> = d.languages.iter().filter(|l| !text.has(l, default)).map(String::as_str).collect();
            if !missing.is_empty() {
                out.push(Problem::warning(path(), format!("missing translation: {}", missing.join(", "))));
            }
        };
        let out = &mut self.out;
        check(out, &|| "title".into(), &d.title);
        check(out, &|| "description".into(), &d.description);
        for (i, dim) in d.dimensions.iter().enumerate() {
            check(out, &|| format!("dimensions[{i}].title"), &dim.title);
            if !dim.description.is_blank() {
                check(out, &|| format!("dimensions[{i}].description"), &dim.description);
            }
        }
        for (si, s) in d.sections.iter().enumerate() {
            check(out, &|| format!("sections[{si}].title"), &s.title);
            if let Some(t) = &s.description {
                check(out, &|| format!("sections[{si}].description"), t);
            }
            for (qi, q) in s.questions.iter().enumerate() {
                check(out, &|| format!("{}.prompt", qpath(si, qi)), &q.prompt);
                if !q.help.is_blank() {
                    check(out, &|| format!("{}.help", qpath(si, qi)), &q.help);
                }
                if let Some(t) = &q.action {
                    check(out, &|| format!("{}.action", qpath(si, qi)), t);
                }
                if let Some(t) = &q.unit {
                    check(out, &|| format!("{}.unit", qpath(si, qi)), t);
                }
                for (oi, o) in q.options.iter().enumerate() {
                    if let Some(t) = &o.label {
                        check(out, &|| format!("{}.options[{oi}].label", qpath(si, qi)), t);
                    }
                    if let Some(t) = &o.action {
                        check(out, &|| format!("{}.options[{oi}].action", qpath(si, qi)), t);
                    }
                }
            }
        }
        for (i, rf) in d.red_flags.iter().enumerate() {
            check(out, &|| format!("red_flags[{i}].message"), &rf.message);
            check(out, &|| format!("red_flags[{i}].action"), &rf.action);
        }
    }
}

/// An option score that would trigger a recommendation (see docs/scoring.md).
pub(crate) fn is_adverse_score(kind: Kind, score: f64) -> bool {
    match kind {
        Kind::Risk => score >= 2.0,
        Kind::Readiness => score > 0.0 && score <= 2.0,
    }
}
