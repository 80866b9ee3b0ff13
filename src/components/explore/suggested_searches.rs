//! The kiosk's suggested searches, in place of a search box (no keyboard on a kiosk).

use leptos::prelude::*;

use crate::context::{kiosk_ui, router};

#[component]
pub fn SuggestedSearches() -> impl IntoView {
    let k = kiosk_ui();
    let router = router();
    let state = router.state();
    let choice = |label: &'static str, query: &'static str| {
        view! {
            <li>
                <button
                    type="button"
                    class="suggestion"
                    aria-pressed=move || state.with(|s| if s.query == query { "true" } else { "false" })
                    on:click=move |_| router.go(state.get_untracked().with_query(query))
                >
                    {label}
                </button>
            </li>
        }
    };
    view! {
        <div class="suggested-searches" role="group" aria-labelledby="suggestions-titre">
            <p id="suggestions-titre" class="filter-group-title">{k.suggestions}</p>
            <ul class="suggestions">
                {choice(k.all, "")}
                {plan_levis_core::kiosk::SUGGESTED_SEARCHES.map(|q| choice(q, q)).collect_view()}
            </ul>
        </div>
    }
}
