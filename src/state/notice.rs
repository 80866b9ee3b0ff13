//! A notice about the current address, shown above the view: an item the link names
//! that the plan does not have, or that « Partager » copied the link. The next move
//! clears it (`ViewHistory`), so a notice never outlives the view it is about.

use leptos::prelude::*;

/// `Copy` handle to the notice, in context.
#[derive(Clone, Copy)]
pub struct Notice(RwSignal<Option<String>>);

impl Notice {
    pub fn new(text: Option<String>) -> Self {
        Notice(RwSignal::new(text))
    }

    /// Say something about the current view, until the next move.
    pub fn tell(self, text: String) {
        self.0.set(Some(text));
    }

    /// Say this (or nothing) in place of what was said.
    pub fn replace(self, text: Option<String>) {
        if text.is_some() || self.0.with_untracked(Option::is_some) {
            self.0.set(text);
        }
    }

    /// What is said now (tracked).
    pub fn text(self) -> Option<String> {
        self.0.get()
    }
}
