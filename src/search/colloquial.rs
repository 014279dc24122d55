//! How people write when they search (`lexicon.json`), read before anything else: a typed word
//! the content never uses stands for the content's words (`mulih` → `pulang`, `gk` → `tidak`,
//! `son` → `anak`, `pulkam` → `pulang kampung`), and a filler (`piye`, `please`, `dong`) says
//! nothing about what is asked, so it weighs nothing in a query with other words. The words
//! are data, with the content; this is only how they are looked up.

use std::collections::BinaryHeap;

use crate::content::WordList;

use super::normalize::words;
use super::stem::strip_inflection;

/// What a typed word is, as far as the lexicon knows.
#[derive(Debug, PartialEq)]
pub enum Reading<'a> {
    /// The content's words for it.
    Means(&'a [String]),
    Filler,
    /// Not in the lexicon: searched as typed.
    AsTyped,
}

#[derive(Default)]
pub struct Colloquial {
    /// Sorted by word, for a binary search: each word with its meaning as normalised words,
    /// none for a filler.
    words: Vec<(String, Vec<String>)>,
}

impl Colloquial {
    pub fn build(lists: &[WordList]) -> Colloquial {
        let mut heap = BinaryHeap::new();
        for list in lists {
            for (word, meaning) in &list.means {
                heap.push((word.clone(), words(meaning).into_iter().map(|w| w.text).collect()));
            }
            for filler in &list.fillers {
                heap.push((filler.clone(), Vec::new()));
            }
        }
        // A heap sort, as the spellings are sorted (`lexicon.rs`): sorting code is wasm size.
        Colloquial { words: heap.into_sorted_vec() }
    }

    /// What `word` (normalised) is: as written, or else without a possessive or particle, as
    /// people add them to any word (`duitku` → `duit`, `piyelah` → `piye`).
    pub fn read(&self, word: &str) -> Reading<'_> {
        let find = |w: &str| self.words.binary_search_by(|(key, _)| key.as_str().cmp(w)).ok();
        let Some(at) = find(word).or_else(|| find(strip_inflection(word))) else {
            return Reading::AsTyped;
        };
        match self.words[at].1.as_slice() {
            [] => Reading::Filler,
            meaning => Reading::Means(meaning),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colloquial() -> Colloquial {
        let list = |means: &[(&str, &str)], fillers: &[&str]| WordList {
            name: "test".into(),
            source: "test".into(),
            means: means.iter().map(|&(w, m)| (w.into(), m.into())).collect(),
            fillers: fillers.iter().map(|&f| f.into()).collect(),
        };
        Colloquial::build(&[list(&[("mulih", "pulang"), ("duit", "uang")], &["piye"]), list(&[("pulkam", "pulang kampung")], &["please"])])
    }

    #[test]
    fn a_word_reads_as_the_contents_words() {
        let c = colloquial();
        assert_eq!(c.read("mulih"), Reading::Means(&["pulang".to_string()]));
        assert_eq!(c.read("pulkam"), Reading::Means(&["pulang".to_string(), "kampung".to_string()]));
        assert_eq!(c.read("piye"), Reading::Filler);
        assert_eq!(c.read("please"), Reading::Filler);
        assert_eq!(c.read("paspor"), Reading::AsTyped);
    }

    #[test]
    fn a_possessive_or_particle_does_not_hide_the_word() {
        let c = colloquial();
        assert_eq!(c.read("duitku"), Reading::Means(&["uang".to_string()]));
        assert_eq!(c.read("duitnya"), Reading::Means(&["uang".to_string()]));
        assert_eq!(c.read("piyelah"), Reading::Filler);
        assert_eq!(c.read("ku"), Reading::AsTyped);
    }
}
