//! The priorities, programmes and plans the view shows, by section of the plan.

use leptos::prelude::*;

use crate::components::CommitmentCard;
use crate::context::{plan, results, router, ui};

#[component]
pub fn CommitmentResults() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let router = router();
    let results = results();
    let sections = Memo::new(move |_| results.with(|r| r.by_section()));

    move || {
        let shown = sections.get();
        if shown.is_empty() {
            // With a search, clearing it is the way out (the chips above clear the
            // filters); without one, clearing the filters.
            let clear_search = move || router.state().with(|s| !s.query.trim().is_empty());
            let way_out = move |_| {
                let state = router.state().get_untracked();
                router.go(if clear_search() {
                    state.with_query("")
                } else {
                    state.cleared()
                });
            };
            return view! {
                <div class="no-results">
                    // Never « nothing matches » above a context card that does.
                    <p>{move || if results.with(|r| r.context.is_empty()) { t.no_results } else { t.no_results_but_context }}</p>
                    <button type="button" class="clear-all" on:click=way_out>
                        {move || if clear_search() { t.clear_search } else { t.clear_all }}
                    </button>
                </div>
            }
            .into_any();
        }
        shown
            .into_iter()
            .map(|(kind, commitments)| {
                let section = plan.section_of(kind);
                let anchor = plan_levis_core::explore::kind_slug(kind);
                let cards = commitments
                    .into_iter()
                    .map(|c| view! { <li><CommitmentCard kind=kind commitment=c/></li> })
                    .collect_view();
                view! {
                    <section class="result-section" aria-labelledby=format!("section-{anchor}")>
                        <h2 id=format!("section-{anchor}") lang="fr">{section.heading.as_str()}</h2>
                        {section.introduction.as_deref().map(|intro| view! { <p class="section-intro" lang="fr">{intro}</p> })}
                        <ol class="item-list commitments">{cards}</ol>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    }
}
