//! One file per component, in the style of Yew's function_todomvc example.

pub mod assessment;
pub mod intro;
