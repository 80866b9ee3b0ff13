//! The root component and the context every view reads.

use leptos::prelude::*;

use crate::components::{PlanDocument, PlanError};
use crate::i18n::{UiText, FR};
use crate::plan::{self as model, Plan};

/// The plan, parsed once at start-up and kept for the page's lifetime.
pub fn plan() -> &'static Plan {
    expect_context::<&'static Plan>()
}

/// The interface text of the current language.
pub fn ui() -> &'static UiText {
    &FR
}

#[component]
pub fn App() -> impl IntoView {
    match model::load_embedded() {
        Ok(plan) => {
            // Lives as long as the page: leaking it gives every view a cheap `&'static`.
            let plan: &'static Plan = Box::leak(Box::new(plan));
            provide_context(plan);
            view! { <PlanPage/> }.into_any()
        }
        Err(error) => view! { <PlanError error=error/> }.into_any(),
    }
}

#[component]
fn PlanPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let nav = [
        ("#introduction", t.introduction),
        ("#realites", t.nav_realities),
        ("#priorites", t.nav_priorities),
        ("#programmes", t.nav_programs),
        ("#autres-plans", t.nav_other_plans),
        ("#strategies", t.nav_strategies),
        ("#fonds", t.nav_fund),
        ("#sigles", t.glossary_heading),
        ("#a-propos", t.about_heading),
    ];
    view! {
        <a class="skip-link" href="#contenu">{t.skip_to_content}</a>
        <header class="site-header">
            <p class="publisher">{plan.publisher.as_str()}</p>
            <h1>{plan.title.as_str()}</h1>
            <p class="subtitle">{plan.subtitle.as_str()}</p>
        </header>
        <nav class="section-nav" aria-label=t.sections_nav_label>
            <ul>
                {nav
                    .into_iter()
                    .map(|(href, label)| view! { <li><a href=href>{label}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
        <main id="contenu" tabindex="-1">
            <PlanDocument/>
        </main>
        <footer class="site-footer">
            <p>{t.footer_text}</p>
        </footer>
    }
}
