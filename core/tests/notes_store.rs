//! The notes store and its formats: nothing is ever lost.

mod support;

use support::plan;

use plan_levis_core::notes::*;

/// What kind of error a case expects.
type ErrorCheck = fn(&NotesFormatError) -> bool;

fn store(entries: &[(&str, &str, u64)]) -> NotesStore {
    let mut s = NotesStore::default();
    for (id, text, at) in entries {
        s.set(id, text, *at);
    }
    s
}

#[test]
fn writing_replacing_and_emptying_a_note() {
    let mut s = store(&[("programme-mada", "Demander le bilan", 10)]);
    assert_eq!(s.text("programme-mada"), "Demander le bilan");
    s.set("programme-mada", "Demander le bilan 2024", 20);
    assert_eq!(s.get("programme-mada").unwrap().updated_ms, 20);
    s.set("programme-mada", "Demander le bilan 2024", 30);
    assert_eq!(
        s.get("programme-mada").unwrap().updated_ms,
        20,
        "same text: no change"
    );
    s.set("programme-mada", "  \n ", 40);
    assert!(!s.has("programme-mada"), "a blank note is removed");
    assert!(s.is_empty());
}

#[test]
fn texts_not_saved_go_into_an_export_in_place_of_the_saved_ones() {
    let saved = store(&[("a", "saved a", 5), ("b", "saved b", 6)]);
    let unsaved = store(&[("b", "saved b, then typed", 9), ("c", "typed only", 8)]);
    let export = saved.with_unsaved(&unsaved);
    assert_eq!(export.text("a"), "saved a");
    assert_eq!(export.text("b"), "saved b, then typed");
    assert_eq!(export.get("b").unwrap().updated_ms, 9);
    assert_eq!(export.text("c"), "typed only");
    assert_eq!(export.len(), 3);
    // Nothing unsaved: the saved notes as they are.
    assert_eq!(saved.with_unsaved(&NotesStore::default()), saved);
}

#[test]
fn newest_first() {
    let s = store(&[("a", "1", 5), ("b", "2", 9), ("c", "3", 7)]);
    let ids: Vec<&str> = s.newest_first().into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["b", "c", "a"]);
    // Equal times: ids ascending, whatever the order they were written in.
    let s = store(&[("d", "1", 5), ("b", "2", 5), ("e", "3", 9), ("a", "4", 5)]);
    let ids: Vec<&str> = s.newest_first().into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["e", "a", "b", "d"]);
    // And `iter` goes by id.
    let ids: Vec<&str> = s.iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["a", "b", "d", "e"]);
}

#[test]
fn notes_on_items_no_longer_in_the_plan_are_kept_as_orphans() {
    let plan = plan();
    let s = store(&[
        ("programme-mada", "ok", 1),
        ("ancien-element", "garde-moi", 2),
    ]);
    assert_eq!(s.orphans(plan), ["ancien-element"]);
    let back = decode_stored(&encode_stored(&s)).unwrap();
    assert_eq!(back.text("ancien-element"), "garde-moi");
}

#[test]
fn merging_resolves_a_conflict_as_the_person_chose() {
    let here = store(&[
        ("a", "ma note", 10),
        ("b", "pareil", 10),
        ("d", "longue note", 10),
    ]);
    let incoming = store(&[
        ("a", "leur note", 20),
        ("b", "pareil", 5),
        ("c", "nouvelle", 7),
        ("d", "note", 30),
    ]);
    // Asked before: only "a" differs ("d" here already holds the file's text).
    assert_eq!(here.differing(&incoming), ["a"]);
    let expected = MergeReport {
        added: 1,
        unchanged: 2,
        differing: vec!["a".to_owned()],
    };
    let merged = |on_conflict| {
        let mut merged = here.clone();
        let report = merged.merge(incoming.clone(), on_conflict);
        assert_eq!(report, expected, "{on_conflict:?}");
        assert_eq!(merged.text("c"), "nouvelle");
        assert_eq!(merged.text("d"), "longue note");
        merged
    };

    let mine = merged(OnConflict::KeepMine);
    assert_eq!(mine.get("a").unwrap(), here.get("a").unwrap());

    let theirs = merged(OnConflict::TakeFile);
    assert_eq!(theirs.get("a").unwrap(), incoming.get("a").unwrap());

    let mut both = merged(OnConflict::KeepBoth);
    assert_eq!(both.text("a"), format!("ma note{MERGE_SEPARATOR}leur note"));
    assert_eq!(both.get("a").unwrap().updated_ms, 20);
    // Importing the same file again changes nothing, and asks nothing.
    assert!(both.differing(&incoming).is_empty());
    let again = both.merge(incoming, OnConflict::KeepBoth);
    assert_eq!(
        again,
        MergeReport {
            added: 0,
            unchanged: 4,
            differing: Vec::new(),
        }
    );
}

