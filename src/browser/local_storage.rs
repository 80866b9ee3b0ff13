//! The notes' home in the browser: one localStorage key, through gloo-storage.
//!
//! The only part of `notes` that touches the browser. Every failure comes back as a
//! value, never a panic: storage may be blocked, full, or hold something unreadable.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use plan_levis_core::notes::{
    decode_stored, encode_stored, NotesFormatError, NotesStore, BACKUP_KEY, STORAGE_KEY,
};

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

/// Why a save did not happen. The last saved value is intact in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Storage is blocked, or the stored value is waiting for the person's decision.
    NotAvailable,
    Other(String),
}

/// `window.localStorage`, if this page may use it. Accessing it can throw
/// (blocked cookies, sandboxed frames), so gloo's panicking accessor is only used
/// after this check.
pub fn usable() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|s| s.length().is_ok())
}

/// localStorage is blocked, disabled or throws on access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// The raw stored value, if any.
pub fn read_raw() -> Result<Option<String>, Unavailable> {
    if !usable() {
        return Err(Unavailable);
    }
    LocalStorage::raw()
        .get_item(STORAGE_KEY)
        .map_err(|_| Unavailable)
}

/// Open the notes: the store to show, and the status of the storage.
pub fn open(now_ms: u64) -> (NotesStore, StorageStatus) {
    match read_raw() {
        Err(Unavailable) => (NotesStore::default(), StorageStatus::Unavailable),
        Ok(None) => (NotesStore::default(), StorageStatus::Ready),
        Ok(Some(raw)) => match decode_stored(&raw) {
            Ok(store) => (store, StorageStatus::Ready),
            Err(error) => {
                let backup_key = back_up(&raw, now_ms);
                (
                    NotesStore::default(),
                    StorageStatus::Unreadable { error, backup_key },
                )
            }
        },
    }
}

/// Copy an unreadable value aside, unless the same value is already there.
fn back_up(raw: &str, now_ms: u64) -> Option<String> {
    let storage = LocalStorage::raw();
    let existing = storage.get_item(BACKUP_KEY).ok().flatten();
    let key = match existing {
        None => BACKUP_KEY.to_owned(),
        Some(same) if same == raw => return Some(BACKUP_KEY.to_owned()),
        Some(_) => cat!(BACKUP_KEY, ".", now_ms),
    };
    storage.set_item(&key, raw).ok().map(|()| key)
}

/// Write the whole store.
pub fn save(store: &NotesStore) -> Result<(), SaveError> {
    if !usable() {
        return Err(SaveError::NotAvailable);
    }
    // The raw storage with our own encoding: gloo's typed `set` would bring serde_json
    // into the wasm.
    LocalStorage::raw()
        .set_item(STORAGE_KEY, &encode_stored(store))
        .map_err(|err| {
            // A DOMException has a `name`; anything else thrown is shown as it is.
            let name = js_sys::Reflect::get(&err, &JsValue::from_str("name"))
                .ok()
                .and_then(|name| name.as_string())
                .filter(|name| !name.is_empty());
            match name {
                Some(name) if name == "QuotaExceededError" => SaveError::QuotaExceeded,
                Some(name) => SaveError::Other(name),
                None => SaveError::Other(
                    err.as_string()
                        .unwrap_or_else(|| "unknown error".to_owned()),
                ),
            }
        })
}
