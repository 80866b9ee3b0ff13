use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ViewLink;
use crate::browser::files::{download, picked_file, read_text};
use crate::browser::{focus_when_shown, format_date, now_ms};
use crate::context::{notes, plan, ui, view_history};
use crate::previous_items;
use crate::state::{SaveError, StorageStatus};
use plan_levis_core::notes::{
    check_import_size, export_json, export_markdown, import_json, MarkdownWords, NotesFormatError,
};
use plan_levis_core::plan::previous_item;

/// How many notes « Mes notes » lists before « Afficher les … notes ».
const LISTED: usize = 100;

/// Every note, newest first, with export, import and delete.
#[component]
pub fn NotesPage() -> impl IntoView {
    let plan = plan();
    let t = ui();
    let notes = notes();
    let state = view_history().state();
    let page_title = NodeRef::<leptos::html::H1>::new();
    // The outcome of the last action (import, export, delete all), announced politely,
    // whether it failed, and what exactly is wrong in a damaged import file. (Signals of
    // types the app has anyway: each new signal type adds its own code to the wasm.)
    let message = RwSignal::new(None::<String>);
    let failed = RwSignal::new(false);
    let detail = RwSignal::new(None::<String>);
    let report = move |result: Result<String, String>| {
        failed.set(result.is_err());
        message.set(Some(result.unwrap_or_else(|text| text)));
    };
    let import_failed = move |err: &NotesFormatError| {
        detail.set(err.detail().map(str::to_owned));
        report(Err(t.import_error.text(err)));
    };
    let save_error = move |err: SaveError| notes.explain(&err, t);

    let export_file = move |markdown: bool| {
        let stamp = js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        let day = stamp.get(..10).unwrap_or("notes").to_owned();
        notes.with_store_untracked(|store| {
            if markdown {
                let text = export_markdown(
                    store,
                    plan,
                    previous_items(),
                    &MarkdownWords {
                        heading: t.notes_heading,
                        exported_line: &t
                            .markdown_exported
                            .around(format_date(now_ms(), t.locale).as_str()),
                        orphan_label: t.notes_orphan,
                        edition_label: &|period| t.edition_label.around(period),
                        date_of: &|ms| format_date(ms, t.locale),
                    },
                );
                download(
                    &cat!(t.export_file_stem, "-", day, ".md"),
                    "text/markdown",
                    &text,
                );
            } else {
                let text = export_json(store, plan, previous_items(), &stamp);
                download(
                    &cat!(t.export_file_stem, "-", day, ".json"),
                    "application/json",
                    &text,
                );
            }
        });
    };

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
        message.set(None);
        detail.set(None);
        if let Err(err) = check_import_size(file.size() as u64) {
            return import_failed(&err);
        }
        read_text(&file, move |text| match text.as_deref().map(import_json) {
            None => import_failed(&NotesFormatError::Unreadable),
            Some(Err(err)) => import_failed(&err),
            Some(Ok(incoming)) => report(
                notes
                    .import(incoming)
                    .map(|r| t.import_done.text(r.added, r.unchanged, r.kept_both))
                    .map_err(save_error),
            ),
        });
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
        report(
            notes
                .delete_all()
                .map(|()| t.notes_all_deleted.to_owned())
                .map_err(save_error),
        );
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
                        <h2>{old.map_or_else(|| id.clone(), |old| cat!(old.title, " (", t.edition_label.around(old.period), ")"))}</h2>
                        <p class="notice orphan">{t.notes_orphan}</p>
                    }
                    .into_any(),
                };
                let delete_id = id.clone();
                let title = plan
                    .item(&id)
                    .map(|item| item.title())
                    .or(old.map(|old| old.title))
                    .unwrap_or(&id)
                    .to_owned();
                let delete_label = t.note_delete_named.around(&title);
                view! {
                    <li>
                        <article class="note-entry" data-item=id.clone()>
                            {heading}
                            <p class="note-date">{t.notes_updated.around(format_date(note.updated_ms, t.locale).as_str())}</p>
                            <p class="note-text">{note.text.clone()}</p>
                            <button
                                type="button"
                                class="secondary-button"
                                aria-label=delete_label
                                on:click=move |_| {
                                    if window().confirm_with_message(t.note_confirm_delete).unwrap_or(false) {
                                        report(notes.delete_note(&delete_id).map(|()| t.note_deleted.around(&title)).map_err(save_error));
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
                    {t.notes_show_all.around(total)}
                </button>
            })}
        }
        .into_any()
    };

    let ready = move || notes.status() == StorageStatus::Ready;
    let no_notes = move || notes.with_store(|s| s.is_empty());
    view! {
        <h1 class="view-title" id="titre-notes" tabindex="-1" node_ref=page_title>{t.notes_heading}</h1>
        <p class="privacy-note">{t.notes_privacy}</p>
        {move || (notes.status() == StorageStatus::Unavailable).then(|| view! { <p class="notice">{t.note_unavailable}</p> })}
        <p class="notes-count">{t.notes_intro} " " <strong>{move || t.notes_count.count(notes.with_store(|s| s.len()))}</strong></p>
        <div class="notes-actions">
            <button type="button" on:click=move |_| export_file(false) disabled=no_notes>
                {t.export_json}
            </button>
            <button type="button" on:click=move |_| export_file(true) disabled=no_notes>
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
        <div class="action-message" class:error=move || failed.get() role="status">
            {move || message.get().map(|text| view! { <p>{text}</p> })}
            {move || detail.get().map(|detail| view! {
                <details class="message-detail">
                    <summary>{t.technical_details}</summary>
                    <code lang="en">{detail}</code>
                </details>
            })}
        </div>
        {list}
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
                <p>{backup_key.map_or_else(|| t.unreadable_no_backup.to_owned(), |k| t.unreadable_backup.around(&k))}</p>
                <button type="button" on:click=download_copy>{t.unreadable_download}</button>
                " "
                <button type="button" class="secondary-button" on:click=fresh>{t.unreadable_start_fresh}</button>
                <p class="action-message error">{move || failure.get()}</p>
            </div>
        })
    }
}
