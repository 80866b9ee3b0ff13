use leptos::prelude::*;

use crate::context::plan;
use plan_levis_core::explore::markup::segments;

/// A text of the plan with search matches highlighted (`<mark>`) and abbreviations
/// expanded for screen readers and on hover (`<abbr title>`).
#[component]
pub fn RichText(text: &'static str) -> impl IntoView {
    let plan = plan();
    let terms = expect_context::<SearchTerms>().0;
    let pieces = move || {
        terms.with(|terms| {
            segments(text, terms, plan.abbreviations())
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
        })
    };
    // The plan's text is French, whatever the interface language.
    view! { <span lang="fr">{pieces}</span> }
}

/// The folded search terms, apart from the results so that texts re-render only
/// when the terms change, not on every filter click.
#[derive(Clone, Copy)]
pub struct SearchTerms(pub Memo<Vec<String>>);
