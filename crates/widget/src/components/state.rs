//! The assessment's state and its transitions, kept apart from rendering so
//! the rules (answers never lost, timestamps kept) are easy to see.

use raikit_core::assess::{Answer, AnswerSet, ImportIssue};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum View {
    Intro,
    Section(usize),
    Results,
}

/// A message shown near the top of the widget after an import or deletion.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Imported(Vec<ImportIssue>),
    ImportFailed(String),
    Restored(Vec<ImportIssue>),
    Deleted,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub answers: AnswerSet,
    pub view: View,
    pub notice: Option<Notice>,
    /// Bumped on every change to `answers`, so effects can react to it.
    pub revision: u64,
    /// Whether the latest change should be written to local storage (when
    /// the host allows it). False after a restore or a deletion, so that
    /// "Delete my data" is not undone by the autosave.
    pub save: bool,
}

pub enum Action {
    Show(View),
    /// Sets (Some) or clears (None) one answer, at the given time.
    Answer { question: String, value: Option<Answer>, now: String },
    /// Replaces every answer (import, restore, reset, delete).
    Replace { answers: AnswerSet, notice: Option<Notice>, save: bool },
    Notice(Option<Notice>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Show(view) => {
                next.view = view;
                next.notice = None;
            }
            Action::Answer { question, value, now } => {
                match value {
                    Some(v) => {
                        next.answers.answers.insert(question, v);
                    }
                    None => {
                        next.answers.answers.remove(&question);
                    }
                }
                if next.answers.created.is_none() {
                    next.answers.created = Some(now.clone());
                }
                next.answers.updated = Some(now);
                next.revision += 1;
                next.save = true;
            }
            Action::Replace { answers, notice, save } => {
                next.answers = answers;
                next.notice = notice;
                next.revision += 1;
                next.save = save;
            }
            Action::Notice(notice) => next.notice = notice,
        }
        Rc::new(next)
    }
}
