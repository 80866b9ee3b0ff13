//! The notes as the app sees them: the store, the state of its storage, and every
//! change written through to localStorage (and followed from other tabs).

use leptos::ev;
use leptos::prelude::*;

use plan_levis_core::notes::{
    check_import_size, decode_stored, encode_stored, export_json, export_markdown, import_json,
    MarkdownWords, MergeReport, NotesFormatError, NotesStore, OnConflict, BACKUP_KEY, STORAGE_KEY,
};
use plan_levis_core::plan::Plan;

use crate::browser::files::{download, read_text};
use crate::browser::local_storage::{self, Unavailable, WriteError};
use crate::browser::{format_date, now_ms};
use crate::i18n::UiText;
use crate::{previous_items, KIOSK_BUILD};

/// The state of the notes' storage on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageStatus {
    /// Notes are read and saved normally.
    Ready,
    /// localStorage is blocked, disabled or throws: notes cannot be kept here.
    Unavailable,
    /// The stored value could not be read. It is left in place (and copied to a
    /// backup key); nothing is saved until the person decides.
    Unreadable {
        error: NotesFormatError,
        /// The key of the copy, when the copy could be written.
        backup_key: Option<String>,
    },
}

/// Why a change was not saved. The last saved value is intact in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Storage is blocked, or the stored value is waiting for the person's decision.
    NotAvailable,
    Other(String),
}

impl From<WriteError> for SaveError {
    fn from(err: WriteError) -> Self {
        match err {
            WriteError::QuotaExceeded => SaveError::QuotaExceeded,
            WriteError::Unavailable => SaveError::NotAvailable,
            WriteError::Other(name) => SaveError::Other(name),
        }
    }
}

/// What an action on all the notes (import, delete all, delete one) came to, as the
/// person is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotesOutcome {
    Done(String),
    /// A file read whose notes differ from the stored ones: nothing is written until
    /// the person chooses what to keep (`apply_import`).
    Differing(PendingImport),
    /// Nothing changed; `detail` says exactly what is wrong in a damaged import file.
    Failed {
        message: String,
        detail: Option<String>,
    },
}

impl NotesOutcome {
    fn of_save(result: Result<String, SaveError>, notes: Notes, t: &UiText) -> Self {
        match result {
            Ok(message) => NotesOutcome::Done(message),
            Err(err) => NotesOutcome::Failed {
                message: notes.explain(&err, t),
                detail: None,
            },
        }
    }

    fn of_import_error(err: &NotesFormatError, t: &UiText) -> Self {
        NotesOutcome::Failed {
            message: t.import_error.text(err),
            detail: err.detail().map(str::to_owned),
        }
    }
}

/// A notes file read and checked, not merged yet: the person first decides what to do
/// with the notes in it that differ from hers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingImport {
    pub notes: NotesStore,
    /// The items whose note in the file differs from the one here.
    pub differing: Vec<String>,
}

/// The files every note can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The app's own format, which « Importer » reads back.
    Json,
    /// To read, print or paste elsewhere.
    Markdown,
}

/// `Copy` handle to the notes, in context. Views read the store and the status; every
/// change goes through the methods below, which save it first.
#[derive(Clone, Copy)]
pub struct Notes {
    store: RwSignal<NotesStore>,
    status: RwSignal<StorageStatus>,
    /// Texts typed that storage refused (full, blocked): kept for as long as the page
    /// is open, shown again when their item is, and part of every export.
    unsaved: RwSignal<NotesStore>,
}

impl Notes {
    /// Read the notes, and follow changes made in other tabs (in the kiosk's build:
    /// notes off).
    pub fn start() -> Self {
        if KIOSK_BUILD {
            return Self::disabled();
        }
        let (store, status) = open();
        let notes = Notes {
            store: RwSignal::new(store),
            status: RwSignal::new(status),
            unsaved: RwSignal::new(NotesStore::default()),
        };
        let handle = window_event_listener(ev::storage, move |e| {
            let ours = e.key().is_none_or(|k| k == STORAGE_KEY);
            if ours && notes.status.get_untracked() == StorageStatus::Ready {
                let (store, status) = open();
                notes.status.set(status);
                notes.store.set(store);
            }
        });
        // Closing or reloading the page would lose them: the browser asks first.
        let leaving = window_event_listener(ev::beforeunload, move |e| {
            if notes.unsaved.with_untracked(|u| !u.is_empty()) {
                e.prevent_default();
            }
        });
        on_cleanup(move || {
            handle.remove();
            leaving.remove();
        });
        notes
    }

    /// Notes switched off: storage is never touched, and no note is shown.
    fn disabled() -> Self {
        Notes {
            store: RwSignal::new(NotesStore::default()),
            status: RwSignal::new(StorageStatus::Unavailable),
            unsaved: RwSignal::new(NotesStore::default()),
        }
    }

