//! The policy linter's JS API: `lint`, `applyFix`, `rules`. Thin by design:
//! parsing input and options, then calling raikit-core.

use crate::api::to_js;
use raikit_core::lint::{apply_fix, Config, Finding, Format, LintOptions, Linter, RulePack};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const LINT_TS_TYPES: &'static str = r#"
export type LintSeverity = 'error' | 'warning' | 'info';
/** A half-open range [start, end). */
export interface LintSpan { start: number; end: number; }
/** 1-based line and column (column in Unicode code points). For docx, in the extracted text. */
export interface LintLineCol { line: number; column: number; }
/** `utf16` indexes the JS string directly: `text.slice(r.utf16.start, r.utf16.end)`. */
export interface LintRange { byte: LintSpan; utf16: LintSpan; start: LintLineCol; end: LintLineCol; }
export interface LintFix { range: LintRange; replacement: string; }
export interface LintFinding {
  rule: string; principle: string | null; severity: LintSeverity; message: string; explanation: string;
  range: LintRange; suggestions: string[]; fix: LintFix | null;
}
export interface PrincipleCoverage {
  principle: string; name: string; status: 'covered' | 'partial' | 'missing'; score: number; evidence: LintRange[];
}
export interface LintReport {
  schema: 'raikit-lint/1'; format: 'text' | 'markdown' | 'html' | 'docx';
  /** The language whose rules ran, and whether it was detected or set. */
  lang: 'en' | 'fr' | 'es'; lang_source?: 'detected' | 'set';
  /** docx only: the text that ranges refer to. */
  extracted_text?: string;
  stats: { words: number; sentences: number; sections: number };
  summary: { errors: number; warnings: number; infos: number; covered: number; partial: number; missing: number };
  findings: LintFinding[]; coverage: PrincipleCoverage[];
}
/** The raikit.toml shape, as an object. */
export interface LintConfig {
  /** The policy text's language: 'auto' (default) detects it. */
  lang?: 'auto' | 'en' | 'fr' | 'es';
  rules?: { select?: string[]; disable?: string[]; severity?: Record<string, LintSeverity> };
  vocabulary?: Record<string, string[]>;
  metrics?: { max_sentence_words?: number; min_reading_ease?: number; min_section_words?: number };
  acronyms?: { allow?: string[] };
}
export interface LintOptions {
  /** Default: detected from the content (docx signature, leading HTML tag, else Markdown). */
  format?: 'text' | 'markdown' | 'html' | 'docx';
  /** An object, or JSON text (raikit.toml text needs the CLI or a build with the `toml` feature). */
  config?: LintConfig | string;
  /** Extra rule packs, as JSON text (the TOML pack format converted to JSON). */
  packs?: string[];
  /** 'auto' (default: config.lang, else detected from the text), 'en', 'fr' or 'es'.
   * A text in another language, or too short to tell, throws with a message asking to set it. */
  lang?: 'auto' | 'en' | 'fr' | 'es';
  /** The language of messages, explanations, suggestions and principle names: 'en' (default), 'fr', 'es',
   * 'ar', or 'policy' for the language the policy is written in. Rule ids, ranges, fixes and keys never change. */
  locale?: 'en' | 'fr' | 'es' | 'ar' | 'policy';
}
export interface LintRule {
  id: string; kind: 'builtin' | 'phrase' | 'conditional'; principle: string | null; severity: LintSeverity;
  message: string; explanation: string; suggestion: string | null; fix: string | null;
  examples: { flag: string[]; pass: string[] };
  patterns: string[]; unless: string[]; within: string[]; when: string[]; require: string[];
  negation_aware: boolean; params: Record<string, string[]>;
}
"#;

#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct JsOptions {
    format: Option<String>,
    config: Option<serde_json::Value>,
    packs: Vec<String>,
    lang: Option<String>,
    locale: Option<String>,
}

/// The languages lint texts are translated into (content/i18n/), besides English.
const LOCALES: [&str; 3] = ["fr", "es", "ar"];

/// The UI language a `locale` option names, checked before linting so a
/// typo is an error, not English text.
fn locale_code(locale: Option<&str>) -> Result<Option<&str>, JsError> {
    match locale {
        None | Some("en") => Ok(None),
        Some(l) if l == "policy" || LOCALES.contains(&l) => Ok(Some(l)),
        Some(other) => Err(js_err(format!("unknown locale `{other}`; use en, fr, es, ar or policy"))),
    }
}

