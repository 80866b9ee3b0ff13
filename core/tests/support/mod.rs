//! The plan's editions for the core's tests. Tests that check the plan's own text (ids,
//! counts, words) pin the edition they were written against; tests that must hold for
//! whatever edition is current use `current_plan_json`.
#![allow(dead_code)] // each test file uses a part

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use plan_levis_core::explore::SearchResults;
use plan_levis_core::plan::{editions, parse_plan, Plan};

/// The edition these tests' expectations were written against.
pub const EDITION: &str = "2023-2024";

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// The JSON of the pinned edition, as published in `data/`.
pub fn plan_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| {
        let path = data_dir().join(format!("plan-{EDITION}.json"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    })
}

/// The pinned edition, parsed and validated.
pub fn plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| parse_plan(plan_json()).unwrap())
}

/// The JSON of the edition the app is built from (`plan::editions::plan_file`).
pub fn current_plan_json() -> String {
    let path = editions::plan_file(&data_dir()).unwrap();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The made-up next edition of the tests (`tests/fixtures/`, never in `data/`).
pub fn next_edition() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/plan-2097-2098.json");
        let json =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        parse_plan(&json).unwrap()
    })
}

/// The ids of every item a search found, commitments then context.
pub fn found_ids(results: &SearchResults) -> Vec<String> {
    results
        .commitments
        .iter()
        .map(|(_, c)| c.id.to_string())
        .chain(results.context.iter().map(|i| i.id().to_owned()))
        .collect()
}
