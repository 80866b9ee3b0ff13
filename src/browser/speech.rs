//! The browser's speech synthesis (the Web Speech API), for « Écouter »: whether it
//! has a French voice, and speaking a text in `fr-CA` with one. What is being read is
//! `state::ReadAloud`'s to know; this only speaks.

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

/// Whether the browser can read French now (it has speech synthesis and a French voice).
pub fn has_french_voice() -> bool {
    synthesis().as_ref().and_then(french_voice).is_some()
}

/// Call `changed` whenever the voice list changes (browsers fill it after the page
/// loads and say so with `voiceschanged`), for as long as the page lives.
pub fn on_voices_changed(changed: impl Fn() + 'static) {
    if let Some(synthesis) = synthesis() {
        let changed = Closure::<dyn Fn()>::new(changed);
        synthesis.set_onvoiceschanged(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
    }
}

/// Read `text` from the start, in place of anything being read; `ended` is called
/// when this utterance ends or fails. False when nothing could be read.
pub fn speak(text: &str, ended: impl Fn() + 'static) -> bool {
    let Some(synthesis) = synthesis() else {
        return false;
    };
    synthesis.cancel();
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(SPEECH_LANG);
    utterance.set_voice(french_voice(&synthesis).as_ref());
    let ended = Closure::<dyn Fn()>::new(ended);
    utterance.set_onend(Some(ended.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(ended.as_ref().unchecked_ref()));
    ended.forget();
    synthesis.speak(&utterance);
    true
}

/// Stop reading.
pub fn cancel() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}