    /// False in the kiosk build: a shared device neither reads nor writes notes. A
    /// constant, so that each build holds only the code it uses.
    pub fn enabled(self) -> bool {
        !KIOSK_BUILD
    }

    /// Read the notes shown (tracked). Changes go through the methods that save.
    pub fn with_store<R>(self, read: impl FnOnce(&NotesStore) -> R) -> R {
        self.store.with(read)
    }

    /// Read the notes shown, untracked.
    pub fn with_store_untracked<R>(self, read: impl FnOnce(&NotesStore) -> R) -> R {
        self.store.with_untracked(read)
    }

    /// The state of the notes' storage (tracked).
    pub fn status(self) -> StorageStatus {
        self.status.get()
    }

    /// Apply a change to the freshest stored notes and save them. Nothing is
    /// written unless storage is ready and what it holds is readable.
    fn update<R>(self, change: impl FnOnce(&mut NotesStore) -> R) -> Result<R, SaveError> {
        if !self.enabled() || self.status.get_untracked() != StorageStatus::Ready {
            return Err(SaveError::NotAvailable);
        }
        let mut fresh = match local_storage::read(STORAGE_KEY) {
            Err(Unavailable) => {
                self.status.set(StorageStatus::Unavailable);
                return Err(SaveError::NotAvailable);
            }
            Ok(None) => NotesStore::default(),
            Ok(Some(raw)) => match decode_stored(&raw) {
                Ok(store) => store,
                Err(_) => {
                    // Another tab or program wrote something unreadable: stop and ask.
                    self.status.set(open().1);
                    return Err(SaveError::NotAvailable);
                }
            },
        };
        let result = change(&mut fresh);
        local_storage::write(STORAGE_KEY, &encode_stored(&fresh))?;
        self.store.set(fresh);
        Ok(result)
    }

    /// Save the text of an item's note. When storage refuses it, the text is kept as
    /// unsaved (`unsaved_text`) until a save succeeds.
    pub fn save_note(self, id: &str, text: &str) -> Result<(), SaveError> {
        let result = self.update(|s| s.set(id, text, now_ms()));
        match &result {
            Ok(()) => self.forget_unsaved(id),
            Err(_) => self.unsaved.update(|u| u.set(id, text, now_ms())),
        }
        result
    }

    pub fn delete_note(self, id: &str) -> Result<(), SaveError> {
        let result = self.update(|s| {
            s.remove(id);
        });
        if result.is_ok() {
            self.forget_unsaved(id);
        }
        result
    }

    fn forget_unsaved(self, id: &str) {
        if self.unsaved.with_untracked(|u| u.has(id)) {
            self.unsaved.update(|u| {
                u.remove(id);
            });
        }
    }

    /// The text typed for an item that storage refused, if any (untracked).
    pub fn unsaved_text(self, id: &str) -> Option<String> {
        self.unsaved
            .with_untracked(|u| u.get(id).map(|note| note.text.clone()))
    }

    /// How many notes hold text that is not saved (tracked).
    pub fn unsaved_count(self) -> usize {
        self.unsaved.with(NotesStore::len)
    }

    /// Import a notes file the person picked: its size checked first, then read, then
    /// compared with the stored notes. Merged at once when no note differs; else
    /// `Differing`, and nothing changes until she chooses (`apply_import`). `title`
    /// names an item in what she is told.
    pub async fn import_file(
        self,
        file: web_sys::File,
        title: &dyn Fn(&str) -> String,
        t: &UiText,
    ) -> NotesOutcome {
        if let Err(err) = check_import_size(file.size() as u64) {
            return NotesOutcome::of_import_error(&err, t);
        }
        let notes = match read_text(file).await.as_deref().map(import_json) {
            None => return NotesOutcome::of_import_error(&NotesFormatError::Unreadable, t),
            Some(Err(err)) => return NotesOutcome::of_import_error(&err, t),
            Some(Ok(notes)) => notes,
        };
        let differing = self.store.with_untracked(|here| here.differing(&notes));
        let import = PendingImport { notes, differing };
        if import.differing.is_empty() {
            self.apply_import(import, OnConflict::KeepBoth, title, t)
        } else {
            NotesOutcome::Differing(import)
        }
    }

    /// Merge a file read by `import_file` into the stored notes, the notes that differ
    /// resolved as the person chose; `title` names an item in what she is told.
    /// Nothing changes unless all of it can be saved.
    pub fn apply_import(
        self,
        import: PendingImport,
        on_conflict: OnConflict,
        title: &dyn Fn(&str) -> String,
        t: &UiText,
    ) -> NotesOutcome {
        let done = |r: MergeReport| {
            let counts = t.import_done.text(r.added, r.unchanged);
            if r.differing.is_empty() {
                return counts;
            }
            let names: Vec<String> = r.differing.iter().map(|id| title(id)).collect();
            format!(
                "{counts} {}",
                t.quoted_list(t.import_done.resolved(on_conflict), &names)
            )
        };
        match self.update(|s| s.merge(import.notes, on_conflict)) {
            Err(SaveError::QuotaExceeded) => NotesOutcome::Failed {
                message: t.import_quota.to_owned(),
                detail: None,
            },
            report => NotesOutcome::of_save(report.map(done), self, t),
        }
    }

