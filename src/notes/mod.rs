//! Private notes. The store and its file formats are pure (tested natively);
//! `local_storage` is the thin adapter to the browser's localStorage, the only
//! file here that touches the browser.

mod file_format;
pub mod json_in;
mod json_out;
pub mod local_storage;
mod store;

pub use file_format::*;
pub use store::{keep_both, MergeReport, Note, NotesStore, MERGE_SEPARATOR, OTHER_TAB_SEPARATOR};
