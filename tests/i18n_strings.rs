//! Every interface string exists in French and English. A missing key does not
//! compile (each language is one value of the `UiText` struct, and of `KioskText` for
//! the kiosk's own text); an empty one fails here.

use plan_levis::i18n::{ui_text, Message, EN, EN_KIOSK, FR, FR_KIOSK};
use plan_levis_core::lang::Lang;
use plan_levis_core::notes::OnConflict;

/// `(field, value)` of every string of a table, in the struct's order: plain strings,
/// lists of lines (`field[i]`) and the parts of structured messages (`field.part`).
type Strings = Vec<(String, String)>;

fn strings(text: &impl serde::Serialize) -> Strings {
    let mut strings = Vec::new();
    walk(
        String::new(),
        serde_json::to_value(text).unwrap(),
        &mut strings,
    );
    strings
}

fn walk(path: String, value: serde_json::Value, strings: &mut Strings) {
    match value {
        serde_json::Value::String(value) => strings.push((path, value)),
        serde_json::Value::Array(lines) => {
            for (i, line) in lines.into_iter().enumerate() {
                walk(format!("{path}[{i}]"), line, strings);
            }
        }
        serde_json::Value::Object(fields) => {
            for (field, value) in fields {
                let path = if path.is_empty() {
                    field
                } else {
                    format!("{path}.{field}")
                };
                walk(path, value, strings);
            }
        }
        other => panic!("{path}: expected a string, got {other}"),
    }
}

/// The names between braces in a message (`{count}`).
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
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
        fr.len() > 150 && fr_kiosk.len() == 11,
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

/// A translation may move a value, never drop or rename one: each message names the
/// same placeholders in both languages, and only names (no stray brace).
#[test]
fn both_languages_name_the_same_placeholders() {
    let mut messages = 0;
    for (fr, en) in tables() {
        for ((field, fr), (_, en)) in fr.iter().zip(&en) {
            // The footer may name the plan by other parts in each language (its French
            // subtitle in French, its period in English); `footer` gives them all.
            if field != "footer_text" {
                assert_eq!(placeholders(fr), placeholders(en), "{field}");
            }
            for text in [fr, en] {
                let opens = text.matches('{').count();
                assert_eq!(opens, text.matches('}').count(), "{field}: {text}");
                assert_eq!(opens, placeholders(text).len(), "{field}: {text}");
                for name in placeholders(text) {
                    assert!(
                        !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase()),
                        "{field}: {{{name}}}"
                    );
                }
            }
            messages += usize::from(!placeholders(fr).is_empty());
        }
    }
    assert!(messages > 30, "the check reads the messages ({messages})");
}

