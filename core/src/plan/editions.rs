//! Where the plan's editions are: one file per edition in `data/`, named
//! `plan-<period>.json`. The current edition is the one whose period sorts last,
//! unless `PLAN_LEVIS_PLAN` names a file. Native only: the build, the tools and the
//! tests find the plan here; the app gets it baked by `build.rs`.

use std::path::{Path, PathBuf};

use super::{parse_plan, Plan};

/// The variable that names the plan file to build, in place of the current edition.
pub const PLAN_FILE_VARIABLE: &str = "PLAN_LEVIS_PLAN";

/// The edition files in `data_dir` (`plan-<period>.json`), oldest period first.
pub fn edition_files(data_dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("plan-") && name.ends_with(".json"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The plan file to build: `PLAN_LEVIS_PLAN` when set, else the latest edition in
/// `data_dir`.
pub fn plan_file(data_dir: &Path) -> Result<PathBuf, String> {
    if let Some(named) = std::env::var_os(PLAN_FILE_VARIABLE).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(named));
    }
    let files = edition_files(data_dir).map_err(|err| format!("{}: {err}", data_dir.display()))?;
    files
        .last()
        .cloned()
        .ok_or_else(|| format!("{}: no plan-<period>.json file", data_dir.display()))
}

/// The editions in `data_dir` older than `current` (by period), latest first, each read
/// and validated: a broken one is an error naming its file and problems.
pub fn previous_editions(data_dir: &Path, current: &Plan) -> Result<Vec<Plan>, String> {
    let files = edition_files(data_dir).map_err(|err| format!("{}: {err}", data_dir.display()))?;
    let mut previous = Vec::new();
    for file in files {
        let json =
            std::fs::read_to_string(&file).map_err(|err| format!("{}: {err}", file.display()))?;
        let plan = parse_plan(&json)
            .map_err(|err| format!("{} is not a valid plan:\n{err}", file.display()))?;
        if plan.period < current.period {
            previous.push(plan);
        }
    }
    previous.reverse();
    Ok(previous)
}
