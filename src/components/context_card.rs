use leptos::prelude::*;

use super::{ItemLink, NoteBadge, RichText};
use crate::context::ui;
use plan_levis_core::plan::ItemRef;

/// A reality, strategy or the fund in a list, with a link to its own page.
#[component]
pub fn ContextCard(item: ItemRef<'static>) -> impl IntoView {
    let t = ui();
    let id = item.id();
    let kind = t.item_kind(item);
    let class = match item {
        ItemRef::Reality(_) => "reality card",
        ItemRef::Strategy(_) => "strategy card",
        _ => "fund card",
    };
    view! {
        <article class=class id=id>
            <p class="item-kind">{kind}</p>
            <h3 class="card-title">
                <ItemLink id=id><RichText text=item.title()/></ItemLink>
            </h3>
            <NoteBadge id=id/>
            <ItemBody item=item/>
        </article>
    }
}

/// The texts of an item other than its title, with their labels.
#[component]
pub fn ItemBody(item: ItemRef<'static>) -> impl IntoView {
    let t = ui();
    match item {
        ItemRef::Reality(r) => view! {
            <p>
                <span class="label">{t.impact_label} {t.colon}</span>
                <RichText text=&r.impact/>
            </p>
        }
        .into_any(),
        ItemRef::Commitment(_, c) => view! {
            <p class="objective">
                <span class="label">{t.objective_label} {t.colon}</span>
                <RichText text=&c.objective/>
            </p>
        }
        .into_any(),
        ItemRef::Strategy(s) => view! { <p><RichText text=&s.description/></p> }.into_any(),
        ItemRef::Fund(f) => view! {
            <p class="fund-amount">
                <span class="label">{t.fund_amount_label} {t.colon}</span>
                <strong>{t.amount(f.amount_per_year)}</strong>
            </p>
            <p><RichText text=&f.text/></p>
        }
        .into_any(),
    }
}
