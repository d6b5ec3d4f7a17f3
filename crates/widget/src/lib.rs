//! raikit-widget: the Yew components behind `<raikit-assessment>` and
//! `<raikit-policy-lint>`. It renders into a shadow root it is given; defining
//! the custom elements themselves is raikit-wasm's job.

pub mod components;
mod mount;
mod style;

pub use components::assessment::{Assessment, AssessmentProps};
pub use mount::{mount_assessment, MountError};
