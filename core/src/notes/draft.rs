//! A note being written on an item's page: what is in the box, what is stored, and
//! how the two meet when another tab saves the same note meanwhile. The app's
//! `NoteEditor` holds one, saves `to_save()` after a pause in typing, and tells it
//! every change of the stored notes.

use super::keep_both;

/// One item's note as its editor sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NoteDraft {
    /// What is in the box.
    text: String,
    /// The text last known to be stored for this item.
    stored: String,
    /// Typed here since the last save.
    unsaved: bool,
    /// Another tab saved this note while this one was typing.
    changed_elsewhere: bool,
}

impl NoteDraft {
    /// The editor opens on the stored text.
    pub fn new(stored: &str) -> Self {
        NoteDraft {
            text: stored.to_owned(),
            stored: stored.to_owned(),
            ..NoteDraft::default()
        }
    }

    /// What is in the box.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether a note is stored for this item.
    pub fn has_note(&self) -> bool {
        !self.stored.is_empty()
    }

    /// Whether something typed here is not saved yet.
    pub fn is_unsaved(&self) -> bool {
        self.unsaved
    }

    /// Whether another tab saved this note while this one was typing (both texts
    /// will be kept at the next save).
    pub fn changed_elsewhere(&self) -> bool {
        self.changed_elsewhere
    }

    /// The person typed: the box now holds `text`.
    pub fn type_text(&mut self, text: String) {
        self.text = text;
        self.unsaved = true;
    }

    /// The stored notes changed (another tab, an import): the box shows `latest`,
    /// unless the person has typed here since, whose text is then kept.
    pub fn stored_changed(&mut self, latest: &str) {
        if latest == self.stored {
            return;
        }
        if self.text == self.stored {
            self.text = latest.to_owned();
            self.unsaved = false;
        } else {
            self.changed_elsewhere = true;
        }
        self.stored = latest.to_owned();
    }

    /// The text to save now, if anything typed is unsaved: the box, and the other
    /// tab's text too when both typed (never dropped).
    pub fn to_save(&self) -> Option<String> {
        self.unsaved.then(|| {
            if self.changed_elsewhere {
                keep_both(&self.text, &self.stored)
            } else {
                self.text.clone()
            }
        })
    }

    /// `text` (from `to_save`) is stored: the box shows it.
    pub fn saved(&mut self, text: String) {
        self.stored = text.clone();
        self.text = text;
        self.unsaved = false;
        self.changed_elsewhere = false;
    }

    /// The note was deleted: an empty box.
    pub fn deleted(&mut self) {
        *self = NoteDraft::default();
    }
}
