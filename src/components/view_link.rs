//! Links between views.

use leptos::ev;
use leptos::prelude::*;
use plan_levis_core::explore::{View, ViewState};

use super::explore::land_on_results;
use super::publications::CONTACT_HEADING;
use crate::browser::focus_at_top;
use crate::context::router;
use crate::state::href;

/// Whether a click on a link is one the app answers in place (a plain left click; with
/// a modifier key the browser opens a new tab or window as usual). Then the browser's
/// own navigation is stopped.
pub fn in_place(ev: &ev::MouseEvent) -> bool {
    let plain =
        ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
    if plain {
        ev.prevent_default();
    }
    plain
}

/// A link from a list to an item's own page. Its address is the current view with the
/// item open (so it keeps the filters and search, for Back and for sharing) and follows
/// the view; its text is rendered once.
#[component]
pub fn ItemLink(id: &'static str, children: Children) -> impl IntoView {
    let router = router();
    let state = router.state();
    let on_click = move |ev: ev::MouseEvent| {
        if in_place(&ev) {
            router.go(state.with_untracked(|s| s.with_item(id)));
        }
    };
    view! {
        <a href=move || state.with(|s| href(&s.with_item(id))) on:click=on_click>
            {children()}
        </a>
    }
}

/// A link to another view: a real `<a href>` (it can be opened in a new tab,
/// copied, or read by a screen reader as a link) that switches views in place. From
/// elsewhere to a list, it lands on the list's top (`land_on_results`), and to « À
/// propos », on whom to contact; from a tab of the view bar, the keyboard stays.
#[component]
pub fn ViewLink(
    /// The view to go to.
    to: ViewState,
    /// A tab of the view bar.
    #[prop(optional)]
    tab: bool,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional, into)] aria_label: Option<String>,
    #[prop(default = None)] aria_current: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let router = router();
    let link = href(&to);
    let on_click = move |ev: ev::MouseEvent| {
        if in_place(&ev) {
            let from_list = router.state().with_untracked(ViewState::is_list);
            router.go(to.clone());
            if !tab && to.view == View::About {
                focus_at_top(".contact", CONTACT_HEADING);
            } else if to.is_list() && !from_list && !tab {
                land_on_results();
            }
        }
    };
    view! {
        <a href=link class=class aria-label=aria_label aria-current=aria_current on:click=on_click>
            {children()}
        </a>
    }
}
