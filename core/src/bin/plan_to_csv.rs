//! Write a plan file as CSV files for a spreadsheet: `plan-to-csv PLAN.json FOLDER`.
//! The folder gets one file per table of the plan and `LISEZMOI.md`, which describes
//! every column (docs/publishing-a-new-plan.md). `plan-from-csv` reads them back.

use std::process::ExitCode;

use plan_levis_core::plan::parse_plan;
use plan_levis_core::plan_csv::write_plan;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [plan_path, dir] = args.as_slice() else {
        eprintln!("usage : plan-to-csv PLAN.json DOSSIER");
        return ExitCode::from(2);
    };
    let json = match std::fs::read_to_string(plan_path) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("{plan_path} : {err}");
            return ExitCode::from(2);
        }
    };
    let plan = match parse_plan(&json) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("{plan_path} n'est pas un plan valide :\n{err}");
            return ExitCode::from(1);
        }
    };
    let files = write_plan(&plan);
    let written = std::fs::create_dir_all(dir).and_then(|()| {
        for file in &files {
            std::fs::write(std::path::Path::new(dir).join(&file.name), &file.body)?;
        }
        Ok(())
    });
    match written {
        Ok(()) => {
            println!("plan-to-csv : {} fichiers écrits dans {dir}", files.len());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{dir} : {err}");
            ExitCode::from(2)
        }
    }
}
