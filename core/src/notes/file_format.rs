//! How notes are written: in browser storage, and in export files.
//!
//! Storage (one key, see `STORAGE_KEY`): `{"version": 1, "notes": {"<item id>":
//! {"text": "…", "updated_ms": 1700000000000}}}`.
//! Export file: `{"format": "plan-levis-notes", "version": 1, "plan_id": "…",
//! "exported_at": "2026-11-26T12:00:00.000Z", "notes": [{"item_id", "item_title",
//! "text", "updated_ms"}]}`.

use super::json_in::{self, Json};
use super::json_out::JsonOut;
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
            let note = Fields::of(note, &cat!("notes.", id))?.into_note()?;
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
fn write_note(out: &mut JsonOut, note: &Note) {
    out.key("text");
    out.string(&note.text);
    out.key("updated_ms");
    out.number(note.updated_ms);
}

/// An export file of every note, newest first.
pub fn export_json(notes: &NotesStore, plan: &Plan, exported_at: &str) -> String {
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
        out.key("item_title");
        out.optional_string(plan.item(id).map(|i| i.title()));
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
    let notes = read_export(value).map_err(NotesFormatError::WrongShape)?;
    let mut store = NotesStore::default();
    for (item_id, note) in notes {
        if note.text.trim().is_empty() {
            continue;
        }
        // Two entries for one item in a file: keep both texts, as a merge would.
        store.merge(NotesStore::from_iter([(item_id, note)]));
    }
    Ok(store)
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
            let mut fields = Fields::of(note, &cat!("notes[", i, "]"))?;
            let item_id = fields.string("item_id")?;
            fields.optional_string("item_title")?;
            Ok((item_id, fields.into_note()?))
        })
        .collect()
}

fn parse(raw: &str) -> Result<Json, NotesFormatError> {
    json_in::parse(raw).ok_or(NotesFormatError::NotJson)
}

/// The member `name` of an object.
fn member<'a>(value: &'a Json, name: &str) -> Option<&'a Json> {
    match value {
        Json::Object(members) => members.iter().find(|(n, _)| n == name).map(|(_, v)| v),
        _ => None,
    }
}

/// The version is read first, so a newer format is told apart from a broken one.
fn check_version(value: &Json) -> Result<(), NotesFormatError> {
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

/// The fields of one JSON object, taken one by one; `done` refuses any left over, so
/// nothing unknown is silently dropped when the notes are written back.
struct Fields {
    at: String,
    map: Vec<(String, Json)>,
}

impl Fields {
    fn of(value: Json, at: &str) -> Result<Self, String> {
        match value {
            Json::Object(map) => Ok(Fields {
                at: at.to_owned(),
                map,
            }),
            _ => Err(cat!(at, ": expected an object")),
        }
    }

    /// The field `name`, if given (once: a repeated field is refused).
    fn take(&mut self, name: &str) -> Result<Option<Json>, String> {
        let Some(at) = self.map.iter().position(|(key, _)| key == name) else {
            return Ok(None);
        };
        let value = self.map.remove(at).1;
        if self.map[at..].iter().any(|(key, _)| key == name) {
            return Err(cat!(self.at, ": field `", name, "` given twice"));
        }
        Ok(Some(value))
    }

    fn required(&mut self, name: &str) -> Result<Json, String> {
        self.take(name)?
            .ok_or_else(|| cat!(self.at, ": missing field `", name, "`"))
    }

    fn string(&mut self, name: &str) -> Result<String, String> {
        match self.required(name)? {
            Json::String(s) => Ok(s),
            _ => Err(cat!(self.at, ".", name, ": expected a string")),
        }
    }

    fn optional_string(&mut self, name: &str) -> Result<Option<String>, String> {
        match self.take(name)? {
            None | Some(Json::Null) => Ok(None),
            Some(Json::String(s)) => Ok(Some(s)),
            Some(_) => Err(cat!(self.at, ".", name, ": expected a string")),
        }
    }

    fn number<N: TryFrom<u64>>(&mut self, name: &str) -> Result<N, String> {
        match self.required(name)? {
            Json::Number(Some(n)) => N::try_from(n).ok(),
            _ => None,
        }
        .ok_or_else(|| cat!(self.at, ".", name, ": expected a whole number"))
    }

    /// The note these fields hold (`text`, `updated_ms`), and nothing else.
    fn into_note(mut self) -> Result<Note, String> {
        let note = Note {
            text: self.string("text")?,
            updated_ms: self.number("updated_ms")?,
        };
        self.done()?;
        Ok(note)
    }

    fn done(self) -> Result<(), String> {
        match self.map.first().map(|(key, _)| key) {
            None => Ok(()),
            Some(name) => Err(cat!(self.at, ": unknown field `", name, "`")),
        }
    }
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
    let mut out = cat!(
        "# ",
        heading,
        "\n\n",
        plan.title,
        " — ",
        plan.subtitle,
        "\n\n",
        exported_line,
        "\n"
    );
    for (id, note) in notes.newest_first() {
        let title = plan.item(id).map_or_else(
            || cat!(id, " (", orphan_label, ")"),
            |i| i.title().to_owned(),
        );
        out.push_str(&cat!(
            "\n## ",
            title,
            "\n\n_",
            date_of(note.updated_ms),
            "_ · `",
            id,
            "`\n\n",
            markdown_text(note.text.trim_end()),
            "\n"
        ));
    }
    out
}

/// What a person typed, as Markdown that shows it as typed: the signs Markdown reads
/// (`#` headings, `>` quotes, `*` and `_` emphasis, `[links]`, `<html>`, `` ` `` code,
/// list markers) escaped with a backslash, and each line break kept (a backslash at the
/// end of the line; a blank line stays a new paragraph).
pub fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        // A list marker (`-`, `+`, `1.`) or a heading's underline (`===`) is only one at
        // the start of a line.
        if body.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        let mut only_digits = true;
        for (at, c) in body.char_indices() {
            let list_number = only_digits && at > 0 && matches!(c, '.' | ')');
            if list_number
                || matches!(
                    c,
                    '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
                )
            {
                out.push('\\');
            }
            only_digits = only_digits && c.is_ascii_digit();
            out.push(c);
        }
        let next_blank = lines.get(i + 1).is_some_and(|l| l.trim().is_empty());
        if i + 1 < lines.len() {
            if !line.trim().is_empty() && !next_blank {
                out.push('\\');
            }
            out.push('\n');
        }
    }
    out
}
