use leptos::prelude::*;

use crate::i18n::FR;
use crate::plan::PlanError as LoadError;

/// Shown instead of the app when the embedded plan does not parse or validate,
/// so a broken data file is reported, never a blank page.
#[component]
pub fn PlanError(error: LoadError) -> impl IntoView {
    let t = &FR;
    let problems = error
        .problems()
        .iter()
        .map(|p| view! { <li><code>{p.location.clone()}</code> " : " {p.message.clone()}</li> })
        .collect_view();
    view! {
        <main id="contenu" class="plan-error" role="alert">
            <h1>{t.plan_error_heading}</h1>
            <p>{t.plan_error_text}</p>
            <h2>{t.plan_error_details}</h2>
            <ul class="plan-problems">{problems}</ul>
        </main>
    }
}
