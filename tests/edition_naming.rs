//! Everything the site says of the plan's edition comes from the plan file: no period of
//! any edition in `data/` is written in the app's code, page, public files, styles or
//! scripts (tests may name the edition they check).

use std::path::{Path, PathBuf};

use plan_levis_core::plan::{editions, parse_plan};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The periods of every edition in `data/`, as written (`2023-2024`) and as said
/// (`2023 et 2024`).
fn periods() -> Vec<String> {
    let files = editions::edition_files(&Path::new(ROOT).join("data")).unwrap();
    assert!(!files.is_empty());
    let mut periods = Vec::new();
    for file in files {
        let plan = parse_plan(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let period = plan.period.to_string();
        if let Some((first, last)) = period.split_once('-') {
            periods.push(format!("{first} et {last}"));
        }
        periods.push(period);
    }
    periods
}

/// Every file below `path` (or `path` itself).
fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            files(&entry.unwrap().path(), out);
        }
    } else {
        out.push(path.to_owned());
    }
}

#[test]
fn no_edition_is_named_outside_the_plan_file() {
    let periods = periods();
    let mut checked = Vec::new();
    for place in [
        "src",
        "core/src",
        "index.html",
        "public",
        "style",
        "scripts",
    ] {
        files(&Path::new(ROOT).join(place), &mut checked);
    }
    let mut found = Vec::new();
    for path in &checked {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue; // not text (icons)
        };
        // A Rust file's own tests come last, under `#[cfg(test)]`.
        let code = match path.extension().and_then(|e| e.to_str()) {
            Some("rs") => text.split("#[cfg(test)]").next().unwrap_or(""),
            _ => &text,
        };
        for (n, line) in code.lines().enumerate() {
            for period in &periods {
                if line.contains(period.as_str()) {
                    let shown = path.strip_prefix(ROOT).unwrap_or(path).display();
                    found.push(format!("{shown}:{}: {period}", n + 1));
                }
            }
        }
    }
    assert!(
        checked.len() > 50,
        "the check reads the code ({} files)",
        checked.len()
    );
    assert_eq!(
        found,
        Vec::<String>::new(),
        "editions named outside the plan file"
    );
}