#[test]
fn stored_value_round_trip() {
    let s = store(&[(
        "a",
        "<script>alert(1)</script> & « guillemets »\nligne 2",
        1_700_000_000_000,
    )]);
    let raw = encode_stored(&s);
    assert!(raw.starts_with("{\"version\":1,"), "{raw}");
    assert_eq!(decode_stored(&raw).unwrap(), s);
    assert_eq!(
        decode_stored("{\"version\":1,\"notes\":{}}").unwrap(),
        NotesStore::default()
    );
}

#[test]
fn written_json_reads_back_the_same_with_serde_json() {
    // Every control character, quotes, backslashes, accents, emoji, line separators,
    // in ids and texts: an independent parser must read exactly what was written.
    let awkward: String = (0u32..0x20)
        .filter_map(char::from_u32)
        .chain("\"\\/ « é » œ 😀 \u{2028}\u{2029} </script>".chars())
        .collect();
    let id = format!("id {awkward}");
    let s = store(&[(id.as_str(), awkward.as_str(), u64::MAX), ("b", "2", 0)]);
    let stored: serde_json::Value = serde_json::from_str(&encode_stored(&s)).unwrap();
    assert_eq!(stored["version"], 1);
    assert_eq!(stored["notes"][id.as_str()]["text"], awkward.as_str());
    assert_eq!(stored["notes"][id.as_str()]["updated_ms"], u64::MAX);
    assert_eq!(stored["notes"]["b"]["updated_ms"], 0);
    assert_eq!(stored["notes"].as_object().unwrap().len(), 2);
    assert_eq!(decode_stored(&encode_stored(&s)).unwrap(), s);

    let file = export_json(&s, plan(), &[], &awkward);
    let exported: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(exported["exported_at"], awkward.as_str());
    assert_eq!(exported["notes"][0]["item_id"], id.as_str());
    assert_eq!(exported["notes"][0]["item_title"], serde_json::Value::Null);
    assert_eq!(exported["notes"][1]["text"], "2");
    assert_eq!(import_json(&file).unwrap(), s);

    let empty: serde_json::Value =
        serde_json::from_str(&export_json(&NotesStore::default(), plan(), &[], "t")).unwrap();
    assert_eq!(empty["notes"], serde_json::json!([]));
}

