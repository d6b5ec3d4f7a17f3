//! Report snapshots (insta) and the safety rules every format must keep.
mod common;
use raikit_core::assess::{report, validate_text, Format};

fn mixed(format: Format) -> String {
    let def = common::fixture();
    report(&def, &common::answers(&def, common::MIXED), "en", format)
}

#[test]
fn json_report() {
    let out = mixed(Format::Json);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "raikit-report/1");
    insta::assert_snapshot!(out);
}

#[test]
fn markdown_report() {
    insta::assert_snapshot!(mixed(Format::Markdown));
}

#[test]
fn csv_report() {
    let out = mixed(Format::Csv);
    assert_eq!(out.lines().count(), 11, "header and one row per question");
    insta::assert_snapshot!(out);
}

#[test]
fn html_report() {
    let out = mixed(Format::Html);
    assert!(out.contains("<svg") && out.contains("@media print"));
    insta::assert_snapshot!(out);
}

#[test]
fn partial_readiness_report_in_markdown() {
    let def = raikit_core::assess::parse_json(include_str!("fixtures/mini-readiness.json")).unwrap().definition;
    let out = report(&def, &common::answers(&def, r#"{"training":2,"data-owner":"it"}"#), "en", Format::Markdown);
    assert!(out.contains("Partial report"));
    insta::assert_snapshot!(out);
}

#[test]
fn validation_problems_of_a_broken_definition() {
    let broken = common::FIXTURE
        .replace("\"lawfulness.legitimacy\"]\n  weight = 3", "\"lawfulness.legitimacy\", \"lawfulness.legality\"]\n  weight = 30")
        .replace("value = \"biometric\" } }", "value = \"face\" } }")
        .replace("id = \"audit-log\"", "id = \"purpose\"");
    let text: Vec<String> = validate_text(&broken).iter().map(|p| p.to_string()).collect();
    insta::assert_snapshot!(text.join("\n"));
}

#[test]
fn hostile_text_is_escaped_in_every_format() {
    let mut def = common::fixture();
    def.title = "<script>alert(1)</script> & \"quotes\"".into();
    def.sections[0].questions[2].prompt = "=HYPERLINK(\"http://x\")|[link](javascript:x)".into();
    let set = common::answers(&def, r#"{"legal-basis":"yes","legal-reference":"<img src=x onerror=alert(1)>\n=1+1, \"quoted\""}"#);
    let html = report(&def, &set, "en", Format::Html);
    assert!(!html.contains("<script>") && !html.contains("<img"), "raw HTML leaked");
    assert!(html.contains("&lt;script&gt;") && html.contains("&lt;img src=x"));
    assert!(!html.contains("src=\"http") && !html.contains("href=") && !html.contains("<link"), "no external assets");
    let md = report(&def, &set, "en", Format::Markdown);
    assert!(!md.contains("<img") && md.contains("\\[link\\]\\(javascript:x\\)"));
    let csv = report(&def, &set, "en", Format::Csv);
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")|[link](javascript:x)\""), "{csv}");
    assert!(csv.contains("\"<img src=x onerror=alert(1)>\n=1+1, \"\"quoted\"\"\""));
    let json = report(&def, &set, "en", Format::Json);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["questionnaire"]["title"], "<script>alert(1)</script> & \"quotes\"");
}

#[test]
fn language_falls_back_to_default() {
    let def = common::fixture();
    let set = common::answers(&def, "{}");
    let fr = report(&def, &set, "fr", Format::Json);
    let v: serde_json::Value = serde_json::from_str(&fr).unwrap();
    assert_eq!(v["questionnaire"]["title"], "Recherche d'images faciales : contrôle des risques");
    assert_eq!(v["questionnaire"]["description"], "For the project lead of a facial image search tool, before it is used on live cases.");
    assert_eq!(v["partial"], true);
    let html = report(&def, &set, "ar", Format::Html);
    assert!(html.contains("dir=\"rtl\""));
}

#[test]
fn red_flag_profile_shows_in_markdown_and_html() {
    // Score "no legal basis" as merely low, to show the red flag lifting the profile.
    let mut def = common::fixture();
    def.sections[0].questions[1].options[1].score = 1.0;
    let set = common::answers(&def, r#"{"legal-basis":"no","purpose":"missing-persons"}"#);
    let md = report(&def, &set, "en", Format::Markdown);
    assert!(md.contains("Overall risk level: **low**"), "{md}");
    assert!(md.contains("## Red flags") && md.contains("Risk profile (including red flags): **high**"), "{md}");
    let html = report(&def, &set, "en", Format::Html);
    assert!(html.contains("Risk profile (including red flags): <span class=\"badge\">high</span>"), "{html}");
    assert!(html.contains("<div class=\"flag\"><strong>The tool would be used without a legal basis.</strong>"));
}

/// The widget hands a built report to the on-demand renderers bundle as
/// JSON: every report must read back whole and render the same there, for
/// every built-in questionnaire, answered or not.
#[test]
fn reports_read_back_from_their_json_and_render_the_same() {
    use raikit_core::assess::{builtin_questionnaires, report::build, report::render, score, AnswerSet, Report};
    let fixture = common::fixture();
    let mixed = common::answers(&fixture, common::MIXED);
    let mut cases = vec![(fixture.clone(), mixed), (fixture.clone(), AnswerSet::new(&fixture, None))];
    for def in builtin_questionnaires() {
        cases.push((def.clone(), AnswerSet::new(def, None)));
    }
    for (def, answers) in cases {
        let built = build(&def, &score(&def, &answers), &answers, "en");
        let json = render(&built, Format::Json);
        let back: Report = raikit_core::json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", def.id));
        assert_eq!(back, built, "{}", def.id);
        for format in [Format::Markdown, Format::Csv, Format::Html] {
            assert_eq!(render(&back, format), render(&built, format), "{} {format:?}", def.id);
        }
    }
}
