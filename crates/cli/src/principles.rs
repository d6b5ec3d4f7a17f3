//! `raikit principles`.

use crate::ListFormat;
use raikit_core::Taxonomy;
use std::process::ExitCode;

pub fn run(format: ListFormat) -> Result<ExitCode, String> {
    let taxonomy = Taxonomy::builtin();
    match format {
        ListFormat::Json => {
            let json = serde_json::to_string_pretty(taxonomy).map_err(|e| e.to_string())?;
            println!("{json}");
        }
        ListFormat::Text => print!("{}", render_text(taxonomy)),
    }
    Ok(ExitCode::SUCCESS)
}

fn render_text(taxonomy: &Taxonomy) -> String {
    let mut out = String::new();
    for core in &taxonomy.core {
        out.push_str(&format!("{} ({})\n  {}\n", core.name, core.id, core.description));
        for inst in &core.instrumental {
            out.push_str(&format!("  - {:<28} {}\n", inst.id, inst.name));
            out.push_str(&format!("      {}\n", inst.description));
        }
        out.push('\n');
    }
    out
}
