//! Items that only a previous edition of the plan has. An id present in both editions
//! is the same commitment (the id contract, docs/plan-data.md); an id the current
//! edition no longer has still reaches its item in the edition that had it: a shared
//! link opens a notice pointing to that edition's page, and a note on it keeps the
//! item's title and edition. `build.rs` bakes the list into the app.

use super::Plan;

/// An item only a previous edition has: its id, its title there, and that edition's
/// period (its page is `editions/<period>/#<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviousItem<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub period: &'a str,
}

/// The previous item with this id, if any.
pub fn previous_item<'a>(items: &'a [PreviousItem<'a>], id: &str) -> Option<&'a PreviousItem<'a>> {
    items.iter().find(|item| item.id == id)
}

/// The items of `previous` editions (latest first) whose id `current` does not have,
/// each from the latest edition that has it, in that edition's document order.
pub fn previous_items<'p>(current: &Plan, previous: &'p [Plan]) -> Vec<PreviousItem<'p>> {
    let mut found: Vec<PreviousItem<'p>> = Vec::new();
    for edition in previous {
        for item in edition.items() {
            let id = item.id();
            if current.item(id).is_none() && previous_item(&found, id).is_none() {
                found.push(PreviousItem {
                    id,
                    title: item.title(),
                    period: &edition.period,
                });
            }
        }
    }
    found
}

/// The page of a previous edition's item, from the app's folder.
pub fn previous_item_href(item: &PreviousItem) -> String {
    format!("editions/{}/#{}", item.period, item.id)
}
