use leptos::prelude::*;

use super::{ItemLink, PartnerName, RichText, ViewLink};
use crate::context::{notes, plan, router, ui};
use plan_levis_core::plan::{Commitment, CommitmentKind};

/// One priority, programme or municipal plan in a list: its title (a link to its own
/// page), then its body.
#[component]
pub fn CommitmentCard(kind: CommitmentKind, commitment: &'static Commitment) -> impl IntoView {
    let id = commitment.id.as_str();
    view! {
        <article class="commitment card" id=id data-axis=commitment.axis>
            <h3 class="card-title">
                <ItemLink id=id><RichText text=&commitment.title/></ItemLink>
            </h3>
            <NoteBadge id=id/>
            <CommitmentBody kind=kind commitment=commitment/>
        </article>
    }
}

/// What a commitment says, wherever it is shown (a card of a list, the whole plan, its
/// own page): its rank (priorities), axis, objective, and who is responsible. On its
/// own page (`detailed`), each partner's kind and the links to everything under the
/// same axis and everything each partner is responsible for.
#[component]
pub fn CommitmentBody(
    kind: CommitmentKind,
    commitment: &'static Commitment,
    #[prop(optional)] detailed: bool,
) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let axis = commitment.axis;
    let partners = commitment.partners.iter().filter_map(|id| plan.partner(id));
    let partners = if detailed {
        let state = router().state();
        let partners = partners
            .map(|partner| {
                let to = state.with_untracked(|s| s.partner_list(&partner.id, None));
                view! {
                    <li>
                        <PartnerName partner=partner/>
                        " "
                        <span class="source-tag">"(" {t.partner_kind(partner.kind)} ")"</span>
                        <br/>
                        <ViewLink to=to class="more-link">
                            {t.partner_all_items.with("partner", &partner.short_name)}
                        </ViewLink>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{t.partners_label(kind)}</h2>
            <ul class="partner-list detailed">{partners}</ul>
        }
        .into_any()
    } else {
        let partners = partners
            .map(|partner| view! { <li><PartnerName partner=partner/></li> })
            .collect_view();
        view! {
            <div class="partners">
                <p class="label">{t.partners_label(kind)} {t.colon.trim_end()}</p>
                <ul class="partner-list">{partners}</ul>
            </div>
        }
        .into_any()
    };
    let axis_link = detailed.then(|| {
        let to = router().state().with_untracked(|s| s.axis_list(axis));
        view! { <p><ViewLink to=to class="more-link">{t.axis_all_items.with("axis", axis)}</ViewLink></p> }
    });
    view! {
        {t.rank(plan, kind, commitment).map(|rank| view! { <p class="rank">{rank}</p> })}
        <AxisBadge axis=axis/>
        {axis_link}
        <p class="objective">
            <span class="label">{t.objective_label} {t.colon}</span>
            <RichText text=&commitment.objective/>
        </p>
        {partners}
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
