//! Where a search's terms occur in a text: the byte ranges to highlight, found on the
//! folded text (`fold`) and mapped back to the original.

use super::fold::{fold, push_folded};
use super::words::{search_words, starts_word, stem, words_at};
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
            // Every occurrence, overlapping ones too (`lala` twice in `lalala`).
            let mut from = 0;
            while let Some(at) = self.folded[from..].find(term.as_str()) {
                let start = from + at;
                if starts_word(&self.folded, start) {
                    ranges.insert((self.origin[start], self.original_end(start + term.len())));
                }
                from = start
                    + self.folded[start..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
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

/// The folded terms of a query: its words, little words left out (`words`).
pub fn query_terms(query: &str) -> Vec<String> {
    search_words(query).into_iter().map(fold).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // The middle of a word is not where a search word matches.
        assert!(FoldedText::new(text)
            .find_all(&query_terms("euvre"))
            .is_empty());
    }

    #[test]
    fn overlapping_matches_merge() {
        let text = "logement social";
        let found = FoldedText::new(text).find_all(&query_terms("loge logement"));
        assert_eq!(found, [(0, 8)]);
    }

    #[test]
    fn only_the_start_of_a_word_is_highlighted() {
        let text = "des parcs différents, le CISSS-CA";
        let found = |query| {
            FoldedText::new(text)
                .find_all(&query_terms(query))
                .iter()
                .map(|&(s, e)| &text[s..e])
                .collect::<Vec<_>>()
        };
        assert!(found("rent").is_empty());
        assert_eq!(found("diff"), ["diff"]);
        assert_eq!(found("ca"), ["CA"]);
    }
}

#[cfg(test)]
mod overlap_and_decomposed_tests {
    use super::*;

    #[test]
    fn overlapping_occurrences_at_word_starts_are_all_highlighted() {
        // `ee-e` in `ée-ee-e`, after each hyphen too: the whole word, not part of it.
        for (text, query) in [("ée-ee-e", "ee-e"), ("la-la-la", "la-la"), ("a-a-a", "a-a")] {
            let found = FoldedText::new(text).find_all(&query_terms(query));
            assert_eq!(found, [(0, text.len())], "{query} in {text}");
        }
    }

    #[test]
    fn decomposed_accents_match_composed_ones() {
        let nfd = "aine\u{301}es";
        assert_eq!(fold(nfd), "ainees");
        assert_eq!(query_terms("a\u{302}ine\u{301}s"), ["aines"]);
        // A highlight takes the accent with its letter.
        let text = "Les personnes aîne\u{301}es";
        let found = FoldedText::new(text).find_all(&query_terms("aînées"));
        assert_eq!(
            found.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(),
            ["aîne\u{301}es"]
        );
    }
}
