//! Parts of the static copy of `index.html` (written at build time by `render-static`)
//! that the app shows again. The app replaces that copy when it starts, and keeps the
//! markup of these parts here.

use std::cell::RefCell;

/// The id of the static copy, removed by the app when it starts.
pub const STATIC_PLAN_ID: &str = "plan-statique";

/// A part of the static copy that a view of the app shows as it is.
#[derive(Clone, Copy)]
pub enum Part {
    /// The whole plan as a document (« Le plan en entier »).
    Document,
    /// The glossary that ends the document (« Sigles »).
    Glossary,
    /// The open data's links, with their sizes (« À propos »).
    OpenData,
}

impl Part {
    const ALL: [Part; 3] = [Part::Document, Part::Glossary, Part::OpenData];

    /// The element id the static copy gives this part.
    pub const fn id(self) -> &'static str {
        match self {
            Part::Document => "plan-document",
            Part::Glossary => "glossaire",
            Part::OpenData => "donnees-ouvertes",
        }
    }
}

thread_local! {
    static MARKUP: RefCell<[String; 3]> = const { RefCell::new([String::new(), String::new(), String::new()]) };
}

/// Remove the static copy from the page, keeping the markup of its parts.
pub fn take_from_static_copy() {
    let page = leptos::prelude::document();
    if let Some(copy) = page.get_element_by_id(STATIC_PLAN_ID) {
        let markup = Part::ALL.map(|part| {
            page.get_element_by_id(part.id())
                .map(|element| element.outer_html())
                .unwrap_or_default()
        });
        MARKUP.set(markup);
        copy.remove();
    }
}

/// The markup of a part; empty when the page had no such part (the kiosk publishes no
/// open data).
pub fn markup(part: Part) -> String {
    MARKUP.with_borrow(|parts| parts[part as usize].clone())
}
