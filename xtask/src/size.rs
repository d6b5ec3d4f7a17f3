//! Gzipped sizes of the shipped assets, and the first-load budget of each
//! embedded element (limits in `xtask/size-budget.toml`).

use crate::build::{first_load, widget_dir, ELEMENTS};
use crate::util::{root, Result};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;

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

fn measure(names: Vec<String>) -> Result<Vec<Asset>> {
    let dir = widget_dir();
    names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).map_err(|e| format!("www/widget/{name}: {e} (run `cargo xtask build`)"))?;
            Ok(Asset { raw: bytes.len() as u64, gzipped: gzip_len(&bytes), name })
        })
        .collect()
}

fn snippets(dir: &std::path::Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = format!("{prefix}/{}", e.file_name().to_string_lossy());
        if e.path().is_dir() {
            snippets(&e.path(), &name, out);
        } else {
            out.push(name);
        }
    }
}

/// Every file in www/widget/, for the bench's full listing.
pub fn all_assets() -> Result<Vec<Asset>> {
    let mut names: Vec<String> = std::fs::read_dir(widget_dir())
        .map_err(|e| format!("www/widget: {e}"))?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    snippets(&widget_dir().join("snippets"), "snippets", &mut names);
    snippets(&widget_dir().join("lang"), "lang", &mut names);
    measure(names)
}

/// The files one element's first load fetches (snippets are shared).
pub fn element_first_load(bundle: &str) -> Result<Vec<Asset>> {
    let mut names = first_load(bundle);
    snippets(&widget_dir().join("snippets"), "snippets", &mut names);
    measure(names)
}

pub fn print_table(title: &str, assets: &[Asset]) -> u64 {
    println!("{:<48} {:>10} {:>10}", title, "bytes", "gzipped");
    for a in assets {
        println!("{:<48} {:>10} {:>10}", a.name, a.raw, a.gzipped);
    }
    let total: u64 = assets.iter().map(|a| a.gzipped).sum();
    let raw: u64 = assets.iter().map(|a| a.raw).sum();
    println!("{:<48} {:>10} {:>10}", "total", raw, total);
    total
}

struct Limits {
    budget_kb: u64,
    ceilings: Vec<(String, u64)>,
}

fn limits() -> Result<Limits> {
    let path = root().join("xtask/size-budget.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: toml::Value = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let budget_kb = value.get("budget_kb").and_then(|v| v.as_integer()).ok_or("size-budget.toml: budget_kb is required")? as u64;
    let ceilings = value
        .get("ceiling_kb")
        .and_then(|t| t.as_table())
        .map(|t| t.iter().filter_map(|(k, v)| Some((k.clone(), v.as_integer()? as u64))).collect())
        .unwrap_or_default();
    Ok(Limits { budget_kb, ceilings })
}

/// Each language pack's own budget (DESIGN.md), in KB gzipped.
const LANGUAGE_PACK_KB: u64 = 40;

/// The language packs in www/widget/lang/, each fetched on its own.
fn language_packs() -> Vec<String> {
    let mut names = Vec::new();
    snippets(&widget_dir().join("lang"), "lang", &mut names);
    names
}

/// Prints each element's first load against the budget; fails above the
/// budget, or above the element's recorded ceiling while it has one.
/// Each language pack must fit its own budget.
pub fn check_budget() -> Result {
    let limits = limits()?;
    let mut failures = Vec::new();
    let packs = measure(language_packs())?;
    print_table("language packs (each loaded on demand)", &packs);
    for p in &packs {
        let kb = p.gzipped as f64 / 1024.0;
        if kb > LANGUAGE_PACK_KB as f64 {
            failures.push(format!("language pack {} is {kb:.1} KB gzipped, above its budget of {LANGUAGE_PACK_KB} KB", p.name));
        }
    }
    if packs.is_empty() {
        failures.push("no language packs in www/widget/lang (run `cargo xtask build`)".to_string());
    }
    println!("language packs: the largest is {:.1} KB gzipped; budget {LANGUAGE_PACK_KB} KB each\n", packs.iter().map(|p| p.gzipped).max().unwrap_or(0) as f64 / 1024.0);
    for (element, _, bundle) in ELEMENTS {
        let total = print_table(&format!("<{element}> first load"), &element_first_load(bundle)?);
        let kb = total as f64 / 1024.0;
        let budget = limits.budget_kb;
        let ceiling = limits.ceilings.iter().find(|(e, _)| e == element).map(|(_, c)| *c);
        let verdict = if kb <= budget as f64 { "within budget".to_string() } else { format!("OVER the budget by {:.1} KB", kb - budget as f64) };
        println!("<{element}> first load: {kb:.1} KB gzipped; budget {budget} KB: {verdict}\n");
        let limit = ceiling.unwrap_or(budget);
        if kb > limit as f64 {
            failures.push(format!("<{element}> first load is {kb:.1} KB gzipped, above its limit of {limit} KB"));
        }
    }
    if failures.is_empty() {
        println!("size budget: ok (no element above its limit)");
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}
