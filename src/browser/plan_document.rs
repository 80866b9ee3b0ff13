//! Parts of the static copy of `index.html` (written at build time by `render-static`)
//! that the app shows again: the whole plan as a document, the open data's links, and
//! the glossary.
//! The app replaces that copy when it starts, and keeps their markup here.

use std::cell::RefCell;

thread_local! {
    static MARKUP: RefCell<[String; 3]> = const { RefCell::new([String::new(), String::new(), String::new()]) };
}

/// Remove the static copy (`static_id`) from the page, keeping the markup of the parts
/// inside it with these ids.
pub fn take_from_static_copy(static_id: &str, part_ids: [&str; 3]) {
    let page = leptos::prelude::document();
    if let Some(copy) = page.get_element_by_id(static_id) {
        MARKUP.set(part_ids.map(|id| {
            page.get_element_by_id(id)
                .map(|part| part.outer_html())
                .unwrap_or_default()
        }));
        copy.remove();
    }
}

/// The markup of the part given `n`th to `take_from_static_copy`; empty when the page
/// had no such part.
pub fn markup(n: usize) -> String {
    MARKUP.with_borrow(|parts| parts[n].clone())
}
