//! `cargo xtask bench`: prints the project's figures. Nothing here passes or
//! fails on timing; the numbers are for people (and closing notes) to read.

use crate::util::{self, exec, root, step, Result};
use crate::{build, setup, size};
use std::process::Command;

pub fn run() -> Result {
    setup::run()?;
    build::run()?;
    step("bench: gzipped size of every shipped asset");
    size::print_table("asset (www/widget)", &size::all_assets()?);
    step("bench: first load of each element");
    let _ = size::check_budget();
    step("bench: linter quality on the labelled corpus and on the held-out set");
    exec(util::cargo().args(["run", "--quiet", "--release", "-p", "raikit-core", "--example", "corpus_metrics"]))?;
    step("bench: native timings (criterion): assessment validate/score, lint per word at 1k–1M words");
    exec(util::cargo().args(["bench", "-p", "raikit-core"]))?;
    step("bench: in Chromium: time to interactive, lint() on 10,000 words, edit-to-highlight latency, longest task while typing, a 5 MB paste");
    let xtask = std::env::current_exe().map_err(|e| e.to_string())?;
    exec(Command::new("node")
        .arg("tests/bench/browser.mjs")
        .current_dir(root())
        .env("RAIKIT_XTASK", xtask)
        .env("RAIKIT_CHROMIUM", setup::CHROMIUM))
}
