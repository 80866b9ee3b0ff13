//! How notes are written: in browser storage, and in export files.
//!
//! Storage (one key, see `STORAGE_KEY`): `{"version": 1, "notes": {"<item id>":
//! {"text": "…", "updated_ms": 1700000000000}}}`.
//! Export file: `{"format": "plan-levis-notes", "version": 1, "plan_id": "…",
//! "exported_at": "2026-11-26T12:00:00.000Z", "notes": [{"item_id", "item_title",
//! "text", "updated_ms"}]}`.

use std::fmt;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use super::store::{Note, NotesStore};
use crate::plan::Plan;

/// The one browser storage key that holds every note.
pub const STORAGE_KEY: &str = "plan-levis.notes";
/// Where an unreadable stored value is copied before anything else happens.
pub const BACKUP_KEY: &str = "plan-levis.notes.backup";
/// The version of both formats this code writes and reads.
pub const NOTES_FORMAT_VERSION: u32 = 1;
/// The `format` tag of export files.
pub const EXPORT_FORMAT: &str = "plan-levis-notes";
/// Larger import files are refused before being read.
pub const MAX_IMPORT_BYTES: u64 = 2 * 1024 * 1024;

/// Why stored or imported notes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotesFormatError {
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not notes (wrong fields or types).
    WrongShape(String),
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// An import file that is not a Plan Lévis notes export.
    NotAnExport,
    /// An import file over `MAX_IMPORT_BYTES`.
    TooLarge(u64),
    /// An empty import file.
    Empty,
}

impl fmt::Display for NotesFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(e) => write!(f, "not JSON: {e}"),
            Self::WrongShape(e) => write!(f, "not notes: {e}"),
            Self::FutureVersion(v) => write!(f, "format version {v} is newer than this app"),
            Self::NotAnExport => write!(f, "not a Plan Lévis notes export"),
            Self::TooLarge(n) => write!(f, "file of {n} bytes is over {MAX_IMPORT_BYTES}"),
            Self::Empty => write!(f, "empty file"),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredNotes {
    #[allow(dead_code)] // Checked by `check_version` before.
    version: u32,
    notes: NotesStore,
}

/// The stored value, as written (see `encode_stored`).
#[derive(Serialize)]
pub struct StoredNotesRef<'a> {
    version: u32,
    notes: &'a NotesStore,
}

impl<'a> StoredNotesRef<'a> {
    pub fn new(notes: &'a NotesStore) -> Self {
        StoredNotesRef {
            version: NOTES_FORMAT_VERSION,
            notes,
        }
    }
}

/// Only the version, read first so a newer format is told apart from a broken one.
#[derive(Deserialize)]
struct VersionProbe {
    version: Option<u32>,
}

/// Only the format name of an export file.
#[derive(Deserialize)]
struct FormatProbe {
    format: Option<String>,
}

fn check_version(raw: &str) -> Result<(), NotesFormatError> {
    // Probes read the text again rather than going through `serde_json::Value`, whose
    // code would add kilobytes to the wasm.
    serde_json::from_str::<IgnoredAny>(raw)
        .map_err(|e| NotesFormatError::NotJson(e.to_string()))?;
    let probe: VersionProbe =
        serde_json::from_str(raw).map_err(|e| NotesFormatError::WrongShape(e.to_string()))?;
    match probe.version {
        Some(v) if v > NOTES_FORMAT_VERSION => Err(NotesFormatError::FutureVersion(v)),
        _ => Ok(()),
    }
}

/// Read the stored value.
pub fn decode_stored(raw: &str) -> Result<NotesStore, NotesFormatError> {
    check_version(raw)?;
    let stored: StoredNotes =
        serde_json::from_str(raw).map_err(|e| NotesFormatError::WrongShape(e.to_string()))?;
    Ok(stored.notes)
}

/// The value to store.
pub fn encode_stored(notes: &NotesStore) -> String {
    serde_json::to_string(&StoredNotesRef::new(notes)).expect("notes serialise")
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportFile {
    format: String,
    version: u32,
    plan_id: String,
    exported_at: String,
    notes: Vec<ExportedNote>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportedNote {
    item_id: String,
    /// For people reading the file; ignored on import.
    #[serde(default)]
    item_title: Option<String>,
    text: String,
    updated_ms: u64,
}

/// An export file of every note, newest first.
pub fn export_json(notes: &NotesStore, plan: &Plan, exported_at: &str) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT.to_owned(),
        version: NOTES_FORMAT_VERSION,
        plan_id: plan.id.to_string(),
        exported_at: exported_at.to_owned(),
        notes: notes
            .newest_first()
            .into_iter()
            .map(|(id, note)| ExportedNote {
                item_id: id.to_owned(),
                item_title: plan.item(id).map(|i| i.title().to_owned()),
                text: note.text.clone(),
                updated_ms: note.updated_ms,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("export serialises")
}

/// Read an export file (its size is checked by the caller with `check_import_size`).
pub fn import_json(raw: &str) -> Result<NotesStore, NotesFormatError> {
    if raw.trim().is_empty() {
        return Err(NotesFormatError::Empty);
    }
    check_version(raw)?;
    let format = serde_json::from_str::<FormatProbe>(raw)
        .ok()
        .and_then(|probe| probe.format);
    if format.as_deref() != Some(EXPORT_FORMAT) {
        return Err(NotesFormatError::NotAnExport);
    }
    let file: ExportFile =
        serde_json::from_str(raw).map_err(|e| NotesFormatError::WrongShape(e.to_string()))?;
    let mut store = NotesStore::default();
    for note in file.notes {
        if note.text.trim().is_empty() {
            continue;
        }
        // Two entries for one item in a file: keep both texts, as a merge would.
        let one = NotesStore::from_iter([(
            note.item_id.clone(),
            Note {
                text: note.text,
                updated_ms: note.updated_ms,
            },
        )]);
        store.merge(one);
    }
    Ok(store)
}

pub fn check_import_size(bytes: u64) -> Result<(), NotesFormatError> {
    match bytes {
        0 => Err(NotesFormatError::Empty),
        n if n > MAX_IMPORT_BYTES => Err(NotesFormatError::TooLarge(n)),
        _ => Ok(()),
    }
}

/// Every note as Markdown, for reading or printing. `date_of` formats a timestamp.
pub fn export_markdown(
    notes: &NotesStore,
    plan: &Plan,
    heading: &str,
    exported_line: &str,
    orphan_label: &str,
    date_of: &dyn Fn(u64) -> String,
) -> String {
    let mut out = format!(
        "# {heading}\n\n{} — {}\n\n{exported_line}\n",
        plan.title, plan.subtitle
    );
    for (id, note) in notes.newest_first() {
        let title = plan.item(id).map_or_else(
            || format!("{id} ({orphan_label})"),
            |i| i.title().to_owned(),
        );
        out.push_str(&format!(
            "\n## {title}\n\n_{}_ · `{id}`\n\n{}\n",
            date_of(note.updated_ms),
            note.text.trim_end()
        ));
    }
    out
}
