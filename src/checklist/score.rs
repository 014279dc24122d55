//! The verdict for a set of ticks.

use std::collections::BTreeSet;

use crate::content::{Checklist, Counting, Verdict};

/// Where a checklist stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score<'a> {
    /// What the verdicts count: items ticked, or for `Counting::Unticked` items not yet ticked.
    pub count: u32,
    /// Items of this checklist that are ticked.
    pub ticked: u32,
    /// Items in the checklist.
    pub total: u32,
    /// The verdict with the highest `min` that `count` reaches, or the last (most serious)
    /// one when a decisive item is ticked.
    pub verdict: &'a Verdict,
    /// A decisive item is ticked: the verdict is the most serious one whatever the count.
    pub decisive: bool,
}

/// Scores `checklist` for the ticked item ids. Ids that are not items of this checklist are
/// ignored: stored answers can outlive an item the content no longer has.
///
/// `None` only when no verdict starts at 0, which validation rejects.
pub fn score<'a>(checklist: &'a Checklist, ticked: &BTreeSet<String>) -> Option<Score<'a>> {
    let total = checklist.items.len();
    let ticked_items = checklist.items.iter().filter(|item| ticked.contains(&item.id)).count();
    let count = match checklist.counting {
        Counting::Ticked => ticked_items,
        Counting::Unticked => total - ticked_items,
    };
    let count = saturating_u32(count);
    // Validation keeps decisive items to checklists that count ticks, where a tick is a sign.
    let decisive = checklist.counting == Counting::Ticked
        && checklist.items.iter().any(|item| item.decisive && ticked.contains(&item.id));
    let by_count = checklist.verdicts.iter().filter(|verdict| verdict.min <= count).max_by_key(|verdict| verdict.min)?;
    let verdict = if decisive { checklist.verdicts.last()? } else { by_count };
    Some(Score { count, ticked: saturating_u32(ticked_items), total: saturating_u32(total), verdict, decisive })
}

/// Checklists have a handful of items; saturating keeps even absurd data from wrapping.
fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures::{checklist as with_items, item, verdict};
    use crate::content::{ChecklistItem, Level};

    /// Five items `a`…`e` (`d` decisive); verdicts from 0 (ok), 2 (caution) and 4 (danger).
    fn checklist(counting: Counting) -> Checklist {
        let items = ["a", "b", "c", "d", "e"]
            .into_iter()
            .map(|id| ChecklistItem { decisive: id == "d", ..item(id) })
            .collect();
        let verdicts = vec![verdict(0, Level::Ok), verdict(2, Level::Caution), verdict(4, Level::Danger)];
        Checklist { counting, ..with_items("cek-kerja-paksa", items, verdicts) }
    }

    fn ticks(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|id| id.to_string()).collect()
    }

    fn level_and_count(counting: Counting, ticked: &[&str]) -> (Level, u32) {
        let checklist = checklist(counting);
        let score = score(&checklist, &ticks(ticked)).expect("the test checklist starts at 0");
        assert_eq!(score.total, 5);
        (score.verdict.level, score.count)
    }

    #[test]
    fn ticked_items_pick_the_highest_threshold_reached() {
        assert_eq!(level_and_count(Counting::Ticked, &[]), (Level::Ok, 0));
        assert_eq!(level_and_count(Counting::Ticked, &["a"]), (Level::Ok, 1));
        assert_eq!(level_and_count(Counting::Ticked, &["a", "b"]), (Level::Caution, 2));
        assert_eq!(level_and_count(Counting::Ticked, &["a", "b", "c"]), (Level::Caution, 3));
        assert_eq!(level_and_count(Counting::Ticked, &["a", "b", "c", "e"]), (Level::Danger, 4));
        assert_eq!(level_and_count(Counting::Ticked, &["a", "b", "c", "d", "e"]), (Level::Danger, 5));
    }

    #[test]
    fn one_decisive_item_gives_the_most_serious_verdict() {
        assert_eq!(level_and_count(Counting::Ticked, &["d"]), (Level::Danger, 1));
        let checklist = checklist(Counting::Ticked);
        let alone = score(&checklist, &ticks(&["d"])).expect("scores");
        assert!(alone.decisive);
        assert!(!score(&checklist, &ticks(&["a", "b", "c"])).expect("scores").decisive);
    }

    #[test]
    fn unticked_counting_counts_the_gaps() {
        assert_eq!(level_and_count(Counting::Unticked, &["a", "b", "c", "d", "e"]), (Level::Ok, 0));
        assert_eq!(level_and_count(Counting::Unticked, &["a", "b", "c"]), (Level::Caution, 2), "a decisive item only counts ticks");
        assert_eq!(level_and_count(Counting::Unticked, &[]), (Level::Danger, 5));
    }

    #[test]
    fn ids_that_are_not_items_are_ignored() {
        assert_eq!(level_and_count(Counting::Ticked, &["a", "gone", "x-old"]), (Level::Ok, 1));
        assert_eq!(level_and_count(Counting::Unticked, &["gone", "x-old"]), (Level::Danger, 5));
    }

    #[test]
    fn no_verdict_from_zero_gives_no_score() {
        let mut checklist = checklist(Counting::Ticked);
        checklist.verdicts.remove(0);
        assert_eq!(score(&checklist, &ticks(&["a"])), None);
        checklist.verdicts.clear();
        assert_eq!(score(&checklist, &ticks(&["a", "b", "c", "d"])), None);
    }
}
