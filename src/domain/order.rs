//! Ordering lists. Every call of the standard library's `sort` with another
//! element type or closure puts another copy of its sorting code (3 to 5 KB)
//! into the user's download; these helpers share one copy between all lists.

/// Sorts `items` by `rank`, lowest first; equal ranks keep their order.
pub fn sort_by_rank<T>(items: &mut Vec<T>, rank: impl Fn(&T) -> i64) {
    let mut order: Vec<(i64, usize)> = items
        .iter()
        .enumerate()
        .map(|(index, item)| (rank(item), index))
        .collect();
    // The index makes every key distinct, so an unstable sort is stable here.
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|(_, index)| slots[index].take()),
    );
}

/// The chosen values in the order `all` declares them, each once.
pub fn in_declared_order<T: Copy + PartialEq>(all: &[T], chosen: &[T]) -> Vec<T> {
    all.iter().copied().filter(|v| chosen.contains(v)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_rank_and_keeps_ties_in_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum"];
        sort_by_rank(&mut words, |w| w.len() as i64);
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "apple"]);
        sort_by_rank(&mut words, |w| -(w.len() as i64));
        assert_eq!(words, ["apple", "pear", "kiwi", "plum", "fig"]);
    }

    #[test]
    fn declared_order_drops_duplicates_and_strangers() {
        assert_eq!(in_declared_order(&[1, 2, 3, 4], &[4, 9, 2, 4]), [2, 4]);
    }
}
