//! What the search could not find, and the plan's words it also looked for.

use leptos::prelude::*;

use crate::components::ask_the_city;
use crate::context::{results, ui};

/// What the search could not find: its words that no item has (the plan does not
/// speak of them: where to ask instead), and that the items
/// shown have only some of the words; the plan's words it also looked for; and, for a
/// search made only of little words, that they were ignored.
#[component]
pub fn SearchNotice() -> impl IntoView {
    let t = ui();
    let results = results();
    move || {
        results.with(|r| {
            (r.partial || !r.unmatched.is_empty() || !r.also.is_empty() || !r.ignored.is_empty()).then(|| {
                view! {
                    <div class="search-notice">
                        {(!r.also.is_empty()).then(|| view! { <p>{t.quoted_list(t.also_searched, &r.also)}</p> })}
                        {(!r.unmatched.is_empty()).then(|| view! {
                            <p>{t.quoted_list(t.words_not_found, &r.unmatched)}</p>
                            {ask_the_city(t, t.not_in_plan)}
                        })}
                        {r.partial.then(|| view! { <p>{t.partial_results}</p> })}
                        {(!r.ignored.is_empty()).then(|| view! { <p>{t.quoted_list(t.words_ignored, &r.ignored)}</p> })}
                    </div>
                }
            })
        })
    }
}
