//! The search and the address of a view, on generated input: no panic on any string,
//! highlights on character boundaries and merged, folding idempotent, decomposed and
//! composed accents alike, and every view read back from its address.
//! `PROPTEST_CASES=N cargo test -p plan-levis-core --test search_properties` runs more.

mod support;

use plan_levis_core::explore::fold::fold;
use plan_levis_core::explore::folded_text::{query_terms, FoldedText};
use plan_levis_core::explore::{SearchIndex, View, ViewState};
use plan_levis_core::lang::Lang;
use plan_levis_core::plan::CommitmentKind;
use proptest::prelude::*;
use support::plan;
use unicode_normalization::UnicodeNormalization;

fn index() -> &'static SearchIndex<'static> {
    static INDEX: std::sync::OnceLock<SearchIndex<'static>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(plan()))
}

/// French as people type it, capitals and accents included.
fn french() -> impl Strategy<Value = String> {
    "[a-zA-Zàâäçéèêëîïôöùûüÿœæ ÀÂÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ'’-]{0,24}"
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![french(), any::<String>()]
}

fn shown(query: &str) -> Vec<String> {
    let state = ViewState {
        query: query.to_owned(),
        ..ViewState::default()
    };
    support::found_ids(&index().run(&state, &|_| false))
}

fn view_state() -> impl Strategy<Value = ViewState> {
    let plan = plan();
    let partners: Vec<String> = plan.partners.iter().map(|p| p.id.to_string()).collect();
    let items: Vec<String> = plan.item_ids().into_iter().map(str::to_owned).collect();
    (
        prop::sample::select(View::ALL.to_vec()),
        any::<String>(),
        prop::collection::vec(1u8..=5, 0..5),
        prop::sample::subsequence(partners.clone(), 0..4),
        prop::sample::subsequence(CommitmentKind::ALL.to_vec(), 0..3),
        any::<bool>(),
        prop::option::of(prop::sample::select(items)),
        prop::option::of(prop::sample::select(vec![Lang::Fr, Lang::En])),
    )
        .prop_map(
            |(view, query, axes, partners, kinds, noted_only, item, lang)| {
                let mut state = ViewState {
                    view,
                    query,
                    item,
                    lang,
                    ..ViewState::default()
                };
                state.filters.axes.extend(axes);
                state.filters.partners.extend(partners);
                state.filters.kinds.extend(kinds);
                state.filters.noted_only = noted_only;
                state
            },
        )
}

proptest! {
    #[test]
    fn any_search_runs(query in any_text()) {
        shown(&query);
    }

    #[test]
    fn highlights_are_merged_ranges_on_character_boundaries(text in any_text(), query in any_text()) {
        let ranges = FoldedText::new(&text).find_all(&query_terms(&query));
        let mut last_end = None;
        for &(start, end) in &ranges {
            prop_assert!(start < end && end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            // Sorted, and merged: no two touch or overlap.
            prop_assert!(last_end.is_none_or(|last| start > last), "{:?}", ranges);
            last_end = Some(end);
        }
    }

    #[test]
    fn folding_is_idempotent(text in any_text()) {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn decomposed_and_composed_accents_fold_and_find_alike(text in french()) {
        let composed: String = text.nfc().collect();
        let decomposed: String = text.nfd().collect();
        prop_assert_eq!(fold(&decomposed), fold(&composed));
        prop_assert_eq!(shown(&decomposed), shown(&composed));
    }

    #[test]
    fn a_view_reads_back_from_its_address(state in view_state()) {
        let read = ViewState::from_query(&state.to_query(), plan());
        // The address keeps the search without the spaces around it.
        let canonical = ViewState { query: state.query.trim().to_owned(), ..state };
        prop_assert_eq!(read, canonical);
    }
}
