//! Every interface string exists in French and English. A missing key does not
//! compile (each language is one value of the `UiText` struct, and of `KioskText` for
//! the kiosk's own text); an empty one fails here.

use plan_levis::i18n::{ui_text, EN, EN_KIOSK, FR, FR_KIOSK};
use plan_levis_core::lang::Lang;

/// `(field, value)` of every plain string field of a table, in the struct's order.
type Strings = Vec<(String, String)>;

/// The plain string fields of a table (the messages with values are functions, which
/// `messages_with_values_read_as_sentences` checks one by one).
fn strings(text: &impl serde::Serialize) -> Strings {
    let serde_json::Value::Object(fields) = serde_json::to_value(text).unwrap() else {
        panic!("a table serializes as an object");
    };
    let mut strings = Vec::new();
    for (field, value) in fields {
        match value {
            serde_json::Value::String(value) => strings.push((field, value)),
            // A list of lines: each one on its own.
            serde_json::Value::Array(lines) => {
                for (i, line) in lines.into_iter().enumerate() {
                    let serde_json::Value::String(line) = line else {
                        panic!("{field}[{i}]: expected a string, got {line}");
                    };
                    strings.push((format!("{field}[{i}]"), line));
                }
            }
            other => panic!("{field}: expected a string, got {other}"),
        }
    }
    strings
}

/// The French and English strings of each table: the interface's, the kiosk's.
fn tables() -> [(Strings, Strings); 2] {
    [
        (strings(&FR), strings(&EN)),
        (strings(&FR_KIOSK), strings(&EN_KIOSK)),
    ]
}

#[test]
fn both_languages_have_every_string() {
    let [(fr, _), (fr_kiosk, _)] = tables();
    assert!(
        fr.len() > 90 && fr_kiosk.len() == 8,
        "the check reads the tables ({} and {} strings)",
        fr.len(),
        fr_kiosk.len()
    );
    for (fr, en) in tables() {
        check_both_languages(&fr, &en);
    }
}

fn check_both_languages(fr: &[(String, String)], en: &[(String, String)]) {
    let fields =
        |list: &[(String, String)]| list.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>();
    assert_eq!(fields(fr), fields(en));
    for (lang, list) in [("fr", fr), ("en", en)] {
        for (field, value) in list {
            // French needs no note that the official text is French.
            if lang == "fr" && field == "official_text_note" {
                continue;
            }
            assert!(!value.trim().is_empty(), "{lang}: {field} is empty");
        }
    }
}

#[test]
fn english_is_not_french() {
    let [(fr, en), (fr_kiosk, en_kiosk)] = tables();
    let same: Vec<&str> = fr
        .iter()
        .chain(&fr_kiosk)
        .zip(en.iter().chain(&en_kiosk))
        .filter(|((_, f), (_, e))| f == e)
        .map(|((field, _), _)| field.as_str())
        .collect();
    // Words that are the same in both languages.
    let allowed = ["matrix_total"];
    let unexpected: Vec<&&str> = same.iter().filter(|f| !allowed.contains(f)).collect();
    assert!(unexpected.is_empty(), "not translated: {unexpected:?}");
}

#[test]
fn language_codes() {
    assert_eq!(Lang::from_code("en-CA"), Some(Lang::En));
    assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(Lang::from_code(""), None);
    assert_eq!(ui_text(Lang::Fr.other()).lang, Lang::En);
}

