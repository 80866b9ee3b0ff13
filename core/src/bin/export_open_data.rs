//! Write the plan as open data into a folder: `export-open-data FOLDER [PLAN.json]`.
//! Without a plan file, the one the app is built from (`plan::editions::plan_file`).
//! Run by postbuild/run.mjs after every build of the citizens' app. Item addresses
//! start with `PLAN_LEVIS_APP_URL` when it is set (the app's public address), and are
//! relative to the app otherwise.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan_levis_core::open_data::files;
use plan_levis_core::plan::{editions, parse_plan};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: export-open-data FOLDER [PLAN.json]");
        return ExitCode::from(2);
    };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let path = match args
        .next()
        .map(PathBuf::from)
        .map_or_else(|| editions::plan_file(&data), Ok)
    {
        Ok(path) => path,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(2);
        }
    };
    let json = match std::fs::read_to_string(&path) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("{}: {err}", path.display());
            return ExitCode::from(2);
        }
    };
    let plan = match parse_plan(&json) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("{} is not a valid plan:\n{err}", path.display());
            return ExitCode::from(1);
        }
    };
    let app_url = std::env::var("PLAN_LEVIS_APP_URL").unwrap_or_default();
    let written = std::fs::create_dir_all(&dir).and_then(|()| {
        let files = files(&plan, &json, &app_url);
        for file in &files {
            std::fs::write(format!("{dir}/{}", file.name), &file.body)?;
        }
        Ok(files.len())
    });
    match written {
        Ok(n) => {
            println!("open-data: {n} files written into {dir}");
            if app_url.is_empty() {
                println!(
                    "open-data: item addresses are relative (?element=…); set \
                     PLAN_LEVIS_APP_URL to the site's public address when publishing"
                );
            } else {
                println!("open-data: item addresses start with {app_url}");
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{dir}: {err}");
            ExitCode::from(2)
        }
    }
}
