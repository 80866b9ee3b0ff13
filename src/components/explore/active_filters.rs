//! The active filters and search as chips, each removing itself, and « Tout effacer ».

use leptos::html::P;
use leptos::prelude::*;
use plan_levis_core::explore::{active_filters, ViewState};

use crate::browser::focus_when_shown;
use crate::context::{plan, router, ui};

/// Removable chips for every active filter, and one action to clear them all.
#[component]
pub fn ActiveFilters(
    /// Where the keyboard goes when the chip it was on disappears.
    summary: NodeRef<P>,
) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let router = router();
    let state = router.state();
    move || {
        let chips = state.with(|s| active_filters(plan, s));
        (!chips.is_empty()).then(|| {
            let cleared = state.with(ViewState::cleared);
            view! {
                <div class="active-filters" role="group" aria-label=t.active_filters_label>
                    <ul class="chips">
                        {chips
                            .into_iter()
                            .map(|chip| {
                                let label = t.chip_label(chip.label);
                                let next = chip.without;
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="chip"
                                            aria-label=t.remove_filter.with("filter", &label)
                                            on:click=move |_| {
                                                router.go(next.clone());
                                                focus_when_shown(summary, false);
                                            }
                                        >
                                            {label.clone()}
                                            <span aria-hidden="true">" ×"</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <button
                        type="button"
                        class="clear-all"
                        on:click=move |_| {
                            router.go(cleared.clone());
                            focus_when_shown(summary, false);
                        }
                    >
                        {t.clear_all}
                    </button>
                </div>
            }
        })
    }
}
