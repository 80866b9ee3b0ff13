//! Cutting a text into pieces to display: search matches to highlight, and
//! abbreviations to expand (`<abbr title="…">`).

use crate::plan::{Abbreviation, Plan};

use super::folded_text::FoldedText;
use super::words::is_word_char;
use crate::sorted::SortedSet;

/// A piece of text with how to show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment<'t> {
    pub text: &'t str,
    /// Part of a search match.
    pub marked: bool,
    /// The expansion when this piece is an abbreviation.
    pub expansion: Option<&'t str>,
}

/// Does `word` occur in `text` as a whole word (not inside a longer word)?
pub fn contains_word(text: &str, word: &str) -> bool {
    word_positions(text, word).next().is_some()
}

fn word_positions<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
        })
}

/// Cut a text of `plan` at search matches of `terms` (folded) and, when `abbreviations`,
/// at the plan's abbreviations. Every caller in the app goes through this one instance
/// of `segments` (each instance costs wasm).
pub fn plan_segments<'t>(
    text: &'t str,
    terms: &[String],
    plan: &'t Plan,
    abbreviations: bool,
) -> Vec<Segment<'t>> {
    segments(text, terms, plan.abbreviations().filter(|_| abbreviations))
}

/// Cut `text` at search matches of `terms` (folded) and at whole-word abbreviations.
pub fn segments<'t>(
    text: &'t str,
    terms: &[String],
    abbreviations: impl IntoIterator<Item = &'t Abbreviation>,
) -> Vec<Segment<'t>> {
    let marks = if terms.is_empty() {
        Vec::new()
    } else {
        FoldedText::new(text).find_all(terms)
    };
    let mut abbrs: Vec<(usize, usize, &'t str)> = Vec::new();
    for a in abbreviations {
        for at in word_positions(text, &a.abbreviation) {
            let end = at + a.abbreviation.len();
            if !abbrs.iter().any(|&(s, e, _)| at < e && s < end) {
                abbrs.push((at, end, &a.expansion));
            }
        }
    }

    let mut cuts: SortedSet<usize> = [0, text.len()].into_iter().collect();
    for &(s, e) in &marks {
        cuts.extend([s, e]);
    }
    for &(s, e, _) in &abbrs {
        cuts.extend([s, e]);
    }
    cuts.iter()
        .zip(cuts.iter().skip(1))
        .map(|(&s, &e)| Segment {
            text: &text[s..e],
            marked: marks.iter().any(|&(ms, me)| ms <= s && e <= me),
            expansion: abbrs
                .iter()
                .find(|&&(as_, ae, _)| as_ <= s && e <= ae)
                .map(|&(_, _, x)| x),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::folded_text::query_terms;

    fn abbr(a: &'static str, x: &'static str) -> Abbreviation {
        Abbreviation {
            abbreviation: a.into(),
            expansion: x.into(),
            source: None,
        }
    }

    #[test]
    fn plain_text_is_one_segment() {
        let segs = segments("Axe 2", &[], []);
        assert_eq!(
            segs,
            [Segment {
                text: "Axe 2",
                marked: false,
                expansion: None
            }]
        );
    }

    #[test]
    fn marks_and_abbreviations_cut_the_text() {
        let list = [abbr(
            "SDSC",
            "Service du développement social et communautaire",
        )];
        let segs = segments("Le SDSC et le logement", &query_terms("logement"), &list);
        let shown: Vec<(&str, bool, bool)> = segs
            .iter()
            .map(|s| (s.text, s.marked, s.expansion.is_some()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Le ", false, false),
                ("SDSC", false, true),
                (" et le ", false, false),
                ("logement", true, false),
            ]
        );
    }

    #[test]
    fn abbreviations_match_whole_words_only() {
        let list = [abbr(
            "DEV",
            "Direction du développement économique et de la promotion",
        )];
        assert!(segments("DEVELOPPEMENT", &[], &list)
            .iter()
            .all(|s| s.expansion.is_none()));
        assert!(contains_word("SDSC DEV", "DEV"));
        assert!(!contains_word("PAJ-SM", "PAJ"));
    }

    #[test]
    fn the_pieces_put_back_together_give_the_text() {
        let list = [abbr("PAJIC", "x"), abbr("PAJ-SM", "y")];
        let text = "Implanter le programme ParCOURs (PAJIC - PAJ-SM) qui consiste";
        let segs = segments(text, &query_terms("programme pajic"), &list);
        assert_eq!(segs.iter().map(|s| s.text).collect::<String>(), text);
        assert!(segs
            .iter()
            .any(|s| s.text == "PAJIC" && s.marked && s.expansion == Some("x")));
    }
}
