//! The plan baked into the app by build.rs is the plan file, with nothing lost or
//! altered on the way.

use std::path::Path;

use plan_levis_core::plan::{editions, parse_plan};

#[test]
fn the_plan_baked_into_the_app_is_the_json_file() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let json = std::fs::read_to_string(editions::plan_file(&data).unwrap()).unwrap();
    assert_eq!(*plan_levis::embedded_plan(), parse_plan(&json).unwrap());
}
