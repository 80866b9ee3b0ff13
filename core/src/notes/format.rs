//! What the storage format and the export format share: their version, how a value is
//! parsed and its version checked, and the errors a person can be told about.

use crate::json::{self, Json};

/// The version of both formats this code writes and reads.
pub const NOTES_FORMAT_VERSION: u32 = 1;
/// Why stored or imported notes could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotesFormatError {
    /// Not JSON at all (the JSON reader says no more than that).
    NotJson,
    /// JSON, but not notes (wrong fields or types): where, and what is wrong.
    WrongShape(String),
    /// Written by a newer version of the app.
    FutureVersion(u32),
    /// An import file that is not a Plan Lévis notes export.
    NotAnExport,
    /// An import file over `MAX_IMPORT_BYTES`.
    TooLarge(u64),
    /// An empty import file.
    Empty,
    /// An import file the browser could not read (removed or locked after it was picked).
    Unreadable,
    /// An import file with two notes for this item id.
    DuplicateItem(String),
}

impl NotesFormatError {
    /// What exactly is wrong, for the person who made or edited the file (a field's
    /// path and what it should hold, in English: `notes[3].updated_ms: expected a
    /// number`); shown under « Détails techniques ».
    pub fn detail(&self) -> Option<&str> {
        match self {
            Self::WrongShape(detail) => Some(detail),
            _ => None,
        }
    }
}

pub(super) fn parse(raw: &str) -> Result<Json, NotesFormatError> {
    json::parse(raw).ok_or(NotesFormatError::NotJson)
}

/// The member `name` of an object.
pub(super) fn member<'a>(value: &'a Json, name: &str) -> Option<&'a Json> {
    match value {
        Json::Object(members) => members.iter().find(|(n, _)| n == name).map(|(_, v)| v),
        _ => None,
    }
}

/// The version is read first, so a newer format is told apart from a broken one.
pub(super) fn check_version(value: &Json) -> Result<(), NotesFormatError> {
    if !matches!(value, Json::Object(_)) {
        return Err(NotesFormatError::WrongShape(
            "expected an object".to_owned(),
        ));
    }
    match member(value, "version") {
        None => Ok(()),
        Some(Json::Number(Some(v))) => match u32::try_from(*v) {
            Ok(v) if v > NOTES_FORMAT_VERSION => Err(NotesFormatError::FutureVersion(v)),
            Ok(_) => Ok(()),
            Err(_) => Err(NotesFormatError::WrongShape(
                "version: out of range".to_owned(),
            )),
        },
        Some(_) => Err(NotesFormatError::WrongShape(
            "version: expected a number".to_owned(),
        )),
    }
}
