//! Typo distance: Damerau–Levenshtein (optimal string alignment), bounded so that hopeless
//! pairs stop early. Used against every word of a vocabulary per keystroke, so it works on
//! bytes in fixed stack buffers and never allocates.

/// Longest word compared, in bytes; longer words only match exactly.
pub const MAX_WORD: usize = 31;

/// The edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of
/// two neighbours each count 1) when it is at most `max`; `None` otherwise.
pub fn within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a == b {
        return Some(0);
    }
    if a.len().abs_diff(b.len()) > max || a.len() > MAX_WORD || b.len() > MAX_WORD {
        return None;
    }
    // Three rows of the DP table: two back (for swaps), previous, current.
    let mut before = [0usize; MAX_WORD + 1];
    let mut previous = [0usize; MAX_WORD + 1];
    let mut current = [0usize; MAX_WORD + 1];
    for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > max {
            return None;
        }
        before = previous;
        previous = current;
    }
    Some(previous[b.len()]).filter(|&d| d <= max)
}

/// A bit per letter a–z present in `word`, to rule out most words before computing a
/// distance: each edit can bring in at most one letter the other word lacks.
pub fn letter_set(word: &[u8]) -> u32 {
    word.iter().filter(|b| b.is_ascii_lowercase()).fold(0, |set, b| set | 1 << (b - b'a'))
}

/// Whether two letter sets are close enough for a distance of `max` to be possible.
pub fn letter_sets_allow(a: u32, b: u32, max: usize) -> bool {
    (a & !b).count_ones() as usize <= max && (b & !a).count_ones() as usize <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        within(a.as_bytes(), b.as_bytes(), max)
    }

    #[test]
    fn counts_edits() {
        assert_eq!(d("paspor", "paspor", 1), Some(0));
        assert_eq!(d("kedutan", "kedutaan", 1), Some(1));
        assert_eq!(d("ditahn", "ditahan", 1), Some(1));
        assert_eq!(d("pasport", "passport", 2), Some(1));
        assert_eq!(d("gaji", "gajo", 1), Some(1));
        assert_eq!(d("perdagangan", "pedragangn", 2), Some(2));
    }

    #[test]
    fn a_swap_counts_once() {
        assert_eq!(d("kbri", "kbir", 1), Some(1));
        assert_eq!(d("polsii", "polisi", 1), Some(1));
    }

    #[test]
    fn gives_up_beyond_the_bound() {
        assert_eq!(d("paspor", "polisi", 2), None);
        assert_eq!(d("abc", "abcdef", 2), None);
        assert_eq!(d("kedutaan", "kedubes", 1), None);
        let long = "a".repeat(40);
        assert_eq!(d(&long, &long, 1), Some(0));
        assert_eq!(d(&long, &"a".repeat(39), 1), None);
    }

    #[test]
    fn letter_sets_filter_without_losing_matches() {
        let q = letter_set(b"kedutan");
        assert!(letter_sets_allow(q, letter_set(b"kedutaan"), 1));
        assert!(!letter_sets_allow(q, letter_set(b"polisi"), 1));
        assert!(letter_sets_allow(letter_set(b"gaji"), letter_set(b"gajo"), 1));
    }
}
