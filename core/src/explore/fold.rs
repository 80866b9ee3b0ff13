//! Case- and accent-insensitive matching for French text.
//!
//! `aines` finds « aînés », `oeuvre` finds « œuvre », `cisss` finds « CISSS-CA ».
//! A small table covers the Latin letters French (and the plan) uses; other letters
//! of the Latin, Greek and Cyrillic alphabets are only lowercased, anything else is kept
//! as is. Kept by hand rather than a Unicode normalisation crate, or even
//! `char::to_lowercase`, to keep their tables out of the wasm (the case table alone is
//! 5 KiB of brotli). Only the plan's text is searched, so a character can only match
//! if it folds to one of the plan's: `tests/explore_engine.rs` checks, for every
//! character, that this folding agrees with the full Unicode one on those.

use super::words::{search_words, stem, words_at};
use crate::sorted::SortedSet;

/// Text folded for matching, with the way back to the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldedText {
    pub folded: String,
    /// For each byte of `folded`, the byte offset in the original text of the
    /// character it comes from; one extra entry at the end for the original length.
    origin: Vec<usize>,
}

impl FoldedText {
    pub fn new(text: &str) -> Self {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        for (at, ch) in text.char_indices() {
            let before = folded.len();
            push_folded(ch, &mut folded);
            origin.resize(origin.len() + (folded.len() - before), at);
        }
        origin.push(text.len());
        FoldedText { folded, origin }
    }

    /// Byte ranges of the original text where any of `terms` (already folded) occur,
    /// or a word with the same stem (`aînées` for `aines`). Ranges are sorted and
    /// merged.
    pub fn find_all(&self, terms: &[String]) -> Vec<(usize, usize)> {
        // Kept in order as they are found: a sort would add kilobytes to the wasm.
        let mut ranges: SortedSet<(usize, usize)> = SortedSet::default();
        for term in terms.iter().filter(|t| !t.is_empty()) {
            for (start, _) in self.folded.match_indices(term.as_str()) {
                let end = start + term.len();
                ranges.insert((self.origin[start], self.original_end(end)));
            }
        }
        let stems: Vec<_> = terms.iter().map(|t| stem(t)).collect();
        for (start, word) in words_at(&self.folded) {
            if stems.contains(&stem(word)) {
                let end = start + word.len();
                ranges.insert((self.origin[start], self.original_end(end)));
            }
        }
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for &(start, end) in ranges.iter() {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
    }

    /// The original offset just past the character that folded byte `end - 1` came from.
    fn original_end(&self, end: usize) -> usize {
        let from = self.origin[end - 1];
        self.origin[end..]
            .iter()
            .copied()
            .find(|&o| o > from)
            .unwrap_or(from)
    }
}

/// Fold a whole string (for queries and haystacks).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        push_folded(ch, &mut out);
    }
    out
}

/// The folded terms of a query: its words, little words left out (`words`).
pub fn query_terms(query: &str) -> Vec<String> {
    search_words(query).into_iter().map(fold).collect()
}

fn push_folded(ch: char, out: &mut String) {
    let base = match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'œ' | 'Œ' => return out.push_str("oe"),
        'æ' | 'Æ' => return out.push_str("ae"),
        'ᵉ' => 'e',
        '’' | '‘' | 'ʼ' => '\'',
        '–' | '—' | '‑' => '-',
        '\u{a0}' | '\u{202f}' => ' ',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => match simple_lowercase(c) {
            lower if lower != c => return push_folded(lower, out),
            _ => c,
        },
    };
    out.push(base);
}

/// The lowercase of a capital of the Latin-1 and Latin Extended-A blocks, of the
/// unaccented Greek capitals and of the basic Cyrillic ones (plus the Kelvin and
/// Ångström signs); any other character unchanged.
pub fn simple_lowercase(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x130 => 'i' as u32,
        0x100..=0x137 | 0x14A..=0x177 if u & 1 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u & 1 == 1 => u + 1,
        0x178 => 0xFF,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x212A => 'k' as u32, // Kelvin sign
        0x212B => 0xE5,       // Ångström sign
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_french_letters() {
        for (text, folded) in [
            ("aînés", "aines"),
            ("Logement", "logement"),
            ("CISSS-CA", "cisss-ca"),
            ("main d'œuvre", "main d'oeuvre"),
            ("Édifier", "edifier"),
            ("4ᵉ", "4e"),
            ("l’habitation", "l'habitation"),
            ("200\u{202f}000\u{a0}$", "200 000 $"),
        ] {
            assert_eq!(fold(text), folded, "{text}");
        }
    }

    #[test]
    fn query_terms_are_folded_words() {
        assert_eq!(query_terms("  Aînés   MOBILITÉ "), ["aines", "mobilite"]);
        assert!(query_terms("   ").is_empty());
    }

    #[test]
    fn ranges_point_into_the_original_text() {
        let text = "La mobilité de la Table des aînés";
        let found = FoldedText::new(text).find_all(&query_terms("aines mobilite"));
        let words: Vec<&str> = found.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(words, ["mobilité", "aînés"]);
    }

    #[test]
    fn a_ligature_is_highlighted_whole() {
        let text = "mise en œuvre";
        let found = FoldedText::new(text).find_all(&query_terms("oeuvre"));
        assert_eq!(
            found.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(),
            ["œuvre"]
        );
        // Half of a ligature still marks the whole letter.
        let found = FoldedText::new(text).find_all(&query_terms("euvre"));
        assert_eq!(
            found.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(),
            ["œuvre"]
        );
    }

    #[test]
    fn overlapping_matches_merge() {
        let text = "logement social";
        let found = FoldedText::new(text).find_all(&query_terms("loge gement"));
        assert_eq!(found, [(0, 8)]);
    }
}
