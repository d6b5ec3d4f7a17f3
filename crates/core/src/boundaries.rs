//! Test support for the boundaries in ARCHITECTURE.md that a grep can hold:
//! which calls the code that reaches a bundle (core, widget and wasm
//! sources, before their `#[cfg(test)]` part) must not make.

use std::path::Path;

/// `file:line` of every shipped line that uses one of `calls`, outside
/// comments and outside the files named in `allowed`.
pub fn shipped_lines_using(calls: &[&str], allowed: &[&str]) -> Vec<String> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut offenders = Vec::new();
    for dir in ["core/src", "widget/src", "wasm/src"] {
        let mut stack = vec![crates.join(dir)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if !name.ends_with(".rs") || name == "tests.rs" || allowed.contains(&name) {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let shipped = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (i, line) in shipped.lines().enumerate() {
                let code = line.trim_start();
                if !code.starts_with("//") && calls.iter().any(|c| code.contains(c)) {
                    offenders.push(format!("{}:{}", path.display(), i + 1));
                }
            }
        }
    }
    offenders
}
