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
pub const VOCABULARY: [(&str, &str); 25] = [
    ("aînés", "âgé retraité vieux senior elderly"),
    ("transport", "autobus bus transit transportation"),
    ("logement", "loyer appartement housing rent"),
    ("immigrantes", "immigré"),
    ("arrivants", "newcomer"),
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

/// The plan's word a folded search word leads to, if the vocabulary has it.
pub fn plan_word(folded: &str) -> Option<&'static str> {
    let typed = stem(folded);
    VOCABULARY
        .iter()
        .find(|(_, people)| fold(people).split(' ').any(|word| stem(word) == typed))
        .map(|&(plan, _)| plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_leads_to_the_plans_word_in_any_form() {
        assert_eq!(plan_word("seniors"), Some("aînés"));
        assert_eq!(plan_word("agees"), Some("aînés"));
        assert_eq!(plan_word("logement"), None);
    }
}
