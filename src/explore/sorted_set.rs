//! A small ordered set over a sorted `Vec`, for the filters of a view.
//!
//! Filters hold a handful of values, and a `BTreeSet` brings kilobytes of tree code
//! into the wasm for each element type; a sorted `Vec` reuses the slice code that is
//! there anyway. Same order, same semantics.

use std::borrow::Borrow;

/// Values in ascending order, each at most once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.position(value).is_ok()
    }

    /// Adds `value`; `false` if it was already there.
    pub fn insert(&mut self, value: T) -> bool {
        match self.position(value.borrow()) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes `value`; `false` if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        match self.position(value) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    /// Removes `value` if it is there, adds it otherwise.
    pub fn toggle(&mut self, value: T) {
        if !self.remove(value.borrow()) {
            self.insert(value);
        }
    }

    fn position<Q: Ord + ?Sized>(&self, value: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|x| x.borrow().cmp(value))
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for value in values {
            self.insert(value);
        }
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = SortedSet::default();
        set.extend(values);
        set
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::SortedSet;
    use std::collections::BTreeSet;

    #[test]
    fn behaves_like_a_btree_set() {
        // The same operations on both, in an order that inserts before, between and
        // after existing values, repeats values and removes missing ones.
        let ops: [(bool, u8); 12] = [
            (true, 3),
            (true, 1),
            (true, 5),
            (true, 3),
            (false, 2),
            (true, 4),
            (false, 1),
            (true, 0),
            (false, 5),
            (false, 5),
            (true, 2),
            (true, 9),
        ];
        let mut ours = SortedSet::default();
        let mut reference = BTreeSet::new();
        for (insert, value) in ops {
            if insert {
                assert_eq!(ours.insert(value), reference.insert(value));
            } else {
                assert_eq!(ours.remove(&value), reference.remove(&value));
            }
            assert!(ours.iter().eq(reference.iter()));
            assert_eq!(ours.len(), reference.len());
            for probe in 0..10 {
                assert_eq!(ours.contains(&probe), reference.contains(&probe));
            }
        }
    }

    #[test]
    fn toggles_and_borrows() {
        let mut set: SortedSet<String> = ["b", "a"].into_iter().map(String::from).collect();
        assert!(set.contains("a"));
        set.toggle("a".to_owned());
        assert!(!set.contains("a"));
        set.toggle("c".to_owned());
        assert_eq!(
            set.iter().map(String::as_str).collect::<Vec<_>>(),
            ["b", "c"]
        );
        assert!(!set.is_empty());
    }
}
