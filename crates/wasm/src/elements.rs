//! Mount points for the custom elements defined in `js/raikit.js`. The JS
//! class owns the element's lifecycle; these handles own the Yew app and
//! back the element's properties and methods. Each element sits behind its
//! own cargo feature, so it can ship as a bundle of its own.

#[cfg(feature = "assessment")]
mod assessment;
#[cfg(feature = "policy-lint")]
mod policy_lint;

#[cfg(feature = "assessment")]
pub use assessment::*;
#[cfg(feature = "policy-lint")]
pub use policy_lint::*;

/// An attribute's value, or the default when absent or blank.
#[cfg(any(feature = "assessment", feature = "policy-lint"))]
fn attr(host: Option<&web_sys::HtmlElement>, name: &str, default: &str) -> String {
    host.and_then(|h| h.get_attribute(name)).filter(|v| !v.trim().is_empty()).unwrap_or_else(|| default.to_string())
}
