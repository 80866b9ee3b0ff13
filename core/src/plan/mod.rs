//! The plan: its typed model and the validation of its JSON.

mod model;
mod validate;

pub use model::*;
pub use validate::{parse_plan, validate, PlanError, PlanProblem, SUPPORTED_FORMAT_VERSION};

/// The JSON of the plan shipped with the app: the app's `build.rs` validates it and
/// bakes it into the wasm (`plan_levis::embedded_plan`).
pub const EMBEDDED_PLAN_JSON: &str = include_str!("../../../data/plan-2023-2024.json");

/// A dollar amount as each language writes it: `200 000 $` in Québec French (narrow
/// no-break spaces between thousands, a no-break space before the sign), `$200,000`
/// in Canadian English.
pub fn format_amount(dollars: u64, lang: crate::lang::Lang) -> String {
    let english = lang == crate::lang::Lang::En;
    let digits = cat!(dollars);
    let mut out = String::new();
    if english {
        out.push('$');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(if english { ',' } else { '\u{202f}' });
        }
        out.push(ch);
    }
    if !english {
        out.push_str("\u{a0}$");
    }
    out
}
