//! Gzipped sizes of the shipped assets, checked against their limits in
//! `xtask/size-budget.toml`: each element's first load against DESIGN.md's
//! budget, and each on-demand bundle against its own ceiling.

use crate::build::{bundle_files, first_load, widget_dir, ELEMENTS, ON_DEMAND};
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
    let questionnaires = crate::build::QUESTIONNAIRES_DIR;
    snippets(&widget_dir().join(questionnaires), questionnaires, &mut names);
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
    on_demand: Vec<(String, u64)>,
}

/// A `[table]` of name = KB entries.
fn kb_table(value: &toml::Value, table: &str) -> Vec<(String, u64)> {
    value
        .get(table)
        .and_then(|t| t.as_table())
        .map(|t| t.iter().filter_map(|(k, v)| Some((k.clone(), v.as_integer()? as u64))).collect())
        .unwrap_or_default()
}

fn limits() -> Result<Limits> {
    let path = root().join("xtask/size-budget.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: toml::Value = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let budget_kb = value.get("budget_kb").and_then(|v| v.as_integer()).ok_or("size-budget.toml: budget_kb is required")? as u64;
    Ok(Limits { budget_kb, ceilings: kb_table(&value, "ceiling_kb"), on_demand: kb_table(&value, "on_demand_kb") })
}

/// One measured download: the files fetched together, and the limit the
/// test enforces on their gzipped total.
struct Check {
    label: String,
    assets: Vec<Asset>,
    limit_kb: u64,
    /// Said beside the figure (the budget it is held to, and why).
    note: String,
}

fn checks(limits: &Limits) -> Result<Vec<Check>> {
    let mut checks = Vec::new();
    let budget = limits.budget_kb;
    for (element, _, bundle) in ELEMENTS {
        let ceiling = limits.ceilings.iter().find(|(e, _)| e == element).map(|(_, c)| *c);
        let note = match ceiling {
            Some(c) => format!("budget {budget} KB; still over it, so held to its ceiling of {c} KB"),
            None => format!("budget {budget} KB"),
        };
        checks.push(Check {
            label: format!("<{element}> first load"),
            assets: element_first_load(bundle)?,
            limit_kb: ceiling.unwrap_or(budget),
            note,
        });
    }
    for (_, bundle) in ON_DEMAND {
        let limit = limits
            .on_demand
            .iter()
            .find(|(b, _)| b == bundle)
            .map(|(_, kb)| *kb)
            .ok_or_else(|| format!("size-budget.toml: [on_demand_kb] needs an entry for {bundle}"))?;
        checks.push(Check {
            label: format!("{bundle} (on demand, not in any first load)"),
            assets: measure(bundle_files(bundle).into())?,
            limit_kb: limit,
            note: format!("ceiling {limit} KB"),
        });
    }
    let mut packs = Vec::new();
    snippets(&widget_dir().join("lang"), "lang", &mut packs);
    if packs.is_empty() {
        return Err("no language packs in www/widget/lang (run `cargo xtask build`)".into());
    }
    for pack in packs {
        checks.push(Check {
            label: format!("language pack {pack} (on demand)"),
            assets: measure(vec![pack])?,
            limit_kb: LANGUAGE_PACK_KB,
            note: format!("budget {LANGUAGE_PACK_KB} KB per pack"),
        });
    }
    Ok(checks)
}

/// Each language pack's own budget (DESIGN.md), in KB gzipped.
const LANGUAGE_PACK_KB: u64 = 40;

/// Prints every check's files and total against its limit; fails if any is
/// above its limit.
pub fn check_budget() -> Result {
    let mut failures = Vec::new();
    for check in checks(&limits()?)? {
        let total = print_table(&check.label, &check.assets);
        let kb = total as f64 / 1024.0;
        let verdict = if kb <= check.limit_kb as f64 { "within".to_string() } else { format!("OVER by {:.1} KB", kb - check.limit_kb as f64) };
        println!("{}: {kb:.1} KB gzipped; {}: {verdict}\n", check.label, check.note);
        if kb > check.limit_kb as f64 {
            failures.push(format!("{} is {kb:.1} KB gzipped, above its limit of {} KB", check.label, check.limit_kb));
        }
    }
    if failures.is_empty() {
        println!("size budget: ok (nothing above its limit)");
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}
