//! What the search could not find.

use leptos::prelude::*;

use crate::context::{results, ui};

/// What the search could not find: its words that no item has, and that the items
/// shown have only some of the words.
#[component]
pub fn SearchNotice() -> impl IntoView {
    let t = ui();
    let results = results();
    move || {
        results.with(|r| {
            (r.partial || !r.unmatched.is_empty()).then(|| {
                view! {
                    <div class="search-notice">
                        {(!r.unmatched.is_empty()).then(|| view! { <p>{(t.words_not_found)(&r.unmatched)}</p> })}
                        {r.partial.then(|| view! { <p>{t.partial_results}</p> })}
                    </div>
                }
            })
        })
    }
}
