//! The person's private notes, one per item, as a plain value.

use crate::plan::Plan;
use crate::sorted::SortedMap;

/// One note: its text and when it last changed (milliseconds since 1970, UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub updated_ms: u64,
}

/// Every note, keyed by item id. Ids not in the plan (any more) are kept.
///
/// A `SortedMap` rather than a `BTreeMap`: less code in the wasm (see `crate::sorted`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NotesStore {
    notes: SortedMap<String, Note>,
}

/// What an import does with a note of the file that differs from the one here (the
/// person chooses, once for all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// The note here stays as it is.
    KeepMine,
    /// The file's text replaces the one here.
    TakeFile,
    /// Both texts, the one here first, below a line that says where the other is from.
    KeepBoth,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeReport {
    /// Notes for items that had none here.
    pub added: usize,
    /// Notes identical to the one here (or already held in it).
    pub unchanged: usize,
    /// Items whose note differed from the one here, resolved as the person chose.
    pub differing: Vec<String>,
}

/// The line that separates the two texts when an import meets a different note.
pub const MERGE_SEPARATOR: &str = "\n\n——— Note importée ———\n";
/// The line that separates the two texts when two tabs changed one note at once.
pub const OTHER_TAB_SEPARATOR: &str = "\n\n——— Version enregistrée dans un autre onglet ———\n";

/// The text to save when another tab saved `theirs` while this tab was typing
/// `mine`: both, unless one already holds the other.
pub fn keep_both(mine: &str, theirs: &str) -> String {
    if theirs.trim().is_empty() || mine.contains(theirs) {
        mine.to_owned()
    } else if mine.trim().is_empty() {
        theirs.to_owned()
    } else {
        format!("{mine}{OTHER_TAB_SEPARATOR}{theirs}")
    }
}

impl NotesStore {
    pub fn get(&self, id: &str) -> Option<&Note> {
        self.notes.get(id)
    }

    pub fn text(&self, id: &str) -> &str {
        self.notes.get(id).map_or("", |n| n.text.as_str())
    }

    pub fn has(&self, id: &str) -> bool {
        self.notes.contains_key(id)
    }

    pub fn len(&self) -> usize {
        self.notes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// Write a note. Blank text removes it: an emptied note is no note.
    pub fn set(&mut self, id: &str, text: &str, now_ms: u64) {
        if text.trim().is_empty() {
            self.notes.remove(id);
        } else if self.text(id) != text {
            self.notes.insert(
                id.to_owned(),
                Note {
                    text: text.to_owned(),
                    updated_ms: now_ms,
                },
            );
        }
    }

    pub fn remove(&mut self, id: &str) -> bool {
        self.notes.remove(id).is_some()
    }

    pub fn clear(&mut self) {
        self.notes.clear();
    }

    /// Every note, by id in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Note)> {
        self.notes.iter().map(|(id, note)| (id.as_str(), note))
    }

    /// These notes with the texts typed and not saved (`unsaved`) in place of theirs:
    /// what an export holds while the browser's storage refuses to save, so that no
    /// text the person sees is left out of it.
    pub fn with_unsaved(&self, unsaved: &NotesStore) -> NotesStore {
        let mut all = self.clone();
        for (id, note) in unsaved.iter() {
            all.set(id, &note.text, note.updated_ms);
        }
        all
    }

    /// Every note, most recently changed first; among equal times, ids ascending.
    pub fn newest_first(&self) -> Vec<(&str, &Note)> {
        // A stable sort: an import can bring tens of thousands of notes, which putting
        // in place one by one would take seconds.
        let mut notes: Vec<(&str, &Note)> = self.iter().collect();
        notes.sort_by_key(|(_, note)| std::cmp::Reverse(note.updated_ms));
        notes
    }

    /// Ids of notes whose item is no longer in the plan. They are kept, never dropped.
    pub fn orphans<'s>(&'s self, plan: &Plan) -> Vec<&'s str> {
        self.notes
            .keys()
            .map(String::as_str)
            .filter(|id| plan.item(id).is_none())
            .collect()
    }

    /// The items whose note in `imported` differs from the one here: an import has to
    /// ask what to do with them (`merge`).
    pub fn differing(&self, imported: &NotesStore) -> Vec<String> {
        imported
            .iter()
            .filter(|(id, incoming)| self.get(id).is_some_and(|here| differs(here, incoming)))
            .map(|(id, _)| id.to_owned())
            .collect()
    }

    /// Add imported notes: notes for items that have none here are added, the same
    /// notes change nothing, and a note that differs is resolved by `on_conflict`.
    /// (New notes are added all at once at the end: one at a time, each would shift
    /// the ones after it.)
    pub fn merge(&mut self, imported: NotesStore, on_conflict: OnConflict) -> MergeReport {
        let mut report = MergeReport::default();
        let mut added = Vec::new();
        for (id, incoming) in imported.notes {
            match self.notes.get_mut(&id) {
                None => {
                    added.push((id, incoming));
                    report.added += 1;
                }
                Some(here) if !differs(here, &incoming) => report.unchanged += 1,
                Some(here) => {
                    match on_conflict {
                        OnConflict::KeepMine => {}
                        OnConflict::TakeFile => *here = incoming,
                        OnConflict::KeepBoth => {
                            here.text = format!("{}{MERGE_SEPARATOR}{}", here.text, incoming.text);
                            here.updated_ms = here.updated_ms.max(incoming.updated_ms);
                        }
                    }
                    report.differing.push(id);
                }
            }
        }
        if !added.is_empty() {
            self.notes = std::mem::take(&mut self.notes)
                .into_iter()
                .chain(added)
                .collect();
        }
        report
    }

    /// The notes of `entries`, each item given once; else the first item id given
    /// twice.
    pub fn from_unique(entries: Vec<(String, Note)>) -> Result<Self, String> {
        SortedMap::from_unique(entries).map(|notes| NotesStore { notes })
    }
}

/// Does an imported note say something the one here does not? (A note that already
/// holds the imported text, as after an earlier « keep both », does not differ.)
fn differs(here: &Note, incoming: &Note) -> bool {
    !here.text.contains(&incoming.text)
}

impl FromIterator<(String, Note)> for NotesStore {
    /// A note id given twice keeps its last note.
    fn from_iter<I: IntoIterator<Item = (String, Note)>>(iter: I) -> Self {
        NotesStore {
            notes: iter.into_iter().collect(),
        }
    }
}
