//! The browser's session history: entries written with `pushState`/`replaceState`,
//! each holding what the app needs to come back to it as the person left it: how many
//! item pages deep it is from the list (`d`), where the page was scrolled (`y`), and
//! which item the person opened from it (`f`), whose link gets the focus back.

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
    }
}

fn entry(depth: u32, scroll: f64, left_for: Option<&str>) -> JsValue {
    let entry = js_sys::Object::new();
    let _ = Reflect::set(&entry, &"d".into(), &depth.into());
    let _ = Reflect::set(&entry, &"y".into(), &scroll.into());
    if let Some(id) = left_for {
        let _ = Reflect::set(&entry, &"f".into(), &id.into());
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
    let _ = if push {
        let current = current_entry().depth;
        let scroll = window().scroll_y().unwrap_or(0.0);
        let _ = history.replace_state(&entry(current, scroll, opening), "");
        history.push_state_with_url(&entry(depth, 0.0, None), "", Some(&url))
    } else {
        history.replace_state_with_url(&entry(depth, 0.0, None), "", Some(&url))
    };
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