    /// Delete every note (the person confirmed).
    pub fn delete_all_notes(self, t: &UiText) -> NotesOutcome {
        let result = self.update(NotesStore::clear);
        NotesOutcome::of_save(result.map(|()| t.notes_all_deleted.to_owned()), self, t)
    }

    /// Delete the note of one item, named `title` in what the person is told.
    pub fn delete_one(self, id: &str, title: &str, t: &UiText) -> NotesOutcome {
        let result = self
            .delete_note(id)
            .map(|()| t.note_deleted.with("title", title));
        NotesOutcome::of_save(result, self, t)
    }

    /// Offer every note as a file to download, named after today's date, with the
    /// texts not saved in place of the saved ones.
    pub fn export(self, format: ExportFormat, plan: &Plan, t: &UiText) {
        let stamp = js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        let day = stamp.get(..10).unwrap_or("notes");
        let store = self
            .store
            .with_untracked(|saved| self.unsaved.with_untracked(|u| saved.with_unsaved(u)));
        let store = &store;
        match format {
            ExportFormat::Markdown => {
                let words = MarkdownWords {
                    heading: t.notes_heading,
                    exported_line: &t
                        .markdown_exported
                        .with("date", format_date(now_ms(), t.locale)),
                    orphan_label: t.notes_orphan,
                    edition_label: &|period| t.edition_label.with("period", period),
                    date_of: &|ms| format_date(ms, t.locale),
                };
                let text = export_markdown(store, plan, previous_items(), &words);
                let name = format!("{}-{day}.md", t.export_file_stem);
                download(&name, "text/markdown", &text);
            }
            ExportFormat::Json => {
                let text = export_json(store, plan, previous_items(), &stamp);
                let name = format!("{}-{day}.json", t.export_file_stem);
                download(&name, "application/json", &text);
            }
        }
    }

    /// The stored value as it is, for the person to keep a copy of unreadable notes.
    pub fn stored_copy(self) -> Option<String> {
        local_storage::read(STORAGE_KEY).ok().flatten()
    }

    /// The person's decision after unreadable notes: start from an empty store.
    /// The copy of the old value stays under its backup key.
    pub fn start_fresh(self) -> Result<(), SaveError> {
        if !self.enabled() {
            return Err(SaveError::NotAvailable);
        }
        let empty = NotesStore::default();
        local_storage::write(STORAGE_KEY, &encode_stored(&empty))?;
        self.store.set(empty);
        self.status.set(StorageStatus::Ready);
        Ok(())
    }

    /// Why a change was not saved, in the person's words. "Not available" means
    /// blocked storage, or notes paused while unreadable stored notes await a decision
    /// (tracked: in a view, said again when the storage's state changes).
    pub fn explain(self, err: &SaveError, t: &UiText) -> String {
        match err {
            SaveError::QuotaExceeded => t.note_quota.to_owned(),
            SaveError::NotAvailable => match self.status.get() {
                StorageStatus::Unreadable { .. } => t.note_paused.to_owned(),
                _ => t.note_unavailable.to_owned(),
            },
            SaveError::Other(e) => t.note_error.with("error", e),
        }
    }

    pub fn has(self, id: &str) -> bool {
        self.store.with(|s| s.has(id))
    }
}

/// Open the notes: the store to show, and the status of the storage.
fn open() -> (NotesStore, StorageStatus) {
    match local_storage::read(STORAGE_KEY) {
        Err(Unavailable) => (NotesStore::default(), StorageStatus::Unavailable),
        Ok(None) => (NotesStore::default(), StorageStatus::Ready),
        Ok(Some(raw)) => match decode_stored(&raw) {
            Ok(store) => (store, StorageStatus::Ready),
            Err(error) => {
                let backup_key = back_up(&raw);
                (
                    NotesStore::default(),
                    StorageStatus::Unreadable { error, backup_key },
                )
            }
        },
    }
}

/// Copy an unreadable value aside, unless the same value is already there.
fn back_up(raw: &str) -> Option<String> {
    let key = match local_storage::read(BACKUP_KEY).ok().flatten() {
        None => BACKUP_KEY.to_owned(),
        Some(same) if same == raw => return Some(BACKUP_KEY.to_owned()),
        Some(_) => format!("{BACKUP_KEY}.{}", now_ms()),
    };
    local_storage::write(&key, raw).ok().map(|()| key)
}
