//! Validate a plan JSON file: `cargo run -p plan-levis-core --bin validate-plan -- path/to/plan.json`.
//!
//! Prints every problem with its location and exits 1 on a bad file, 2 on a usage or
//! read error, 0 when the file is a valid plan.

use std::process::ExitCode;

use plan_levis_core::plan::parse_plan;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: validate-plan PATH.json");
        return ExitCode::from(2);
    };
    let json = match std::fs::read_to_string(path) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("{path}: cannot read the file: {err}");
            return ExitCode::from(2);
        }
    };
    match parse_plan(&json) {
        Ok(plan) => {
            let commitments = plan.commitments().count();
            println!(
                "{path}: valid plan {:?} ({} partners, {} commitments, {} items in all)",
                plan.id,
                plan.partners.len(),
                commitments,
                plan.item_ids().len()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            let problems = err.problems();
            eprintln!("{path}: {} problem(s) found:", problems.len());
            for problem in problems {
                eprintln!("  {problem}");
            }
            ExitCode::from(1)
        }
    }
}
