//! One file per component, in the style of Yew's function_todomvc example.

pub mod assessment;
pub mod chart;
pub mod export_bar;
pub mod intro;
pub mod question;
pub mod results;
pub mod section_nav;
pub mod section_view;
pub mod state;