/// Messages with values: the values land where the sentence needs them, with their
/// spaces and punctuation (French spacing before « : », « ? », inside « »).
#[test]
fn messages_with_values_read_as_sentences() {
    use plan_levis_core::notes::NotesFormatError;
    let cases: Vec<(String, &str)> = vec![
        // French
        (FR.priority_rank.between(1u32, 5usize), "Priorité 1 sur 5, par ordre d'importance"),
        (FR.option_count.count(1), "1 résultat"),
        (FR.option_count.count(12), "12 résultats"),
        (FR.remove_filter.around("Axe 2"), "Retirer le filtre\u{a0}: Axe 2"),
        (FR.search_chip.around("logement"), "Recherche\u{a0}: «\u{a0}logement\u{a0}»"),
        (FR.results_summary.text(13, 13), "Les 13 priorités, plans et programmes sont tous affichés."),
        (FR.results_summary.text(3, 13), "3 des 13 priorités, plans et programmes correspondent."),
        (FR.results_summary.text(1, 13), "1 des 13 priorités, plans et programmes correspond."),
    (FR.results_summary.text(0, 13), "Rien ne correspond parmi les 13 priorités, plans et programmes."),
        (FR.axis_all_items.around(4u8), "Tout ce qui relève de l'axe 4"),
    (FR.partner_all_items.around("Service de police"), "Service de police\u{a0}: tout ce dont il est responsable"),
    (FR.unknown_item.around("x"), "L'élément demandé par ce lien («\u{a0}x\u{a0}») n'existe pas dans ce plan."),
        (FR.matrix_cell_label.text("OMH", 2, 3), "OMH, axe 2\u{a0}: 3 éléments"),
        (FR.notes_count.count(0), "0 note"),
        (FR.confirm_delete_all.count(2), "Supprimer 2 notes ? Cette action est définitive. Pensez à les exporter d'abord."),
        (
            FR.import_done.text(4, 0, 1),
            "Import terminé\u{a0}: 4 notes ajoutées, 1 note où les deux textes sont conservés.",
        ),
        (
            FR.import_done.text(1, 2, 0),
            "Import terminé\u{a0}: 1 note ajoutée, 2 déjà présentes.",
        ),
        (FR.import_done.text(0, 1, 0), "Import terminé\u{a0}: 0 note ajoutée, 1 déjà présente."),
        (EN.import_done.text(1, 0, 2), "Import done: 1 note added, 2 notes with both texts kept."),
        (
            FR.import_error.text(&NotesFormatError::FutureVersion(3)),
            "Import impossible. Ce fichier vient d'une version plus récente de l'application (format 3). Vos notes actuelles n'ont pas été modifiées.",
        ),
        (
            FR.import_error.text(&NotesFormatError::Unreadable),
            "Import impossible. Le fichier n'a pas pu être lu. Vos notes actuelles n'ont pas été modifiées.",
        ),
        (FR.quoted_list(FR.also_searched, &["aînés".into(), "transport".into()]), "Cherché aussi avec les mots du plan\u{a0}: «\u{a0}aînés\u{a0}», «\u{a0}transport\u{a0}»."),
        (FR.quoted_list(FR.words_not_found, &["zzyzx".into()]), "Aucun élément ne contient «\u{a0}zzyzx\u{a0}»."),
        (FR_KIOSK.warning_text.count(1), "Sans réponse, l'écran sera remis à zéro dans 1 seconde pour la personne suivante."),
        (
            FR_KIOSK.warning_text.count(20),
            "Sans réponse, l'écran sera remis à zéro dans 20 secondes pour la personne suivante.",
        ),
        // English
        (EN.priority_rank.between(2u32, 5usize), "Priority 2 of 5, in order of importance"),
        (EN.results_summary.text(1, 13), "1 of the 13 priorities, plans and programs matches."),
    (EN.results_summary.text(0, 13), "None of the 13 priorities, plans and programs match."),
    (EN.results_summary.text(2, 13), "2 of the 13 priorities, plans and programs match."),
        (EN.search_chip.around("housing"), "Search: “housing”"),
        (EN.quoted_list(EN.also_searched, &["aînés".into()]), "Also searched with the plan's words: “aînés”."),
        (EN_KIOSK.warning_text.count(1), "Without an answer, the screen will be cleared in 1 second for the next person."),
    (EN.unknown_item.around("x"), "The item this link asks for (“x”) is not in this plan."),
        (EN.matrix_cell_label.text("OMH", 2, 1), "OMH, axis 2: 1 item"),
        (EN.import_done.text(4, 0, 1), "Import done: 4 notes added, 1 note with both texts kept."),
        (
            EN.import_error.text(&NotesFormatError::Unreadable),
            "Import failed. The file could not be read. Your current notes were not changed.",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}
