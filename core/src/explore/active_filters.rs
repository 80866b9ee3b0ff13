//! The active filters of a view, each as a chip the person can remove: what it is and
//! the view without it.

use crate::plan::{CommitmentKind, Plan};

use super::view_state::{FilterOption, ViewState};

/// What a chip stands for, for the interface to name in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChipLabel {
    /// The search, trimmed, and shortened when long (`shortened`): the search box
    /// shows it whole.
    Search(String),
    Axis(u8),
    Kind(CommitmentKind),
    NotedOnly,
    /// A partner's short name (the id itself for a partner the plan does not have).
    Partner(String),
}

/// One active filter or search, and the view once it is removed.
#[derive(Debug, Clone, PartialEq)]
pub struct Chip {
    pub label: ChipLabel,
    pub without: ViewState,
}

/// The chips of a view: the search first, then every active filter in the order of the
/// filter panel.
pub fn active_filters(plan: &Plan, state: &ViewState) -> Vec<Chip> {
    let mut chips = Vec::new();
    let query = state.query.trim();
    if !query.is_empty() {
        chips.push(Chip {
            label: ChipLabel::Search(shortened(query)),
            without: state.with_query(""),
        });
    }
    for option in state.filters.active() {
        let label = match option {
            FilterOption::Axis(axis) => ChipLabel::Axis(axis),
            FilterOption::Kind(kind) => ChipLabel::Kind(kind),
            FilterOption::NotedOnly => ChipLabel::NotedOnly,
            FilterOption::Partner(id) => ChipLabel::Partner(
                plan.partner(id)
                    .map_or(id, |p| p.short_name.as_str())
                    .to_owned(),
            ),
        };
        chips.push(Chip {
            label,
            without: state.toggle(option),
        });
    }
    chips
}

/// How many characters of a search its chip shows at most, « … » aside.
pub const SEARCH_CHIP_CHARS: usize = 40;

/// A search as its chip shows it: whole up to `SEARCH_CHIP_CHARS` characters, else its
/// first `SEARCH_CHIP_CHARS` followed by « … ».
pub fn shortened(query: &str) -> String {
    match query.char_indices().nth(SEARCH_CHIP_CHARS) {
        Some((end, _)) => format!("{}…", &query[..end]),
        None => query.to_owned(),
    }
}
