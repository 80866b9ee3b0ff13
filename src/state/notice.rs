//! A notice about the current address, shown above the view: an item the link names
//! that the plan does not have (with a link to it when a previous edition has it), or
//! that « Partager » copied the link. The next move clears it (`ViewHistory`), so a
//! notice never outlives the view it is about.

use leptos::prelude::*;

/// `Copy` handle to the notice, in context: its text, and the address of a link after
/// it. (Two signals of one type: a signal of another type would add its own code to the
/// wasm.)
#[derive(Clone, Copy, Default)]
pub struct Notice {
    text: RwSignal<Option<String>>,
    link: RwSignal<Option<String>>,
}

impl Notice {
    /// Say something about the current view, until the next move.
    pub fn tell(self, text: String) {
        self.replace(Some(text), None);
    }

    /// Say this (or nothing), with a link to `link` (or none), in place of what was said.
    pub fn replace(self, text: Option<String>, link: Option<String>) {
        if text.is_some() || self.text.with_untracked(Option::is_some) {
            self.text.set(text);
            self.link.set(link);
        }
    }

    /// Say nothing.
    pub fn clear(self) {
        self.replace(None, None);
    }

    /// What is said now (tracked).
    pub fn text(self) -> Option<String> {
        self.text.get()
    }

    /// The address of the link after it, if any (tracked).
    pub fn link(self) -> Option<String> {
        self.link.get()
    }
}