#[test]
fn a_message_puts_each_value_where_its_language_wants_it() {
    let message = Message("{b} avant {a}, {b} encore");
    assert_eq!(
        message.fill(&[("a", &1), ("b", &"deux")]),
        "deux avant 1, deux encore"
    );
    assert_eq!(message.placeholders(), ["b", "a", "b"]);
    // A value the code forgot stays visible: the sentence tests below catch it.
    assert_eq!(Message("x {y}").with("z", 1), "x {y}");
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
    let allowed = [
        "matrix_total",
        "matrix_cell_label.place",
        "notes_count.one",
        "notes_count.many",
    ];
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
        (FR.priority_rank.fill(&[("number", &1), ("total", &5)]), "Priorité 1 sur 5, par ordre d'importance"),
        (FR.option_count.count(1), "1 résultat"),
        (FR.option_count.count(12), "12 résultats"),
        (FR.remove_filter.with("filter", "Axe 2"), "Retirer le filtre\u{a0}: Axe 2"),
        (FR.search_chip.with("query", "logement"), "Recherche\u{a0}: «\u{a0}logement\u{a0}»"),
        (FR.results_summary.text(13, 13), "Les 13 priorités, plans et programmes sont tous affichés."),
        (FR.results_summary.text(3, 13), "3 des 13 priorités, plans et programmes correspondent."),
        (FR.results_summary.text(1, 13), "1 des 13 priorités, plans et programmes correspond."),
    (FR.results_summary.text(0, 13), "Rien ne correspond parmi les 13 priorités, plans et programmes."),
        (FR.axis_all_items.with("axis", 4), "Tout ce qui relève de l'axe 4"),
    (FR.partner_all_items.with("partner", "Service de police"), "Service de police\u{a0}: tout ce dont il est responsable"),
    (FR.unknown_item.with("id", "x"), "L'élément demandé par ce lien («\u{a0}x\u{a0}») n'existe pas dans ce plan."),
        (FR.matrix_cell_label.text("OMH", 2, 3), "OMH, axe 2\u{a0}: 3 éléments"),
        (FR.notes_count.count(0), "0 note"),
        (
            FR.import_error.text(&NotesFormatError::TooLarge(3_000_000)),
            "Import impossible. Le fichier est trop volumineux (plus de 2\u{a0}Mo) pour être un export de notes. Vos notes actuelles n'ont pas été modifiées.",
        ),
        (FR.edition_period(2023, 2024, false), "Ce plan porte sur les années 2023 et 2024."),
        (FR.edition_period(2023, 2024, true), "Ce plan couvrait 2023 et 2024\u{a0}; le plan suivant n'est pas encore publié ici."),
        (FR.previous_item.fill(&[("title", &"Parcs"), ("period", &"2021-2022")]), "L'élément «\u{a0}Parcs\u{a0}» vient de l'édition 2021-2022 du plan\u{a0}; l'édition actuelle ne le reprend pas."),
        (FR.confirm_delete_all.count(2), "Supprimer 2 notes ? Cette action est définitive. Pensez à les exporter d'abord."),
        (FR.import_done.text(4, 0), "Import terminé\u{a0}: 4 notes ajoutées."),
        (
            FR.import_done.text(1, 2),
            "Import terminé\u{a0}: 1 note ajoutée, 2 déjà présentes.",
        ),
        (FR.import_done.text(0, 1), "Import terminé\u{a0}: 0 note ajoutée, 1 déjà présente."),
        (EN.import_done.text(1, 0), "Import done: 1 note added."),
        (
            FR.quoted_list(FR.import_done.resolved(OnConflict::TakeFile), &["Parcs".to_owned()]),
            "Notes qui différaient, remplacées par le texte du fichier\u{a0}: «\u{a0}Parcs\u{a0}».",
        ),
        (
            EN.quoted_list(EN.import_done.resolved(OnConflict::KeepMine), &["A".to_owned(), "B".to_owned()]),
            "Notes that differed, kept as they were: “A”, “B”.",
        ),
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
        (EN.priority_rank.fill(&[("number", &2), ("total", &5)]), "Priority 2 of 5, in order of importance"),
        (EN.results_summary.text(1, 13), "1 of the 13 priorities, plans and programs matches."),
    (EN.results_summary.text(0, 13), "None of the 13 priorities, plans and programs match."),
    (EN.results_summary.text(2, 13), "2 of the 13 priorities, plans and programs match."),
        (EN.search_chip.with("query", "housing"), "Search: “housing”"),
        (EN.quoted_list(EN.also_searched, &["aînés".into()]), "Also searched with the plan's words: “aînés”."),
        (EN_KIOSK.warning_text.count(1), "Without an answer, the screen will be cleared in 1 second for the next person."),
    (EN.unknown_item.with("id", "x"), "The item this link asks for (“x”) is not in this plan."),
        (EN.matrix_cell_label.text("OMH", 2, 1), "OMH, axis 2: 1 item"),
        (
            EN.import_error.text(&NotesFormatError::TooLarge(3_000_000)),
            "Import failed. The file is too large (over 2 MB) to be a notes export. Your current notes were not changed.",
        ),
        (EN.edition_period(2023, 2024, false), "This plan is for the years 2023 and 2024."),
        (EN.partner_all_items.with("partner", "OMH de Lévis"), "Everything OMH de Lévis is responsible for"),
        (EN.import_done.text(4, 0), "Import done: 4 notes added."),
        (
            EN.import_error.text(&NotesFormatError::Unreadable),
            "Import failed. The file could not be read. Your current notes were not changed.",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

/// Every message the app fills, rendered in both languages with the values the app
/// gives it: no placeholder is left (a name the code and a table disagree on).
#[test]
fn every_message_is_filled_in_both_languages() {
    use plan_levis_core::notes::NotesFormatError;
    let plan = plan_levis::embedded_plan();
    for t in [&FR, &EN] {
        let errors = [
            NotesFormatError::Empty,
            NotesFormatError::Unreadable,
            NotesFormatError::TooLarge(9_000_000),
            NotesFormatError::NotJson,
            NotesFormatError::NotAnExport,
            NotesFormatError::WrongShape(String::new()),
            NotesFormatError::FutureVersion(9),
            NotesFormatError::DuplicateItem("x".into()),
        ];
        let mut rendered: Vec<String> = errors.iter().map(|e| t.import_error.text(e)).collect();
        for n in [0, 1, 2] {
            rendered.extend([
                t.see_results.count(n),
                t.option_count.count(n),
                t.notes_count.count(n),
                t.confirm_delete_all.count(n),
                t.import_done.text(n, n),
                t.import_conflicts.heading.count(n),
                t.results_summary.text(n, 2),
                t.matrix_cell_label.text("p", 1, n),
            ]);
        }
        rendered.extend([
            t.unknown_item.with("id", "x"),
            t.previous_item.fill(&[("title", &"x"), ("period", &"y")]),
            t.priority_rank_of(1, plan),
            t.remove_filter.with("filter", "x"),
            t.search_chip.with("query", "x"),
            t.related_shared.with("partners", "x"),
            t.partner_all_items.with("partner", "x"),
            t.axis_all_items.with("axis", 1),
            t.note_label.with("title", "x"),
            t.note_error.with("error", "x"),
            t.note_deleted.with("title", "x"),
            t.note_delete_named.with("title", "x"),
            t.notes_updated.with("date", "x"),
            t.edition_label.with("period", "x"),
            t.unreadable_backup.with("key", "x"),
            t.markdown_exported.with("date", "x"),
            t.edition_period(1, 2, false),
            t.edition_period(1, 2, true),
            t.footer(plan),
            t.notes_show_all.with("count", 3),
        ]);
        let kiosk = plan_levis::i18n::kiosk_text(t.lang);
        rendered.push(kiosk.warning_text.count(3));
        for text in rendered {
            assert!(!text.contains('{'), "{text}");
        }
    }
}
