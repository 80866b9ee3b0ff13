//! One checkbox of a filter, with how many items it would give.

use leptos::prelude::*;
use plan_levis_core::explore::FilterOption;

use crate::context::{notes, results, router, ui};

/// The DOM id of an option's checkbox (the words of the address: `axe`, `type`…).
fn checkbox_id(option: FilterOption) -> String {
    match option {
        FilterOption::Axis(n) => format!("filtre-axe-{n}"),
        FilterOption::Kind(kind) => {
            format!("filtre-type-{}", plan_levis_core::explore::kind_slug(kind))
        }
        FilterOption::Partner(id) => format!("filtre-partenaire-{id}"),
        FilterOption::NotedOnly => "filtre-notes".to_owned(),
    }
}

/// One checkbox of a filter, with how many items it would give.
#[component]
pub fn FilterCheckbox(label: AnyView, option: FilterOption<'static>) -> impl IntoView {
    let t = ui();
    let router = router();
    let state = router.state();
    let results = results();
    let notes = notes();
    let checked = move || state.with(|s| s.filters.has(option));
    let count = move || results.with(|r| r.count(option, &|id| notes.has(id)));
    let id = checkbox_id(option);
    let count_id = format!("{id}-nombre");
    view! {
        <li class="filter-option" class:empty-option=move || count() == 0 && !checked()>
            <input
                type="checkbox"
                id=id.clone()
                aria-describedby=count_id.clone()
                prop:checked=checked
                on:change=move |_| router.go(state.get_untracked().toggle(option))
            />
            <label for=id>
                {label}
                " "
                <span class="option-count" id=count_id>"(" {move || t.option_count.count(count())} ")"</span>
            </label>
        </li>
    }
}
