//! Whether the device has a network: `when_offline` runs its callback now if it has none,
//! and each time it loses it.

use leptos::prelude::window;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn when_offline(on_offline: impl Fn() + 'static) {
    if !window().navigator().on_line() {
        on_offline();
    }
    let listener = Closure::<dyn FnMut()>::new(on_offline);
    window().set_onoffline(Some(listener.as_ref().unchecked_ref()));
    listener.forget();
}
