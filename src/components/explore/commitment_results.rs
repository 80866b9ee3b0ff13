//! The priorities, programmes and plans the view shows, by section of the plan.

use leptos::prelude::*;
use plan_levis_core::plan::{CommitmentKind, ItemRef};

use crate::components::CommitmentCard;
use crate::context::{plan, results, ui, view_history};

#[component]
pub fn CommitmentResults() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let nav = view_history();
    let results = results();
    // The items shown, as `ItemRef`s: the memo type of `ContextResults` (each memo type
    // adds its own code to the wasm).
    let ids = Memo::new(move |_| {
        results.with(|r| {
            r.commitments
                .iter()
                .map(|(k, c)| ItemRef::Commitment(*k, c))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let shown = ids.get();
        if shown.is_empty() {
            // With a search, clearing it is the way out (the chips above clear the
            // filters); without one, clearing the filters.
            let clear_search = move || nav.state().with(|s| !s.query.trim().is_empty());
            let way_out = move |_| {
                let state = nav.state().get_untracked();
                nav.go(if clear_search() {
                    state.with_query("")
                } else {
                    state.cleared()
                });
            };
            return view! {
                <div class="no-results">
                    <p>{t.no_results}</p>
                    <button type="button" class="clear-all" on:click=way_out>
                        {move || if clear_search() { t.clear_search } else { t.clear_all }}
                    </button>
                </div>
            }
            .into_any();
        }
        CommitmentKind::ALL
            .into_iter()
            .filter_map(|kind| {
                let section = plan.section_of(kind);
                let cards: Vec<_> = section
                    .items
                    .iter()
                    .filter(|c| {
                        shown
                            .iter()
                            .any(|item| item.commitment().is_some_and(|(k, s)| k == kind && s.id == c.id))
                    })
                    .map(|c| view! { <li><CommitmentCard kind=kind commitment=c/></li> })
                    .collect();
                (!cards.is_empty()).then(|| {
                    let anchor = plan_levis_core::explore::kind_slug(kind);
                    view! {
                        <section class="result-section" aria-labelledby=cat!("section-", anchor)>
                            <h2 id=cat!("section-", anchor) lang="fr">{section.heading.as_str()}</h2>
                            {section.introduction.as_deref().map(|intro| view! { <p class="section-intro" lang="fr">{intro}</p> })}
                            <ol class="item-list commitments">{cards}</ol>
                        </section>
                    }
                })
            })
            .collect_view()
            .into_any()
    }
}
