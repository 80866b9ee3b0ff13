//! Thin adapters to the browser's APIs: files, storage, the history, the language, the
//! service worker, the share sheet, speech, the static copy, focus, dates. Each returns
//! plain values or takes plain callbacks; none knows about views.

pub mod files;
pub mod history;
pub mod language;
pub mod local_storage;
pub mod online;
pub mod plan_document;
pub mod service_worker;
pub mod share;
pub mod speech;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the browser gives `object` this property (a feature it may not have, such
/// as `navigator.share` or `Blob.text`): calling one it lacks would throw.
pub fn has(object: &wasm_bindgen::JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &name.into()).unwrap_or(false)
}

/// Move the keyboard focus to `element` once the current render is on screen (and
/// first scroll to the top, for a new page), as a page load would. Nothing happens if
/// the element is gone by then.
pub fn focus_when_shown<E>(element: NodeRef<E>, scroll_to_top: bool)
where
    E: leptos::tachys::html::element::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    // One instance of the work, whatever the element's type.
    focus_later(
        Box::new(move || {
            element
                .try_get_untracked()
                .flatten()
                .map(JsCast::unchecked_into)
        }),
        scroll_to_top,
    );
}

fn focus_later(element: Box<dyn Fn() -> Option<web_sys::HtmlElement>>, scroll_to_top: bool) {
    request_animation_frame(move || {
        if let Some(element) = element() {
            let _ = element.focus();
        }
        // After the focus, which scrolls its element into view: a new page shows from
        // its top even where its title is below the fold of a small screen.
        if scroll_to_top {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}

/// Once the current render is on screen: the element matching `top` scrolled to the
/// top of the screen, and the keyboard focus on the element with id `focus` (inside
/// it, so focusing it does not scroll again). Nothing happens if either is gone.
pub fn focus_at_top(top: &'static str, focus: &'static str) {
    request_animation_frame(move || {
        let document = document();
        let (Ok(Some(top)), Some(focus)) = (
            document.query_selector(top),
            document.get_element_by_id(focus),
        ) else {
            return;
        };
        top.scroll_into_view_with_bool(true);
        if let Ok(focus) = focus.dyn_into::<web_sys::HtmlElement>() {
            let _ = focus.focus();
        }
    });
}

/// Keep room at the foot of the page for the connection's bar, as tall as it is now
/// (nothing while it is empty): `--status-height`, read by `style/main.css`.
pub fn keep_room_for_status_bar() {
    let height = document()
        .query_selector(".connection-status")
        .ok()
        .flatten()
        .and_then(|bar| bar.dyn_into::<web_sys::HtmlElement>().ok())
        .map_or(0, |bar| bar.offset_height());
    set_page_property("--status-height", &format!("{height}px"));
}

/// Set a CSS custom property on the page's root element, through the CSS object
/// model: the Content Security Policy refuses style attributes.
fn set_page_property(name: &str, value: &str) {
    if let Some(root) = document()
        .document_element()
        .and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

/// Whether the person has zoomed into the page with two fingers (the part of the page
/// on screen is magnified).
pub fn pinch_zoomed() -> bool {
    window()
        .visual_viewport()
        .is_some_and(|area| (area.scale() - 1.0).abs() > 0.01)
}

/// Where the part of the page on screen is, and how magnified, for what must show
/// whole and at its normal size however far the person zoomed in (the kiosk's
/// inactivity warning): `--visible-x`, `--visible-y` and `--visible-scale`, read by
/// `style/kiosk.css`.
pub fn follow_visible_area() {
    let Some(area) = window().visual_viewport() else {
        return;
    };
    set_page_property("--visible-x", &(css_number(area.offset_left()) + "px"));
    set_page_property("--visible-y", &(css_number(area.offset_top()) + "px"));
    set_page_property("--visible-scale", &css_number(1.0 / area.scale()));
}

/// A number as CSS reads it, written by JavaScript: Rust's own formatting of
/// floating-point numbers would add 6 KB to the kiosk's wasm.
fn css_number(number: f64) -> String {
    js_sys::Number::from(number)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

/// Load the page again, as a new page at its current address (the kiosk's, which its
/// reset has cleared): unlike a reload, which restores the page as it was, zoomed in
/// or not, a new page starts at its normal size, and frees all the old one held.
pub fn load_afresh() {
    let location = window().location();
    if let Ok(address) = location.href() {
        let _ = location.replace(&address);
    }
}

/// Leave nothing of the last visitor in the page itself (the kiosk's reset): the
/// session's storage cleared, no element focused, scrolled to the top.
pub fn clear_page_for_next_visitor() {
    if let Ok(Some(session)) = window().session_storage() {
        let _ = session.clear();
    }
    if let Some(active) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = active.blur();
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// The year on the person's device.
pub fn current_year() -> u32 {
    js_sys::Date::new_0().get_full_year()
}

/// Now, in milliseconds since 1970.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A date and time for people, in the given locale (`UiText::locale`), to the minute:
/// « 1 décembre 2026 à 14 h 05 ».
pub fn format_date(ms: u64, locale: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_string(locale, &options))
}
