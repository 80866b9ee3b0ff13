//! How notes are kept in browser storage, under one key (`STORAGE_KEY`):
//! `{"version": 1, "notes": {"<item id>": {"text": "…", "updated_ms": 1700000000000}}}`.

use super::fields::Fields;
use super::format::{check_version, parse, NotesFormatError, NOTES_FORMAT_VERSION};
use super::store::{Note, NotesStore};
use crate::json::Json;
use crate::json::JsonOut;

/// The one browser storage key that holds every note.
pub const STORAGE_KEY: &str = "plan-levis.notes";
/// Where an unreadable stored value is copied before anything else happens.
pub const BACKUP_KEY: &str = "plan-levis.notes.backup";
/// Read the stored value.
pub fn decode_stored(raw: &str) -> Result<NotesStore, NotesFormatError> {
    let value = parse(raw)?;
    check_version(&value)?;
    read_stored(value).map_err(NotesFormatError::WrongShape)
}

fn read_stored(value: Json) -> Result<NotesStore, String> {
    let mut top = Fields::of(value, "the stored value")?;
    top.number::<u32>("version")?;
    let notes = Fields::of(top.required("notes")?, "notes")?;
    top.done()?;
    notes
        .map
        .into_iter()
        .map(|(id, note)| {
            let note = Fields::of(note, &format!("notes.{id}"))?.into_note()?;
            Ok((id, note))
        })
        .collect()
}

/// The value to store.
pub fn encode_stored(notes: &NotesStore) -> String {
    let mut out = JsonOut::default();
    out.begin_object();
    out.key("version");
    out.number(NOTES_FORMAT_VERSION.into());
    out.key("notes");
    out.begin_object();
    for (id, note) in notes.iter() {
        out.key(id);
        out.begin_object();
        write_note(&mut out, note);
        out.end_object();
    }
    out.end_object();
    out.end_object();
    out.finish()
}

/// `"text": …, "updated_ms": …`
pub(super) fn write_note(out: &mut JsonOut, note: &Note) {
    out.key("text");
    out.string(&note.text);
    out.key("updated_ms");
    out.number(note.updated_ms);
}
