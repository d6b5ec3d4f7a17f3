//! The assessment JS API: list and fetch questionnaires, validate a
//! definition, score answers and render reports. A `definition` argument is
//! a built-in id, a JSON string, or a plain object; answers likewise. Bad
//! input becomes a thrown `Error` with a message saying what is wrong.

use raikit_core::assess::{
    builtin_questionnaire, builtin_questionnaires, import_answers, report as render, score as score_answers, usable_definition,
    Assessment, Definition, Format, ImportIssue, ImportReport,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_ASSESS_TYPES: &'static str = r#"
/** A built-in questionnaire, as listed by `questionnaires()`. */
export interface QuestionnaireSummary { id: string; version: string; kind: "risk" | "readiness"; title: string; questions: number; languages: string[]; }
/** One validation problem, with its path such as `sections[2].questions[4].visible_if`. */
export interface Problem { path: string; severity: "error" | "warning"; message: string; }
/** An answer that could not be imported as it was. */
export interface ImportIssue {
  question: string;
  kind: "unknown_question" | "wrong_type" | "unknown_option" | "out_of_bounds" | "too_long" | "removed" | "migration" | "version";
  message: string;
}
export type RiskLevel = "none" | "low" | "medium" | "high" | "critical";
export type MaturityLevel = "initial" | "developing" | "defined" | "managed" | "optimising";
/** The result of `score()`: the assessment (see docs/scoring.md) and the import issues of the answers. */
export interface ScoreResult {
  questionnaire: { id: string; version: string };
  kind: "risk" | "readiness";
  partial: boolean;
  completeness: { required: number; answered: number; ratio: number; sections: { id: string; visible: boolean; required: number; answered: number; answered_total: number }[] };
  questions: { id: string; section: string; visible: boolean; answered: boolean; required: boolean; scored: boolean; weight: number; principles: string[]; dimension?: string; answer?: unknown; level?: RiskLevel; inherent?: RiskCell; residual?: RiskCell; maturity?: number; adverse: boolean }[];
  risk?: { overall: RiskAggregate; profile: RiskLevel | null; counts: Record<RiskLevel, number>; core: PrincipleRisk[]; instrumental: PrincipleRisk[] };
  readiness?: { overall: MaturityAggregate; dimensions: ({ id: string } & MaturityAggregate)[]; core: ({ id: string } & MaturityAggregate)[]; instrumental: ({ id: string } & MaturityAggregate)[] };
  red_flags: { id: string; principles: string[]; message: string | Record<string, string>; action: string | Record<string, string> }[];
  recommendations: { source: "red_flag" | "question"; id: string; level?: RiskLevel; maturity?: number; weight: number; principles: string[]; action: string | Record<string, string> | null }[];
  import_issues: ImportIssue[];
}
export interface RiskCell { likelihood: number; severity: number; product: number; level: RiskLevel; }
export interface RiskAggregate { level: RiskLevel | null; score: number | null; answered: number; scored: number; }
export interface PrincipleRisk extends RiskAggregate { id: string; red_flags: string[]; }
export interface MaturityAggregate { maturity: number | null; level: MaturityLevel | null; score: number | null; answered: number; scored: number; }
/** A questionnaire definition (docs/questionnaire-format.md). */
export type QuestionnaireDefinition = Record<string, unknown>;
"#;

/// Results cross as JSON text parsed by the JS engine. Every value here is
/// also serialised to JSON elsewhere (reports, files), so this reuses the
/// serde_json code already in the bundle instead of adding a second,
/// serde-wasm-bindgen copy of each Serialize impl.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("internal error: result is not valid JSON"))
}

/// Reads a JS value as JSON text: strings pass through, anything else is
/// stringified by the JS engine (so JSON's own nesting limit applies).
fn json_text(value: &JsValue, what: &str) -> Result<String, JsError> {
    if let Some(s) = value.as_string() {
        return Ok(s);
    }
    if value.is_undefined() || value.is_null() {
        return Err(JsError::new(&format!("{what} is missing")));
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("{what} cannot be converted to JSON")))
}

