//! localStorage, through gloo-storage: the only code that reads or writes it (the notes
//! and the remembered language use it through here). Every failure comes back as a
//! value, never a panic: storage may be blocked, full, or throw.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

/// localStorage is blocked, disabled or throws on access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// Why a write did not happen. What was stored before is intact in every case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// localStorage is blocked, disabled or throws on access.
    Unavailable,
    /// Anything else the browser threw: its name, or its text.
    Other(String),
}

/// Whether this page may use `window.localStorage`. Accessing it can throw (blocked
/// cookies, sandboxed frames), so gloo's panicking accessor is only used after this.
fn usable() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some_and(|s| s.length().is_ok())
}

/// The value stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    if !usable() {
        return Err(Unavailable);
    }
    LocalStorage::raw().get_item(key).map_err(|_| Unavailable)
}

/// Store `value` under `key`. (The raw storage with the caller's own encoding: gloo's
/// typed `set` would bring serde_json into the wasm.)
pub fn write(key: &str, value: &str) -> Result<(), WriteError> {
    if !usable() {
        return Err(WriteError::Unavailable);
    }
    LocalStorage::raw().set_item(key, value).map_err(|err| {
        // A DOMException has a `name`; anything else thrown is shown as it is.
        let name = js_sys::Reflect::get(&err, &JsValue::from_str("name"))
            .ok()
            .and_then(|name| name.as_string())
            .filter(|name| !name.is_empty());
        match name {
            Some(name) if name == "QuotaExceededError" => WriteError::QuotaExceeded,
            Some(name) => WriteError::Other(name),
            None => WriteError::Other(
                err.as_string()
                    .unwrap_or_else(|| "unknown error".to_owned()),
            ),
        }
    })
}
