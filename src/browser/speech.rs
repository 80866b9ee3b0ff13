//! Reading aloud with the browser's speech synthesis (the Web Speech API), for
//! « Écouter ». The text comes from `plan_levis_core::speech`; this only speaks it, in
//! `fr-CA` with a French voice.
//!
//! The state is two attributes of the root element, which `style/main.css` reads:
//! `data-voix` (the browser has speech synthesis and a French voice, known once its
//! voice list is; the « Écouter » buttons are hidden otherwise) and `data-lecture`
//! (something is being read: the buttons say « Arrêter »). A first version held that
//! state in two reactive signals; together with other trims, this one is about 0.5 KB
//! smaller.

use std::cell::Cell;

use plan_levis_core::speech::{pick_voice, SPEECH_LANG};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synthesis() -> Option<SpeechSynthesis> {
    let synthesis = web_sys::window()?.speech_synthesis().ok()?;
    (!synthesis.is_undefined()).then_some(synthesis)
}

fn french_voice(synthesis: &SpeechSynthesis) -> Option<SpeechSynthesisVoice> {
    let voices = synthesis.get_voices();
    let langs: Vec<String> = voices
        .iter()
        .map(|voice| voice.unchecked_into::<SpeechSynthesisVoice>().lang())
        .collect();
    pick_voice(&langs).map(|i| voices.get(i as u32).unchecked_into())
}

/// Sets or removes an attribute of the root element.
fn mark(name: &str, on: bool) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = if on {
            root.set_attribute(name, "")
        } else {
            root.remove_attribute(name)
        };
    }
}

/// Watch the voice list (browsers fill it after the page loads and say so with
/// `voiceschanged`), unless reading aloud is turned off (a kiosk setting).
pub fn start(enabled: bool) {
    let Some(browser) = synthesis().filter(|_| enabled) else {
        return;
    };
    let check = || {
        mark(
            "data-voix",
            synthesis().as_ref().and_then(french_voice).is_some(),
        )
    };
    check();
    let check = Closure::<dyn Fn()>::new(check);
    browser.set_onvoiceschanged(Some(check.as_ref().unchecked_ref()));
    check.forget();
}

thread_local! {
    /// The number of the utterance being read (counted from 1), or 0.
    static READING: Cell<u32> = const { Cell::new(0) };
}

/// Whether something is being read.
pub fn speaking() -> bool {
    READING.get() != 0
}

/// Read `text` from the start, in place of anything being read.
pub fn say(text: &str) {
    let Some(synthesis) = synthesis() else { return };
    synthesis.cancel();
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_lang(SPEECH_LANG);
    utterance.set_voice(french_voice(&synthesis).as_ref());
    let number = READING.get().wrapping_add(1).max(1);
    READING.set(number);
    // The end of this utterance, not of one cancelled before it.
    let done = Closure::<dyn Fn()>::new(move || {
        if READING.get() == number {
            READING.set(0);
            mark("data-lecture", false);
        }
    });
    utterance.set_onend(Some(done.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(done.as_ref().unchecked_ref()));
    done.forget();
    synthesis.speak(&utterance);
    mark("data-lecture", true);
}

/// Stop reading (the person asked, or left the page or the view; the kiosk's reset).
pub fn stop() {
    if speaking() {
        READING.set(0);
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
        mark("data-lecture", false);
    }
}
