//! Carries answers from an older questionnaire version to the current one
//! through the definition's `migrations`. Each step that cannot be applied
//! becomes an import issue; nothing is dropped without saying so.
//!
//! A migration `from: F` rewrites answers made with version F, or with any
//! version after F and before the next migration's `from` (or the current
//! version). So answers at version V go through every migration whose range
//! ends after V, in ascending semver order.

use super::answers::{ImportIssue, IssueKind};
use super::definition::{Definition, MigrationStep};
use semver::Version;
use serde_json::Value;
use std::collections::BTreeMap;

pub fn migrate(
    def: &Definition,
    answers_version: &str,
    mut raw: BTreeMap<String, Value>,
    issues: &mut Vec<ImportIssue>,
) -> BTreeMap<String, Value> {
    let file_issue = |kind, message: String| ImportIssue { question: String::new(), kind, message };
    let Ok(current) = Version::parse(def.version.trim()) else {
        return raw;
    };
    let Ok(from) = Version::parse(answers_version.trim()) else {
        issues.push(file_issue(
            IssueKind::Version,
            format!("answers version `{answers_version}` is not semver; no migration was applied"),
        ));
        return raw;
    };
    if from > current {
        issues.push(file_issue(
            IssueKind::Version,
            format!("answers are for version {from}, newer than this questionnaire ({current}); imported as they are"),
        ));
        return raw;
    }
    if from == current {
        return raw;
    }

    let mut steps: Vec<(Version, &Vec<MigrationStep>)> = Vec::new();
    for m in &def.migrations {
        match Version::parse(m.from.trim()) {
            Ok(v) => steps.push((v, &m.steps)),
            Err(_) => issues.push(file_issue(
                IssueKind::Migration,
                format!("migration from `{}` was skipped: not a semver version", m.from),
            )),
        }
    }
    crate::sort::sort_by(&mut steps, |a, b| a.0.cmp(&b.0));
    let uppers: Vec<Version> = steps.iter().skip(1).map(|s| s.0.clone()).chain(std::iter::once(current.clone())).collect();
    let mut applied = false;
    for ((_, list), upper) in steps.iter().zip(&uppers) {
        if from < *upper {
            applied = true;
            for step in list.iter() {
                apply(def, step, &mut raw, issues);
            }
        }
    }
    if !applied {
        issues.push(file_issue(
            IssueKind::Version,
            format!("answers are for version {from}; no migration to {current} is defined, so they were imported as they are"),
        ));
    }
    raw
}

fn apply(def: &Definition, step: &MigrationStep, raw: &mut BTreeMap<String, Value>, issues: &mut Vec<ImportIssue>) {
    match step {
        MigrationStep::RenameQuestion { from, to } => {
            let Some(value) = raw.remove(from) else { return };
            if raw.contains_key(to) {
                issues.push(ImportIssue {
                    question: from.clone(),
                    kind: IssueKind::Migration,
                    message: format!("could not rename `{from}` to `{to}`: `{to}` already has an answer, which was kept; the answer to `{from}` was dropped"),
                });
            } else {
                raw.insert(to.clone(), value);
            }
        }
        MigrationStep::RemoveQuestion { id, reason } => {
            if raw.remove(id).is_some() {
                let reason = reason.get(def.default_lang(), def.default_lang());
                let why = if reason.trim().is_empty() { String::new() } else { format!(": {reason}") };
                issues.push(ImportIssue {
                    question: id.clone(),
                    kind: IssueKind::Removed,
                    message: format!("question `{id}` was removed from the questionnaire, so its answer was not carried over{why}"),
                });
            }
        }
        MigrationStep::RemapOption { question, from, to } => match raw.get_mut(question) {
            None => {}
            Some(Value::String(s)) if s == from => *s = to.clone(),
            Some(Value::String(_)) => {}
            Some(Value::Array(items)) => {
                for item in items.iter_mut() {
                    if item.as_str() == Some(from.as_str()) {
                        *item = Value::String(to.clone());
                    }
                }
            }
            Some(_) => issues.push(ImportIssue {
                question: question.clone(),
                kind: IssueKind::Migration,
                message: format!("could not remap option `{from}` to `{to}` in `{question}`: the answer is not an option value"),
            }),
        },
    }
}
