//! `raikit lint FILE...`: lints policy documents and reports in text (with
//! source excerpts), JSON, SARIF 2.1.0 or GitHub workflow commands.
//!
//! Exit codes: 0 clean, 1 a finding at or above `--fail-on`, 2 bad input.

use clap::{Args, ValueEnum};
use raikit_core::lint::{Config, Finding, Format, LintOptions, LintReport, Linter, RulePack, Severity};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct LintArgs {
    /// Policy files: .md, .markdown, .txt, .html, .htm or .docx; `-` reads
    /// standard input (e.g. `pdftotext policy.pdf - | raikit lint -`).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Format of standard input, for `-`: text, markdown, html or docx.
    #[arg(long, default_value = "text")]
    stdin_format: String,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Configuration file (default: ./raikit.toml when present).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Exit with 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Language of the policy text: auto (detect; the default unless
    /// raikit.toml sets `lang`), en, fr or es.
    #[arg(long, default_value = "auto")]
    lang: String,
    /// Language of the messages, explanations and suggestions: en, fr, es or
    /// ar, or `policy` for the language the policy is written in. Rule ids,
    /// ranges and fixes stay the same in every language.
    #[arg(long, value_enum, default_value_t = Locale::En)]
    locale: Locale,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Locale {
    En,
    Fr,
    Es,
    Ar,
    Policy,
}

impl Locale {
    /// The UI language for a report on a policy written in `policy_lang`.
    fn code<'a>(self, policy_lang: &'a str) -> &'a str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ar => "ar",
            Locale::Policy => policy_lang,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Sarif,
    Github,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

/// One linted file.
pub struct Linted {
    pub path: String,
    /// The text positions refer to (extracted text for docx).
    pub source: String,
    pub report: LintReport,
    /// The language of messages and of the text output's own words.
    pub locale: String,
}

pub fn run(args: LintArgs) -> Result<ExitCode, String> {
    let linter = load_linter(args.config.as_deref())?;
    let stdin_format = Format::from_name(&args.stdin_format).ok_or_else(|| format!("--stdin-format {}: unknown format (use text, markdown, html or docx)", args.stdin_format))?;
    if args.files.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err("`-` (standard input) can be given only once".into());
    }
    let mut linted = Vec::new();
    for path in &args.files {
        linted.push(if is_stdin(path) { lint_stdin(&linter, stdin_format, &args.lang)? } else { lint_file(&linter, path, &args.lang)? });
    }
    for l in &mut linted {
        l.locale = args.locale.code(&l.report.lang).to_string();
        if l.locale != "en" {
            raikit_core::l10n::localize_lint(&mut l.report, &l.locale);
        }
    }
    let out = match args.format {
        OutputFormat::Text => render_text(&linted),
        OutputFormat::Json => render_json(&linted)?,
        OutputFormat::Sarif => crate::lint_sarif::render(&linter, &linted)?,
        OutputFormat::Github => render_github(&linted),
    };
    print!("{out}");
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Info => Some(Severity::Info),
        FailOn::Never => None,
    };
    let failed = threshold.is_some_and(|t| linted.iter().any(|l| l.report.max_severity().is_some_and(|s| s >= t)));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Reads the configuration (explicit, or ./raikit.toml) and its packs.
fn load_linter(explicit: Option<&Path>) -> Result<Linter, String> {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => Some(PathBuf::from("raikit.toml")).filter(|p| p.is_file()),
    };
    let Some(path) = path else {
        return Linter::new(&Config::default(), &[]).map_err(|e| e.to_string());
    };
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: cannot read config: {e}", path.display()))?;
    let config = Config::from_toml(&text).map_err(|e| format!("{}: invalid config: {e}", path.display()))?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut packs = Vec::new();
    for pack in &config.rules.packs {
        let pack_path = base.join(pack);
        let text = std::fs::read_to_string(&pack_path).map_err(|e| format!("{}: cannot read rule pack: {e}", pack_path.display()))?;
        let mut parsed = RulePack::from_toml(&text).map_err(|e| format!("{}: invalid rule pack: {e}", pack_path.display()))?;
        if parsed.name.is_empty() {
            parsed.name = pack.clone();
        }
        packs.push(parsed);
    }
    Linter::new(&config, &packs).map_err(|e| format!("{}: {e}", path.display()))
}

