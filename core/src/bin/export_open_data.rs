//! Write the plan as open data into a folder: `export-open-data dist/donnees`.
//! Run by postbuild/run.mjs after every build of the citizens' app. Item addresses
//! start with `PLAN_LEVIS_APP_URL` when it is set (the app's public address), and are
//! relative to the app otherwise.

use std::process::ExitCode;

use plan_levis_core::open_data::files;
use plan_levis_core::plan::{parse_plan, EMBEDDED_PLAN_JSON};

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: export-open-data FOLDER");
        return ExitCode::from(2);
    };
    let plan = match parse_plan(EMBEDDED_PLAN_JSON) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("the plan is not valid:\n{err}");
            return ExitCode::from(1);
        }
    };
    let app_url = std::env::var("PLAN_LEVIS_APP_URL").unwrap_or_default();
    let written = std::fs::create_dir_all(&dir).and_then(|()| {
        let files = files(&plan, EMBEDDED_PLAN_JSON, &app_url);
        for file in &files {
            std::fs::write(format!("{dir}/{}", file.name), &file.body)?;
        }
        Ok(files.len())
    });
    match written {
        Ok(n) => {
            println!("open-data: {n} files written into {dir}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{dir}: {err}");
            ExitCode::from(2)
        }
    }
}
