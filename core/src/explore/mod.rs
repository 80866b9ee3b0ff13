//! Exploring the plan: filters, search, facet counts, related items, and the URL
//! form of a view. Pure: no DOM here, tested natively.

pub mod fold;
pub mod markup;
mod matrix;
mod search;
mod view_state;
pub mod words;

pub use matrix::{responsibility_matrix, MatrixRow};
pub use search::{matches, related, FacetCounts, Related, SearchIndex, SearchResults};
pub use view_state::{kind_slug, FilterOption, Filters, View, ViewState};
