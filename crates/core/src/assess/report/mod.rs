//! Reports: one language-resolved [`Report`] value (schema
//! `raikit-report/1`, docs/report-format.md), rendered as JSON, Markdown,
//! CSV or a standalone HTML page. All renderers read the same value, so the
//! formats cannot disagree.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;

use super::answers::{Answer, AnswerSet, NOT_APPLICABLE};
use super::definition::{Definition, Kind, Question, QuestionType};
use super::recommend::Source;
use super::scoring::{score, Assessment, RiskCell};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const REPORT_SCHEMA: &str = "raikit-report/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
    Csv,
    Html,
}

impl Format {
    /// The format's name, as [`std::str::FromStr`] reads it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "md" | "markdown" => Ok(Format::Markdown),
            "csv" => Ok(Format::Csv),
            "html" => Ok(Format::Html),
            other => Err(format!("unknown report format `{other}` (expected json, md, csv or html)")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub lang: String,
    pub questionnaire: QuestionnaireInfo,
    pub answers: AnswersInfo,
    pub partial: bool,
    pub completeness: CompletenessLine,
    pub summary: Summary,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<ResultLine>,
    pub principles: Principles,
    pub red_flags: Vec<FlagLine>,
    pub recommendations: Vec<RecommendationLine>,
    pub questions: Vec<QuestionLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionnaireInfo {
    pub id: String,
    pub version: String,
    pub kind: Kind,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswersInfo {
    pub created: Option<String>,
    pub updated: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompletenessLine {
    pub required: usize,
    pub answered: usize,
    pub percent: f64,
    pub sections: Vec<SectionLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionLine {
    pub id: String,
    pub title: String,
    pub visible: bool,
    pub required: usize,
    pub answered: usize,
}

/// The headline result. `level` is a risk level (none…critical) for risk
/// questionnaires and a maturity band (initial…optimising) for readiness.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub level: Option<String>,
    /// Risk only: `level` raised to at least `high` by any red flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Risk: 0–100 concern (higher is worse). Readiness: 0–100 maturity (higher is better).
    pub score: Option<f64>,
    /// Readiness only: the 1–5 weighted mean.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maturity: Option<f64>,
    pub answered: usize,
    pub scored: usize,
    /// Risk only: answered scored questions per level.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub counts: BTreeMap<String, usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultLine {
    pub id: String,
    pub name: String,
    pub level: Option<String>,
    pub score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maturity: Option<f64>,
    pub answered: usize,
    pub scored: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub red_flags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Principles {
    pub core: Vec<ResultLine>,
    pub instrumental: Vec<ResultLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagLine {
    pub id: String,
    pub message: String,
    pub action: String,
    pub principles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecommendationLine {
    pub source: Source,
    pub id: String,
    /// The red flag's message or the question's prompt.
    pub about: String,
    pub level: Option<String>,
    pub action: String,
    pub principles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionLine {
    pub id: String,
    pub section: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub prompt: String,
    pub visible: bool,
    pub required: bool,
    pub answered: bool,
    pub answer: Option<Answer>,
    /// The answer as a reader sees it (option labels, units).
    pub answer_text: String,
    pub level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherent: Option<RiskCell>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residual: Option<RiskCell>,
    pub adverse: bool,
    pub principles: Vec<String>,
}

/// Scores `answers` and renders the report in `format`.
pub fn report(def: &Definition, answers: &AnswerSet, lang: &str, format: Format) -> String {
    render(&build(def, &score(def, answers), answers, lang), format)
}

/// Renders a built report. Labels come from the language packs installed
/// for `r.lang` ([`crate::l10n`]); English is built in.
pub fn render(r: &Report, format: Format) -> String {
    match format {
        Format::Json => json::render(r),
        Format::Markdown => markdown::render(r),
        Format::Csv => csv::render(r),
        Format::Html => html::render(r),
    }
}

/// One decimal is plenty for a human-facing score and keeps output stable.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Builds the language-resolved report from a scored assessment. Texts come
/// from `def` in `lang` (through its translation overlay when one is
/// installed), principle names and generated labels from [`crate::l10n`].
pub fn build(def: &Definition, a: &Assessment, answers: &AnswerSet, lang: &str) -> Report {
    let def = &*crate::l10n::localized_definition(def, lang);
    let dl = def.default_lang();
    let t = &*crate::l10n::taxonomy(lang);
    let labels = crate::l10n::labels(lang);
    let tx = |text: &super::text::LocalText| text.get(lang, dl).to_string();
    let (summary, dimensions, principles) = match (&a.risk, &a.readiness) {
        (Some(r), _) => {
            let line = |id: &str, name: String, p: &super::scoring::risk::PrincipleRisk| ResultLine {
                id: id.to_string(),
                name,
                level: p.result.level.map(|l| l.as_str().to_string()),
                score: p.result.score.map(round1),
                maturity: None,
                answered: p.result.answered,
                scored: p.result.scored,
                red_flags: p.red_flags.clone(),
            };
            (
                Summary {
                    level: r.overall.level.map(|l| l.as_str().to_string()),
                    profile: r.profile.map(|l| l.as_str().to_string()),
                    score: r.overall.score.map(round1),
                    maturity: None,
                    answered: r.overall.answered,
                    scored: r.overall.scored,
                    counts: r.counts.iter().map(|(l, n)| (l.as_str().to_string(), *n)).collect(),
                },
                Vec::new(),
                Principles {
                    core: r.core.iter().map(|p| line(&p.id, core_name(t, &p.id), p)).collect(),
                    instrumental: r.instrumental.iter().map(|p| line(&p.id, inst_name(t, &p.id), p)).collect(),
                },
            )
        }
        (None, Some(r)) => {
            let line = |id: &str, name: String, m: &super::scoring::readiness::MaturityAggregate| ResultLine {
                id: id.to_string(),
                name,
                level: m.level.map(|l| l.as_str().to_string()),
                score: m.score.map(round1),
                maturity: m.maturity.map(|x| (x * 100.0).round() / 100.0),
                answered: m.answered,
                scored: m.scored,
                red_flags: Vec::new(),
            };
            let dim_name = |id: &str| def.dimensions.iter().find(|d| d.id == id).map(|d| tx(&d.title)).unwrap_or_default();
            (
                Summary {
                    level: r.overall.level.map(|l| l.as_str().to_string()),
                    profile: None,
                    score: r.overall.score.map(round1),
                    maturity: r.overall.maturity.map(|x| (x * 100.0).round() / 100.0),
                    answered: r.overall.answered,
                    scored: r.overall.scored,
                    counts: BTreeMap::new(),
                },
                r.dimensions.iter().map(|d| line(&d.id, dim_name(&d.id), &d.result)).collect(),
                Principles {
                    core: r.core.iter().map(|p| line(&p.id, core_name(t, &p.id), &p.result)).collect(),
                    instrumental: r.instrumental.iter().map(|p| line(&p.id, inst_name(t, &p.id), &p.result)).collect(),
                },
            )
        }
        (None, None) => (
            Summary { level: None, profile: None, score: None, maturity: None, answered: 0, scored: 0, counts: BTreeMap::new() },
            Vec::new(),
            Principles { core: Vec::new(), instrumental: Vec::new() },
        ),
    };
    let questions: Vec<QuestionLine> = a
        .questions
        .iter()
        .filter_map(|r| {
            let q = def.question(&r.id)?;
            Some(QuestionLine {
                id: r.id.clone(),
                section: r.section.clone(),
                kind: q.kind,
                prompt: tx(&q.prompt),
                visible: r.visible,
                required: r.required,
                answered: r.answered,
                answer: r.answer.clone(),
                answer_text: r.answer.as_ref().map(|ans| answer_text(q, ans, lang, dl, &labels)).unwrap_or_default(),
                level: r
                    .level
                    .map(|l| l.as_str().to_string())
                    .or_else(|| r.maturity.map(|m| super::scoring::Maturity::from_mean(m).as_str().to_string())),
                inherent: r.inherent,
                residual: r.residual,
                adverse: r.adverse,
                principles: r.principles.clone(),
            })
        })
        .collect();
    let recommendations = a
        .recommendations
        .iter()
        .map(|rec| {
            let about = match rec.source {
                Source::RedFlag => def.red_flags.iter().find(|f| f.id == rec.id).map(|f| tx(&f.message)),
                Source::Question => def.question(&rec.id).map(|q| tx(&q.prompt)),
            };
            RecommendationLine {
                source: rec.source,
                id: rec.id.clone(),
                about: about.unwrap_or_default(),
                level: match rec.source {
                    Source::RedFlag => Some("red_flag".to_string()),
                    Source::Question => rec
                        .level
                        .map(|l| l.as_str().to_string())
                        .or_else(|| rec.maturity.map(|m| super::scoring::Maturity::from_mean(m).as_str().to_string())),
                },
                action: rec.action.as_ref().map(tx).unwrap_or_else(|| labels.get("no_action").to_string()),
                principles: rec.principles.clone(),
            }
        })
        .collect();
    Report {
        schema: REPORT_SCHEMA.to_string(),
        lang: lang.to_string(),
        questionnaire: QuestionnaireInfo {
            id: def.id.clone(),
            version: def.version.clone(),
            kind: def.kind,
            title: tx(&def.title),
            description: tx(&def.description),
        },
        answers: AnswersInfo { created: answers.created.clone(), updated: answers.updated.clone() },
        partial: a.partial,
        completeness: CompletenessLine {
            required: a.completeness.required,
            answered: a.completeness.answered,
            percent: round1(a.completeness.ratio * 100.0),
            sections: a
                .completeness
                .sections
                .iter()
                .map(|s| SectionLine {
                    id: s.id.clone(),
                    title: def.sections.iter().find(|d| d.id == s.id).map(|d| tx(&d.title)).unwrap_or_default(),
                    visible: s.visible,
                    required: s.required,
                    answered: s.answered,
                })
                .collect(),
        },
        summary,
        dimensions,
        principles,
        red_flags: a
            .red_flags
            .iter()
            .map(|f| FlagLine { id: f.id.clone(), message: tx(&f.message), action: tx(&f.action), principles: f.principles.clone() })
            .collect(),
        recommendations,
        questions,
    }
}

fn core_name(t: &crate::Taxonomy, id: &str) -> String {
    t.core_principle(id).map(|c| c.name.clone()).unwrap_or_else(|| id.to_string())
}

fn inst_name(t: &crate::Taxonomy, id: &str) -> String {
    t.instrumental_principle(id).map(|c| c.name.clone()).unwrap_or_else(|| id.to_string())
}

/// The answer in words: option labels rather than values.
fn answer_text(q: &Question, a: &Answer, lang: &str, dl: &str, labels: &crate::l10n::Labels) -> String {
    let label = |v: &str| {
        q.option(v)
            .and_then(|o| o.label.as_ref())
            .map(|l| l.get(lang, dl).to_string())
            .unwrap_or_else(|| default_label(v, labels))
    };
    match a {
        Answer::Text(s) if q.kind == QuestionType::Risk && s == NOT_APPLICABLE => labels.get("not_applicable").to_string(),
        Answer::Text(s) if q.kind == QuestionType::Text => s.clone(),
        Answer::Text(s) => label(s),
        Answer::List(items) => items.iter().map(|i| label(i)).collect::<Vec<_>>().join("; "),
        Answer::Number(n) if q.kind == QuestionType::Likert => format!("{} – {}", crate::num::exact(*n), label(&crate::num::exact(*n))),
        Answer::Number(n) => match &q.unit {
            Some(u) => format!("{} {}", crate::num::exact(*n), u.get(lang, dl)),
            None => crate::num::exact(*n),
        },
        Answer::Risk(r) => labels.fill("risk_answer", &[("likelihood", &r.likelihood.to_string()), ("severity", &r.severity.to_string())]),
    }
}

/// Labels for yes/no/unsure options, which definitions may leave out.
fn default_label(value: &str, labels: &crate::l10n::Labels) -> String {
    match value {
        "yes" | "no" | "unsure" => labels.get(value).to_string(),
        other => other.to_string(),
    }
}
