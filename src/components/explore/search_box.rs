//! The search box, with its hint and a way past the filters to the results.

use leptos::html::P;
use leptos::prelude::*;

use super::RESULTS_ANCHOR;
use crate::browser::focus_when_shown;
use crate::context::{router, ui};

/// Enter (a phone keyboard's « Rechercher » key) goes to the results, the result
/// summary `summary`: on a phone they are below the filters, screens away.
#[component]
pub fn SearchBox(summary: NodeRef<P>) -> impl IntoView {
    let t = ui();
    let router = router();
    let state = router.state();
    view! {
        <div class="search" role="search">
            <label for="recherche">{t.search_label}</label>
            <input
                id="recherche"
                type="search"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                aria-describedby="recherche-aide"
                prop:value=move || state.with(|s| s.query.clone())
                on:input=move |ev| router.type_query(&event_target_value(&ev))
                on:blur=move |_| router.end_typing()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        focus_when_shown(summary, false);
                    }
                }
            />
            <p id="recherche-aide" class="hint">{t.search_hint}</p>
            // Past the filters' many controls, straight to what they give.
            <a class="skip-link" href=format!("#{RESULTS_ANCHOR}")>{t.skip_to_results}</a>
        </div>
    }
}
