//! Items only a previous edition has: found from the editions, named with their title
//! and edition in the notes' exports, and read back on import.

mod support;

use plan_levis_core::notes::{
    export_json, export_markdown, import_json, MarkdownWords, NotesStore,
};
use plan_levis_core::plan::{previous_item, previous_item_href, previous_items, PreviousItem};
use support::{next_edition, plan};

/// The ids the made-up next edition no longer has (tests/fixtures/README.md).
const GONE: [&str; 2] = ["priorite-mobilite-aines", "strategie-appreciation-continue"];

#[test]
fn the_items_a_new_edition_no_longer_has_are_found_with_their_title_and_edition() {
    let previous = [plan().clone()];
    let items = previous_items(next_edition(), &previous);
    let ids: Vec<&str> = items.iter().map(|i| i.id).collect();
    assert_eq!(ids, GONE);
    let mobility = previous_item(&items, "priorite-mobilite-aines").unwrap();
    assert_eq!(mobility.title, "La mobilité des personnes aînées");
    assert_eq!(mobility.period, "2023-2024");
    assert_eq!(
        previous_item_href(mobility),
        "editions/2023-2024/#priorite-mobilite-aines"
    );
    // Kept in both, the same commitment: not a previous item.
    assert!(previous_item(&items, "programme-mada").is_none());
    // Nothing is previous to the edition itself.
    assert!(previous_items(plan(), &previous).is_empty());
}

#[test]
fn an_item_several_editions_had_comes_from_the_latest_of_them() {
    let mut later = plan().clone();
    later.period = "2095-2096".to_owned().into();
    let mut renamed = later.priorities.items.to_vec();
    let last = renamed.iter_mut().find(|c| c.id == GONE[0]).unwrap();
    last.title = "Titre de 2095-2096".to_owned().into();
    later.priorities.items = renamed.into();
    // Latest first, as the build gives them.
    let previous = [later, plan().clone()];
    let items = previous_items(next_edition(), &previous);
    let item = previous_item(&items, GONE[0]).unwrap();
    assert_eq!(
        (item.title, item.period),
        ("Titre de 2095-2096", "2095-2096")
    );
    assert_eq!(items.len(), GONE.len(), "each id once");
}

fn notes_on_both_editions() -> NotesStore {
    let mut notes = NotesStore::default();
    notes.set(GONE[0], "Suivre le transport adapté", 2);
    notes.set("programme-mada", "Question MADA", 1);
    notes.set("inconnu", "ni ici ni avant", 0);
    notes
}

#[test]
fn a_note_on_a_previous_item_is_exported_with_its_title_and_edition() {
    let previous = [plan().clone()];
    let items: Vec<PreviousItem> = previous_items(next_edition(), &previous);
    let notes = notes_on_both_editions();
    let file = export_json(&notes, next_edition(), &items, "2098-01-01T00:00:00.000Z");
    let value: serde_json::Value = serde_json::from_str(&file).unwrap();
    let note = |id: &str| {
        value["notes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["item_id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        note(GONE[0])["item_title"],
        "La mobilité des personnes aînées"
    );
    assert_eq!(note(GONE[0])["item_edition"], "2023-2024");
    assert!(note("programme-mada").get("item_edition").is_none());
    assert!(note("inconnu")["item_title"].is_null());
    // The file reads back: every note, the previous item's too.
    assert_eq!(import_json(&file).unwrap(), notes);

    let markdown = export_markdown(
        &notes,
        next_edition(),
        &items,
        &MarkdownWords {
            heading: "Mes notes",
            exported_line: "Exporté",
            orphan_label: "retiré du plan",
            edition_label: &|period| format!("édition {period}"),
            date_of: &|ms| format!("t{ms}"),
        },
    );
    assert!(
        markdown.contains("\n## La mobilité des personnes aînées (édition 2023-2024)\n\n_t2_ · priorite-mobilite-aines\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n## inconnu (retiré du plan)\n"),
        "{markdown}"
    );
}
