//! A note being written: saved when typed, and never losing a text when two tabs
//! write the same note.

use plan_levis_core::notes::{NoteDraft, OTHER_TAB_SEPARATOR};

#[test]
fn nothing_to_save_until_the_person_types() {
    let mut draft = NoteDraft::new("déjà là");
    assert_eq!(draft.text(), "déjà là");
    assert!(draft.has_note());
    assert_eq!(draft.to_save(), None);
    draft.type_text("déjà là, et plus".to_owned());
    assert!(draft.is_unsaved());
    assert_eq!(draft.to_save().as_deref(), Some("déjà là, et plus"));
    let text = draft.to_save().unwrap();
    draft.saved(text);
    assert!(!draft.is_unsaved());
    assert_eq!(draft.to_save(), None);
}

#[test]
fn another_tab_s_text_shows_when_nothing_was_typed_here() {
    let mut draft = NoteDraft::new("");
    assert!(!draft.has_note());
    draft.stored_changed("écrit ailleurs");
    assert_eq!(draft.text(), "écrit ailleurs");
    assert!(!draft.changed_elsewhere());
    assert_eq!(draft.to_save(), None);
    assert!(draft.has_note());
}

#[test]
fn both_texts_are_kept_when_two_tabs_typed() {
    let mut draft = NoteDraft::new("début");
    draft.type_text("début, ici".to_owned());
    draft.stored_changed("début, là-bas");
    // The person's text stays in the box; the other tab's is kept at the next save.
    assert_eq!(draft.text(), "début, ici");
    assert!(draft.changed_elsewhere());
    let saved = draft.to_save().unwrap();
    assert_eq!(
        saved,
        format!("début, ici{OTHER_TAB_SEPARATOR}début, là-bas")
    );
    draft.saved(saved.clone());
    assert_eq!(draft.text(), saved);
    assert!(!draft.changed_elsewhere());
}

#[test]
fn the_same_stored_text_again_changes_nothing() {
    let mut draft = NoteDraft::new("a");
    draft.type_text("ab".to_owned());
    draft.stored_changed("a");
    assert!(!draft.changed_elsewhere());
    assert_eq!(draft.to_save().as_deref(), Some("ab"));
}

#[test]
fn a_deleted_note_leaves_an_empty_box() {
    let mut draft = NoteDraft::new("à effacer");
    draft.type_text("à effacer !".to_owned());
    draft.deleted();
    assert_eq!(draft.text(), "");
    assert!(!draft.has_note());
    assert_eq!(draft.to_save(), None);
}
