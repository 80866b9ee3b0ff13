//! « Partager »: the address of what is on screen, handed to the system's share sheet
//! where there is one (phones, and the installed app, which has no address bar), else
//! copied to the clipboard, else offered in the browser's own prompt, selected, to copy
//! by hand. The app sends nothing anywhere itself.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::has;
use crate::i18n::UiText;
use plan_levis_core::explore::ViewState;

/// Share the address of `view`, without its language: a shared link carries the view,
/// and the person who opens it gets their own language. `t` is the language of the page
/// the button is on. `copied` runs when the address was copied to the clipboard (not
/// after the share sheet, which shows its own outcome).
pub fn share_view(t: &'static UiText, view: &ViewState, copied: impl FnOnce() + 'static) {
    let location = window().location();
    let url = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        ViewState {
            lang: None,
            ..view.clone()
        }
        .to_query()
    );
    let navigator = window().navigator();
    let copy_by_hand = move |url: &str| {
        let _ = window().prompt_with_message_and_default(t.copy_this_link, url);
    };
    let share_sheet = has(&navigator, "share");
    let handed_over = if share_sheet {
        let data = web_sys::ShareData::new();
        data.set_title(&document().title());
        data.set_url(&url);
        navigator.share_with_data(&data)
    } else if has(&navigator, "clipboard") {
        navigator.clipboard().write_text(&url)
    } else {
        return copy_by_hand(&url);
    };
    // Both promises fulfil with `undefined`. Closing the share sheet rejects with
    // `AbortError`: the person chose not to share, nothing to say. Any other failure
    // offers the address to copy by hand.
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(handed_over).await {
            Ok(_) if !share_sheet => copied(),
            Ok(_) => {}
            Err(error) if error_name(&error).as_deref() == Some("AbortError") => {}
            Err(_) => copy_by_hand(&url),
        }
    });
}

/// The `name` of a DOM exception (`AbortError`, `NotAllowedError`…).
fn error_name(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &"name".into())
        .ok()?
        .as_string()
}
