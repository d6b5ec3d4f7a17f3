//! `cargo xtask bench`: prints the project's figures.

use crate::util::{step, Result};
use crate::{build, setup, size};

pub fn run() -> Result {
    setup::run()?;
    build::run()?;
    step("bench: gzipped size of every shipped asset");
    size::print_table("asset (www/widget)", &size::all_assets()?);
    step("bench: first load of each element");
    let _ = size::check_budget();
    Ok(())
}
