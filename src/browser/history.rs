//! The browser's session history: entries written with `pushState`/`replaceState`,
//! each holding what the app needs to come back to it as the person left it: how many
//! item pages deep it is from the list (`d`), where the page was scrolled (`y`), and
//! which item the person opened from it (`f`), whose link gets the focus back; and at
//! the kiosk, how many entries it stands above where it was opened (`k`).

use std::cell::Cell;

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// What the current history entry holds.
pub struct Entry {
    /// How many item pages from the list.
    pub depth: u32,
    /// Where the page was scrolled when the person left it.
    pub scroll: f64,
    /// The item the person opened from it.
    pub left_for: Option<String>,
    /// Kiosk: the entry's level (`add_level`).
    pub level: u32,
}

pub fn current_entry() -> Entry {
    let state = window()
        .history()
        .and_then(|h| h.state())
        .unwrap_or(JsValue::NULL);
    let get = |key: &str| Reflect::get(&state, &key.into()).unwrap_or(JsValue::UNDEFINED);
    Entry {
        depth: get("d").as_f64().unwrap_or(0.0) as u32,
        scroll: get("y").as_f64().unwrap_or(0.0),
        left_for: get("f").as_string(),
        level: if crate::KIOSK_BUILD {
            get("k").as_f64().unwrap_or(0.0) as u32
        } else {
            0
        },
    }
}

fn entry(depth: u32, scroll: f64, left_for: Option<&str>, level: u32) -> JsValue {
    let entry = js_sys::Object::new();
    let _ = Reflect::set(&entry, &"d".into(), &depth.into());
    let _ = Reflect::set(&entry, &"y".into(), &scroll.into());
    if let Some(id) = left_for {
        let _ = Reflect::set(&entry, &"f".into(), &id.into());
    }
    if crate::KIOSK_BUILD && level > 0 {
        let _ = Reflect::set(&entry, &"k".into(), &level.into());
    }
    entry.into()
}

/// Write `query` (a `?…` string, or empty) as a new entry (`push`) or in place of the
/// current one, `depth` item pages from the list. A new entry first records, in the
/// current one, where the page is scrolled and the item opened from it (`opening`),
/// for Back.
pub fn write(query: &str, push: bool, depth: u32, opening: Option<&str>) {
    let Ok(history) = window().history() else {
        return;
    };
    let url = format!(
        "{}{query}",
        window().location().pathname().unwrap_or_default()
    );
    let current = current_entry();
    let _ = if push {
        let scroll = window().scroll_y().unwrap_or(0.0);
        let _ = history.replace_state(&entry(current.depth, scroll, opening, 0), "");
        history.push_state_with_url(&entry(depth, 0.0, None, 0), "", Some(&url))
    } else {
        let kept = entry(depth, 0.0, None, current.level);
        history.replace_state_with_url(&kept, "", Some(&url))
    };
}

thread_local! {
    /// Kiosk: the level of the highest entry this page added (`add_level`).
    static KIOSK_TOP: Cell<u32> = const { Cell::new(0) };
    /// Kiosk: whether this page added an entry at a person's touch.
    static HELD_AT_TOUCH: Cell<bool> = const { Cell::new(false) };
}

/// Kiosk: keep what came before the kiosk in the tab out of reach. An entry is added
/// over the page's own, at the same address and one level higher: Back from it comes
/// to the page (`popstate`, `below_kiosk_top`), which goes forward again. Chromium's
/// Back skips an entry that added another without a person's touch (its guard against
/// pages that trap people), so the kiosk adds one when it starts, for what has no such
/// rule (a mouse's back button), and one more at the first touch (`touched`). A kiosk
/// page opened under the kiosk's newest entry (Back across a page loaded afresh) goes
/// forward to it instead.
pub fn hold_kiosk(touched: bool) {
    if touched && HELD_AT_TOUCH.get() {
        return;
    }
    if !touched && can_go_forward() {
        forward();
        return;
    }
    let current = current_entry();
    let level = current.level + 1;
    if let Ok(history) = window().history() {
        let _ = history.push_state(&entry(current.depth, 0.0, None, level), "");
    }
    KIOSK_TOP.set(level);
    HELD_AT_TOUCH.set(touched);
}

/// Kiosk: whether Back has left the newest entry this page added.
pub fn below_kiosk_top() -> bool {
    current_entry().level < KIOSK_TOP.get()
}

/// Go forward one entry, as the browser's Forward button would.
pub fn forward() {
    if let Ok(history) = window().history() {
        let _ = history.forward();
    }
}

/// Whether the browser says there is an entry after the current one (the Navigation
/// API's `canGoForward`; false in a browser without it).
pub fn can_go_forward() -> bool {
    Reflect::get(&window(), &"navigation".into())
        .and_then(|navigation| Reflect::get(&navigation, &"canGoForward".into()))
        .is_ok_and(|can| can.is_truthy())
}

/// Go back `steps` entries, as the browser's Back button would.
pub fn back(steps: u32) {
    if let Ok(history) = window().history() {
        let _ = history.go_with_delta(-(steps as i32));
    }
}

/// Once the view on screen is rendered: scroll to `y`, and put the keyboard focus on
/// the first link inside the element with id `focus` (in view there, since the person
/// clicked it from that place, so focusing it does not scroll again).
pub fn restore(y: f64, focus: Option<String>) {
    request_animation_frame(move || {
        window().scroll_to_with_x_and_y(0.0, y);
        let link = focus
            .and_then(|id| document().get_element_by_id(&id))
            .and_then(|card| card.query_selector("a").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(link) = link {
            let _ = link.focus();
        }
    });
}
