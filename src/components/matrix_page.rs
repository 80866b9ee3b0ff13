use leptos::prelude::*;

use super::PartnerName;
use super::ViewLink;
use crate::context::{plan, router, ui};
use plan_levis_core::explore::{axis_totals, responsibility_matrix};

/// Who does what: a table of partners × axes, its cells shaded by how many items they
/// count. Each number links to those items, each partner's name and total to its list.
#[component]
pub fn MatrixPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let state = router().state();
    let rows = responsibility_matrix(plan)
        .into_iter()
        .map(|row| {
            let partner = row.partner;
            let cells = row
                .per_axis
                .into_iter()
                .map(|(axis, n)| {
                    if n == 0 {
                        view! {
                            <td class="empty-cell">
                                <span aria-hidden="true">"·"</span>
                                <span class="visually-hidden">{t.matrix_empty_cell}</span>
                            </td>
                        }
                        .into_any()
                    } else {
                        let label = t.matrix_cell_label.text(&partner.short_name, axis, n);
                        // Shaded by how many: 1, 2, 3 or more (`style/main.css`).
                        view! {
                            <td class=format!("filled-cell axis-{axis} n{}", n.min(3))>
                                <ViewLink
                                    to=state.with_untracked(|s| s.partner_list(&partner.id, Some(axis)))
                                    aria_label=label
                                    class="cell-link"
                                >
                                    {n}
                                </ViewLink>
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            let total = row.total;
            // The partner's name and total lead to everything it is responsible for.
            let list = state.with_untracked(|s| s.partner_list(&partner.id, None));
            // The count in words, as in the cells' labels: « …, 5 éléments ».
            let total_label = format!("{}, {}", t.partner_all_items.with("partner", &partner.short_name), t.matrix_cell_label.items.count(total));
            view! {
                <tr>
                    <th scope="row"><ViewLink to=list.clone()><PartnerName partner=partner compact=true/></ViewLink></th>
                    {cells}
                    <td class="total-cell"><ViewLink to=list aria_label=total_label class="cell-link">{total}</ViewLink></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1 class="view-title">{t.matrix_heading}</h1>
        <p>{t.matrix_intro}</p>
        <h2 id="matrice-legende">{t.matrix_caption}</h2>
        <p class="matrix-scroll-hint">{t.matrix_scroll_hint}</p>
        <div class="matrix-scroll" tabindex="0" role="region" aria-labelledby="matrice-legende">
            <table class="matrix" aria-labelledby="matrice-legende">
                <thead>
                    <tr>
                        <th scope="col">{t.matrix_partner_column}</th>
                        {plan
                            .axes
                            .iter()
                            .map(|axis| {
                                view! {
                                    <th scope="col" class=format!("axis-{}", axis.number)>
                                        <span class="axis-number">{t.axis} " " {axis.number}</span>
                                        <span class="axis-name" lang="fr">{axis.name.as_str()}</span>
                                    </th>
                                }
                            })
                            .collect_view()}
                        <th scope="col" class="total-column">{t.matrix_total}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t.matrix_axis_totals}</th>
                        {axis_totals(plan)
                            .into_iter()
                            .map(|(axis, n)| {
                                let label = format!("{}, {}", t.axis_all_items.with("axis", axis), t.matrix_cell_label.items.count(n));
                                view! {
                                    <td class="total-cell">
                                        <ViewLink to=state.with_untracked(|s| s.axis_list(axis)) aria_label=label class="cell-link">{n}</ViewLink>
                                    </td>
                                }
                            })
                            .collect_view()}
                        <td class="total-cell">{plan.commitments().count()}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
