//! The interface language: from the address, else the person's last choice on this
//! device, else the browser's language. The plan's content stays French.

use plan_levis_core::lang::Lang;

use super::local_storage;

const LANG_KEY: &str = "plan-levis.lang";

/// The language chosen last time on this device, if storage can be read.
pub fn remembered() -> Option<Lang> {
    local_storage::read(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|c| Lang::from_code(&c))
}

/// Remember the person's choice on this device (silently skipped if storage is blocked).
pub fn remember(lang: Lang) {
    let _ = local_storage::write(LANG_KEY, lang.code());
}

/// The first of the browser's preferred languages that the interface speaks.
pub fn browser_language() -> Option<Lang> {
    let navigator = leptos::prelude::window().navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .chain(navigator.language())
        .find_map(|code| Lang::from_code(&code))
}
