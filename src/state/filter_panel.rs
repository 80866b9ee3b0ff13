//! Whether the person left the filter panel open or folded, so that it comes back as
//! they left it after an item page and Back. Kept in memory for the visit only.

use leptos::prelude::*;

/// `Copy` handle, in context: it outlives the explore view, which is rebuilt on
/// every visit to it.
#[derive(Clone, Copy)]
pub struct FilterPanelState {
    /// The person opened or folded the panel during this visit.
    chosen: StoredValue<bool>,
    open: StoredValue<bool>,
}

impl FilterPanelState {
    pub fn new() -> Self {
        FilterPanelState {
            chosen: StoredValue::new(false),
            open: StoredValue::new(false),
        }
    }

    /// Open or folded as the person last left it; `None` until they open or fold it.
    pub fn left_open(self) -> Option<bool> {
        self.chosen.get_value().then(|| self.open.get_value())
    }

    pub fn remember(self, open: bool) {
        self.chosen.set_value(true);
        self.open.set_value(open);
    }
}

impl Default for FilterPanelState {
    fn default() -> Self {
        Self::new()
    }
}
