//! The link between an element's JS properties (`.answers`, `.report`,
//! `.importJson()`, `.reset()`) and the Yew component that owns the state.
//! The component publishes snapshots here and registers a command callback.

use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

/// Commands the host page can send to a mounted widget.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Import an answers file (JSON text). The outcome is shown in the widget.
    ImportJson(String),
    Reset,
}

/// Makes the report on demand: scoring and serialising it on every change
/// would slow start-up and typing for a value the host may never read.
pub type ReportSource = Rc<dyn Fn() -> String>;

#[derive(Default)]
struct Inner {
    answers_json: String,
    report: Option<ReportSource>,
    commands: Option<Callback<Command>>,
    pending: Vec<Command>,
}

/// Shared, cheaply cloned handle.
#[derive(Clone, Default)]
pub struct Bridge(Rc<RefCell<Inner>>);

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Bridge {
    pub fn publish(&self, answers_json: String, report: ReportSource) {
        let mut inner = self.0.borrow_mut();
        inner.answers_json = answers_json;
        inner.report = Some(report);
    }

    pub fn answers_json(&self) -> String {
        self.0.borrow().answers_json.clone()
    }

    /// The current report as JSON; empty before the component has rendered.
    pub fn report_json(&self) -> String {
        let source = self.0.borrow().report.clone();
        source.map(|make| make()).unwrap_or_default()
    }

    /// Called by the component once it can receive commands; replays any
    /// sent before it rendered.
    pub fn listen(&self, callback: Callback<Command>) {
        let pending = {
            let mut inner = self.0.borrow_mut();
            inner.commands = Some(callback.clone());
            std::mem::take(&mut inner.pending)
        };
        for command in pending {
            callback.emit(command);
        }
    }

    pub fn send(&self, command: Command) {
        let callback = self.0.borrow().commands.clone();
        match callback {
            Some(cb) => cb.emit(command),
            None => self.0.borrow_mut().pending.push(command),
        }
    }
}