fn js_err(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

fn parse_config(value: serde_json::Value) -> Result<Config, JsError> {
    let config = match value {
        serde_json::Value::String(text) if text.trim_start().starts_with('{') => Config::from_json(&text),
        #[cfg(feature = "toml")]
        serde_json::Value::String(text) => Config::from_toml(&text),
        #[cfg(not(feature = "toml"))]
        serde_json::Value::String(_) => Err("config text must be JSON in the browser build; pass an object, or use the CLI for raikit.toml".to_string()),
        other => serde_json::from_value(other).map_err(|e| e.to_string()),
    }
    .map_err(|e| js_err(format!("invalid config: {e}")))?;
    if !config.rules.packs.is_empty() {
        return Err(js_err("config.rules.packs lists files, which the browser cannot read; pass pack texts in options.packs"));
    }
    Ok(config)
}

/// A rule pack as JSON text, or TOML when built with the `toml` feature.
fn parse_pack(text: &str) -> Result<RulePack, String> {
    if text.trim_start().starts_with('{') {
        return RulePack::from_json(text);
    }
    #[cfg(feature = "toml")]
    return RulePack::from_toml(text);
    #[cfg(not(feature = "toml"))]
    Err("rule packs must be JSON text in the browser build (TOML needs the CLI)".to_string())
}

/// Lints a policy: a string (text, Markdown, HTML) or the bytes of a file
/// (including .docx). Throws with a clear message on bad input or options.
#[wasm_bindgen(unchecked_return_type = "LintReport")]
pub fn lint(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LintOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let bytes: Vec<u8> = if let Some(s) = input.as_string() {
        s.into_bytes()
    } else if let Some(array) = input.dyn_ref::<js_sys::Uint8Array>() {
        array.to_vec()
    } else {
        return Err(js_err("lint() expects a string or a Uint8Array"));
    };
    let opts: JsOptions = match options {
        Some(options) if !options.is_undefined() && !options.is_null() => {
            serde_wasm_bindgen::from_value(options).map_err(|e| js_err(format!("invalid options: {e}")))?
        }
        _ => JsOptions::default(),
    };
    let format = match opts.format.as_deref() {
        None => None,
        Some(name) => Some(Format::from_name(name).ok_or_else(|| js_err(format!("unknown format `{name}`; use text, markdown, html or docx")))?),
    };
    let locale = locale_code(opts.locale.as_deref())?;
    let lint_options = LintOptions { format, lang: opts.lang.unwrap_or_else(|| raikit_core::lint::AUTO.into()) };
    let mut report = if opts.config.is_none() && opts.packs.is_empty() {
        Linter::builtin().lint(&bytes, &lint_options)
    } else {
        let config = opts.config.map(parse_config).transpose()?.unwrap_or_default();
        let packs = opts
            .packs
            .iter()
            .enumerate()
            .map(|(i, text)| parse_pack(text).map_err(|e| js_err(format!("packs[{i}]: {e}"))))
            .collect::<Result<Vec<_>, _>>()?;
        Linter::new(&config, &packs).map_err(js_err)?.lint(&bytes, &lint_options)
    }
    .map_err(js_err)?;
    let code = match locale {
        Some("policy") => report.lang.clone(),
        other => other.unwrap_or("en").to_string(),
    };
    if code != "en" {
        raikit_core::l10n::localize_lint(&mut report, &code);
    }
    to_js(&report)
}

/// Applies a finding's fix to the text it was found in, returning the new text.
#[wasm_bindgen(js_name = applyFix)]
pub fn apply_fix_js(text: &str, #[wasm_bindgen(unchecked_param_type = "LintFinding")] finding: JsValue) -> Result<String, JsError> {
    let finding: Finding = serde_wasm_bindgen::from_value(finding).map_err(|e| js_err(format!("not a lint finding: {e}")))?;
    apply_fix(text, &finding).map_err(js_err)
}

/// Every built-in lint rule with its explanation and examples. With a
/// `locale` ('fr', 'es', 'ar'), the message, explanation and suggestion are
/// that language's; ids, word lists and examples stay those of the English pack.
#[wasm_bindgen(unchecked_return_type = "LintRule[]")]
pub fn rules(#[wasm_bindgen(unchecked_param_type = "'en' | 'fr' | 'es' | 'ar'")] locale: Option<String>) -> Result<JsValue, JsError> {
    match locale_code(locale.as_deref())? {
        None => to_js(&Linter::builtin().rules()),
        Some("policy") => Err(js_err("rules() has no policy to take a language from; use en, fr, es or ar")),
        Some(code) => to_js(&raikit_core::l10n::localized_rules(code)),
    }
}
