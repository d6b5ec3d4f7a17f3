//! `cargo xtask build`: native crates, then the wasm package in pkg/, then the
//! files www/ serves under www/widget/.

use crate::util::{self, root, exec, step, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The files a page loads when it embeds the widget, in www/widget/.
pub const FIRST_LOAD: &[&str] = &["raikit.js", "raikit_wasm.js", "raikit_wasm_bg.wasm"];

pub fn run() -> Result {
    step("build: native crates");
    // xtask is excluded: rebuilding the running binary with workspace-unified
    // features would replace it under our feet (the e2e tests start it).
    exec(util::cargo().args(["build", "--workspace", "--exclude", "raikit-wasm", "--exclude", "xtask"]))?;
    wasm_package()?;
    assemble_www()
}

pub fn pkg_dir() -> PathBuf {
    root().join("pkg")
}

pub fn widget_dir() -> PathBuf {
    root().join("www/widget")
}

fn wasm_package() -> Result {
    step("build: wasm package (wasm-pack, release tuned for size)");
    let root = root();
    exec(Command::new("wasm-pack")
        .current_dir(&root)
        .args(["build", "crates/wasm", "--target", "web", "--out-dir", "../../pkg", "--out-name", "raikit_wasm"])
        // The wasm-release profile (workspace Cargo.toml) is tuned for size.
        // wasm-opt runs below, from npm's binaryen: wasm-pack would download one.
        .args(["--no-pack", "--no-opt", "--profile", "wasm-release"]))?;
    let wasm = pkg_dir().join("raikit_wasm_bg.wasm");
    optimise(&wasm)?;
    write_package_json()?;
    std::fs::copy(root.join("crates/wasm/js/raikit.js"), pkg_dir().join("raikit.js"))
        .map_err(|e| format!("copying raikit.js: {e}"))?;
    Ok(())
}

/// Runs wasm-opt from npm's binaryen. Debian's binaryen is too old for what
/// this rustc emits, so it is never used.
fn optimise(wasm: &Path) -> Result {
    let wasm_opt = root().join("node_modules/.bin/wasm-opt");
    if !wasm_opt.exists() {
        return Err("node_modules/.bin/wasm-opt is missing: run `cargo xtask setup`".into());
    }
    let before = file_size(wasm);
    exec(Command::new(&wasm_opt)
        .arg("-Oz")
        // The features rustc enables by default for wasm32-unknown-unknown.
        .args(["--enable-bulk-memory", "--enable-bulk-memory-opt", "--enable-nontrapping-float-to-int"])
        .args(["--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"])
        .args(["--strip-debug", "--strip-producers"])
        .arg(wasm)
        .arg("-o")
        .arg(wasm))?;
    eprintln!("wasm-opt: {} -> {} bytes", before, file_size(wasm));
    Ok(())
}

fn file_size(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

/// The npm package is called `raikit`: `import init, { lint } from 'raikit'`.
fn write_package_json() -> Result {
    let version = env!("CARGO_PKG_VERSION");
    let pkg = serde_json::json!({
        "name": "raikit",
        "version": version,
        "description": "Responsible-AI assessments and a policy linter for law enforcement, from the INTERPOL–UNICRI principles. Runs entirely in the browser.",
        "license": "Apache-2.0",
        "type": "module",
        "main": "raikit_wasm.js",
        "types": "raikit_wasm.d.ts",
        "exports": {
            ".": { "types": "./raikit_wasm.d.ts", "default": "./raikit_wasm.js" },
            "./elements": "./raikit.js",
            "./raikit_wasm_bg.wasm": "./raikit_wasm_bg.wasm"
        },
        "files": ["raikit_wasm.js", "raikit_wasm.d.ts", "raikit_wasm_bg.wasm", "raikit_wasm_bg.wasm.d.ts", "raikit.js", "snippets"],
        "sideEffects": ["./raikit.js", "./snippets/*"]
    });
    let text = serde_json::to_string_pretty(&pkg).map_err(|e| e.to_string())?;
    std::fs::write(pkg_dir().join("package.json"), text + "\n").map_err(|e| e.to_string())
}

fn assemble_www() -> Result {
    step("build: assembling www/widget");
    let out = widget_dir();
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for name in FIRST_LOAD {
        std::fs::copy(pkg_dir().join(name), out.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    let snippets = pkg_dir().join("snippets");
    if snippets.exists() {
        util::copy_dir(&snippets, &out.join("snippets"))?;
    }
    eprintln!("www/widget is ready");
    Ok(())
}
