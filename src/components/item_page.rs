use leptos::prelude::*;

use super::publications::WhereToAsk;
use super::view_link::in_place;
use super::ViewLink;
use super::{CommitmentBody, ItemBody, NoteEditor, RichText};
use crate::browser::focus_when_shown;
use crate::context::{plan, read_aloud, router, ui};
use crate::state::href;
use plan_levis_core::explore::{related, ViewState};
use plan_levis_core::plan::{CommitmentKind, ItemRef};
use plan_levis_core::speech::spoken_item;

/// One item on its own page: everything about it, and what relates to it.
#[component]
pub fn ItemPage(id: String) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let router = router();
    let state = router.state();
    // The address keeps only ids the plan has (`ViewState::read_query`): this is found.
    let Some(item) = plan.item(&id) else {
        return ().into_any();
    };
    let back = state.with_untracked(ViewState::without_item);
    let kind = t.item_kind(item);
    let title = NodeRef::<leptos::html::H1>::new();
    focus_when_shown(title, true);
    view! {
        <nav class="breadcrumb" aria-label=t.back_to_list>
            // A real link (it opens in a new tab too) that goes back like Back.
            <a
                href=href(&back)
                class="back-link"
                on:click=move |ev| {
                    if in_place(&ev) {
                        router.back_to_list();
                    }
                }
            >
                <span aria-hidden="true">"← "</span>
                {t.back_to_list}
            </a>
        </nav>
        <article class="item-page" id=format!("fiche-{id}") data-item=id.clone()>
            <p class="item-kind">{kind}</p>
            <h1 class="view-title" id="titre-element" tabindex="-1" node_ref=title>
                <RichText text=item.title()/>
            </h1>
            {listen_button(item)}
            {item.commitment().map(|(kind, c)| view! { <CommitmentDetails kind=kind commitment=c/> })}
            {item.commitment().is_none().then(|| view! { <ItemBody item=item/> })}
            <WhereToAsk t=t/>
            {crate::context::notes().enabled().then(|| view! { <NoteEditor id=item.id() title=item.title()/> })}
        </article>
    }
    .into_any()
}

/// « Écouter »: reads the item aloud. Absent where the browser has no French voice, it
/// says « Arrêter » while it reads (`state::ReadAloud`), never speaks on its own, and
/// stops when the page goes away.
fn listen_button(item: ItemRef<'static>) -> impl IntoView {
    let t = ui();
    let read_aloud = read_aloud();
    on_cleanup(move || read_aloud.stop());
    move || {
        read_aloud.available().then(|| {
            view! {
                <button
                    type="button"
                    class="secondary-button listen-button"
                    on:click=move |_| {
                        if read_aloud.reading() {
                            read_aloud.stop();
                        } else {
                            read_aloud.say(&spoken_item(plan(), item));
                        }
                    }
                >
                    {move || if read_aloud.reading() { t.stop_listening } else { t.listen }}
                </button>
            }
        })
    }
}

#[component]
fn CommitmentDetails(
    kind: CommitmentKind,
    commitment: &'static plan_levis_core::plan::Commitment,
) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let state = router().state();
    let related = related(plan, &commitment.id);
    let related_view = if related.is_empty() {
        view! { <p>{t.related_none}</p> }.into_any()
    } else {
        view! {
            <ul class="related-list">
                {related
                    .into_iter()
                    .map(|r| {
                        let mut reasons = Vec::new();
                        if r.same_axis {
                            reasons.push(t.related_same_axis.to_owned());
                        }
                        if !r.shared_partners.is_empty() {
                            let names: Vec<&str> = r
                                .shared_partners
                                .iter()
                                .filter_map(|id| plan.partner(id))
                                .map(|p| p.short_name.as_str())
                                .collect();
                            reasons.push(t.related_shared.with("partners", names.join(", ")));
                        }
                        view! {
                            <li>
                                <ViewLink to=state.with_untracked(|s| s.fresh().with_item(&r.commitment.id))>
                                    <span lang="fr">{r.commitment.title.as_str()}</span>
                                </ViewLink>
                                " "
                                <span class="related-kind">"(" {t.commitment_kind(r.kind)} " · " {reasons.join(" ; ")} ")"</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <CommitmentBody kind=kind commitment=commitment detailed=true/>
        <h2>{t.related_heading}</h2>
        {related_view}
    }
}
