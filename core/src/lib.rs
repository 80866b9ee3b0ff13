//! The pure core of Plan Lévis: the plan's model and validation, exploring it (filters,
//! search, facet counts, the URL form of a view), private notes (store and file
//! formats), the kiosk's settings and clock. No DOM here: everything is tested natively,
//! and the app, `build.rs`, the tools and the tests all use this crate.

pub mod explore;
pub mod json;
pub mod kiosk;
pub mod lang;
pub mod notes;
#[cfg(feature = "open-data")]
pub mod open_data;
pub mod plan;
#[cfg(feature = "open-data")]
pub mod plan_csv;
pub mod query_string;
pub mod sorted;
pub mod speech;
