use leptos::prelude::*;

use super::{ItemLink, PartnerName, RichText};
use crate::context::{notes, plan, ui};
use plan_levis_core::plan::{Commitment, CommitmentKind};

/// One priority, programme or municipal plan in a list: title (a link to its own
/// page), axis, objective, who is responsible.
#[component]
pub fn CommitmentCard(kind: CommitmentKind, commitment: &'static Commitment) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let partners_label = t.partners_label(kind);
    let rank = t.rank(plan, kind, commitment);
    let partners = commitment
        .partners
        .iter()
        .filter_map(|id| plan.partner(id))
        .map(|partner| view! { <li><PartnerName partner=partner/></li> })
        .collect_view();
    let id = commitment.id.as_str();
    view! {
        <article class="commitment card" id=id data-axis=commitment.axis>
            <h3 class="card-title">
                <ItemLink id=id><RichText text=&commitment.title/></ItemLink>
            </h3>
            {rank.map(|rank| view! { <p class="rank">{rank}</p> })}
            <NoteBadge id=id/>
            <AxisBadge axis=commitment.axis/>
            <p class="objective">
                <span class="label">{t.objective_label} {t.colon}</span>
                <RichText text=&commitment.objective/>
            </p>
            <div class="partners">
                <p class="label">{partners_label} {t.colon.trim_end()}</p>
                <ul class="partner-list">{partners}</ul>
            </div>
        </article>
    }
}

/// "Axe 2 — L'habitation et le milieu de vie": the number in words, never colour alone.
#[component]
pub fn AxisBadge(axis: u8) -> impl IntoView {
    let name = plan()
        .axis(axis)
        .map(|a| a.name.as_str())
        .unwrap_or_default();
    view! {
        <p class=format!("axis-badge axis-{axis}")>
            <span class="axis-number">{ui().axis} " " {axis}</span>
            " — "
            <span class="axis-name" lang="fr"><RichText text=name name=true/></span>
            " " <span class="source-tag">"(" {ui().axis_name_note} ")"</span>
        </p>
    }
}

/// "Avec ma note", in words (not an icon alone), on items the person annotated.
#[component]
pub fn NoteBadge(id: &'static str) -> impl IntoView {
    let notes = notes();
    move || {
        notes
            .has(id)
            .then(|| view! { <p class="note-badge">{ui().has_note_badge}</p> })
    }
}
