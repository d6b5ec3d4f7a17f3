//! Gzipped sizes of the shipped assets, and the first-load budget.

use crate::build::{widget_dir, FIRST_LOAD};
use crate::util::Result;
use flate2::{write::GzEncoder, Compression};
use std::io::Write;

/// DESIGN.md: the widget's first load transfers in at most 300 KB gzipped.
pub const FIRST_LOAD_BUDGET: u64 = 300 * 1024;

pub struct Asset {
    pub name: String,
    pub raw: u64,
    pub gzipped: u64,
}

fn gzip_len(bytes: &[u8]) -> u64 {
    let mut enc = GzEncoder::new(Vec::new(), Compression::best());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory").len() as u64
}

/// Measures every file of the first load (including wasm-bindgen snippets).
pub fn first_load() -> Result<Vec<Asset>> {
    let dir = widget_dir();
    let mut names: Vec<String> = FIRST_LOAD.iter().map(|s| s.to_string()).collect();
    collect_snippets(&dir.join("snippets"), "snippets", &mut names);
    names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).map_err(|e| format!("www/widget/{name}: {e} (run `cargo xtask build`)"))?;
            Ok(Asset { raw: bytes.len() as u64, gzipped: gzip_len(&bytes), name })
        })
        .collect()
}

fn collect_snippets(dir: &std::path::Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = format!("{prefix}/{}", e.file_name().to_string_lossy());
        if e.path().is_dir() {
            collect_snippets(&e.path(), &name, out);
        } else {
            out.push(name);
        }
    }
}

/// Prints the table and returns the gzipped total.
pub fn print_table(assets: &[Asset]) -> u64 {
    println!("{:<48} {:>10} {:>10}", "asset (first load)", "bytes", "gzipped");
    for a in assets {
        println!("{:<48} {:>10} {:>10}", a.name, a.raw, a.gzipped);
    }
    let total: u64 = assets.iter().map(|a| a.gzipped).sum();
    let raw: u64 = assets.iter().map(|a| a.raw).sum();
    println!("{:<48} {:>10} {:>10}", "total", raw, total);
    println!(
        "first load: {:.1} KB gzipped of a {:.0} KB budget ({:.0}%)",
        total as f64 / 1024.0,
        FIRST_LOAD_BUDGET as f64 / 1024.0,
        100.0 * total as f64 / FIRST_LOAD_BUDGET as f64
    );
    total
}

/// The size budget test: fails above 300 KB gzipped.
pub fn check_budget() -> Result {
    let assets = first_load()?;
    let total = print_table(&assets);
    if total > FIRST_LOAD_BUDGET {
        return Err(format!("size budget exceeded: first load is {total} bytes gzipped, budget {FIRST_LOAD_BUDGET}"));
    }
    println!("size budget: ok");
    Ok(())
}
