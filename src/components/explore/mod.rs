//! « Explorer le plan », the heart of the app: search, filters, and the matching
//! items. One component per file; this one lays them out, and gives the filter panel
//! and the chips the result summary, where they send the keyboard.

mod active_filters;
mod commitment_results;
mod context_results;
mod filter_checkbox;
mod filter_panel;
mod result_summary;
mod search_box;
mod search_notice;
mod suggested_searches;

use leptos::html::P;
use leptos::prelude::*;

use crate::browser::focus_at_top;
use crate::context::{kiosk, ui};
use active_filters::ActiveFilters;
use commitment_results::CommitmentResults;
use context_results::ContextResults;
use filter_checkbox::FilterCheckbox;
use filter_panel::FilterPanel;
use result_summary::{ResultSummary, RESULTS_ANCHOR};
use search_box::SearchBox;
use search_notice::SearchNotice;
use suggested_searches::SuggestedSearches;

/// After a move to a list from elsewhere (a matrix cell, an item's axis or partner):
/// once drawn, the top of the list in view and the keyboard on its summary, as an item
/// page puts it on its title.
pub fn land_on_results() {
    focus_at_top(".explore-results", RESULTS_ANCHOR);
}

#[component]
pub fn ExplorePage() -> impl IntoView {
    let t = ui();
    let summary = NodeRef::<P>::new();
    view! {
        <h1 class="view-title">{t.tab_explore}</h1>
        <div class="explore-layout">
            <div class="explore-controls">
                {if kiosk().is_some() {
                    view! { <SuggestedSearches/> }.into_any()
                } else {
                    view! { <SearchBox summary=summary/> }.into_any()
                }}
                <FilterPanel summary=summary/>
            </div>
            <div class="explore-results">
                <ActiveFilters summary=summary/>
                <ResultSummary node_ref=summary/>
                <SearchNotice/>
                <CommitmentResults/>
                <ContextResults/>
            </div>
        </div>
    }
}