/// Which formats are read, with a way forward for the common ones that are
/// not: published policies are mostly PDFs, older drafts Word 97 or ODF.
fn unknown_format(shown: &str, extension: &str) -> String {
    let hint = match extension {
        "pdf" => " PDF is not read: save the policy as .docx or .txt, or pipe its text in (`pdftotext policy.pdf - | raikit lint -`).",
        "doc" | "odt" | "rtf" | "pages" => " Save it as .docx from your word processor.",
        _ => "",
    };
    format!("{shown}: unknown format (use .md, .txt, .html or .docx).{hint}")
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Standard input, shown as `stdin` (a valid relative URI in SARIF).
fn lint_stdin(linter: &Linter, format: Format, lang: &str) -> Result<Linted, String> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(|e| format!("stdin: cannot read: {e}"))?;
    lint_bytes(linter, "stdin".into(), format, &bytes, lang)
}

fn lint_file(linter: &Linter, path: &Path, lang: &str) -> Result<Linted, String> {
    let shown = path.display().to_string();
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    let format = Format::from_extension(&extension).ok_or_else(|| unknown_format(&shown, &extension))?;
    let bytes = std::fs::read(path).map_err(|e| format!("{shown}: cannot read: {e}"))?;
    lint_bytes(linter, shown, format, &bytes, lang)
}

fn lint_bytes(linter: &Linter, shown: String, format: Format, bytes: &[u8], lang: &str) -> Result<Linted, String> {
    let report = linter
        .lint(&bytes, &LintOptions { format: Some(format), lang: lang.to_string() })
        .map_err(|e| format!("{shown}: {e}"))?;
    let source = match &report.extracted_text {
        Some(text) => text.clone(),
        None => String::from_utf8_lossy(bytes).into_owned(),
    };
    Ok(Linted { path: shown.replace('\\', "/"), source, report, locale: "en".into() })
}

/// `{ "schema", "files": [{ "path", "report" }] }`, serialised straight
/// from the reports: a `serde_json::Value` copy of a million-word report
/// doubled the CLI's memory.
#[derive(serde::Serialize)]
struct JsonOutput<'a> {
    schema: &'static str,
    files: Vec<JsonFile<'a>>,
}

#[derive(serde::Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    report: &'a LintReport,
}

fn render_json(linted: &[Linted]) -> Result<String, String> {
    let files = linted.iter().map(|l| JsonFile { path: &l.path, report: &l.report }).collect();
    serde_json::to_string_pretty(&JsonOutput { schema: raikit_core::lint::SCHEMA, files }).map(|s| s + "\n").map_err(|e| e.to_string())
}

/// Document-level findings (missing-principle) have an empty range at 0.
fn is_document_level(f: &Finding) -> bool {
    f.range.byte.start == 0 && f.range.byte.end == 0
}

/// A label's colon: French sets it off with a no-break space.
fn colon(locale: &str) -> &'static str {
    if locale == "fr" { "\u{a0}:" } else { ":" }
}

