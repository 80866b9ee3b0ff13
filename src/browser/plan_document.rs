//! The whole plan as a document: `index.html` carries it in its static copy (written
//! at build time by `render-static`). The app replaces that copy when it starts, and
//! keeps the document's markup here for its whole-plan view.

use std::cell::RefCell;

thread_local! {
    static MARKUP: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Remove the static copy (`static_id`) from the page, keeping the markup of the
/// document inside it (`document_id`).
pub fn take_from_static_copy(static_id: &str, document_id: &str) {
    let page = leptos::prelude::document();
    if let Some(copy) = page.get_element_by_id(static_id) {
        if let Some(document) = page.get_element_by_id(document_id) {
            MARKUP.set(document.outer_html());
        }
        copy.remove();
    }
}

/// The document's markup; empty when the page had no static copy.
pub fn markup() -> String {
    MARKUP.with_borrow(String::clone)
}
