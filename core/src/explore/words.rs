//! The words of a French search: little words left out, and the plural and feminine
//! forms of a word brought to one form, so that `logements sociaux` meets « logement
//! social » and `aînés` meets « aînées ».
//!
//! A light stemmer written for the plan's vocabulary rather than a stemming crate (the
//! Snowball French stemmer's tables and rules are large: docs/performance.md).
//! `core/tests/explore_engine.rs` lists every set of the plan's words it brings
//! together, reviewed as forms of one word, so that a change of the plan or of the rules
//! that joins two others fails there.

use std::borrow::Cow;

use super::fold::fold;

/// Words a search ignores (folded): articles, prepositions, conjunctions, pronouns.
/// « pour les aînés » searches `aînés`.
const LITTLE_WORDS: [&str; 44] = [
    "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "en",
    "et", "l", "la", "le", "les", "leur", "leurs", "ma", "mes", "mon", "ne", "nos", "notre", "ou",
    "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une", "vos",
    "votre", "y",
];

/// Words that end in `s` in the singular too (folded): « le cours », « le temps ».
const SINGULAR_IN_S: [&str; 14] = [
    "acces", "corps", "cours", "fois", "mois", "pays", "plus", "proces", "progres", "recours",
    "secours", "succes", "temps", "tous",
];

/// Letters, digits and hyphens (hyphens join words here: `PAJ-SM` does not contain the
/// word `PAJ`). A character outside ASCII counts as a letter unless it is a space or a
/// sign of the Latin-1, General Punctuation or CJK punctuation blocks: this keeps
/// `char::is_alphanumeric`'s tables out of the wasm, and agrees with it on every
/// character of the plan (checked by `core/tests/explore_engine.rs`).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '-'
    } else {
        !matches!(c as u32, 0x80..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x206F | 0x3000..=0x303F)
    }
}

/// Whether a folded word is one a search ignores: a little word, or one that folds to
/// nothing (a lone combining accent).
pub fn is_little_word(folded: &str) -> bool {
    folded.is_empty() || LITTLE_WORDS.contains(&folded)
}

/// Whether byte `at` of a folded text starts one of its words, or a part of one after
/// a hyphen (`ca` in « cisss-ca »).
pub fn starts_word(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| is_word_char(c) && c != '-')
}

/// Whether a folded text has `term` at the start of a word: `loge` finds « logement »,
/// `rent` does not find « différents ».
pub fn has_word_starting(text: &str, term: &str) -> bool {
    text.match_indices(term)
        .any(|(at, _)| starts_word(text, at))
}

/// The words of a text, cut at anything that is not a letter, a digit or a hyphen
/// (spaces, apostrophes, commas): `l'habitation, aînés` gives `l`, `habitation`,
/// `aînés`. Each with its byte offset in `text`. (A `Vec` rather than an iterator:
/// one instance of the scan in the wasm, whatever its callers do with the words.)
pub fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                found.push((from, &text[from..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        found.push((from, &text[from..]));
    }
    found
}

/// The words of a text (see `words_at`).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    words_at(text).into_iter().map(|(_, word)| word)
}

/// The words of a search that count, as typed: little words left out.
pub fn search_words(query: &str) -> Vec<&str> {
    words(query).filter(|w| !is_little_word(&fold(w))).collect()
}

/// The words of a search that it ignores (little words, words that fold to nothing),
/// as typed.
pub fn ignored_words(query: &str) -> Vec<&str> {
    words(query).filter(|w| is_little_word(&fold(w))).collect()
}

/// One form for the singular and plural, masculine and feminine of a folded word:
/// `-eaux` → `-eau`, `-aux` → `-al` (sociaux → social), then a final `s` or `x` (but
/// not of the words that end in `s` in the singular: « cours » is not « cour »), then
/// up to two final `e` (aînées, aînés, aîné → ain). Short words (3 letters or fewer) are
/// kept as they are.
pub fn stem(folded: &str) -> Cow<'_, str> {
    if folded.len() > 4 && folded.ends_with("eaux") {
        return Cow::Borrowed(&folded[..folded.len() - 1]);
    }
    if folded.len() > 4 && folded.ends_with("aux") {
        return Cow::Owned(format!("{}al", &folded[..folded.len() - 3]));
    }
    let mut word = folded;
    if SINGULAR_IN_S.contains(&word) {
        return Cow::Borrowed(word);
    }
    if word.len() > 3 && (word.ends_with('s') || word.ends_with('x')) {
        word = &word[..word.len() - 1];
    }
    for _ in 0..2 {
        if word.len() > 3 && word.ends_with('e') {
            word = &word[..word.len() - 1];
        }
    }
    Cow::Borrowed(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_and_plural_masculine_and_feminine_meet() {
        for forms in [
            ["aîné", "aînés", "aînée", "aînées"],
            ["social", "sociaux", "sociale", "sociales"],
            ["municipal", "municipaux", "municipale", "municipales"],
            ["âgé", "âgés", "âgée", "âgées"],
        ] {
            let stems: Vec<_> = forms.iter().map(|w| stem(&fold(w)).into_owned()).collect();
            assert!(
                stems.iter().all(|s| *s == stems[0]),
                "{forms:?} → {stems:?}"
            );
        }
        assert_eq!(stem("logements"), "logement");
        assert_eq!(stem("nouveaux"), "nouveau");
        assert_eq!(stem("jeux"), "jeu");
        assert_ne!(stem("cours"), stem("cour"));
    }

    #[test]
    fn little_words_are_left_out_of_a_search() {
        let typed = search_words("Transport pour les aînés, d'abord");
        assert_eq!(typed, ["Transport", "aînés", "abord"]);
        assert!(search_words("de la").is_empty());
        let at = words_at("l'aîné, 2019-2030");
        assert_eq!(at, [(0, "l"), (2, "aîné"), (10, "2019-2030")]);
    }
}
