//! `ssi-coach cohort PATH... [--json] [--out FILE.html [--lang en|nl|da]]`: merge workshop
//! participant files; print the statistics, write the summary page for the follow-up mail.
//!
//! PATHs are participant files or folders of them (`*.ssip`, not recursive). Bad files are
//! listed under `skipped` with the reason. Exit code 0 when at least one participant was
//! read; 2 when none was (the summary is still printed, so a script sees why) or on usage
//! errors.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Args, CliError};
use crate::engine::{self, Band};
use crate::model::{Language, Pillar};
use crate::workshop::{Cohort, cohort_html, cohort_json};

/// `cohort PATH... [--json] [--out FILE.html [--lang en|nl|da]]`.
pub fn cohort(args: &Args, out: &mut dyn Write) -> Result<(), CliError> {
    args.reject_unknown(&["json", "out", "lang", "data-dir"])?;
    let lang = match args.value("lang") {
        Some(code) => Language::from_code(code).ok_or_else(|| {
            CliError::Usage(format!(
                "--lang '{code}' is not a supported language (use en, nl or da)"
            ))
        })?,
        None => Language::En,
    };
    if args.positional.is_empty() {
        return Err(CliError::Usage(
            "cohort needs at least one participant file or folder (see ssi-coach --help)"
                .to_owned(),
        ));
    }
    let paths: Vec<PathBuf> = args.positional.iter().map(PathBuf::from).collect();
    let import = Cohort::import(&paths);
    if args.flag("json") {
        writeln!(out, "{}", cohort_json(&import)).map_err(CliError::io)?;
    } else {
        write!(out, "{}", text(&import)).map_err(CliError::io)?;
    }
    let Some(stats) = import.stats() else {
        return Err(CliError::Input(
            "no participant file could be read".to_owned(),
        ));
    };
    if let Some(file) = args.value("out") {
        let path = Path::new(file);
        let html = cohort_html(&stats, lang);
        crate::store::write_file(path, html.as_bytes())
            .map_err(|e| CliError::Input(format!("cannot write {}: {e}", path.display())))?;
        if !args.flag("json") {
            writeln!(out, "\nsummary page written to {}", path.display()).map_err(CliError::io)?;
        }
    }
    Ok(())
}

fn text(import: &crate::workshop::CohortImport) -> String {
    let mut s = format!("participants  {}\n", import.participants.len());
    if let Some(stats) = import.stats() {
        s.push_str(&format!(
            "\n{:<14} {:>6} {:>6} {:>6} {:>7}\n",
            "(estimate)", "mean", "min", "max", "spread"
        ));
        let mut row = |name: &str, sp: &crate::workshop::Spread| {
            s.push_str(&format!(
                "{:<14} {:>6.1} {:>6.1} {:>6.1} {:>7.1}\n",
                name, sp.mean, sp.min, sp.max, sp.std_dev
            ));
        };
        for p in Pillar::ALL {
            row(p.key(), stats.pillar(p));
        }
        row("total", &stats.total);
        s.push_str("\nbands\n");
        for b in Band::ALL {
            s.push_str(&format!("  {:<10} {}\n", b.key(), stats.band_count(b)));
        }
        if !stats.missing_items.is_empty() {
            s.push_str("\nmissing checklist items\n");
            for m in &stats.missing_items {
                s.push_str(&format!("  {:<26} {}\n", m.item.key(), m.missing));
            }
        }
        if !stats.knobs.is_empty() {
            s.push_str("\nknobs with the most points on offer (mean per participant)\n");
            for k in stats.knobs.iter().take(8) {
                s.push_str(&format!(
                    "  {:<34} {:>5.1}  ({} of {})\n",
                    engine::lever_key(k.lever),
                    k.mean_points,
                    k.participants,
                    stats.participants
                ));
            }
        }
    }
    if !import.skipped.is_empty() {
        s.push_str("\nskipped\n");
        for sk in &import.skipped {
            s.push_str(&format!("  {}: {}\n", sk.file.display(), sk.reason));
        }
    }
    s
}
