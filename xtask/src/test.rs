//! `cargo xtask test`: set up, build, then run every suite. All suites run even
//! when one fails, and the exit code is non-zero if any failed.

use crate::setup::{CHROMEDRIVER, CHROMIUM};
use crate::util::{self, root, exec, step, Result};
use crate::{build, setup, size};
use std::process::Command;

/// A named test suite.
type Suite = (&'static str, fn() -> Result);

pub fn run() -> Result {
    setup::run()?;
    build::run()?;
    let suites: [Suite; 5] = [
        ("native cargo tests", native),
        ("held-out corpus floors", heldout),
        ("wasm-bindgen-test in headless Chromium", wasm_in_browser),
        ("end-to-end browser tests (Playwright)", end_to_end),
        ("size budget", size::check_budget),
    ];
    let mut failed = Vec::new();
    for (name, suite) in suites {
        step(&format!("test: {name}"));
        if let Err(e) = suite() {
            eprintln!("FAILED: {name}: {e}");
            failed.push(name);
        }
    }
    if failed.is_empty() {
        step("test: every suite passed");
        Ok(())
    } else {
        Err(format!("failed suites: {}", failed.join(", ")))
    }
}

fn native() -> Result {
    exec(util::cargo().args(["test", "--workspace", "--exclude", "raikit-wasm", "--exclude", "xtask"]))
}

/// The held-out corpus floors, ignored by a plain `cargo test` so that rule
/// work never sees the held-out figures (crates/core/tests/heldout.rs).
fn heldout() -> Result {
    exec(util::cargo().args(["test", "-p", "raikit-core", "--test", "heldout", "--", "--ignored"]))
}

fn wasm_in_browser() -> Result {
    // webdriver.json beside the crate passes Chromium's flags (root needs --no-sandbox).
    exec(util::cargo()
        .args(["test", "-p", "raikit-wasm", "--target", "wasm32-unknown-unknown"])
        .current_dir(root().join("crates/wasm"))
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120"))
}

fn end_to_end() -> Result {
    let xtask = std::env::current_exe().map_err(|e| e.to_string())?;
    exec(Command::new("node")
        .args(["--test", "--test-concurrency=1", "tests/e2e/"])
        .current_dir(root())
        .env("RAIKIT_XTASK", xtask)
        .env("RAIKIT_CHROMIUM", CHROMIUM))
}
