use leptos::prelude::*;

use super::PartnerName;
use crate::app::{plan, ui};
use crate::plan::{Commitment, CommitmentKind};

/// One priority, programme or municipal plan: title, axis, objective, who is responsible.
#[component]
pub fn CommitmentCard(kind: CommitmentKind, commitment: &'static Commitment) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let axis_name = plan
        .axis(commitment.axis)
        .map(|a| a.name.as_str())
        .unwrap_or_default();
    let partners_label = match kind {
        CommitmentKind::Priority => t.priority_partners_label,
        _ => t.responsible_label,
    };
    let rank = (kind == CommitmentKind::Priority)
        .then(|| format!("{} {} · ", t.priority_rank_prefix, commitment.number));
    let partners = commitment
        .partners
        .iter()
        .filter_map(|id| plan.partner(id))
        .map(|partner| view! { <li><PartnerName partner=partner/></li> })
        .collect_view();
    view! {
        <article class="commitment" id=commitment.id.as_str() data-axis=commitment.axis>
            <h3 class="commitment-title">{commitment.title.as_str()}</h3>
            <p class=format!("axis-badge axis-{}", commitment.axis)>
                {rank}
                <span class="axis-number">{t.axis} " " {commitment.axis}</span>
                " — "
                <span class="axis-name">{axis_name}</span>
            </p>
            <p class="objective">
                <span class="label">{t.objective_label} " : "</span>
                {commitment.objective.as_str()}
            </p>
            <div class="partners">
                <p class="label">{partners_label} " :"</p>
                <ul class="partner-list">{partners}</ul>
            </div>
        </article>
    }
}
