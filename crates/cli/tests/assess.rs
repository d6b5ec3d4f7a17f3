//! `raikit questionnaires`, `validate` and `assess`, end to end.
use std::process::{Command, Output};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures/face-search.toml");

fn raikit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_raikit")).args(args).output().expect("run raikit")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn write(dir: &tempfile::TempDir, name: &str, body: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, body).unwrap();
    path.to_string_lossy().into_owned()
}

const ANSWERS: &str = r#"{"format":"raikit-answers/1","questionnaire":{"id":"face-search","version":"1.0.0"},
  "created":"2026-11-27T10:00:00Z","answers":{"legal-basis":"no","review-frequency":2,"vendor-name":"Acme","ghost":1}}"#;

#[test]
fn questionnaires_lists_the_builtins_as_json() {
    let out = raikit(&["questionnaires", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), raikit_core::content::BUILTIN_QUESTIONNAIRES.len());
    for q in list {
        for key in ["id", "version", "kind", "title", "questions"] {
            assert!(!q[key].is_null(), "{key} missing in {q}");
        }
    }
    let out = raikit(&["questionnaires"]);
    assert!(out.status.success());
    assert!(!out.stdout.is_empty());
}

#[test]
fn validate_clean_file_exits_zero() {
    let out = raikit(&["validate", FIXTURE]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("0 error(s), 0 warning(s)"));
}

#[test]
fn validate_reports_every_problem_and_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    let broken = std::fs::read_to_string(FIXTURE).unwrap().replace("weight = 3", "weight = 12").replace("\"autonomy.privacy\"", "\"autonomy.privasy\"");
    let path = write(&dir, "broken.toml", &broken);
    let out = raikit(&["validate", &path]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("sections[0].questions[1].weight: error: weight must be a number from 0 to 10, got 12"), "{stdout}");
    assert!(stdout.contains("sections[1].questions[0].principles[0]: error: unknown principle `autonomy.privasy`"), "{stdout}");
}

#[test]
fn validate_warnings_only_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let fr = std::fs::read_to_string(FIXTURE).unwrap().replace("languages = [\"en\"]", "languages = [\"en\", \"fr\"]");
    let path = write(&dir, "fr.toml", &fr);
    let out = raikit(&["validate", &path]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("description: warning: missing translation: fr"));
}

#[test]
fn validate_unparseable_file_exits_two_with_location() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "bad.json", "{\"id\": \"x\",\n  \"version\": 1 }");
    let out = raikit(&["validate", &path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).contains("version: error: invalid type: integer `1`, expected a string at line 2"), "{}", text(&out.stdout));
    let out = raikit(&["validate", "/no/such/file.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).contains("cannot read /no/such/file.toml"));
}

#[test]
fn assess_writes_each_format_and_lists_import_issues() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write(&dir, "answers.json", ANSWERS);
    for (format, marker) in [("json", "\"schema\": \"raikit-report/1\""), ("md", "## Red flags"), ("csv", "section,question,type"), ("html", "<!DOCTYPE html>")] {
        let out = raikit(&["assess", "--questionnaire", FIXTURE, "--answers", &answers, "--format", format]);
        assert_eq!(out.status.code(), Some(0), "{format}: {}", text(&out.stderr));
        assert!(text(&out.stdout).contains(marker), "{format}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains("`vendor-name` Removed"), "{stderr}");
        assert!(stderr.contains("`ghost` UnknownQuestion"), "{stderr}");
    }
    let report = dir.path().join("report.html");
    let out = raikit(&["assess", "--questionnaire", FIXTURE, "--answers", &answers, "--format", "html", "--lang", "fr", "-o", report.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(report).unwrap();
    assert!(html.contains("lang=\"fr\"") && html.contains("Recherche d&#39;images faciales"));
}

#[test]
fn assess_bad_input_exits_two_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write(&dir, "answers.json", ANSWERS);
    let wrong = write(&dir, "wrong.json", &ANSWERS.replace("face-search", "readiness"));
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--questionnaire", "nope", "--answers", &answers], "`nope` is neither a built-in questionnaire"),
        (vec!["--questionnaire", FIXTURE, "--answers", &wrong], "for questionnaire `readiness`, not `face-search`"),
        (vec!["--questionnaire", FIXTURE, "--answers", "/missing.json"], "cannot read /missing.json"),
        (vec!["--questionnaire", FIXTURE, "--answers", &answers, "--format", "pdf"], "unknown report format `pdf`"),
    ];
    for (args, expected) in cases {
        let mut full = vec!["assess"];
        full.extend(args);
        let out = raikit(&full);
        assert_eq!(out.status.code(), Some(2), "{full:?}");
        assert!(text(&out.stderr).contains(expected), "{full:?}: {}", text(&out.stderr));
    }
    let broken = write(&dir, "broken.toml", &std::fs::read_to_string(FIXTURE).unwrap().replace("weight = 3", "weight = 12"));
    let out = raikit(&["assess", "--questionnaire", &broken, "--answers", &answers]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the questionnaire has errors"));
}
