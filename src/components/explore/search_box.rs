//! The search box, with its hint and a way past the filters to the results.

use leptos::prelude::*;

use super::RESULTS_ANCHOR;
use crate::context::{ui, view_history};

#[component]
pub fn SearchBox() -> impl IntoView {
    let t = ui();
    let nav = view_history();
    let state = nav.state();
    view! {
        <div class="search" role="search">
            <label for="recherche">{t.search_label}</label>
            <input
                id="recherche"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="recherche-aide"
                prop:value=move || state.with(|s| s.query.clone())
                on:input=move |ev| nav.type_query(&event_target_value(&ev))
                on:blur=move |_| nav.end_typing()
            />
            <p id="recherche-aide" class="hint">{t.search_hint}</p>
            // Past the filters' many controls, straight to what they give.
            <a class="skip-link" href=cat!("#", RESULTS_ANCHOR)>{t.skip_to_results}</a>
        </div>
    }
}
