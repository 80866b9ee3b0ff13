use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ViewLink;
use crate::browser::files::{download, picked_file};
use crate::browser::{focus_at_top, focus_when_shown, format_date};
use crate::context::{notes, plan, router, ui};
use crate::previous_items;
use crate::state::{ExportFormat, NotesOutcome, PendingImport, StorageStatus};
use plan_levis_core::notes::OnConflict;
use plan_levis_core::plan::{previous_item, Plan};

/// How many notes « Mes notes » lists before « Afficher les … notes ».
const LISTED: usize = 100;

/// Every note, newest first, with export, import and delete.
#[component]
pub fn NotesPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let notes = notes();
    let state = router().state();
    let page_title = NodeRef::<leptos::html::H1>::new();
    // What the last action (import, delete) came to, announced politely.
    let outcome = RwSignal::new(None::<NotesOutcome>);
    let title_of = move |id: &str| note_title(plan, id);

    let on_import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = picked_file(&input) else {
            return;
        };
        input.set_value("");
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let result = notes.import_file(file, &title_of, t).await;
            let differing = matches!(result, NotesOutcome::Differing(_));
            // The page may be gone by then (the person moved on): nothing to show.
            if outcome.try_set(Some(result)).is_none() && differing {
                focus_at_top(".import-choice", "import-choix");
            }
        });
    };
    // The person's choice for the notes that differ (`None`: cancel); the import is
    // then done.
    let resolve = move |choice: Option<OnConflict>| {
        let Some(Some(NotesOutcome::Differing(import))) = outcome.try_update(Option::take) else {
            return;
        };
        outcome.set(Some(match choice {
            Some(on_conflict) => notes.apply_import(import, on_conflict, &title_of, t),
            None => NotesOutcome::Done(t.import_conflicts.cancelled.to_owned()),
        }));
        focus_when_shown(page_title, false);
    };

    let delete_all = move |_| {
        let count = notes.with_store_untracked(|s| s.len());
        if count == 0
            || !window()
                .confirm_with_message(&t.confirm_delete_all.count(count))
                .unwrap_or(false)
        {
            return;
        }
        outcome.set(Some(notes.delete_all_notes(t)));
        focus_when_shown(page_title, false);
    };

    // A list of thousands of notes (an import can bring them) takes seconds to draw:
    // the newest are listed, and the rest on request.
    let show_all = RwSignal::new(false);
    let list = move || {
        let store = notes.with_store(Clone::clone);
        if store.is_empty() {
            return view! { <p class="empty-notes">{t.notes_none}</p> }.into_any();
        }
        let newest = store.newest_first();
        let total = newest.len();
        let listed = if show_all.get() {
            total
        } else {
            total.min(LISTED)
        };
        let items = newest
            .into_iter()
            .take(listed)
            .map(|(id, note)| {
                let id = id.to_owned();
                let old = previous_item(previous_items(), &id);
                let heading = match plan.item(&id) {
                    Some(item) => {
                        let to = state.with_untracked(|s| s.with_item(item.id()));
                        view! { <h2><ViewLink to=to><span lang="fr">{item.title()}</span></ViewLink></h2> }.into_any()
                    }
                    // An item no longer in the plan: its title and edition when a previous
                    // edition has it, else its id.
                    None => view! {
                        <h2>{old.map_or_else(|| id.clone(), |old| format!("{} ({})", old.title, t.edition_label.with("period", old.period)))}</h2>
                        <p class="notice orphan">{t.notes_orphan}</p>
                    }
                    .into_any(),
                };
                let delete_id = id.clone();
                let title = note_title(plan, &id);
                let delete_label = t.note_delete_named.with("title", &title);
                view! {
                    <li>
                        <article class="note-entry" data-item=id.clone()>
                            {heading}
                            <p class="note-date">{t.notes_updated.with("date", format_date(note.updated_ms, t.locale))}</p>
                            <p class="note-text">{note.text.clone()}</p>
                            <button
                                type="button"
                                class="secondary-button"
                                aria-label=delete_label
                                on:click=move |_| {
                                    if window().confirm_with_message(t.note_confirm_delete).unwrap_or(false) {
                                        outcome.set(Some(notes.delete_one(&delete_id, &title, t)));
                                        // The button is gone with its note: the keyboard goes back to the page's title.
                                        focus_when_shown(page_title, false);
                                    }
                                }
                            >
                                {t.note_delete}
                            </button>
                        </article>
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="notes-list">{items}</ul>
            {(listed < total).then(|| view! {
                <button type="button" class="secondary-button" on:click=move |_| show_all.set(true)>
                    {t.notes_show_all.with("count", total)}
                </button>
            })}
        }
        .into_any()
    };

    let ready = move || notes.status() == StorageStatus::Ready;
    let failed = move || outcome.with(|o| matches!(o, Some(NotesOutcome::Failed { .. })));
    let no_notes = move || notes.with_store(|s| s.is_empty()) && notes.unsaved_count() == 0;
    view! {
        <h1 class="view-title" id="titre-notes" tabindex="-1" node_ref=page_title>{t.notes_heading}</h1>
        <p class="privacy-note">{t.notes_privacy}</p>
        {move || (notes.status() == StorageStatus::Unavailable).then(|| view! { <p class="notice">{t.note_unavailable}</p> })}
        <p class="notes-count">{t.notes_intro} " " <strong>{move || t.notes_count.count(notes.with_store(|s| s.len()))}</strong></p>
        {move || match notes.unsaved_count() {
            0 => None,
            unsaved => Some(view! { <p class="notice notes-unsaved">{t.notes_unsaved.count(unsaved)}</p> }),
        }}
        <div class="notes-actions">
            <button type="button" on:click=move |_| notes.export(ExportFormat::Json, plan, t) disabled=no_notes>
                {t.export_json}
            </button>
            <button type="button" on:click=move |_| notes.export(ExportFormat::Markdown, plan, t) disabled=no_notes>
                {t.export_markdown}
            </button>
            <label class="file-button" class:disabled=move || !ready()>
                {t.import_label}
                <input type="file" id="import-notes" accept=".json,application/json" on:change=on_import disabled=move || !ready()/>
            </label>
            <button type="button" class="danger-button" on:click=delete_all disabled=no_notes>
                {t.delete_all}
            </button>
        </div>
        <div class="action-message" class:error=failed role="status">
            {move || outcome.get().map(|outcome| match outcome {
                NotesOutcome::Done(message) => view! { <p>{message}</p> }.into_any(),
                NotesOutcome::Differing(_) => ().into_any(),
                NotesOutcome::Failed { message, detail } => view! {
                    <p>{message}</p>
                    {detail.map(|detail| view! {
                        <details class="message-detail">
                            <summary>{t.technical_details}</summary>
                            <code lang="en">{detail}</code>
                        </details>
                    })}
                }.into_any(),
            })}
        </div>
        {move || outcome.with(|o| match o {
            Some(NotesOutcome::Differing(import)) => Some(import_choice(import, resolve)),
            _ => None,
        })}
        {list}
    }
}

/// The name of a note's item in messages: its title, or its id when no edition has it.
fn note_title(plan: &'static Plan, id: &str) -> String {
    plan.item(id)
        .map(|item| item.title())
        .or(previous_item(previous_items(), id).map(|old| old.title))
        .unwrap_or(id)
        .to_owned()
}

/// Before an import: which notes of the file differ from the person's, both texts side
/// by side, and what to do with them (or nothing: the import is cancelled).
fn import_choice(
    import: &PendingImport,
    resolve: impl Fn(Option<OnConflict>) + Copy + 'static,
) -> impl IntoView {
    let plan = plan();
    let t = ui();
    let words = &t.import_conflicts;
    let notes = notes();
    let differing = import
        .differing
        .iter()
        .take(LISTED)
        .map(|id| {
            let mine = notes.with_store_untracked(|s| s.text(id).to_owned());
            let theirs = import.notes.text(id).to_owned();
            view! {
                <li>
                    <h3><span lang="fr">{note_title(plan, id)}</span></h3>
                    <div class="import-texts">
                        <div><p class="import-side">{words.mine}</p><p class="note-text">{mine}</p></div>
                        <div><p class="import-side">{words.theirs}</p><p class="note-text">{theirs}</p></div>
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="import-choice" aria-labelledby="import-choix">
            <h2 id="import-choix" tabindex="-1">{words.heading.count(import.differing.len())}</h2>
            <p>{words.intro}</p>
            <ul class="import-differing">{differing}</ul>
            <div class="notes-actions">
                <button type="button" on:click=move |_| resolve(Some(OnConflict::KeepMine))>{words.keep_mine}</button>
                <button type="button" on:click=move |_| resolve(Some(OnConflict::TakeFile))>{words.take_file}</button>
                <button type="button" on:click=move |_| resolve(Some(OnConflict::KeepBoth))>{words.keep_both}</button>
                <button type="button" class="secondary-button" on:click=move |_| resolve(None)>{words.cancel}</button>
            </div>
        </section>
    }
}

/// Shown above every view while stored notes are unreadable, until the person decides.
#[component]
pub fn NotesProblem() -> impl IntoView {
    let t = ui();
    let notes = notes();
    // A failed "start afresh" (storage full or blocked) is said, not swallowed.
    let failure = RwSignal::new(None::<String>);
    move || {
        let StorageStatus::Unreadable { error, backup_key } = notes.status() else {
            return None;
        };
        let download_copy = move |_| {
            if let Some(raw) = notes.stored_copy() {
                download("notes-plan-levis-copie.txt", "text/plain", &raw);
            }
        };
        let fresh = move |_| {
            if window()
                .confirm_with_message(t.confirm_start_fresh)
                .unwrap_or(false)
            {
                failure.set(notes.start_fresh().err().map(|err| notes.explain(&err, t)));
            }
        };
        Some(view! {
            <div class="notes-problem" role="alert">
                <h2>{t.unreadable_heading}</h2>
                <p>{t.unreadable_text.text(&error)}</p>
                <p>{backup_key.map_or_else(|| t.unreadable_no_backup.to_owned(), |k| t.unreadable_backup.with("key", &k))}</p>
                <button type="button" on:click=download_copy>{t.unreadable_download}</button>
                " "
                <button type="button" class="secondary-button" on:click=fresh>{t.unreadable_start_fresh}</button>
                <p class="action-message error">{move || failure.get()}</p>
            </div>
        })
    }
}