#[test]
fn a_corrupt_stored_value_is_recognised() {
    let cases: &[(&str, ErrorCheck)] = &[
        ("not json {", |e| matches!(e, NotesFormatError::NotJson)),
        ("", |e| matches!(e, NotesFormatError::NotJson)),
        ("[1,2,3]", |e| matches!(e, NotesFormatError::WrongShape(_))),
        ("{\"version\":1,\"notes\":{\"a\":\"texte\"}}", |e| {
            matches!(e, NotesFormatError::WrongShape(_))
        }),
        ("{\"version\":1}", |e| {
            matches!(e, NotesFormatError::WrongShape(_))
        }),
        ("{\"version\":\"1\",\"notes\":{}}", |e| {
            matches!(e, NotesFormatError::WrongShape(_))
        }),
        ("{\"version\":7,\"notes\":{},\"new\":true}", |e| {
            *e == NotesFormatError::FutureVersion(7)
        }),
        // A field this version does not know would be lost on the next save: refused.
        ("{\"version\":1,\"notes\":{\"a\":{\"text\":\"t\",\"updated_ms\":1,\"couleur\":\"rouge\"}}}", |e| {
            matches!(e, NotesFormatError::WrongShape(m) if m.contains("couleur"))
        }),
        ("{\"version\":1,\"notes\":{},\"autre\":1}", |e| {
            matches!(e, NotesFormatError::WrongShape(m) if m.contains("autre"))
        }),
        ("{\"version\":1,\"notes\":{\"a\":{\"text\":\"t\",\"updated_ms\":-5}}}", |e| {
            matches!(e, NotesFormatError::WrongShape(m) if m.contains("updated_ms"))
        }),
        // A field given twice is ambiguous: refused, and said.
        ("{\"version\":1,\"notes\":{\"a\":{\"text\":\"t\",\"text\":\"u\",\"updated_ms\":1}}}", |e| {
            matches!(e, NotesFormatError::WrongShape(m) if m == "notes.a: field `text` given twice")
        }),
        ("{\"version\":1,\"notes\":{},\"notes\":{}}", |e| {
            matches!(e, NotesFormatError::WrongShape(m) if m.contains("`notes` given twice"))
        }),
    ];
    for (raw, expected) in cases {
        let err = decode_stored(raw).unwrap_err();
        assert!(expected(&err), "{raw:?} gave {err:?}");
    }
}

#[test]
fn a_note_id_stored_twice_keeps_its_last_note() {
    let raw = r#"{"version":1,"notes":{"a":{"text":"old","updated_ms":1},"b":{"text":"b","updated_ms":2},"a":{"text":"new","updated_ms":3}}}"#;
    assert_eq!(
        decode_stored(raw).unwrap(),
        store(&[("a", "new", 3), ("b", "b", 2)])
    );
}

#[test]
fn export_then_import_gives_the_same_notes() {
    let plan = plan();
    let s = store(&[
        ("programme-mada", "Question MADA", 2),
        ("orphelin", "vieux", 1),
    ]);
    let file = export_json(&s, plan, &[], "2026-11-26T12:00:00.000Z");
    let value: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(value["format"], "plan-levis-notes");
    assert_eq!(value["version"], 1);
    assert_eq!(value["plan_id"], "plan-deploiement-2023-2024");
    assert_eq!(value["exported_at"], "2026-11-26T12:00:00.000Z");
    assert_eq!(
        value["notes"][0]["item_title"],
        "Plan d'action Municipalité amie des aînés (MADA)"
    );
    assert_eq!(import_json(&file).unwrap(), s);
    // Titles are for people; a file without them (or with null) imports the same.
    let mut untitled = value.clone();
    for note in untitled["notes"].as_array_mut().unwrap() {
        note["item_title"] = serde_json::Value::Null;
    }
    assert_eq!(import_json(&untitled.to_string()).unwrap(), s);
    for note in untitled["notes"].as_array_mut().unwrap() {
        note.as_object_mut().unwrap().remove("item_title");
    }
    assert_eq!(import_json(&untitled.to_string()).unwrap(), s);
}

