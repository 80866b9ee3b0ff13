use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::context::{notes, ui};
use crate::state::{SaveError, StorageStatus};
use plan_levis_core::notes::keep_both;

/// How long after the last keystroke a note is saved.
const SAVE_DELAY: Duration = Duration::from_millis(500);

#[derive(Clone, Debug, PartialEq)]
enum SaveState {
    Idle,
    Pending,
    Saved,
    Failed(SaveError),
}

/// The private note of one item: saved as the person types, kept on this device.
#[component]
pub fn NoteEditor(id: &'static str, title: &'static str) -> impl IntoView {
    let t = ui();
    let notes = notes();
    let initial = notes.with_store_untracked(|s| s.text(id).to_owned());
    // What is in the box, and the text last known to be stored for this item.
    let draft = RwSignal::new(initial.clone());
    let stored = RwSignal::new(initial);
    // Only a change between "no note" and "a note" rebuilds the delete button.
    let has_note = Memo::new(move |_| stored.with(|s| !s.is_empty()));
    let save_state = RwSignal::new(SaveState::Idle);
    let changed_elsewhere = RwSignal::new(false);
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let save_now = move || {
        // The box also calls this when it loses the focus, which can happen after the
        // editor is gone (typing, then Back, then a click elsewhere): its state is gone
        // too then, and what it held was saved when it went (`on_cleanup` below).
        if save_state.is_disposed() {
            return;
        }
        if let Some(handle) = timer.get_value() {
            handle.clear();
            timer.set_value(None);
        }
        if save_state.get_untracked() != SaveState::Pending {
            return;
        }
        let mut text = draft.get_untracked();
        if changed_elsewhere.get_untracked() {
            // Both tabs typed: keep the other tab's text too, never drop it.
            text = keep_both(&text, &stored.get_untracked());
            draft.set(text.clone());
        }
        match notes.save_note(id, &text) {
            Ok(()) => {
                stored.set(text);
                save_state.set(SaveState::Saved);
                changed_elsewhere.set(false);
            }
            Err(err) => save_state.set(SaveState::Failed(err)),
        }
    };

    // Another tab changed this note: show it, unless the person is typing here.
    Effect::new(move |_| {
        let latest = notes.with_store(|s| s.text(id).to_owned());
        if latest != stored.get_untracked() {
            if draft.get_untracked() == stored.get_untracked() {
                draft.set(latest.clone());
            } else {
                changed_elsewhere.set(true);
            }
            stored.set(latest);
        }
    });

    let on_input = move |ev: ev::Event| {
        draft.set(event_target_value(&ev));
        save_state.set(SaveState::Pending);
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(set_timeout_with_handle(save_now, SAVE_DELAY).ok());
    };
    // Leaving the page or the item must not lose the last keystrokes.
    let hide = window_event_listener(ev::pagehide, move |_| save_now());
    on_cleanup(move || {
        save_now();
        hide.remove();
    });

    let delete = move |_| {
        if !window()
            .confirm_with_message(t.note_confirm_delete)
            .unwrap_or(false)
        {
            return;
        }
        match notes.delete_note(id) {
            Ok(()) => {
                draft.set(String::new());
                stored.set(String::new());
                save_state.set(SaveState::Idle);
            }
            Err(err) => save_state.set(SaveState::Failed(err)),
        }
    };

    // The live region says the outcome once typing has paused (« Note enregistrée »,
    // or what went wrong), not « Enregistrement… » before it: that one is shown beside
    // it, not announced.
    let saving = move || matches!(save_state.get(), SaveState::Pending);
    let status_text = move || match save_state.get() {
        SaveState::Idle | SaveState::Pending => String::new(),
        SaveState::Saved => t.note_saved.to_owned(),
        SaveState::Failed(err) => {
            let _ = notes.status(); // said again when the storage changes
            notes.explain(&err, t)
        }
    };
    let failed = move || matches!(save_state.get(), SaveState::Failed(_));

    view! {
        <section class="note-editor" aria-labelledby="note-titre">
            <h2 id="note-titre">{t.notes_heading}</h2>
            <p class="privacy-note">{t.notes_privacy}</p>
            {move || match notes.status() {
                StorageStatus::Unavailable => Some(view! { <p class="notice">{t.note_unavailable}</p> }.into_any()),
                StorageStatus::Unreadable { .. } => Some(view! { <p class="notice">{t.note_paused}</p> }.into_any()),
                StorageStatus::Ready => None,
            }}
            <label for="note-texte">{t.note_label.around(title)}</label>
            <textarea
                id="note-texte"
                rows="6"
                prop:value=move || draft.get()
                on:input=on_input
                on:blur=move |_| save_now()
                aria-describedby="note-etat"
                aria-invalid=move || failed().then_some("true")
            ></textarea>
            // On paper, the note in full, as text (a text box prints its visible lines only).
            <p class="note-print" aria-hidden="true">{move || draft.get()}</p>
            <p id="note-etat" class="save-status" class:error=failed role="status">
                {status_text}
            </p>
            {move || saving().then(|| view! { <p class="save-status" aria-hidden="true">{t.note_saving}</p> })}
            {move || changed_elsewhere.get().then(|| view! { <p class="notice">{t.note_other_tab}</p> })}
            {move || {
                has_note.get().then(|| view! {
                    <button type="button" class="secondary-button" on:click=delete>{t.note_delete}</button>
                })
            }}
        </section>
    }
}
