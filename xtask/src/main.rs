//! `cargo xtask`: one entry point for setting up, building, serving, testing
//! and benchmarking raikit. Every command installs what it needs first, so a
//! fresh machine needs nothing but cargo.

mod bench;
mod build;
mod lang_packs;
mod questionnaires;
mod serve;
mod setup;
mod size;
mod test;
mod util;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "raikit's build, setup, serve, test and bench tasks")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install whatever this machine lacks (idempotent).
    Setup,
    /// Build the native crates, the wasm package in pkg/, and the served www/widget/.
    Build,
    /// Set up, build, then serve the demo portal.
    Demo {
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Serve www/ as it is (no setup or build). `--port 0` picks a free port.
    Serve {
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Set up, build, then run every test: native, wasm in Chromium, end-to-end, size budget.
    Test,
    /// Check the gzipped sizes of the built www/widget/ against xtask/size-budget.toml (no build).
    Size,
    /// Print the project's figures: asset sizes and, as features land, timings.
    Bench,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Setup => setup::run(),
        Command::Build => setup::run().and_then(|_| build::run()),
        Command::Demo { port } => setup::run().and_then(|_| build::run()).and_then(|_| serve::run(port)),
        Command::Serve { port } => serve::run(port),
        Command::Test => test::run(),
        Command::Size => size::check_budget(),
        Command::Bench => bench::run(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}
