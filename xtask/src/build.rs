//! `cargo xtask build`: native crates, then the wasm package in pkg/, then the
//! files www/ serves under www/widget/.

use crate::util::{self, root, exec, step, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Each custom element ships as its own bundle, so a page downloads only the
/// elements it uses: (element, cargo feature, bundle name).
pub const ELEMENTS: &[(&str, &str, &str)] = &[
    ("raikit-assessment", "assessment", "raikit_assessment"),
    ("raikit-policy-lint", "policy-lint", "raikit_policy_lint"),
];

/// Bundles an element fetches later, only when the user needs them:
/// (cargo feature, bundle name). The document formats (Markdown, HTML,
/// .docx) load the first time <raikit-policy-lint> reads such a document; the
/// questionnaire validator when <raikit-assessment> shows a page's own
/// definition; the report renderers when it first exports Markdown, CSV or HTML.
pub const ON_DEMAND: &[(&str, &str)] = &[("formats", "raikit_formats"), ("validate", "raikit_validate"), ("export", "raikit_export")];

/// The assessment fetches the questionnaire it shows from here (one file per
/// built-in, written by `questionnaires::write`); the bundle embeds none.
pub const QUESTIONNAIRES_DIR: &str = "questionnaires";

/// The files an element's first load fetches, in www/widget/. The
/// assessment's includes the largest built-in questionnaire: the worst case.
pub fn first_load(bundle: &str) -> Vec<String> {
    let mut files = vec!["raikit.js".to_string()];
    files.extend(bundle_files(bundle));
    if bundle == "raikit_assessment" {
        files.extend(crate::questionnaires::largest(&widget_dir()));
    }
    files
}

/// A bundle's JS glue and wasm.
pub fn bundle_files(bundle: &str) -> [String; 2] {
    [format!("{bundle}.js"), format!("{bundle}_bg.wasm")]
}

/// Every bundle built besides the npm package: (what, cargo feature, name).
fn bundles() -> impl Iterator<Item = (String, &'static str, &'static str)> {
    let elements = ELEMENTS.iter().map(|(element, feature, bundle)| (format!("<{element}> bundle"), *feature, *bundle));
    let on_demand = ON_DEMAND.iter().map(|(feature, bundle)| (format!("{bundle} bundle (on demand)"), *feature, *bundle));
    elements.chain(on_demand)
}

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
    step("build: wasm package for npm (wasm-pack, release tuned for size)");
    let _ = std::fs::remove_dir_all(pkg_dir());
    wasm_pack("../../pkg", "raikit_wasm", &[])?;
    optimise(&pkg_dir().join("raikit_wasm_bg.wasm"))?;
    for (what, feature, bundle) in bundles() {
        step(&format!("build: {what}"));
        let out = format!("../../target/bundles/{bundle}");
        wasm_pack(&out, bundle, &["--", "--no-default-features", "--features", feature])?;
        let dir = root().join("target/bundles").join(bundle);
        optimise(&dir.join(format!("{bundle}_bg.wasm")))?;
        minify(&dir.join(format!("{bundle}.js")), &dir.join(format!("{bundle}.js")))?;
        for file in bundle_files(bundle).into_iter().chain([format!("{bundle}.d.ts")]) {
            std::fs::copy(dir.join(&file), pkg_dir().join(&file)).map_err(|e| format!("{file}: {e}"))?;
        }
        if dir.join("snippets").exists() {
            util::copy_dir(&dir.join("snippets"), &pkg_dir().join("snippets"))?;
        }
    }
    write_package_json()?;
    crate::lang_packs::write(&pkg_dir())?;
    crate::questionnaires::write(&pkg_dir())?;
    minify(&root().join("crates/wasm/js/raikit.js"), &pkg_dir().join("raikit.js"))
}

/// Minifies a served ES module with esbuild (from npm, like wasm-opt): the
/// embed script and the bundles' JS glue are part of every first load. The
/// npm API's own glue (raikit_wasm.js) stays readable.
fn minify(from: &Path, to: &Path) -> Result {
    let esbuild = root().join("node_modules/.bin/esbuild");
    if !esbuild.exists() {
        return Err("node_modules/.bin/esbuild is missing: run `cargo xtask setup`".into());
    }
    exec(Command::new(&esbuild)
        .arg(from)
        .args(["--minify", "--format=esm", "--log-level=warning", "--allow-overwrite"])
        .arg(format!("--outfile={}", to.display())))
}

/// The wasm-release profile (workspace Cargo.toml) is tuned for size.
/// wasm-opt runs separately, from npm's binaryen: wasm-pack would download one.
fn wasm_pack(out_dir: &str, out_name: &str, extra: &[&str]) -> Result {
    exec(Command::new("wasm-pack")
        .current_dir(root())
        .args(["build", "crates/wasm", "--target", "web", "--out-dir", out_dir, "--out-name", out_name])
        .args(["--no-pack", "--no-opt", "--profile", "wasm-release"])
        .args(extra))
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
        // --converge repeats -Oz while it still shrinks; the two memory flags
        // hold for wasm-bindgen modules (fresh zeroed memory, nothing below
        // address 1024) and let it drop more stores and bounds.
        .args(["-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory"])
        // Flattening and re-running the relooper, then -Oz twice more, finds
        // about 1.2 KB gzipped more in the policy checker (2026-11-29:
        // 297.4 -> 296.1 KB of wasm) for some 30 s more per bundle.
        .args(["--flatten", "--rereloop", "-Oz", "-Oz"])
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
    let mut files: Vec<String> = ["raikit_wasm.js", "raikit_wasm.d.ts", "raikit_wasm_bg.wasm", "raikit_wasm_bg.wasm.d.ts", "raikit.js"]
        .map(String::from)
        .into();
    files.extend(bundles().flat_map(|(_, _, bundle)| bundle_files(bundle)));
    files.push("snippets".into());
    files.push("lang".into());
    files.push(QUESTIONNAIRES_DIR.into());
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
        "files": files,
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
    let mut files = vec!["raikit.js".to_string()];
    files.extend(bundles().flat_map(|(_, _, bundle)| bundle_files(bundle)));
    for name in &files {
        std::fs::copy(pkg_dir().join(name), out.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    let snippets = pkg_dir().join("snippets");
    if snippets.exists() {
        util::copy_dir(&snippets, &out.join("snippets"))?;
    }
    let packs = crate::lang_packs::write(&out)?;
    let questionnaires = crate::questionnaires::write(&out)?;
    eprintln!("questionnaires: {}", questionnaires.len());
    eprintln!("language packs: {}", packs.len());
    eprintln!("www/widget is ready");
    Ok(())
}
