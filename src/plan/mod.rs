//! The plan: its typed model, and the loading and validation of its JSON.

mod model;
mod validate;

pub use model::*;
pub use validate::{
    parse_plan, parse_plan_compact, validate, PlanError, PlanProblem, SUPPORTED_FORMAT_VERSION,
};

/// The plan JSON shipped with the app, embedded at compile time.
pub const EMBEDDED_PLAN_JSON: &str = include_str!("../../data/plan-2023-2024.json");

/// Parse and validate the embedded plan.
pub fn load_embedded() -> Result<Plan, PlanError> {
    parse_plan_compact(EMBEDDED_PLAN_JSON)
}

/// A dollar amount written the Québec French way: `200 000 $`
/// (narrow no-break spaces between thousands, no-break space before the sign).
pub fn format_amount(dollars: u64) -> String {
    let digits = dollars.to_string();
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
