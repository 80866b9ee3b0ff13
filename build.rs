//! Bakes the plan shipped with the app into Rust code: `data/plan-2023-2024.json` is
//! parsed and validated here with the core crate (the same code as `validate-plan`),
//! and written as a `static` that `src/embedded_plan.rs` includes. The app thus never
//! parses JSON to get its plan, and a broken plan stops the build with the list of its
//! problems.

use std::path::Path;

const PLAN_JSON: &str = "data/plan-2023-2024.json";

fn main() {
    println!("cargo:rerun-if-changed={PLAN_JSON}");
    let json = std::fs::read_to_string(PLAN_JSON)
        .unwrap_or_else(|err| panic!("cannot read {PLAN_JSON}: {err}"));
    let plan = match plan_levis_core::plan::parse_plan(&json) {
        Ok(plan) => plan,
        Err(error) => {
            // Cargo shows a failed build script's stderr.
            eprintln!("{PLAN_JSON} is not a valid plan:\n{error}");
            std::process::exit(1);
        }
    };
    let tokens = databake::Bake::bake(&plan, &Default::default());
    let code = format!(
        "/// The plan shipped with the app, baked from {PLAN_JSON} by build.rs.\n\
         pub static PLAN: plan_levis_core::plan::Plan = {tokens};\n"
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_plan.rs");
    std::fs::write(&out, code).unwrap_or_else(|err| panic!("cannot write {out:?}: {err}"));
}
