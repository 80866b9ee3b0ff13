use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::context::{notes, ui};
use crate::state::{SaveError, StorageStatus};
use plan_levis_core::notes::NoteDraft;

/// How long after the last keystroke a note is saved.
const SAVE_DELAY: Duration = Duration::from_millis(500);

/// What the last save came to (while typing, nothing yet).
#[derive(Clone, Debug, PartialEq)]
enum SaveState {
    Idle,
    Saved,
    Failed(SaveError),
}

/// The private note of one item: saved as the person types, kept on this device.
/// What is typed and how it meets another tab's text is the core's `NoteDraft`. Text
/// that storage refused comes back, still unsaved, when the item is opened again.
#[component]
pub fn NoteEditor(id: &'static str, title: &'static str) -> impl IntoView {
    let t = ui();
    let notes = notes();
    let draft = RwSignal::new(notes.with_store_untracked(|s| NoteDraft::new(s.text(id))));
    // Only a change between "no note" and "a note" rebuilds the delete button.
    let has_note = Memo::new(move |_| draft.with(NoteDraft::has_note));
    let save_state = RwSignal::new(SaveState::Idle);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let unsaved = notes.unsaved_text(id);
    if let Some(text) = &unsaved {
        draft.update(|d| d.type_text(text.clone()));
    }

    let save_now = move || {
        // The box also calls this when it loses the focus, which can happen after the
        // editor is gone (typing, then Back, then a click elsewhere): its state is gone
        // too then, and what it held was saved when it went (`on_cleanup` below).
        if draft.is_disposed() {
            return;
        }
        if let Some(handle) = timer.get_value() {
            handle.clear();
            timer.set_value(None);
        }
        let Some(text) = draft.with_untracked(NoteDraft::to_save) else {
            return;
        };
        match notes.save_note(id, &text) {
            Ok(()) => {
                draft.update(|d| d.saved(text));
                save_state.set(SaveState::Saved);
            }
            Err(err) => save_state.set(SaveState::Failed(err)),
        }
    };

    // Effects synchronise with the outside: here, the stored notes, which another tab
    // or an import may change.
    Effect::new(move |_| {
        let latest = notes.with_store(|s| s.text(id).to_owned());
        draft.update(|d| d.stored_changed(&latest));
    });

    let on_input = move |ev: ev::Event| {
        draft.update(|d| d.type_text(event_target_value(&ev)));
        save_state.set(SaveState::Idle);
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(set_timeout_with_handle(save_now, SAVE_DELAY).ok());
    };
    // Text that storage refused before: tried again (space may have been freed), and
    // said unsaved again if it still cannot be saved.
    if unsaved.is_some() {
        save_now();
    }

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
                draft.update(NoteDraft::deleted);
                save_state.set(SaveState::Idle);
            }
            Err(err) => save_state.set(SaveState::Failed(err)),
        }
    };

    // The live region says the outcome once typing has paused (« Note enregistrée »,
    // or what went wrong), not « Enregistrement… » before it: that one is shown beside
    // it, not announced.
    let saving = move || save_state.get() == SaveState::Idle && draft.with(NoteDraft::is_unsaved);
    let status_text = move || match save_state.get() {
        SaveState::Idle => String::new(),
        SaveState::Saved => t.note_saved.to_owned(),
        SaveState::Failed(err) => notes.explain(&err, t),
    };
    let failed = move || matches!(save_state.get(), SaveState::Failed(_));

    view! {
        // Not printed without a note: an empty heading says nothing on paper.
        <section class="note-editor" class:no-note=move || draft.with(|d| d.text().trim().is_empty()) aria-labelledby="note-titre">
            <h2 id="note-titre">{t.notes_heading}</h2>
            <p class="privacy-note">{t.notes_privacy}</p>
            {move || match notes.status() {
                StorageStatus::Unavailable => Some(view! { <p class="notice">{t.note_unavailable}</p> }.into_any()),
                StorageStatus::Unreadable { .. } => Some(view! { <p class="notice">{t.note_paused}</p> }.into_any()),
                StorageStatus::Ready => None,
            }}
            <label for="note-texte">{t.note_label.with("title", title)}</label>
            <textarea
                id="note-texte"
                rows="6"
                prop:value=move || draft.with(|d| d.text().to_owned())
                on:input=on_input
                on:blur=move |_| save_now()
                aria-describedby="note-etat"
                aria-invalid=move || failed().then_some("true")
            ></textarea>
            // On paper, the note in full, as text (a text box prints its visible lines only).
            <p class="note-print" aria-hidden="true">{move || draft.with(|d| d.text().to_owned())}</p>
            <p id="note-etat" class="save-status" class:error=failed role="status">
                {status_text}
            </p>
            {move || saving().then(|| view! { <p class="save-status" aria-hidden="true">{t.note_saving}</p> })}
            {move || draft.with(NoteDraft::changed_elsewhere).then(|| view! { <p class="notice">{t.note_other_tab}</p> })}
            {move || {
                has_note.get().then(|| view! {
                    <button type="button" class="secondary-button" on:click=delete>{t.note_delete}</button>
                })
            }}
        </section>
    }
}
