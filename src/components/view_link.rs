//! Links between views.

use leptos::ev;
use leptos::prelude::*;
use plan_levis_core::explore::ViewState;

use crate::context::view_history;
use crate::state::href;

/// A link to another view: a real `<a href>` (it can be opened in a new tab,
/// copied, or read by a screen reader as a link) that switches views in place.
#[component]
pub fn ViewLink(
    /// The view to go to.
    to: ViewState,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional, into)] aria_label: Option<String>,
    #[prop(default = None)] aria_current: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let views = view_history();
    let link = href(&to);
    let on_click = move |ev: ev::MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            views.go(to.clone());
        }
    };
    view! {
        <a href=link class=class aria-label=aria_label aria-current=aria_current on:click=on_click>
            {children()}
        </a>
    }
}
