//! One sorting routine for the crate and the widget. The standard library's
//! sorts are compiled anew for every element type and comparison, 2 to 3 KB
//! of wasm each, and the browser bundles carried a dozen such copies (30 KB
//! in the policy checker's). Here every sort orders a list of positions
//! with one comparison type, so the sorting code exists once; only the
//! small step that moves the items is compiled per type.
//!
//! All sorts are stable: equal items keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    gather(items, order);
}

/// Sorts `items` by the key `key` computes.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// `0..n` ordered by `cmp`. Positions are unique, so breaking ties by
/// position makes the (smaller) unstable sort give the stable order.
#[inline(never)]
fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    order
}

/// Rearranges `items` so that the item at `i` is the one that was at
/// `order[i]`, in place, following each cycle of the permutation once.
fn gather<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..items.len() {
        let mut i = start;
        while order[i] != DONE {
            let from = order[i];
            order[i] = DONE;
            if from == start {
                break;
            }
            items.swap(i, from);
            i = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn matches_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(key, _)| key);
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|&(key, _)| key);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn natural_order_matches(items in proptest::collection::vec(any::<i32>(), 0..200)) {
            let mut ours = items.clone();
            sort(&mut ours);
            let mut std_sorted = items;
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }

    /// The boundary in ARCHITECTURE.md: code that reaches a bundle sorts
    /// through this module, so the sorting code is compiled once.
    #[test]
    fn nothing_else_sorts_with_the_standard_sorts() {
        let sorts = [".sort()", ".sort_by(", ".sort_by_key(", ".sort_by_cached_key(", ".sort_unstable"];
        let offenders = crate::boundaries::shipped_lines_using(&sorts, &["sort.rs"]);
        assert!(offenders.is_empty(), "sort with raikit_core::sort: {offenders:?}");
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut words = vec!["pear".to_string(), "fig".into(), "apple".into(), "kiwi".into()];
        sort_by(&mut words, |a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        assert_eq!(words, ["fig", "kiwi", "pear", "apple"]);
    }
}
