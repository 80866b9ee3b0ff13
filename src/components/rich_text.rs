use leptos::prelude::*;

use crate::context::{app_if_any, plan};
use plan_levis_core::explore::markup::plan_segments;

/// A text of the plan with search matches highlighted (`<mark>`) and abbreviations
/// expanded for screen readers and on hover (`<abbr title>`). A `name` (of a partner,
/// of an axis) gets its matches highlighted only, so that a person sees why an item
/// matched. Outside the app (the static copy of the plan) matches are not searched.
#[component]
pub fn RichText(text: &'static str, #[prop(optional)] name: bool) -> impl IntoView {
    let plan = plan();
    let terms = app_if_any().map(|app| app.search_terms);
    let no_terms = Vec::new();
    let pieces = move || {
        let with_terms = |terms: &Vec<String>| {
            plan_segments(text, terms, plan, !name)
                .into_iter()
                .map(|s| {
                    let inner = if s.marked {
                        view! { <mark>{s.text}</mark> }.into_any()
                    } else {
                        s.text.into_any()
                    };
                    match s.expansion {
                        Some(expansion) => {
                            view! { <abbr title=expansion>{inner}</abbr> }.into_any()
                        }
                        None => inner,
                    }
                })
                .collect_view()
        };
        match terms {
            Some(terms) => terms.with(with_terms),
            None => with_terms(&no_terms),
        }
    };
    // The plan's text is French, whatever the interface language (a name is in an
    // element that says so already).
    if name {
        pieces.into_any()
    } else {
        view! { <span lang="fr">{pieces}</span> }.into_any()
    }
}
