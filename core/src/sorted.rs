//! Small ordered containers over a sorted `Vec`: the filters of a view, the notes
//! by id, match ranges and cut positions.
//!
//! A filter holds a handful of values; the notes store, after an import, tens of
//! thousands. Lookups are binary searches; a map or set is built from many values by
//! one stable sort (`FromIterator`, `Extend`, `from_unique`), never one insert at a
//! time (each insert shifts the `Vec`: fine for a note typed, quadratic for an
//! import). A `BTreeMap` or `BTreeSet` would bring kilobytes of tree code into the
//! wasm for each key and value type, where a sorted `Vec` reuses the slice code that is
//! there anyway (docs/performance.md). Same order, same semantics: native tests check
//! them against the B-trees.

use std::borrow::Borrow;

/// Values by key, in ascending key order, each key at most once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Entries in ascending key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_ok()
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|at| &self.0[at].1)
    }

    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.position(key).ok().map(|at| &mut self.0[at].1)
    }

    /// Sets the value of `key`; the value it replaces, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(key.borrow()) {
            Ok(at) => Some(std::mem::replace(&mut self.0[at].1, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }

    /// Removes `key`; its value, if it was there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        let at = self.position(key).ok()?;
        Some(self.0.remove(at).1)
    }

    fn position<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// `entries` by key; equal keys stay in the order given (a stable sort, linear on
    /// entries already in order). One sort for every way of building a map: inserting
    /// entries one by one shifts the `Vec` each time, which is quadratic.
    fn sorted(mut entries: Vec<(K, V)>) -> Vec<(K, V)> {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        entries
    }

    /// A map of `entries`, each key given once; else the first key (in order) given
    /// more than once.
    pub fn from_unique(entries: Vec<(K, V)>) -> Result<Self, K> {
        let mut map: Vec<(K, V)> = Vec::with_capacity(entries.len());
        for (key, value) in Self::sorted(entries) {
            if map.last().is_some_and(|(last, _)| *last == key) {
                return Err(key);
            }
            map.push((key, value));
        }
        Ok(SortedMap(map))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// A later value of a key replaces an earlier one (as in a `BTreeMap`).
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map: Vec<(K, V)> = Vec::new();
        for (key, value) in Self::sorted(entries.into_iter().collect()) {
            match map.last_mut() {
                Some(last) if last.0 == key => last.1 = value,
                _ => map.push((key, value)),
            }
        }
        SortedMap(map)
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Values in ascending order, each at most once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T>(SortedMap<T, ()>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(SortedMap::default())
    }
}

impl<T: Ord> SortedSet<T> {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.0.keys()
    }

    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.contains_key(value)
    }

    /// Adds `value`; `false` if it was already there.
    pub fn insert(&mut self, value: T) -> bool {
        self.0.insert(value, ()).is_none()
    }

    /// Removes `value`; `false` if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.remove(value).is_some()
    }

    /// Removes `value` if it is there, adds it otherwise.
    pub fn toggle(&mut self, value: T) {
        if !self.remove(value.borrow()) {
            self.insert(value);
        }
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    /// One sort of the values there and the new ones together.
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        let there = std::mem::take(&mut self.0)
            .into_iter()
            .map(|(value, ())| value);
        *self = there.chain(values).collect();
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        SortedSet(values.into_iter().map(|value| (value, ())).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::{SortedMap, SortedSet};
    use std::collections::{BTreeMap, BTreeSet};

    #[test]
    fn behaves_like_a_btree_map() {
        // Inserts before, between and after existing keys, replaces values, removes
        // present and missing keys, changes a value in place.
        let ops: [(u8, Option<char>); 10] = [
            (3, Some('a')),
            (1, Some('b')),
            (5, Some('c')),
            (3, Some('d')),
            (2, None),
            (4, Some('e')),
            (1, None),
            (0, Some('f')),
            (5, None),
            (5, None),
        ];
        let mut ours = SortedMap::default();
        let mut reference = BTreeMap::new();
        for (key, value) in ops {
            match value {
                Some(v) => assert_eq!(ours.insert(key, v), reference.insert(key, v)),
                None => assert_eq!(ours.remove(&key), reference.remove(&key)),
            }
            assert!(ours.iter().eq(reference.iter()));
            assert!(ours.keys().eq(reference.keys()));
            assert_eq!(ours.len(), reference.len());
            for probe in 0..7 {
                assert_eq!(ours.get(&probe), reference.get(&probe));
                assert_eq!(ours.contains_key(&probe), reference.contains_key(&probe));
            }
        }
        *ours.get_mut(&4).unwrap() = 'z';
        *reference.get_mut(&4).unwrap() = 'z';
        assert!(ours.clone().into_iter().eq(reference.clone()));
        assert_eq!(ours.get_mut(&9), None);
        ours.clear();
        assert!(ours.is_empty());

        // Collected with a repeated key: the later value wins, as in the B-tree.
        let entries = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        let collected: SortedMap<_, _> = entries.into_iter().collect();
        let reference: BTreeMap<_, _> = entries.into_iter().collect();
        assert!(collected.iter().eq(reference.iter()));
    }

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