/// rustc/ruff-style text: location, message, excerpt with carets, help.
fn render_text(linted: &[Linted]) -> String {
    let mut out = String::new();
    let mut totals = [0usize; 3];
    for l in linted {
        let lines: Vec<&str> = l.source.split('\n').map(|s| s.strip_suffix('\r').unwrap_or(s)).collect();
        // Under --locale, the output's own words come from the report labels.
        let labels = (l.locale != "en").then(|| raikit_core::l10n::labels(&l.locale));
        for f in &l.report.findings {
            totals[f.severity as usize] += 1;
            let sev = f.severity.name();
            if is_document_level(f) {
                out.push_str(&format!("{}: {sev}[{}]: {}\n", l.path, f.rule, f.message));
            } else {
                out.push_str(&format!("{}:{}:{}: {sev}[{}]: {}\n", l.path, f.range.start.line, f.range.start.column, f.rule, f.message));
                excerpt(&mut out, &lines, f);
            }
            if let Some(s) = f.suggestions.first() {
                match &labels {
                    Some(labels) => out.push_str(&format!("  = {}{} {s}\n", labels.get("lint_suggestion"), colon(&l.locale))),
                    None => out.push_str(&format!("  = help: {s}\n")),
                }
            }
            if let Some(fix) = &f.fix {
                match &labels {
                    Some(labels) => out.push_str(&format!("  = {}\n", labels.fill("lint_fix", &[("replacement", &fix.replacement)]))),
                    None => out.push_str(&format!("  = fix: replace with “{}”\n", fix.replacement)),
                }
            }
            out.push('\n');
        }
        let s = &l.report.summary;
        if let Some(labels) = &labels {
            let n = |v: usize| v.to_string();
            let (words, errors, warnings, notes) = (n(l.report.stats.words), n(s.errors), n(s.warnings), n(s.infos));
            let (covered, partial, missing) = (n(s.covered), n(s.partial), n(s.missing));
            let args = [("words", &*words), ("errors", &*errors), ("warnings", &*warnings), ("notes", &*notes), ("covered", &*covered), ("partial", &*partial), ("missing", &*missing)];
            out.push_str(&format!("{}: {}\n", l.path, labels.fill("lint_summary", &args)));
            continue;
        }
        out.push_str(&format!(
            "{}: coverage {} covered, {} partial, {} missing of {} principles\n",
            l.path,
            s.covered,
            s.partial,
            s.missing,
            l.report.coverage.len()
        ));
    }
    // One locale for every file: the totals in it too.
    match linted.first().map(|l| &l.locale).filter(|&first| first != "en" && linted.iter().all(|l| &l.locale == first)) {
        Some(locale) => {
            let labels = raikit_core::l10n::labels(locale);
            let part = |key: &str, n: usize| format!("{}{} {n}", labels.get(key), colon(locale));
            out.push_str(&format!("{} · {} · {}\n", part("severity_error", totals[2]), part("severity_warning", totals[1]), part("severity_info", totals[0])));
        }
        None => out.push_str(&format!("{} error(s), {} warning(s), {} info\n", totals[2], totals[1], totals[0])),
    }
    out
}

/// Appends the source line(s) of a finding with carets under the range.
fn excerpt(out: &mut String, lines: &[&str], f: &Finding) {
    let (start, end) = (f.range.start, f.range.end);
    let Some(line) = lines.get(start.line.saturating_sub(1)) else { return };
    let chars: Vec<char> = line.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
    let from = start.column.saturating_sub(1).min(chars.len());
    let to = if end.line == start.line { end.column.saturating_sub(1).clamp(from, chars.len()) } else { chars.len() };
    // Long lines (HTML, docx paragraphs) are windowed around the finding.
    let window_start = from.saturating_sub(40);
    let window_end = (to.max(from + 1) + 40).min(chars.len()).max(window_start);
    let shown: String = chars[window_start..window_end].iter().collect();
    let gutter = start.line.to_string();
    let pad = " ".repeat(gutter.len());
    let lead = if window_start > 0 { "…" } else { "" };
    out.push_str(&format!("{pad} |\n{gutter} | {lead}{shown}\n"));
    let carets = "^".repeat((to - from).clamp(1, 80));
    let offset = " ".repeat(from - window_start + lead.chars().count());
    out.push_str(&format!("{pad} | {offset}{carets}\n"));
}

/// GitHub workflow commands: one annotation per finding.
fn render_github(linted: &[Linted]) -> String {
    let mut out = String::new();
    for l in linted {
        for f in &l.report.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let r = &f.range;
            out.push_str(&format!(
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                gh_property(&l.path),
                r.start.line,
                r.start.column,
                r.end.line,
                r.end.column,
                gh_property(&f.rule),
                gh_data(&f.message)
            ));
        }
    }
    out
}

fn gh_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}
