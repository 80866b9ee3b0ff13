//! The filters: axes, kinds, notes and partners, in a panel that folds.

use leptos::html::P;
use leptos::prelude::*;
use plan_levis_core::explore::FilterOption;
use plan_levis_core::plan::{CommitmentKind, PartnerKind};

use super::FilterCheckbox;
use crate::browser::focus_when_shown;
use crate::components::PartnerName;
use crate::context::{filter_panel, notes, plan, results, ui};

#[component]
pub fn FilterPanel(
    /// Where « Voir les résultats » sends the keyboard.
    summary: NodeRef<P>,
) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let remembered = filter_panel();
    // Open on wide screens, folded on phones (and on the kiosk's screen, whose
    // visitors see the items first) so results come first; then as the person left it
    // (but on the kiosk, where each visitor starts afresh).
    let open = !crate::KIOSK_BUILD
        && remembered.left_open().unwrap_or_else(|| {
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
                    label=view! { <span class=format!("axis-{n}")><span class="axis-number">{t.axis} " " {n}</span> " — " <span lang="fr">{axis.name.as_str()}</span></span> }.into_any()
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
                        label=view! { <PartnerName partner=partner brief=true/> }.into_any()
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
            on:toggle=move |ev| {
                remembered.remember(event_target::<web_sys::Element>(&ev).has_attribute("open"));
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
                // The labels' short outside mark, explained once.
                {plan.partners.iter().any(|p| p.full_name_source.is_some()).then(|| view! {
                    <p class="hint">{t.outside_brief_note}</p>
                })}
            </fieldset>
            // On a phone the results are far below the panel: what the filters give
            // stays in view while the panel is open, with the way to it.
            <div class="filters-footer">
                <button
                    type="button"
                    class="see-results"
                    on:click=move |ev| {
                        // The panel this button is in folds away (the person opened it).
                        let panel = event_target::<web_sys::Element>(&ev).closest("details");
                        if let Ok(Some(panel)) = panel {
                            let _ = panel.remove_attribute("open");
                        }
                        focus_when_shown(summary, false);
                    }
                >
                    {move || t.see_results.count(results.with(|r| r.commitments.len()))}
                </button>
            </div>
        </details>
    }
}
