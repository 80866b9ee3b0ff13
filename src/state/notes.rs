//! The notes as the app sees them: the store in a signal, the storage status, and
//! every change written through to localStorage (and followed from other tabs).

use leptos::ev;
use leptos::prelude::*;

use plan_levis_core::notes::{decode_stored, MergeReport, NotesStore, STORAGE_KEY};

use crate::browser::local_storage::{self, SaveError, StorageStatus};
use crate::browser::now_ms;
use crate::i18n::UiText;
use crate::KIOSK_BUILD;

/// `Copy` handle to the notes, in context.
#[derive(Clone, Copy)]
pub struct Notes {
    pub store: RwSignal<NotesStore>,
    pub status: RwSignal<StorageStatus>,
}

impl Notes {
    /// Read the notes, and follow changes made in other tabs (in the kiosk's build:
    /// notes off).
    pub fn start() -> Self {
        if KIOSK_BUILD {
            return Self::disabled();
        }
        let (store, status) = local_storage::open(now_ms());
        let notes = Notes {
            store: RwSignal::new(store),
            status: RwSignal::new(status),
        };
        let handle = window_event_listener(ev::storage, move |e| {
            let ours = e.key().is_none_or(|k| k == STORAGE_KEY);
            if ours && notes.status.get_untracked() == StorageStatus::Ready {
                let (store, status) = local_storage::open(now_ms());
                notes.status.set(status);
                notes.store.set(store);
            }
        });
        on_cleanup(move || handle.remove());
        notes
    }

    /// Notes switched off: storage is never touched, and no note is shown.
    fn disabled() -> Self {
        Notes {
            store: RwSignal::new(NotesStore::default()),
            status: RwSignal::new(StorageStatus::Unavailable),
        }
    }

    /// False in the kiosk build: a shared device neither reads nor writes notes. A
    /// constant, so that each build holds only the code it uses.
    pub fn enabled(self) -> bool {
        !KIOSK_BUILD
    }

    /// Apply a change to the freshest stored notes and save them. Nothing is
    /// written unless storage is ready and what it holds is readable.
    fn update<R>(self, change: impl FnOnce(&mut NotesStore) -> R) -> Result<R, SaveError> {
        if !self.enabled() || self.status.get_untracked() != StorageStatus::Ready {
            return Err(SaveError::NotAvailable);
        }
        let mut fresh = match local_storage::read_raw() {
            Err(local_storage::Unavailable) => {
                self.status.set(StorageStatus::Unavailable);
                return Err(SaveError::NotAvailable);
            }
            Ok(None) => NotesStore::default(),
            Ok(Some(raw)) => match decode_stored(&raw) {
                Ok(store) => store,
                Err(_) => {
                    // Another tab or program wrote something unreadable: stop and ask.
                    let (_, status) = local_storage::open(now_ms());
                    self.status.set(status);
                    return Err(SaveError::NotAvailable);
                }
            },
        };
        let result = change(&mut fresh);
        local_storage::save(&fresh)?;
        self.store.set(fresh);
        Ok(result)
    }

    pub fn save_note(self, id: &str, text: &str) -> Result<(), SaveError> {
        self.update(|s| s.set(id, text, now_ms()))
    }

    pub fn delete_note(self, id: &str) -> Result<(), SaveError> {
        self.update(|s| {
            s.remove(id);
        })
    }

    pub fn delete_all(self) -> Result<(), SaveError> {
        self.update(NotesStore::clear)
    }

    pub fn import(self, incoming: NotesStore) -> Result<MergeReport, SaveError> {
        self.update(|s| s.merge(incoming))
    }

    /// The person's decision after unreadable notes: start from an empty store.
    /// The copy of the old value stays under its backup key.
    pub fn start_fresh(self) -> Result<(), SaveError> {
        if !self.enabled() {
            return Err(SaveError::NotAvailable);
        }
        let empty = NotesStore::default();
        local_storage::save(&empty)?;
        self.store.set(empty);
        self.status.set(StorageStatus::Ready);
        Ok(())
    }

    /// Why a change was not saved, in the person's words. "Not available" means
    /// blocked storage, or notes paused while unreadable stored notes await a decision.
    pub fn explain(self, err: &SaveError, t: &UiText) -> String {
        match err {
            SaveError::QuotaExceeded => t.note_quota.to_owned(),
            SaveError::NotAvailable => match self.status.get_untracked() {
                StorageStatus::Unreadable { .. } => t.note_paused.to_owned(),
                _ => t.note_unavailable.to_owned(),
            },
            SaveError::Other(e) => (t.note_error)(e),
        }
    }

    pub fn has(self, id: &str) -> bool {
        self.store.with(|s| s.has(id))
    }
}
