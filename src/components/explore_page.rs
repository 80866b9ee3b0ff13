use std::cell::Cell;

use leptos::prelude::*;

use super::{CommitmentCard, ContextCard, PartnerName};
use crate::browser::focus_when_shown;
use crate::context::{kiosk, kiosk_ui, notes, plan, results, ui, view_history};
use plan_levis_core::explore::{FilterOption, ViewState};
use plan_levis_core::plan::{CommitmentKind, PartnerKind};

/// The heart of the app: search, filters, and the matching items.
#[component]
pub fn ExplorePage() -> impl IntoView {
    let t = ui();
    view! {
        <h1 class="view-title">{t.tab_plan}</h1>
        <div class="explore-layout">
            <div class="explore-controls">
                {if kiosk().is_some() {
                    view! { <SuggestedSearches/> }.into_any()
                } else {
                    view! { <SearchBox/> }.into_any()
                }}
                <FilterPanel/>
            </div>
            <div class="explore-results">
                <ActiveFilters/>
                <ResultSummary/>
                <SearchNotice/>
                <CommitmentResults/>
                <ContextResults/>
            </div>
        </div>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
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
            <a class="skip-link" href="#resultats">{t.skip_to_results}</a>
        </div>
    }
}

#[component]
fn SuggestedSearches() -> impl IntoView {
    let k = kiosk_ui();
    let nav = view_history();
    let state = nav.state();
    let choice = |label: &'static str, query: &'static str| {
        view! {
            <li>
                <button
                    type="button"
                    class="suggestion"
                    aria-pressed=move || state.with(|s| if s.query == query { "true" } else { "false" })
                    on:click=move |_| nav.go(state.get_untracked().with_query(query))
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

/// The DOM id of an option's checkbox (the words of the address: `axe`, `type`…).
fn checkbox_id(option: FilterOption) -> String {
    match option {
        FilterOption::Axis(n) => cat!("filtre-axe-", n),
        FilterOption::Kind(kind) => cat!("filtre-type-", plan_levis_core::explore::kind_slug(kind)),
        FilterOption::Partner(id) => cat!("filtre-partenaire-", id),
        FilterOption::NotedOnly => "filtre-notes".to_owned(),
    }
}

/// One checkbox of a filter, with how many items it would give.
#[component]
fn FilterCheckbox(label: AnyView, option: FilterOption<'static>) -> impl IntoView {
    let t = ui();
    let nav = view_history();
    let state = nav.state();
    let results = results();
    let notes = notes();
    let checked = move || state.with(|s| s.filters.has(option));
    let count = move || results.with(|r| r.count(option, &|id| notes.has(id)));
    let id = checkbox_id(option);
    let count_id = cat!(id, "-nombre");
    view! {
        <li class="filter-option" class:empty-option=move || count() == 0 && !checked()>
            <input
                type="checkbox"
                id=id.clone()
                aria-describedby=count_id.clone()
                prop:checked=checked
                on:change=move |_| nav.go(state.get_untracked().toggle(option))
            />
            <label for=id>
                {label}
                " "
                <span class="option-count" id=count_id>"(" {move || (t.option_count)(count())} ")"</span>
            </label>
        </li>
    }
}

thread_local! {
    /// Whether the person last left the filter panel open (`None` until they open or
    /// fold it), so that it comes back as it was after an item page and Back.
    static PANEL_OPEN: Cell<Option<bool>> = const { Cell::new(None) };
}

#[component]
fn FilterPanel() -> impl IntoView {
    let plan = plan();
    let t = ui();
    // Open on wide screens, folded on phones (and on the kiosk's screen, whose
    // visitors see the items first) so results come first; then as the person left it
    // (but on the kiosk, where each visitor starts afresh).
    let open = !crate::KIOSK_BUILD
        && PANEL_OPEN.get().unwrap_or_else(|| {
            window()
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .is_some_and(|w| w >= 768.0)
        });
    let results = results();

    let axes = plan
        .axes
        .iter()
        .map(|axis| {
            let n = axis.number;
            view! {
                <FilterCheckbox
                    label=view! { <span class=cat!("axis-", n)><span class="axis-number">{t.axis} " " {n}</span> " — " <span lang="fr">{axis.name.as_str()}</span></span> }.into_any()
                    option=FilterOption::Axis(n)
                />
            }
        })
        .collect_view();

    let partner_group = |kind: PartnerKind, heading: &'static str| {
        let options = plan
            .partners
            .iter()
            .filter(|p| p.kind == kind)
            .map(|partner| {
                view! {
                    <FilterCheckbox
                        label=view! { <PartnerName partner=partner/> }.into_any()
                        option=FilterOption::Partner(partner.id.as_str())
                    />
                }
            })
            .collect_view();
        view! {
            <p class="filter-group">{heading}</p>
            <ul class="filter-options">{options}</ul>
        }
    };

    let kinds = CommitmentKind::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <FilterCheckbox
                    label=t.commitment_kind(kind).into_any()
                    option=FilterOption::Kind(kind)
                />
            }
        })
        .collect_view();

    view! {
        <details
            class="filters"
            id="filtres"
            open=open
            on:toggle=move |_| {
                if let Some(panel) = document().get_element_by_id("filtres") {
                    PANEL_OPEN.set(Some(panel.has_attribute("open")));
                }
            }
        >
            <summary>{t.filters_heading}</summary>
            <fieldset>
                <legend>{t.filter_axis}</legend>
                <ul class="filter-options">{axes}</ul>
            </fieldset>
            <fieldset>
                <legend>{t.filter_kind}</legend>
                <ul class="filter-options">{kinds}</ul>
            </fieldset>
            {notes().enabled().then(|| view! {
            <fieldset>
                <legend>{t.filter_notes}</legend>
                <ul class="filter-options">
                    <FilterCheckbox
                        label=t.filter_noted_only.into_any()
                        option=FilterOption::NotedOnly
                    />
                </ul>
            </fieldset>
            })}
            <fieldset>
                <legend>{t.filter_partner}</legend>
                {partner_group(PartnerKind::Organisation, t.partner_group_organisations)}
                {partner_group(PartnerKind::CityUnit, t.partner_group_city_units)}
            </fieldset>
            // On a phone the results are far below the panel: what the filters give
            // stays in view while the panel is open, with the way to it.
            <div class="filters-footer">
                <button
                    type="button"
                    class="see-results"
                    on:click=move |_| {
                        // The panel folds away (the person opened it; the page does not
                        // track it otherwise).
                        if let Some(panel) = document().get_element_by_id("filtres") {
                            let _ = panel.remove_attribute("open");
                        }
                        focus_when_shown("resultats", false);
                    }
                >
                    {move || (t.see_results)(results.with(|r| r.commitments.len()))}
                </button>
            </div>
        </details>
    }
}