#[test]
fn bad_import_files_are_refused_with_a_reason() {
    let cases: &[(&str, ErrorCheck)] = &[
        ("", |e| *e == NotesFormatError::Empty),
        ("   \n", |e| *e == NotesFormatError::Empty),
        ("<html>", |e| matches!(e, NotesFormatError::NotJson)),
        ("{\"version\":1,\"notes\":{}}", |e| *e == NotesFormatError::NotAnExport),
        ("{\"format\":\"autre\",\"notes\":[]}", |e| *e == NotesFormatError::NotAnExport),
        ("{\"format\":\"plan-levis-notes\",\"version\":1,\"notes\":[]}", |e| {
            matches!(e, NotesFormatError::WrongShape(_))
        }),
        ("{\"format\":\"plan-levis-notes\",\"version\":3,\"plan_id\":\"x\",\"exported_at\":\"\",\"notes\":[]}", |e| {
            *e == NotesFormatError::FutureVersion(3)
        }),
    ];
    for (raw, expected) in cases {
        let err = import_json(raw).unwrap_err();
        assert!(expected(&err), "{raw:?} gave {err:?}");
    }
    assert_eq!(check_import_size(0), Err(NotesFormatError::Empty));
    assert!(check_import_size(MAX_IMPORT_BYTES).is_ok());
    assert_eq!(
        check_import_size(MAX_IMPORT_BYTES + 1),
        Err(NotesFormatError::TooLarge(MAX_IMPORT_BYTES + 1))
    );
}

#[test]
fn markdown_export_is_readable() {
    let plan = plan();
    let s = store(&[
        ("programme-mada", "Question MADA", 2),
        ("orphelin", "vieux", 1),
    ]);
    let md = export_markdown(
        &s,
        plan,
        &[],
        &MarkdownWords {
            heading: "Mes notes",
            exported_line: "Exporté le 26 novembre",
            orphan_label: "retiré du plan",
            edition_label: &|period| format!("édition {period}"),
            date_of: &|ms| format!("t{ms}"),
        },
    );
    assert!(md.starts_with("# Mes notes\n"));
    assert!(md.contains("## Plan d'action Municipalité amie des aînés (MADA)\n\n_t2_ · programme-mada\n\nQuestion MADA\n"));
    assert!(md.contains("## orphelin (retiré du plan)"));
    assert!(
        md.find("MADA").unwrap() < md.find("orphelin").unwrap(),
        "newest first"
    );
}

#[test]
fn two_tabs_typing_at_once_keep_both_texts() {
    assert_eq!(keep_both("mine", ""), "mine");
    assert_eq!(keep_both("", "theirs"), "theirs");
    assert_eq!(keep_both("base and more", "base"), "base and more");
    assert_eq!(
        keep_both("mine", "theirs"),
        format!("mine{OTHER_TAB_SEPARATOR}theirs")
    );
}

/// The Markdown export shows a note as typed: nothing a person writes becomes a heading,
/// a list, a link, emphasis or HTML, and line breaks stay.
#[test]
fn the_markdown_export_shows_a_note_as_typed() {
    use plan_levis_core::notes::markdown_text;
    assert_eq!(markdown_text("# pas un titre"), "\\# pas un titre");
    assert_eq!(
        markdown_text("<script>x</script>"),
        "\\<script\\>x\\</script\\>"
    );
    assert_eq!(
        markdown_text("*a* _b_ [c](d) `e`"),
        "\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\`"
    );
    assert_eq!(
        markdown_text("- un\n+ deux\n3. trois\n2026) quatre"),
        "\\- un\\\n\\+ deux\\\n3\\. trois\\\n2026\\) quatre"
    );
    // A line break is kept (backslash at its end); a blank line stays a new paragraph.
    assert_eq!(
        markdown_text("ligne 1\nligne 2\n\nparagraphe"),
        "ligne 1\\\nligne 2\n\nparagraphe"
    );
    // Ordinary text, accents and punctuation stay as they are.
    assert_eq!(
        markdown_text("Réunion le 3 mars. Bonjour ! 50 % (env.)"),
        "Réunion le 3 mars. Bonjour ! 50 % (env.)"
    );
}

/// An export file of `entries` (item id, text), as the app writes them.
fn export_of(entries: impl IntoIterator<Item = (String, String)>) -> String {
    let notes: Vec<serde_json::Value> = entries
        .into_iter()
        .map(|(id, text)| serde_json::json!({"item_id": id, "item_title": null, "text": text, "updated_ms": 1}))
        .collect();
    serde_json::json!({"format": "plan-levis-notes", "version": 1, "plan_id": "p", "exported_at": "t", "notes": notes})
        .to_string()
}