fn problems_message(problems: &[raikit_core::assess::Problem]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

/// A built-in id, or a definition given as JSON text or an object. Only
/// definitions without errors are accepted for scoring.
fn definition(value: &JsValue) -> Result<Definition, JsError> {
    let text = json_text(value, "the questionnaire definition")?;
    if !text.trim_start().starts_with('{') {
        return builtin_questionnaire(text.trim())
            .cloned()
            .ok_or_else(|| JsError::new(&format!("unknown built-in questionnaire `{}`", text.trim())));
    }
    usable_definition(&text).map_err(|p| JsError::new(&format!("invalid questionnaire definition:\n{}", problems_message(&p))))
}

fn import(def: &Definition, answers: &JsValue) -> Result<ImportReport, JsError> {
    let text = json_text(answers, "the answers")?;
    import_answers(def, &text).map_err(|e| JsError::new(&e.to_string()))
}

#[derive(Serialize)]
struct Summary<'a> {
    id: &'a str,
    version: &'a str,
    kind: &'static str,
    title: &'a str,
    questions: usize,
    languages: &'a [String],
}

/// The built-in questionnaires.
#[wasm_bindgen(unchecked_return_type = "QuestionnaireSummary[]")]
pub fn questionnaires() -> Result<JsValue, JsError> {
    let list: Vec<Summary> = builtin_questionnaires()
        .iter()
        .map(|d| Summary {
            id: &d.id,
            version: &d.version,
            kind: d.kind.as_str(),
            title: d.title.get(d.default_lang(), d.default_lang()),
            questions: d.question_count(),
            languages: &d.languages,
        })
        .collect();
    to_js(&list)
}

/// A built-in questionnaire's definition. With `lang`, every text is
/// resolved to that language (falling back to the default language).
#[wasm_bindgen(unchecked_return_type = "QuestionnaireDefinition")]
pub fn questionnaire(id: &str, lang: Option<String>) -> Result<JsValue, JsError> {
    let def = builtin_questionnaire(id).ok_or_else(|| JsError::new(&format!("unknown built-in questionnaire `{id}`")))?;
    match lang {
        Some(lang) => to_js(&def.localized(&lang)),
        None => to_js(def),
    }
}

/// Every problem of a definition (object or JSON string). Never throws for
/// a bad definition: parse errors are problems too.
#[wasm_bindgen(unchecked_return_type = "Problem[]")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "QuestionnaireDefinition | string")] definition: JsValue,
) -> Result<JsValue, JsError> {
    let text = json_text(&definition, "the questionnaire definition")?;
    to_js(&raikit_core::assess::validate_text(&text))
}

#[derive(Serialize)]
struct ScoreResult {
    #[serde(flatten)]
    assessment: Assessment,
    import_issues: Vec<ImportIssue>,
}

/// Scores answers (a `raikit-answers/1` object or JSON string).
#[wasm_bindgen(unchecked_return_type = "ScoreResult")]
pub fn score(
    #[wasm_bindgen(unchecked_param_type = "string | QuestionnaireDefinition")] definition: JsValue,
    #[wasm_bindgen(unchecked_param_type = "object | string")] answers: JsValue,
) -> Result<JsValue, JsError> {
    let def = self::definition(&definition)?;
    let imported = import(&def, &answers)?;
    to_js(&ScoreResult { assessment: score_answers(&def, &imported.answers), import_issues: imported.issues })
}

/// A report as text: `format` is "json", "md", "csv" or "html"; `lang`
/// defaults to the questionnaire's default language.
#[wasm_bindgen]
pub fn report(
    #[wasm_bindgen(unchecked_param_type = "string | QuestionnaireDefinition")] definition: JsValue,
    #[wasm_bindgen(unchecked_param_type = "object | string")] answers: JsValue,
    format: &str,
    lang: Option<String>,
) -> Result<String, JsError> {
    let format: Format = format.parse().map_err(|e: String| JsError::new(&e))?;
    let def = self::definition(&definition)?;
    let imported = import(&def, &answers)?;
    let lang = lang.unwrap_or_else(|| def.default_lang().to_string());
    Ok(render(&def, &imported.answers, &lang, format))
}
