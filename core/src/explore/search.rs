//! The filter and search engine: which items match a view state, and how many
//! each filter option would give (facet counts).

use crate::plan::{Commitment, CommitmentKind, ItemRef, Plan};

use super::fold::fold;
use super::view_state::{FilterOption, Filters, ViewState};
use super::vocabulary::Vocabulary;
use super::words::{has_word_starting, ignored_words, search_words, stem, words};

/// The plan with a folded text per item, built once at start-up.
pub struct SearchIndex<'p> {
    plan: &'p Plan,
    entries: Vec<Entry<'p>>,
    vocabulary: Vocabulary,
}

struct Entry<'p> {
    item: ItemRef<'p>,
    /// Folded title, texts, partner names and abbreviation expansions.
    haystack: String,
    /// The stems of the haystack's words, each between spaces: ` logement social `.
    stems: String,
}

impl Entry<'_> {
    /// A folded term is in the item: at the start of a word (`loge` while typing
    /// `logement`, but not `rent` in « différents »), or as a word of the same stem
    /// (`aines` finds « aînées »; see `Needle`).
    fn has(&self, (term, stem): &Needle) -> bool {
        has_word_starting(&self.haystack, term) || self.stems.contains(stem.as_str())
    }
}

/// A folded search term, and its stem between spaces as the entries' `stems` hold it:
/// for a word of the vocabulary, the stem of the plan's word it leads to.
type Needle = (String, String);

/// How many commitments each option of each filter would give, with the other
/// active filters and the search applied.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts {
    pub axes: Vec<(u8, usize)>,
    pub partners: Vec<(String, usize)>,
    pub kinds: Vec<(CommitmentKind, usize)>,
}

impl FacetCounts {
    pub fn axis(&self, axis: u8) -> usize {
        self.axes
            .iter()
            .find(|(a, _)| *a == axis)
            .map_or(0, |(_, n)| *n)
    }
    pub fn partner(&self, id: &str) -> usize {
        self.partners
            .iter()
            .find(|(p, _)| p == id)
            .map_or(0, |(_, n)| *n)
    }
    pub fn kind(&self, kind: CommitmentKind) -> usize {
        self.kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }
}

impl<'p> SearchResults<'p> {
    /// The commitments shown, section by section of the plan (priorities, programmes,
    /// other plans), in document order; a section with none is left out.
    pub fn by_section(&self) -> Vec<(CommitmentKind, Vec<&'p Commitment>)> {
        CommitmentKind::ALL
            .into_iter()
            .map(|kind| {
                let shown = self.commitments.iter().filter(|(k, _)| *k == kind);
                (kind, shown.map(|(_, c)| *c).collect::<Vec<_>>())
            })
            .filter(|(_, shown)| !shown.is_empty())
            .collect()
    }

    /// How many items a filter option would give: its facet count, or for the
    /// notes option, how many of the items shown have a note.
    pub fn count(&self, option: FilterOption, has_note: &dyn Fn(&str) -> bool) -> usize {
        match option {
            FilterOption::Axis(axis) => self.facets.axis(axis),
            FilterOption::Kind(kind) => self.facets.kind(kind),
            FilterOption::Partner(id) => self.facets.partner(id),
            FilterOption::NotedOnly => {
                self.commitments
                    .iter()
                    .filter(|(_, c)| has_note(&c.id))
                    .count()
                    + self.context.iter().filter(|i| has_note(i.id())).count()
            }
        }
    }
}

/// What a view state shows.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResults<'p> {
    /// Matching priorities, programmes and plans, in document order.
    pub commitments: Vec<(CommitmentKind, &'p Commitment)>,
    /// Realities, strategies and the fund that match the search (and the notes
    /// filter). Axis, partner and kind filters do not apply to them: they concern
    /// the whole plan.
    pub context: Vec<ItemRef<'p>>,
    pub facets: FacetCounts,
    /// The folded search terms, for highlighting.
    pub terms: Vec<String>,
    /// No item has every term: the items shown are those with the most of them.
    pub partial: bool,
    /// The words of the search, as typed, that no item of the plan has.
    pub unmatched: Vec<String>,
    /// The plan's words the search also looked for (`vocabulary`), as the plan writes
    /// them.
    pub also: Vec<String>,
    /// The words of the search it ignored (little words), as typed, when it has no
    /// other: a search of little words only says so.
    pub ignored: Vec<String>,
}

impl<'p> SearchIndex<'p> {
    pub fn new(plan: &'p Plan) -> Self {
        let entries = plan
            .items()
            .map(|item| {
                let haystack = haystack(plan, item);
                let mut stems = String::from(" ");
                for word in words(&haystack) {
                    stems.push_str(&stem(word));
                    stems.push(' ');
                }
                Entry {
                    item,
                    haystack,
                    stems,
                }
            })
            .collect();
        SearchIndex {
            plan,
            entries,
            vocabulary: Vocabulary::new(),
        }
    }

