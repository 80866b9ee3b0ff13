//! Exploring the plan: filters, search, facet counts, related items, and the URL
//! form of a view. Pure: no DOM here, tested natively.

mod active_filters;
pub mod fold;
pub mod folded_text;
pub mod markup;
mod matrix;
mod related;
mod search;
mod view_state;
pub mod vocabulary;
pub mod words;

pub use active_filters::{active_filters, shortened, Chip, ChipLabel, SEARCH_CHIP_CHARS};
pub use matrix::{axis_totals, responsibility_matrix, MatrixRow};
pub use related::{related, Related};
pub use search::{matches, FacetCounts, SearchIndex, SearchResults};
pub use view_state::{kind_slug, FilterOption, Filters, Unknown, View, ViewState};
