//! Bakes the plan shipped with the app into Rust code: the current edition in `data/`
//! (or the file `PLAN_LEVIS_PLAN` names; `plan::editions`) is parsed and validated
//! here with the core crate (the same code as `validate-plan`), and written as a
//! `static` that `src/embedded_plan.rs` includes. The app thus never
//! parses JSON to get its plan, and a broken plan stops the build with the list of its
//! problems. With it, the items that only previous editions in `data/` have (their id,
//! title and edition: `plan::previous_items`), so that links and notes on them still
//! lead somewhere.

use std::path::Path;

use plan_levis_core::plan::{editions, parse_plan, previous_items, Plan};

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!(
        "cargo:rerun-if-env-changed={}",
        editions::PLAN_FILE_VARIABLE
    );
    check_app_url();
    // Cargo shows a failed build script's stderr.
    let path = editions::plan_file(Path::new("data")).unwrap_or_else(|err| {
        eprintln!("{err}");
        std::process::exit(1);
    });
    println!("cargo:rerun-if-changed={}", path.display());
    let json = std::fs::read_to_string(&path).unwrap_or_else(|err| {
        eprintln!("cannot read {}: {err}", path.display());
        std::process::exit(1);
    });
    let plan = parse_or_exit(&path, &json);
    let previous = editions::previous_editions(Path::new("data"), &plan).unwrap_or_else(|err| {
        eprintln!("{err}");
        std::process::exit(1);
    });
    let tokens = databake::Bake::bake(&plan, &Default::default());
    let items: String = previous_items(&plan, &previous)
        .iter()
        .map(|item| {
            format!(
                "    plan_levis_core::plan::PreviousItem {{ id: {:?}, title: {:?}, period: {:?} }},\n",
                item.id, item.title, item.period
            )
        })
        .collect();
    let code = format!(
        "/// The plan shipped with the app, baked from {} by build.rs.\n\
         pub static PLAN: plan_levis_core::plan::Plan = {tokens};\n\
         /// The items only previous editions in data/ have.\n\
         pub static PREVIOUS_ITEMS: &[plan_levis_core::plan::PreviousItem<'static>] = &[\n{items}];\n",
        path.display()
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_plan.rs");
    std::fs::write(&out, code).unwrap_or_else(|err| panic!("cannot write {out:?}: {err}"));
}

fn parse_or_exit(path: &Path, json: &str) -> Plan {
    match parse_plan(json) {
        Ok(plan) => plan,
        Err(error) => {
            eprintln!("{} is not a valid plan:\n{error}", path.display());
            std::process::exit(1);
        }
    }
}

/// The kiosk's QR codes hold an address of the citizens' app that a phone can open:
/// `PLAN_LEVIS_APP_URL`, when set, must be an absolute `https://` address. The kiosk's
/// build gets it, normalised, as `PLAN_LEVIS_APP_URL_CHECKED`; without it, the kiosk
/// uses the folder above its own.
fn check_app_url() {
    println!("cargo:rerun-if-env-changed=PLAN_LEVIS_APP_URL");
    let value = std::env::var("PLAN_LEVIS_APP_URL").unwrap_or_default();
    if value.trim().is_empty() || std::env::var_os("CARGO_FEATURE_KIOSK").is_none() {
        return;
    }
    match plan_levis_core::kiosk::phone_link::configured_app_url(&value) {
        Ok(url) => println!("cargo:rustc-env=PLAN_LEVIS_APP_URL_CHECKED={url}"),
        Err(_) => {
            eprintln!(
                "PLAN_LEVIS_APP_URL={value:?} cannot be the address the kiosk's QR codes open: \
                 it must be an absolute https:// address, without ? or #"
            );
            std::process::exit(1);
        }
    }
}
