//! A small JSON reader (`read`) and writer (`write`) for the notes' formats, which hold
//! only objects, arrays, strings, whole numbers and `null`. Written here rather than
//! taken from serde_json: a general JSON library brings float parsing and formatting
//! and their tables into the wasm (what it cost: docs/performance.md).
//! `core/tests/notes_json.rs` holds the reader to serde_json, and
//! `core/tests/notes_store.rs` reads the writer's output back with it.

pub mod read;
pub mod write;

pub use read::{parse, Json};
pub use write::JsonOut;
