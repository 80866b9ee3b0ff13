//! Private notes: the store (`store`), a note being written (`draft`), how notes are
//! kept in browser storage (`storage_format`), the export file and its import
//! (`export_format`), and the Markdown export (`markdown`). The app's `state::notes` keeps them in the browser.

mod draft;
mod export_format;
mod fields;
mod format;
mod markdown;
mod storage_format;
mod store;

pub use draft::NoteDraft;
pub use export_format::{
    check_import_size, export_json, import_json, EXPORT_FORMAT, MAX_IMPORT_BYTES,
};
pub use format::{NotesFormatError, NOTES_FORMAT_VERSION};
pub use markdown::{export_markdown, markdown_line, markdown_text, MarkdownWords};
pub use storage_format::{decode_stored, encode_stored, BACKUP_KEY, STORAGE_KEY};
pub use store::{
    keep_both, MergeReport, Note, NotesStore, OnConflict, MERGE_SEPARATOR, OTHER_TAB_SEPARATOR,
};
