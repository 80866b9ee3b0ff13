//! A notice about the current address, shown above the view: an item the link names
//! that the plan does not have (with a link to it when a previous edition has it), or
//! that « Partager » copied the link. The next move clears it (`ViewHistory`), so a
//! notice never outlives the view it is about.

use leptos::prelude::*;

/// What a notice says, and the address of a link after it (empty: no link).
pub type NoticeText = (String, String);

/// `Copy` handle to the notice, in context.
#[derive(Clone, Copy)]
pub struct Notice(RwSignal<Option<NoticeText>>);

impl Notice {
    pub fn new(text: Option<NoticeText>) -> Self {
        Notice(RwSignal::new(text))
    }

    /// Say something about the current view, until the next move.
    pub fn tell(self, text: String) {
        self.0.set(Some((text, String::new())));
    }

    /// Say this (or nothing) in place of what was said.
    pub fn replace(self, text: Option<NoticeText>) {
        if text.is_some() || self.0.with_untracked(Option::is_some) {
            self.0.set(text);
        }
    }

    /// What is said now (tracked).
    pub fn text(self) -> Option<NoticeText> {
        self.0.get()
    }
}
