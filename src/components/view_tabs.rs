use leptos::prelude::*;

use super::ViewLink;
use crate::context::{notes, router, ui};
use plan_levis_core::explore::View;

/// The app's main views, as links that keep the current filters.
#[component]
pub fn ViewTabs() -> impl IntoView {
    let t = ui();
    let state = router().state();
    let tabs = [
        (View::Explore, t.tab_explore),
        (View::Document, t.tab_document),
        (View::Matrix, t.tab_matrix),
        (View::Glossary, t.tab_glossary),
        (View::Notes, t.tab_notes),
        (View::About, t.tab_about),
    ]
    .into_iter()
    .filter(|(view, _)| *view != View::Notes || notes().enabled());
    view! {
        <nav class="view-tabs" aria-label=t.views_nav_label>
            <ul>
                {tabs
                    .map(|(view, label)| {
                        move || {
                            // An item's page is part of its view: that tab says so too.
                            let current = state.with(|s| {
                                (s.view == view).then_some(if s.item.is_none() { "page" } else { "true" })
                            });
                            let to = state.with(|s| s.with_view(view));
                            view! {
                                <li>
                                    <ViewLink to=to aria_current=current tab=true>
                                        {label}
                                    </ViewLink>
                                </li>
                            }
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
