//! The plan shipped with the app: the current edition in `data/`, validated and baked into
//! the binary at build time by `build.rs` (a broken plan stops the build with its
//! problems listed).

use plan_levis_core::plan::{Plan, PreviousItem};

mod baked {
    include!(concat!(env!("OUT_DIR"), "/embedded_plan.rs"));
}

/// The plan shipped with the app.
pub fn embedded_plan() -> &'static Plan {
    &baked::PLAN
}

/// The items only previous editions in `data/` have (`plan::previous_items`).
pub fn previous_items() -> &'static [PreviousItem<'static>] {
    baked::PREVIOUS_ITEMS
}
