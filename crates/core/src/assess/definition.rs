//! The questionnaire definition schema (see docs/questionnaire-format.md).
//! Types mirror the documented fields one to one; semantic checks live in
//! `validate`, so parsing accepts anything well-typed and validation explains
//! what is wrong with it.

use super::condition::Condition;
use super::text::LocalText;
use serde::{Deserialize, Serialize};

/// Which scoring model a definition uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Risk,
    Readiness,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Risk => "risk",
            Kind::Readiness => "readiness",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    SingleChoice,
    MultiChoice,
    YesNoUnsure,
    Likert,
    Risk,
    Number,
    Text,
}

impl QuestionType {
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionType::SingleChoice => "single_choice",
            QuestionType::MultiChoice => "multi_choice",
            QuestionType::YesNoUnsure => "yes_no_unsure",
            QuestionType::Likert => "likert",
            QuestionType::Risk => "risk",
            QuestionType::Number => "number",
            QuestionType::Text => "text",
        }
    }

    /// Types whose answer is one or more option values.
    pub fn has_options(self) -> bool {
        matches!(
            self,
            QuestionType::SingleChoice | QuestionType::MultiChoice | QuestionType::YesNoUnsure | QuestionType::Likert
        )
    }

    /// Types that can carry a score. Number and text answers are context
    /// only: conditions and red flags may read them, scoring never does.
    pub fn is_scorable(self) -> bool {
        !matches!(self, QuestionType::Number | QuestionType::Text)
    }
}

/// Default `max_length` of a text answer, in characters.
pub const DEFAULT_TEXT_MAX_LENGTH: u64 = 2000;

fn default_languages() -> Vec<String> {
    vec!["en".to_string()]
}
fn default_weight() -> f64 {
    1.0
}
fn default_true() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    pub id: String,
    pub version: String,
    pub kind: Kind,
    #[serde(default = "default_languages")]
    pub languages: Vec<String>,
    pub title: LocalText,
    pub description: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<Dimension>,
    pub sections: Vec<Section>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub red_flags: Vec<RedFlag>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub migrations: Vec<Migration>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub title: LocalText,
    #[serde(default)]
    pub description: LocalText,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Condition>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub prompt: LocalText,
    pub help: LocalText,
    #[serde(default)]
    pub principles: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    #[serde(default = "default_weight")]
    pub weight: f64,
    #[serde(default = "default_true")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_if: Option<Condition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<AnswerOption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mitigations: Vec<Mitigation>,
}

impl Question {
    pub fn option(&self, value: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.value == value)
    }

    /// Scored questions feed the results: a scorable type and a positive weight.
    pub fn is_scored(&self) -> bool {
        self.kind.is_scorable() && self.weight.is_finite() && self.weight > 0.0
    }

    pub fn max_length(&self) -> u64 {
        self.max_length.unwrap_or(DEFAULT_TEXT_MAX_LENGTH)
    }
}

/// One answer option. Named `AnswerOption` so it does not shadow `Option`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerOption {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<LocalText>,
    #[serde(default)]
    pub score: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<LocalText>,
}

/// The two axes of a `risk` item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    Likelihood,
    Severity,
}

/// A control that, when its condition holds, lowers one axis of a risk item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mitigation {
    pub when: Condition,
    pub reduces: Axis,
    pub by: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<LocalText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RedFlag {
    pub id: String,
    #[serde(default)]
    pub principles: Vec<String>,
    pub when: Condition,
    pub message: LocalText,
    pub action: LocalText,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Migration {
    pub from: String,
    pub steps: Vec<MigrationStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MigrationStep {
    RenameQuestion { from: String, to: String },
    RemoveQuestion {
        id: String,
        #[serde(default)]
        reason: LocalText,
    },
    RemapOption { question: String, from: String, to: String },
}

impl Definition {
    /// The default language: the first listed, or English.
    pub fn default_lang(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("en")
    }

    /// Every question in definition order, with its section index.
    pub fn questions(&self) -> impl Iterator<Item = (usize, &Question)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(si, s)| s.questions.iter().map(move |q| (si, q)))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    pub fn question_count(&self) -> usize {
        self.sections.iter().map(|s| s.questions.len()).sum()
    }
}

impl Definition {
    /// A copy with every text resolved to `lang` (falling back to the
    /// default language), for a UI that shows one language at a time.
    pub fn localized(&self, lang: &str) -> Definition {
        let dl = self.default_lang().to_string();
        let l = |t: &LocalText| LocalText::Plain(t.get(lang, &dl).to_string());
        let lo = |t: &Option<LocalText>| t.as_ref().map(l);
        let mut d = self.clone();
        d.title = l(&d.title);
        d.description = l(&d.description);
        for dim in &mut d.dimensions {
            dim.title = l(&dim.title);
            dim.description = l(&dim.description);
        }
        for s in &mut d.sections {
            s.title = l(&s.title);
            s.description = lo(&s.description);
            for q in &mut s.questions {
                q.prompt = l(&q.prompt);
                q.help = l(&q.help);
                q.unit = lo(&q.unit);
                q.action = lo(&q.action);
                for o in &mut q.options {
                    o.label = lo(&o.label);
                    o.action = lo(&o.action);
                }
                for m in &mut q.mitigations {
                    m.label = lo(&m.label);
                }
            }
        }
        for f in &mut d.red_flags {
            f.message = l(&f.message);
            f.action = l(&f.action);
        }
        d.languages = vec![lang.to_string()];
        d
    }
}
