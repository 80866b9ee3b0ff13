//! How many items the view shows, on screen and (after a pause) to screen readers.

use leptos::html::P;
use leptos::prelude::*;

use crate::context::{plan, results, ui};

/// "3 engagements sur 13 correspondent." Said politely to screen readers once the
/// results have stopped changing for a moment (not at every keystroke of a search).
#[component]
pub fn ResultSummary(node_ref: NodeRef<P>) -> impl IntoView {
    let t = ui();
    let plan = plan();
    let results = results();
    let total = plan.commitments().count();
    // A memo: results that change without changing the count do not restart the pause.
    let summary = Memo::new(move |_| {
        t.results_summary
            .text(results.with(|r| r.commitments.len()), total)
    });
    let said = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // Effects synchronise with the outside: here, the pause before speaking.
    Effect::new(move |_| {
        let text = summary.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || said.set(text), ANNOUNCE_AFTER);
        pending.set_value(handle.ok());
    });
    view! {
        <p id=RESULTS_ANCHOR class="result-summary" tabindex="-1" node_ref=node_ref>
            {summary}
        </p>
        <p id="resultats-annonce" class="visually-hidden" role="status">{move || said.get()}</p>
    }
}

/// The summary's id: the skip link past the filters (`SearchBox`) leads there.
pub const RESULTS_ANCHOR: &str = "resultats";

/// How long the results must stay the same before their count is said.
const ANNOUNCE_AFTER: std::time::Duration = std::time::Duration::from_millis(800);
