//! The app's reactive state, as small `Copy` handles that the root component puts in
//! context: the view and the browser history kept in step with it, and the notes kept
//! in step with browser storage.

mod notes;
mod view_history;

pub use notes::Notes;
pub use view_history::{href, ViewHistory};
