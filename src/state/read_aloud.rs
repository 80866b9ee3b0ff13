//! « Écouter »: whether the browser can read the plan aloud in French, and whether it
//! is reading. The speaking itself is `browser::speech`.

use leptos::prelude::*;

use crate::browser::speech;

/// `Copy` handle, in context.
#[derive(Clone, Copy)]
pub struct ReadAloud {
    /// The browser has speech synthesis and a French voice (known once its voice list
    /// is: browsers fill it after the page loads), and reading aloud is not turned off
    /// (a kiosk setting).
    voice: RwSignal<bool>,
    reading: RwSignal<bool>,
    /// The number of the last utterance started: the end of one cancelled before it
    /// changes nothing.
    utterance: StoredValue<u32>,
}

impl ReadAloud {
    pub fn start(enabled: bool) -> Self {
        let read_aloud = ReadAloud {
            voice: RwSignal::new(enabled && speech::has_french_voice()),
            reading: RwSignal::new(false),
            utterance: StoredValue::new(0),
        };
        if enabled {
            speech::on_voices_changed(move || read_aloud.voice.set(speech::has_french_voice()));
        }
        read_aloud
    }

    /// Whether « Écouter » can be offered (tracked).
    pub fn available(self) -> bool {
        self.voice.get()
    }

    /// Whether something is being read (tracked).
    pub fn reading(self) -> bool {
        self.reading.get()
    }

    /// Read `text` from the start, in place of anything being read.
    pub fn say(self, text: &str) {
        let number = self.utterance.get_value().wrapping_add(1);
        self.utterance.set_value(number);
        let ended = move || {
            if self.utterance.get_value() == number {
                self.reading.set(false);
            }
        };
        if speech::speak(text, ended) {
            self.reading.set(true);
        }
    }

    /// Stop reading (the person asked, or left the page or the view; the kiosk's reset).
    pub fn stop(self) {
        if self.reading.get_untracked() {
            self.reading.set(false);
            speech::cancel();
        }
    }
}
