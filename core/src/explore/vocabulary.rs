//! Words people search with that the plan does not use, each leading to a word the
//! plan has: French synonyms (`âgées` → « aînés ») and English words (`housing` →
//! « logement »; the plan is in French). A search for one of them also looks for the
//! plan's word, and says so. Curated by hand: `core/tests/explore_engine.rs` checks that
//! every entry reaches items of the plan and that no entry is a word the plan has.

use super::fold::fold;
use super::words::stem;

/// (the plan's word, as the plan writes it; the words people use that lead to it,
/// French then English). A word matches in any of its plural and feminine forms
/// (`words::stem`). Grouped by the plan's word, a line per plan word: the words people
/// use are written once, separated by spaces.
pub const VOCABULARY: [(&str, &str); 24] = [
    ("aînés", "âgé retraité vieux senior elderly"),
    ("transport", "autobus bus transit transportation"),
    ("logement", "loyer appartement housing rent"),
    ("immigrantes", "immigré newcomer"),
    ("bénévole", "bénévolat volunteer"),
    ("pauvreté", "pauvre poverty"),
    ("police", "policier"),
    ("fonds", "subvention financement fund funding grant"),
    ("abordable", "affordable"),
    ("sécurité", "safety security"),
    ("cour", "court"),
    ("environnement", "climat environment climate"),
    ("mobilité", "vélo mobility bike cycling"),
    ("travailleurs", "worker"),
    ("revenu", "income"),
    ("pénurie", "shortage"),
    ("santé", "health"),
    ("accessibilité", "accessibility"),
    ("universel", "handicap handicapé disability disabled"),
    ("salariée", "emploi job employment labour labor workforce"),
    ("organismes", "obnl nonprofit charity"),
    ("délinquants", "crime criminalité"),
    ("citoyenne", "citoyen citizen"),
    ("parcs", "park playground"),
];

/// The vocabulary as the search uses it: every word people use folded and stemmed
/// once, when the search index is built, beside the plan's word it leads to.
pub struct Vocabulary {
    leads: Vec<(String, PlanWord)>,
}

/// A word of the plan that the vocabulary leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanWord {
    /// As the plan writes it (« aînés »), to name it on screen.
    pub written: &'static str,
    /// Folded (`aines`), to highlight it.
    pub folded: String,
}

impl Vocabulary {
    pub fn new() -> Self {
        let leads = VOCABULARY
            .iter()
            .flat_map(|&(written, people)| {
                let plan_word = PlanWord {
                    written,
                    folded: fold(written),
                };
                fold(people)
                    .split(' ')
                    .map(|word| (stem(word).into_owned(), plan_word.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        Vocabulary { leads }
    }

    /// The plan's word a folded search word leads to, in any of its plural and
    /// feminine forms, if the vocabulary has it.
    pub fn plan_word(&self, folded: &str) -> Option<&PlanWord> {
        let typed = stem(folded);
        self.leads
            .iter()
            .find(|(people, _)| *people == typed)
            .map(|(_, plan_word)| plan_word)
    }
}

impl Default for Vocabulary {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_leads_to_the_plans_word_in_any_form() {
        let vocabulary = Vocabulary::new();
        let written = |word| vocabulary.plan_word(word).map(|w| w.written);
        assert_eq!(written("seniors"), Some("aînés"));
        assert_eq!(written("agees"), Some("aînés"));
        assert_eq!(written("logement"), None);
        assert_eq!(vocabulary.plan_word("senior").unwrap().folded, "aines");
    }
}
