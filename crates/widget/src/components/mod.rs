//! One file per component, in the style of Yew's function_todomvc example.

pub mod assessment;
pub mod chart;
pub mod coverage_map;
pub mod export_bar;
pub mod findings_list;
pub mod intro;
pub mod load_failed;
pub mod lint_editor;
pub mod policy_lint;
pub mod question;
pub mod results;
pub mod section_nav;
pub mod section_view;
pub mod state;
