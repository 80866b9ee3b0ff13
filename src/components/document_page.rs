use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::view_link::in_place;
use crate::browser::plan_document::Part;
use crate::context::{router, ui};

/// « Le plan en entier »: the whole plan, start to end, as published. It is the
/// document of the static copy (`static_plan.rs`), kept by the app when it started;
/// its titles (links to themselves, `#<id>`) open the items' pages.
#[component]
pub fn DocumentPage() -> impl IntoView {
    let t = ui();
    let router = router();
    let open_item = move |ev: ev::MouseEvent| {
        let id = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a").ok().flatten())
            .and_then(|link| link.get_attribute("href"));
        // The document's titles link to themselves, `#<id>`.
        if let Some(id) = id.as_deref().and_then(|href| href.strip_prefix('#')) {
            if in_place(&ev) {
                router.go(router.state().get_untracked().with_item(id));
            }
        }
    };
    view! {
        <h1 class="view-title">{t.tab_document}</h1>
        <p class="document-intro">{t.document_intro}</p>
        <div class="document-view" on:click=open_item inner_html=crate::context::static_copy().markup(Part::Document)></div>
    }
}
