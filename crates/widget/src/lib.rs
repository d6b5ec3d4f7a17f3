//! raikit-widget: the Yew components behind `<raikit-assessment>` and
//! `<raikit-policy-lint>`. It renders into a shadow root it is given; defining
//! the custom elements themselves is raikit-wasm's job.

mod assets;
pub mod bridge;
pub mod components;
mod download;
mod events;
pub mod formats;
pub mod i18n;
mod mount;
mod on_demand;
pub mod questionnaire;
pub mod report_files;
mod storage;
mod style;
mod tasks;
pub mod validator;

pub use bridge::{Bridge, Command};
pub use components::assessment::{Assessment, AssessmentProps};
pub use components::policy_lint::{PolicyLint, PolicyLintProps};
pub use mount::{mount_assessment, mount_policy_lint, MountError};