/// Removable chips for every active filter, and one action to clear them all.
#[component]
fn ActiveFilters() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let nav = view_history();
    let state = nav.state();
    let chips = move || {
        let s = state.get();
        let mut chips: Vec<(String, ViewState)> = Vec::new();
        if !s.query.trim().is_empty() {
            chips.push(((t.search_chip)(s.query.trim()), s.with_query("")));
        }
        for option in s.filters.active() {
            let label = match option {
                FilterOption::Axis(axis) => cat!(t.axis, " ", axis),
                FilterOption::Kind(kind) => t.commitment_kind(kind).to_owned(),
                FilterOption::NotedOnly => t.filter_noted_only.to_owned(),
                FilterOption::Partner(id) => plan
                    .partner(id)
                    .map_or(id, |p| p.short_name.as_str())
                    .to_owned(),
            };
            chips.push((label, s.toggle(option)));
        }
        chips
    };
    move || {
        let chips = chips();
        (!chips.is_empty()).then(|| {
            let cleared = state.with(ViewState::cleared);
            view! {
                <div class="active-filters" role="group" aria-label=t.active_filters_label>
                    <ul class="chips">
                        {chips
                            .into_iter()
                            .map(|(label, next)| {
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="chip"
                                            aria-label=(t.remove_filter)(&label)
                                            on:click=move |_| {
                                                nav.go(next.clone());
                                                focus_summary();
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
                            nav.go(cleared.clone());
                            focus_summary();
                        }
                    >
                        {t.clear_all}
                    </button>
                </div>
            }
        })
    }
}

/// After a chip disappears, keep keyboard focus somewhere meaningful.
fn focus_summary() {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id("resultats")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// "3 engagements sur 13 correspondent." Said politely to screen readers once the
/// results have stopped changing for a moment (not at every keystroke of a search).
#[component]
fn ResultSummary() -> impl IntoView {
    let t = ui();
    let plan = plan();
    let results = results();
    let total = plan.commitments().count();
    let shown = Memo::new(move |_| results.with(|r| r.commitments.len()));
    let said = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Effects synchronise with the outside: here, the pause before speaking.
    Effect::new(move |_| {
        let text = (t.results_summary)(shown.get(), total);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || said.set(text), ANNOUNCE_AFTER);
        pending.set_value(handle.ok());
    });
    view! {
        <p id="resultats" class="result-summary" tabindex="-1">
            {move || (t.results_summary)(shown.get(), total)}
        </p>
        <p id="resultats-annonce" class="visually-hidden" role="status">{move || said.get()}</p>
    }
}

/// How long the results must stay the same before their count is said.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(800);

/// What the search could not find: its words that no item has, and that the items
/// shown have only some of the words.
#[component]
fn SearchNotice() -> impl IntoView {
    let t = ui();
    let results = results();
    move || {
        results.with(|r| {
            (r.partial || !r.unmatched.is_empty()).then(|| {
                view! {
                    <div class="search-notice">
                        {(!r.unmatched.is_empty()).then(|| view! { <p>{(t.words_not_found)(&r.unmatched)}</p> })}
                        {r.partial.then(|| view! { <p>{t.partial_results}</p> })}
                    </div>
                }
            })
        })
    }
}

#[component]
fn CommitmentResults() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let nav = view_history();
    let results = results();
    let ids = Memo::new(move |_| {
        results.with(|r| {
            r.commitments
                .iter()
                .map(|(k, c)| (*k, c.id.clone()))
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
                    .filter(|c| shown.iter().any(|(k, id)| *k == kind && *id == c.id))
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

#[component]
fn ContextResults() -> impl IntoView {
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
