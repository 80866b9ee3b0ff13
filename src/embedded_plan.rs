//! The plan shipped with the app: the current edition in `data/`, validated and baked into
//! the binary at build time by `build.rs` (a broken plan stops the build with its
//! problems listed).

use plan_levis_core::plan::Plan;

mod baked {
    include!(concat!(env!("OUT_DIR"), "/embedded_plan.rs"));
}

/// The plan shipped with the app.
pub fn embedded_plan() -> &'static Plan {
    &baked::PLAN
}