#[test]
fn an_import_file_with_two_notes_for_one_item_is_refused_naming_it() {
    let file = export_of([
        ("a".to_owned(), "un".to_owned()),
        ("x".to_owned(), "deux".to_owned()),
        ("b".to_owned(), "trois".to_owned()),
        ("x".to_owned(), "quatre".to_owned()),
    ]);
    assert_eq!(
        import_json(&file),
        Err(NotesFormatError::DuplicateItem("x".to_owned()))
    );
    // An empty note is no note: with it, the item is given once.
    let file = export_of([
        ("x".to_owned(), " ".to_owned()),
        ("x".to_owned(), "deux".to_owned()),
    ]);
    assert_eq!(import_json(&file).unwrap(), store(&[("x", "deux", 1)]));
}

#[test]
fn the_largest_import_shapes_are_read_whole() {
    // One item id repeated 44,000 times: refused at once (it used to grow one text
    // 44,000 times). 40,000 ids in descending order: every note, in order. Their
    // timing is printed by `cargo run --release --bin bench-explore`.
    let repeated = export_of((0..44_000).map(|i| ("x".to_owned(), format!("texte {i}"))));
    assert!(repeated.len() < MAX_IMPORT_BYTES as usize * 2);
    assert!(
        matches!(import_json(&repeated), Err(NotesFormatError::DuplicateItem(id)) if id == "x")
    );
    let descending = export_of(
        (0..40_000)
            .rev()
            .map(|i| (format!("id-{i:05}"), format!("t{i}"))),
    );
    let read = import_json(&descending).unwrap();
    assert_eq!(read.len(), 40_000);
    let ids: Vec<&str> = read.iter().map(|(id, _)| id).collect();
    assert_eq!(ids.first(), Some(&"id-00000"));
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    // Merged into notes already there: each note once, the ones here kept.
    let mut here = store(&[("id-00007", "ici", 5), ("zz", "autre", 5)]);
    assert_eq!(here.differing(&read), ["id-00007"]);
    let report = here.merge(read, OnConflict::KeepBoth);
    assert_eq!((report.added, report.differing.len()), (39_999, 1));
    assert_eq!(here.len(), 40_001);
    assert!(here.text("id-00007").starts_with("ici"));
}

mod properties {
    //! Round trips with any ids and texts: control characters, U+2028, NUL, emoji.
    //! `PROPTEST_CASES=N` runs more.
    use super::*;
    use proptest::prelude::*;

    fn awkward_text() -> impl Strategy<Value = String> {
        let signs = prop::sample::select(vec![
            '\0', '\u{1}', '\u{1f}', '\u{7f}', '\u{2028}', '\u{2029}', '"', '\\', '/', '\n', '\r',
            '\t', 'é', '😀', '\u{feff}', '<',
        ]);
        prop::collection::vec(prop_oneof![signs, any::<char>()], 0..24)
            .prop_map(|chars| chars.into_iter().collect())
    }

    fn notes() -> impl Strategy<Value = NotesStore> {
        prop::collection::vec((awkward_text(), awkward_text(), any::<u64>()), 0..8).prop_map(
            |entries| {
                entries
                    .into_iter()
                    .map(|(id, text, updated_ms)| (id, Note { text, updated_ms }))
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn stored_notes_load_back(store in notes()) {
            prop_assert_eq!(decode_stored(&encode_stored(&store)).unwrap(), store);
        }

        #[test]
        fn exported_notes_import_back(store in notes(), stamp in awkward_text()) {
            let file = export_json(&store, plan(), &[], &stamp);
            // The export is JSON any reader takes.
            prop_assert!(serde_json::from_str::<serde_json::Value>(&file).is_ok());
            // An import leaves out empty notes, and only them.
            let kept: NotesStore = store
                .iter()
                .filter(|(_, n)| !n.text.trim().is_empty())
                .map(|(id, n)| (id.to_owned(), n.clone()))
                .collect();
            prop_assert_eq!(import_json(&file).unwrap(), kept);
        }
    }
}
