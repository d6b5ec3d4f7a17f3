//! `cargo xtask setup`: installs what a fresh machine lacks, and skips what is
//! already there at the right version. Every step says what it did.

use crate::util::{self, output, root, exec, step, Result};
use std::path::Path;
use std::process::Command;

/// wasm-pack is a build tool only; any recent version works, so pin a known one.
const WASM_PACK_VERSION: &str = "0.15.1";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn run() -> Result {
    step("setup: checking tools");
    wasm_target()?;
    wasm_bindgen_cli()?;
    wasm_pack()?;
    npm_dev_dependencies()?;
    chromium()?;
    Ok(())
}

fn wasm_target() -> Result {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        eprintln!("ok: rust target {WASM_TARGET} is installed");
        return Ok(());
    }
    eprintln!("installing: rust target {WASM_TARGET}");
    exec(Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

fn tool_version(tool: &str) -> Option<String> {
    let out = output(Command::new(tool).arg("--version"))?;
    out.split_whitespace().nth(1).map(|v| v.trim_start_matches('v').to_string())
}

fn wasm_bindgen_cli() -> Result {
    let pinned = util::pinned_wasm_bindgen()?;
    match tool_version("wasm-bindgen") {
        Some(v) if v == pinned => {
            eprintln!("ok: wasm-bindgen-cli {v} matches the pinned wasm-bindgen");
            Ok(())
        }
        found => {
            eprintln!(
                "installing: wasm-bindgen-cli {pinned} (found {}); this takes a few minutes",
                found.as_deref().unwrap_or("none")
            );
            // No --locked: the registry mirror lacks some locked versions.
            exec(util::cargo().args(["install", "wasm-bindgen-cli", "--force", "--version", &pinned]))
        }
    }
}

fn wasm_pack() -> Result {
    match tool_version("wasm-pack") {
        Some(v) => {
            eprintln!("ok: wasm-pack {v} is installed");
            Ok(())
        }
        None => {
            eprintln!("installing: wasm-pack {WASM_PACK_VERSION}; this takes a few minutes");
            exec(util::cargo().args(["install", "wasm-pack", "--version", WASM_PACK_VERSION]))
        }
    }
}

/// Microsoft's SARIF validator (npm `@microsoft/sarif-multitool`, Linux
/// build); the CLI's tests check `--format sarif` output with it.
pub const SARIF_VALIDATOR: &str = "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";

/// `npm ci` from the committed lockfile, re-run only when the lockfile changes.
fn npm_dev_dependencies() -> Result {
    let root = root();
    let lock = std::fs::read(root.join("package-lock.json")).map_err(|e| format!("package-lock.json: {e}"))?;
    let stamp_path = root.join("node_modules/.raikit-lock-stamp");
    let stamp = format!("{:x}", fnv1a(&lock));
    let have = std::fs::read_to_string(&stamp_path).unwrap_or_default();
    let complete = ["wasm-opt", "esbuild", "playwright-core"].iter().all(|b| root.join("node_modules/.bin").join(b).exists())
        && root.join("node_modules/axe-core/axe.min.js").exists()
        && (!cfg!(target_os = "linux") || root.join(SARIF_VALIDATOR).exists());
    if have == stamp && complete {
        eprintln!("ok: npm dev dependencies match package-lock.json");
        return Ok(());
    }
    eprintln!("installing: npm dev dependencies (binaryen's wasm-opt, esbuild, playwright-core, axe-core, Microsoft's SARIF validator)");
    exec(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&root))?;
    std::fs::write(&stamp_path, stamp).map_err(|e| e.to_string())
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| (h ^ *b as u64).wrapping_mul(0x100000001b3))
}

fn chromium() -> Result {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        eprintln!("ok: Debian chromium and chromium-driver are installed");
        return Ok(());
    }
    eprintln!("installing: Debian chromium and chromium-driver");
    exec(Command::new("apt-get").arg("update"))?;
    exec(Command::new("apt-get")
        // With recommends: they bring the fonts headless rendering and screenshots need.
        .args(["install", "-y", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}
