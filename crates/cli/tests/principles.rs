use std::process::Command;

fn raikit(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_raikit")).args(args).output().expect("run raikit")
}

#[test]
fn principles_json_lists_all_seventeen() {
    let out = raikit(&["principles", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let core = v["core"].as_array().unwrap();
    assert_eq!(core.len(), 5);
    let total: usize = core.iter().map(|c| c["instrumental"].as_array().unwrap().len()).sum();
    assert_eq!(total, 17);
    assert_eq!(core[2]["instrumental"][1]["id"], "autonomy.oversight");
}

#[test]
fn principles_text_groups_instrumental_under_core() {
    let out = raikit(&["principles"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let fairness = text.find("Fairness (fairness)").unwrap();
    let redress = text.find("fairness.redress").unwrap();
    let governance = text.find("Good governance (governance)").unwrap();
    assert!(fairness < redress && redress < governance);
}

#[test]
fn unknown_format_is_a_usage_error() {
    let out = raikit(&["principles", "--format", "yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("yaml"));
}
