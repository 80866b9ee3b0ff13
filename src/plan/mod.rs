//! The plan: its typed model, the validation of its JSON, and the plan shipped with
//! the app.

mod model;
mod validate;

pub use model::*;
pub use validate::{parse_plan, validate, PlanError, PlanProblem, SUPPORTED_FORMAT_VERSION};

/// The JSON of the plan shipped with the app (what `build.rs` bakes into [`embedded`]).
pub const EMBEDDED_PLAN_JSON: &str = include_str!("../../data/plan-2023-2024.json");

mod baked {
    include!(concat!(env!("OUT_DIR"), "/embedded_plan.rs"));
}

/// The plan shipped with the app: `data/plan-2023-2024.json`, validated and baked into
/// the binary at build time (a broken plan stops the build with its problems listed).
pub fn embedded() -> &'static Plan {
    &baked::PLAN
}

/// A dollar amount written the Québec French way: `200 000 $`
/// (narrow no-break spaces between thousands, no-break space before the sign).
pub fn format_amount(dollars: u64) -> String {
    let digits = cat!(dollars);
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(ch);
    }
    out.push_str("\u{a0}$");
    out
}
