//! The notes' export file, and reading it back on import:
//! `{"format": "plan-levis-notes", "version": 1, "plan_id": "…",
//! "exported_at": "2026-11-26T12:00:00.000Z", "notes": [{"item_id", "item_title",
//! "text", "updated_ms"}]}`; a note on an item only a previous edition has also names
//! that edition (`"item_edition": "<period>"`).

use super::fields::Fields;
use super::format::{check_version, member, parse, NotesFormatError, NOTES_FORMAT_VERSION};
use super::storage_format::write_note;
use super::store::{Note, NotesStore};
use crate::json::Json;
use crate::json::JsonOut;
use crate::plan::{previous_item, Plan, PreviousItem};

/// The `format` tag of export files.
pub const EXPORT_FORMAT: &str = "plan-levis-notes";
/// Larger import files are refused before being read.
pub const MAX_IMPORT_BYTES: u64 = 2 * 1024 * 1024;

/// An export file of every note, newest first. `previous`: the items only previous
/// editions have.
pub fn export_json(
    notes: &NotesStore,
    plan: &Plan,
    previous: &[PreviousItem],
    exported_at: &str,
) -> String {
    let mut out = JsonOut::default();
    out.begin_object();
    out.key("format");
    out.string(EXPORT_FORMAT);
    out.key("version");
    out.number(NOTES_FORMAT_VERSION.into());
    out.key("plan_id");
    out.string(&plan.id);
    out.key("exported_at");
    out.string(exported_at);
    out.key("notes");
    out.begin_array();
    for (id, note) in notes.newest_first() {
        out.begin_element_object();
        out.key("item_id");
        out.string(id);
        // For people reading the file; ignored on import.
        let old = previous_item(previous, id);
        out.key("item_title");
        out.optional_string(plan.item(id).map(|i| i.title()).or(old.map(|o| o.title)));
        if let Some(old) = old {
            out.key("item_edition");
            out.string(old.period);
        }
        write_note(&mut out, note);
        out.end_object();
    }
    out.end_array();
    out.end_object();
    out.finish()
}

/// Read an export file (its size is checked by the caller with `check_import_size`).
pub fn import_json(raw: &str) -> Result<NotesStore, NotesFormatError> {
    if raw.trim().is_empty() {
        return Err(NotesFormatError::Empty);
    }
    let value = parse(raw)?;
    check_version(&value)?;
    let is_export = matches!(member(&value, "format"), Some(Json::String(f)) if f == EXPORT_FORMAT);
    if !is_export {
        return Err(NotesFormatError::NotAnExport);
    }
    let mut notes = read_export(value).map_err(NotesFormatError::WrongShape)?;
    // An empty note is no note.
    notes.retain(|(_, note)| !note.text.trim().is_empty());
    // An export has one note per item: two for one item is a file edited by hand, and
    // which one was meant cannot be told, so the file is refused (docs/notes.md).
    NotesStore::from_unique(notes).map_err(NotesFormatError::DuplicateItem)
}

fn read_export(value: Json) -> Result<Vec<(String, Note)>, String> {
    let mut top = Fields::of(value, "the file")?;
    top.string("format")?;
    top.number::<u32>("version")?;
    top.string("plan_id")?;
    top.string("exported_at")?;
    let Json::Array(notes) = top.required("notes")? else {
        return Err("notes: expected a list".to_owned());
    };
    top.done()?;
    notes
        .into_iter()
        .enumerate()
        .map(|(i, note)| {
            let mut fields = Fields::of(note, &format!("notes[{i}]"))?;
            let item_id = fields.string("item_id")?;
            fields.optional_string("item_title")?;
            fields.optional_string("item_edition")?;
            Ok((item_id, fields.into_note()?))
        })
        .collect()
}

pub fn check_import_size(bytes: u64) -> Result<(), NotesFormatError> {
    match bytes {
        0 => Err(NotesFormatError::Empty),
        n if n > MAX_IMPORT_BYTES => Err(NotesFormatError::TooLarge(n)),
        _ => Ok(()),
    }
}
