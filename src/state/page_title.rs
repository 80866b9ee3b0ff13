//! The document's title names the view: tabs, history entries, bookmarks, screen
//! readers and the share sheet name what is on screen.

use leptos::prelude::*;
use plan_levis_core::explore::{active_filters, View, ViewState};
use plan_levis_core::lang::Lang;
use plan_levis_core::plan::Plan;

use crate::i18n::{ui_text, UiText};

/// The title for a view: its heading (for a filtered list, its filters as its chips
/// say them), then the plan's edition and publisher. `None` for the start view in
/// French, which keeps the page's own title (`index.html`).
pub fn page_title(t: &UiText, plan: &Plan, state: &ViewState) -> Option<String> {
    let filters: Vec<String> = active_filters(plan, state)
        .into_iter()
        .map(|chip| t.chip_label(chip.label))
        .collect();
    let list;
    let heading = match (&state.item, state.view) {
        (Some(id), _) => plan.item(id)?.title(),
        (None, View::Explore) if !filters.is_empty() => {
            list = format!("{}{}{}", t.tab_explore, t.colon, filters.join(" · "));
            &list
        }
        (None, View::Explore) if t.lang == Lang::Fr => return None,
        (None, View::Explore) => t.tab_explore,
        (None, View::Document) => t.tab_document,
        (None, View::Matrix) => t.matrix_heading,
        (None, View::Glossary) => t.glossary_heading,
        (None, View::Notes) => t.notes_heading,
        (None, View::About) => t.about_heading,
    };
    Some(format!(
        "{heading} — {} | {}",
        plan.subtitle.as_str(),
        plan.publisher.as_str()
    ))
}

/// Name the page after `state`, the view about to be shown (`Router` calls this
/// on every move). `start_title` is the page's own title, kept for the start view.
pub fn show(plan: &Plan, state: &ViewState, start_title: &str) {
    let title = page_title(ui_text(state.lang.unwrap_or_default()), plan, state);
    document().set_title(title.as_deref().unwrap_or(start_title));
}
