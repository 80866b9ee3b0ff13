//! A notice about the current view, shown above it: an item the link names that the
//! plan does not have (with a link to it when a previous edition has it), or that
//! « Partager » copied the link. The next move clears it (`Router`), so a notice never
//! outlives the view it is about.

use leptos::prelude::*;

/// What a notice says, and the address of a link after it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub link: Option<String>,
}

/// `Copy` handle to the notice shown above the view, in context.
#[derive(Clone, Copy, Default)]
pub struct NoticeArea(RwSignal<Option<Notice>>);

impl NoticeArea {
    /// Say `text` about the current view, until the next move.
    pub fn tell(self, text: String) {
        self.show(Notice { text, link: None });
    }

    /// Show `notice` in place of what was said.
    pub fn show(self, notice: Notice) {
        self.0.set(Some(notice));
    }

    /// Say nothing.
    pub fn clear(self) {
        if self.0.with_untracked(Option::is_some) {
            self.0.set(None);
        }
    }

    /// What is said now (tracked).
    pub fn current(self) -> Option<Notice> {
        self.0.get()
    }
}
