//! Whether the person left the filter panel open or folded, so that it comes back as
//! they left it after an item page and Back. Kept in memory for the visit only.

use leptos::prelude::*;

/// `Copy` handle, in context: it outlives the explore view, which is rebuilt on
/// every visit to it.
#[derive(Clone, Copy, Default)]
pub struct FilterPanelState {
    /// Open (`true`) or folded, as the person last left it; `None` until they open or
    /// fold it during this visit.
    left_open: StoredValue<Option<bool>>,
}

impl FilterPanelState {
    /// Open or folded as the person last left it; `None` until they open or fold it.
    pub fn left_open(self) -> Option<bool> {
        self.left_open.get_value()
    }

    pub fn remember(self, open: bool) {
        self.left_open.set_value(Some(open));
    }
}
