//! Parts of the static copy of `index.html` (written at build time by `render-static`)
//! that the app shows again. The app replaces that copy when it starts, and keeps the
//! markup of these parts (`StaticCopy`, in context).

/// The id of the static copy, removed by the app when it starts.
pub const STATIC_PLAN_ID: &str = "plan-statique";

/// A part of the static copy that a view of the app shows as it is.
#[derive(Clone, Copy)]
pub enum Part {
    /// The whole plan as a document (« Le plan en entier »).
    Document,
    /// The glossary that ends the document (« Sigles »).
    Glossary,
    /// The plan's editions, the open data's links with their sizes, and whom to
    /// contact (« À propos »), in French...
    Publications,
    /// ...and in English (a `<template>`: the static copy shows the French).
    PublicationsEn,
}

impl Part {
    const ALL: [Part; 4] = [
        Part::Document,
        Part::Glossary,
        Part::Publications,
        Part::PublicationsEn,
    ];

    /// The element id the static copy gives this part.
    pub const fn id(self) -> &'static str {
        match self {
            Part::Document => "plan-document",
            Part::Glossary => "glossaire",
            Part::Publications => "publications",
            Part::PublicationsEn => "publications-en",
        }
    }
}

/// The markup of the static copy's parts, kept when the copy is removed.
#[derive(Default)]
pub struct StaticCopy([String; 4]);

impl StaticCopy {
    /// The markup of a part; empty when the page had no such part (the kiosk publishes
    /// neither editions nor open data, nor whom to contact).
    pub fn markup(&self, part: Part) -> String {
        self.0[part as usize].clone()
    }
}

/// Remove the static copy from the page, keeping the markup of its parts.
pub fn take_from_static_copy() -> StaticCopy {
    let page = leptos::prelude::document();
    let Some(copy) = page.get_element_by_id(STATIC_PLAN_ID) else {
        return StaticCopy::default();
    };
    // The document and the glossary as they are; the publications' contents (a
    // template's are its markup).
    let markup = Part::ALL.map(|part| {
        page.get_element_by_id(part.id())
            .map(|element| match part {
                Part::Document | Part::Glossary => element.outer_html(),
                Part::Publications | Part::PublicationsEn => element.inner_html(),
            })
            .unwrap_or_default()
    });
    copy.remove();
    StaticCopy(markup)
}
