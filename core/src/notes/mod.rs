//! Private notes: the store and its file formats (the app's `browser::local_storage`
//! keeps them in the browser).

mod file_format;
pub mod json_in;
mod json_out;
mod store;

pub use file_format::*;
pub use store::{keep_both, MergeReport, Note, NotesStore, MERGE_SEPARATOR, OTHER_TAB_SEPARATOR};
