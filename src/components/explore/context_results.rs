//! The realities, strategies and fund that match the search.

use leptos::prelude::*;

use crate::components::ContextCard;
use crate::context::{results, ui};

#[component]
pub fn ContextResults() -> impl IntoView {
    let t = ui();
    let results = results();
    let items = Memo::new(move |_| results.with(|r| r.context.clone()));
    view! {
        <section class="result-section context" aria-labelledby="section-contexte">
            <h2 id="section-contexte">{t.context_heading}</h2>
            <p class="context-note">{t.context_note}</p>
            {move || {
                let items = items.get();
                if items.is_empty() {
                    view! { <p>{t.context_none}</p> }.into_any()
                } else {
                    view! {
                        <ol class="item-list">
                            {items.into_iter().map(|item| view! { <li><ContextCard item=item/></li> }).collect_view()}
                        </ol>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
