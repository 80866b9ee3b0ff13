//! Every interface string exists in French and English. A missing key does not
//! compile (each language is one value of the `UiText` struct); an empty one fails here.

use plan_levis::i18n::{Lang, UiText, EN, FR};

/// `(field, value)` of every plain string field, read from the Debug form.
fn strings(text: &UiText) -> Vec<(String, String)> {
    let debug = format!("{text:#?}");
    debug
        .lines()
        .filter_map(|line| {
            let (field, value) = line.trim().split_once(": ")?;
            let value = value.strip_suffix(',')?;
            let value = value.strip_prefix('"')?.strip_suffix('"')?;
            Some((field.to_owned(), value.to_owned()))
        })
        .collect()
}

#[test]
fn both_languages_have_every_string() {
    let (fr, en) = (strings(&FR), strings(&EN));
    assert!(
        fr.len() > 100,
        "the check reads the table ({} strings)",
        fr.len()
    );
    let fields =
        |list: &[(String, String)]| list.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>();
    assert_eq!(fields(&fr), fields(&en));
    for (lang, list) in [("fr", &fr), ("en", &en)] {
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
    let (fr, en) = (strings(&FR), strings(&EN));
    let same: Vec<&str> = fr
        .iter()
        .zip(&en)
        .filter(|((_, f), (_, e))| f == e)
        .map(|((field, _), _)| field.as_str())
        .collect();
    // Words that are the same in both languages.
    let allowed = [
        "introduction",
        "matrix_total",
        "partner_group_organisations",
        "partner_kind_organisation",
        "about_document",
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
    assert_eq!(Lang::Fr.other().text().lang, "en");
}
