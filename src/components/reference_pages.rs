//! The glossary and the about view: reference material around the plan.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::plan_document::Part;
use crate::context::{plan, ui};
use plan_levis_core::lang::Lang;

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let t = ui();
    // The glossary that ends the static copy's document (`static_plan.rs`), as it is:
    // French, like the plan (rendering it again costs first-visit bytes:
    // docs/performance.md).
    view! {
        <h1 class="view-title">{t.tab_glossary}</h1>
        <div class="document-view" inner_html=crate::context::static_copy().markup(Part::Glossary)></div>
    }
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    // The open data files are plain downloads, not kept offline: tapped without a
    // network, a link says so instead of failing in the browser's downloads.
    let offline_tap = RwSignal::new(false);
    let refuse_offline = move |ev: ev::MouseEvent| {
        let on_file = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[download]").ok().flatten())
            .is_some();
        let offline = !window().navigator().on_line();
        if on_file && offline {
            ev.prevent_default();
        }
        offline_tap.set(on_file && offline);
    };
    view! {
        <h1 class="view-title">{t.about_heading}</h1>
        <h2>{t.about_citation}</h2>
        <p class="citation"><Citation/></p>
        <p>{t.about_app}</p>
        <h2>{t.about_changes_heading}</h2>
        <ul>{t.about_changes.iter().map(|change| view! { <li>{*change}</li> }).collect_view()}</ul>
        // The static copy's editions, open data and contact, in the page's language
        // (`static_plan.rs`; the kiosk's copy has none of them).
        <div on:click=refuse_offline inner_html=crate::context::static_copy().markup(match t.lang {
            Lang::Fr => Part::Publications,
            Lang::En => Part::PublicationsEn,
        })></div>
        <p class="notice open-data-offline" role="status" hidden=move || !offline_tap.get()>{t.open_data_offline}</p>
        <dl class="about">
            <dt>{t.about_axes}</dt>
            <dd>
                {t.axes_source_prefix} " " <span lang="fr">{plan.axes_source.as_str()}</span> "."
            </dd>
        </dl>
    }
}

/// The document the app presents: publisher, title, edition and period.
#[component]
pub fn Citation() -> impl IntoView {
    let plan = plan();
    let t = ui();
    view! {
        <span lang="fr">{plan.publisher.as_str()} ". " <cite>{plan.title.as_str()} " — " {plan.subtitle.as_str()}</cite> ". "</span>
        {t.about_period} {t.colon} {plan.period.as_str()} "."
    }
}