    pub fn plan(&self) -> &'p Plan {
        self.plan
    }

    /// Apply a view state. `has_note` says whether an item has a private note.
    ///
    /// Items must have every word of the search; when none has them all, the items
    /// with the most of them are shown (`partial`). Little words are left out, and a
    /// word also finds its plural and feminine forms (`words`).
    pub fn run(&self, state: &ViewState, has_note: &dyn Fn(&str) -> bool) -> SearchResults<'p> {
        let typed = search_words(&state.query);
        let mut also = Vec::new();
        let needles: Vec<Needle> = typed
            .iter()
            .map(|w| {
                let term = fold(w);
                let stem_of = match self.vocabulary.plan_word(&term) {
                    Some(plan_word) => {
                        also.push(plan_word);
                        &plan_word.folded
                    }
                    None => &term,
                };
                let stem = format!(" {} ", stem(stem_of).as_ref());
                (term, stem)
            })
            .collect();
        let filters = &state.filters;
        let found = |entry: &Entry<'p>| needles.iter().filter(|n| entry.has(n)).count();
        let shown = |entry: &&Entry<'p>| !filters.noted_only || has_note(entry.item.id());
        let most = self
            .entries
            .iter()
            .filter(shown)
            .map(found)
            .max()
            .unwrap_or(0);
        let unmatched = typed
            .iter()
            .zip(&needles)
            .filter(|(_, n)| !self.entries.iter().any(|e| e.has(n)))
            .map(|(w, _)| (*w).to_owned())
            .collect();
        let mut commitments = Vec::new();
        let mut context = Vec::new();
        // Commitments that pass the search and notes filters, for facet counts.
        let mut candidates = Vec::new();
        let text_ok = |entry: &&Entry<'p>| needles.is_empty() || (most > 0 && found(entry) == most);
        for entry in self.entries.iter().filter(shown).filter(text_ok) {
            match entry.item {
                ItemRef::Commitment(kind, c) => {
                    candidates.push((kind, c));
                    if matches(filters, kind, c) {
                        commitments.push((kind, c));
                    }
                }
                other => context.push(other),
            }
        }
        let facets = facet_counts(self.plan, filters, &candidates);
        SearchResults {
            commitments,
            context,
            facets,
            partial: most > 0 && most < needles.len(),
            terms: needles
                .into_iter()
                .map(|(term, _)| term)
                .chain(also.iter().map(|w| w.folded.clone()))
                .collect(),
            unmatched,
            also: also.iter().map(|w| w.written.to_owned()).collect(),
            ignored: if typed.is_empty() {
                ignored_words(&state.query)
                    .into_iter()
                    .map(str::to_owned)
                    .collect()
            } else {
                Vec::new()
            },
        }
    }
}

fn axis_ok(filters: &Filters, c: &Commitment) -> bool {
    filters.axes.is_empty() || filters.axes.contains(&c.axis)
}

fn partner_ok(filters: &Filters, c: &Commitment) -> bool {
    filters.partners.is_empty()
        || c.partners
            .iter()
            .any(|p| filters.partners.contains(p.as_str()))
}

fn kind_ok(filters: &Filters, kind: CommitmentKind) -> bool {
    filters.kinds.is_empty() || filters.kinds.contains(&kind)
}

/// Does a commitment pass the axis, partner and kind filters?
pub fn matches(filters: &Filters, kind: CommitmentKind, c: &Commitment) -> bool {
    axis_ok(filters, c) && partner_ok(filters, c) && kind_ok(filters, kind)
}

fn facet_counts(
    plan: &Plan,
    filters: &Filters,
    candidates: &[(CommitmentKind, &Commitment)],
) -> FacetCounts {
    let mut counts = FacetCounts {
        axes: plan.axes.iter().map(|a| (a.number, 0)).collect(),
        partners: plan
            .partners
            .iter()
            .map(|p| (p.id.as_str().to_owned(), 0))
            .collect(),
        kinds: CommitmentKind::ALL.iter().map(|k| (*k, 0)).collect(),
    };
    for &(kind, c) in candidates {
        let (axis, partner, kind_pass) = (
            axis_ok(filters, c),
            partner_ok(filters, c),
            kind_ok(filters, kind),
        );
        // An option's count applies every other filter, and this option alone.
        if partner && kind_pass {
            if let Some(slot) = counts.axes.iter_mut().find(|(a, _)| *a == c.axis) {
                slot.1 += 1;
            }
        }
        if axis && kind_pass {
            for (id, n) in counts.partners.iter_mut() {
                if c.partners.iter().any(|p| p == id.as_str()) {
                    *n += 1;
                }
            }
        }
        if axis && partner {
            if let Some(slot) = counts.kinds.iter_mut().find(|(k, _)| *k == kind) {
                slot.1 += 1;
            }
        }
    }
    counts
}

/// Everything a search should find an item by.
fn haystack(plan: &Plan, item: ItemRef<'_>) -> String {
    let mut text = String::from(item.title());
    for part in item.body() {
        text.push('\n');
        text.push_str(part);
    }
    if let Some((_, c)) = item.commitment() {
        if let Some(axis) = plan.axis(c.axis) {
            text.push('\n');
            text.push_str(&axis.name);
        }
        for partner in c.partners.iter().filter_map(|id| plan.partner(id)) {
            text.push('\n');
            text.push_str(&partner.short_name);
            text.push('\n');
            text.push_str(&partner.full_name);
        }
    }
    // Expansions of the abbreviations the item uses, so `securitaires` finds FBCS
    // and `developpement social` finds SDSC.
    let expansions: Vec<&str> = plan
        .abbreviations()
        .filter(|a| super::markup::contains_word(&text, &a.abbreviation))
        .map(|a| a.expansion.as_str())
        .collect();
    for expansion in expansions {
        text.push('\n');
        text.push_str(expansion);
    }
    fold(&text)
}
