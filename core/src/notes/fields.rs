//! A typed reader of one JSON object's fields, for both note formats: each field taken
//! once, a repeated or unknown one refused, and errors that say where (`notes[3].text`).

use super::store::Note;
use crate::json::Json;

/// The fields of one JSON object, taken one by one; `done` refuses any left over, so
/// nothing unknown is silently dropped when the notes are written back.
pub(super) struct Fields {
    at: String,
    pub(super) map: Vec<(String, Json)>,
}

impl Fields {
    pub(super) fn of(value: Json, at: &str) -> Result<Self, String> {
        match value {
            Json::Object(map) => Ok(Fields {
                at: at.to_owned(),
                map,
            }),
            _ => Err(format!("{at}: expected an object")),
        }
    }

    /// The field `name`, if given (once: a repeated field is refused).
    pub(super) fn take(&mut self, name: &str) -> Result<Option<Json>, String> {
        let Some(at) = self.map.iter().position(|(key, _)| key == name) else {
            return Ok(None);
        };
        let value = self.map.remove(at).1;
        if self.map[at..].iter().any(|(key, _)| key == name) {
            return Err(format!("{}: field `{name}` given twice", self.at));
        }
        Ok(Some(value))
    }

    pub(super) fn required(&mut self, name: &str) -> Result<Json, String> {
        self.take(name)?
            .ok_or_else(|| format!("{}: missing field `{name}`", self.at))
    }

    pub(super) fn string(&mut self, name: &str) -> Result<String, String> {
        match self.required(name)? {
            Json::String(s) => Ok(s),
            _ => Err(format!("{}.{name}: expected a string", self.at)),
        }
    }

    pub(super) fn optional_string(&mut self, name: &str) -> Result<Option<String>, String> {
        match self.take(name)? {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(s)) => Ok(Some(s)),
            Some(_) => Err(format!("{}.{name}: expected a string", self.at)),
        }
    }

    pub(super) fn number<N: TryFrom<u64>>(&mut self, name: &str) -> Result<N, String> {
        match self.required(name)? {
            Json::Number(Some(n)) => N::try_from(n).ok(),
            _ => None,
        }
        .ok_or_else(|| format!("{}.{name}: expected a whole number", self.at))
    }

    /// The note these fields hold (`text`, `updated_ms`), and nothing else.
    pub(super) fn into_note(mut self) -> Result<Note, String> {
        let note = Note {
            text: self.string("text")?,
            updated_ms: self.number("updated_ms")?,
        };
        self.done()?;
        Ok(note)
    }

    pub(super) fn done(self) -> Result<(), String> {
        match self.map.first().map(|(key, _)| key) {
            None => Ok(()),
            Some(name) => Err(format!("{}: unknown field `{name}`", self.at)),
        }
    }
}
