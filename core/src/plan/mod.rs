//! The plan: its typed model and the validation of its JSON.

#[cfg(not(target_arch = "wasm32"))]
pub mod editions;
mod model;
mod place;
mod previous;
mod validate;

pub use model::*;
pub use place::{
    AbbreviationField, AbbreviationList, AxisField, FundField, ItemField, PartnerField, Place,
    PlanField, SectionField, SectionName,
};
pub use previous::{previous_item, previous_item_href, previous_items, PreviousItem};
pub use validate::{
    parse_plan, validate, PlanError, PlanProblem, ProblemKind, SUPPORTED_FORMAT_VERSION,
};

/// A dollar amount as each language writes it: `200 000 $` in Québec French (narrow
/// no-break spaces between thousands, a no-break space before the sign), `$200,000`
/// in Canadian English.
pub fn format_amount(dollars: u64, lang: crate::lang::Lang) -> String {
    let english = lang == crate::lang::Lang::En;
    let digits = dollars.to_string();
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

impl Plan {
    /// The first and last years the plan covers, from its `period` (`YYYY-YYYY`).
    pub fn years(&self) -> Option<(u32, u32)> {
        let (first, last) = self.period.split_once('-')?;
        let year = |text: &str| {
            (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| text.parse::<u32>().ok())
                .flatten()
        };
        let (first, last) = (year(first)?, year(last)?);
        (first <= last).then_some((first, last))
    }

    /// Whether the period is over in `year` (the year on the person's device).
    pub fn period_over(&self, year: u32) -> bool {
        self.years().is_some_and(|(_, last)| year > last)
    }
}
