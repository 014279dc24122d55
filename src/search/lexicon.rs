//! Every spelling the index knows (words as written, their stems, synonym words, phone digits),
//! each pointing at the index terms it stands for. Prefix search walks a sorted slice; typo
//! search walks only the words of a similar length whose letters could be a near miss.

use std::collections::BinaryHeap;

use super::distance::{self, letter_set, letter_sets_allow};
use super::terms::{TermId, Terms};

/// Ordered by text (texts are unique), for the sorted list.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub struct LexWord {
    pub text: Box<str>,
    pub terms: Box<[TermId]>,
}

/// A word considered by typo search, with its letters as a bit set for a cheap first test.
struct NearKey {
    word: u32,
    letters: u32,
}

pub struct Lexicon {
    /// Sorted by text.
    words: Vec<LexWord>,
    /// `by_len[n]`: the letters-only words of `n` bytes.
    by_len: Vec<Vec<NearKey>>,
}

/// Gathers spellings while the index is built. Spellings are interned like index terms (one
/// kind of map in the wasm, not two); `terms[i]` belongs to spelling `i`.
#[derive(Default)]
pub struct LexiconBuilder {
    spellings: Terms,
    terms: Vec<Vec<TermId>>,
}

impl LexiconBuilder {
    pub fn add(&mut self, spelling: &str, term: TermId) {
        let id = self.spellings.intern(spelling) as usize;
        if self.terms.len() <= id {
            self.terms.resize_with(id + 1, Vec::new);
        }
        if !self.terms[id].contains(&term) {
            self.terms[id].push(term);
        }
    }

    pub fn build(self) -> Lexicon {
        // A heap sort: slower than `sort_unstable` but a fraction of its code in the wasm, and
        // this runs once per catalogue.
        let words: Vec<LexWord> = BinaryHeap::from_iter(
            self.spellings
                .into_texts()
                .into_iter()
                .zip(self.terms)
                .map(|(text, terms)| LexWord { text: text.into(), terms: terms.into() }),
        )
        .into_sorted_vec();
        let mut by_len: Vec<Vec<NearKey>> = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let bytes = word.text.as_bytes();
            if bytes.len() > distance::MAX_WORD || !bytes.iter().all(u8::is_ascii_lowercase) {
                continue;
            }
            if by_len.len() <= bytes.len() {
                by_len.resize_with(bytes.len() + 1, Vec::new);
            }
            // The index has far fewer than 2^32 words.
            by_len[bytes.len()].push(NearKey { word: i as u32, letters: letter_set(bytes) });
        }
        Lexicon { words, by_len }
    }
}

impl Lexicon {
    pub fn get(&self, spelling: &str) -> Option<&LexWord> {
        self.words.binary_search_by(|w| (*w.text).cmp(spelling)).ok().map(|i| &self.words[i])
    }

    /// The words that start with `prefix` (including `prefix` itself), in sorted order.
    pub fn with_prefix(&self, prefix: &str) -> &[LexWord] {
        let start = self.words.partition_point(|w| *w.text < *prefix);
        let len = self.words[start..].partition_point(|w| w.text.starts_with(prefix));
        &self.words[start..start + len]
    }

    /// Calls `found` with each letters-only word within `max` edits of `word` (but not equal
    /// to it) and its distance.
    pub fn near(&self, word: &str, max: usize, mut found: impl FnMut(&LexWord, usize)) {
        let bytes = word.as_bytes();
        let letters = letter_set(bytes);
        let lengths = bytes.len().saturating_sub(max)..=bytes.len() + max;
        for bucket in lengths.filter_map(|n| self.by_len.get(n)) {
            for key in bucket {
                if !letter_sets_allow(letters, key.letters, max) {
                    continue;
                }
                let candidate = &self.words[key.word as usize];
                if let Some(d) = distance::within(bytes, candidate.text.as_bytes(), max).filter(|&d| d > 0) {
                    found(candidate, d);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let mut b = LexiconBuilder::default();
        for (i, w) in ["paspor", "passport", "pasporku", "polisi", "pulang", "813282"].iter().enumerate() {
            b.add(w, i as TermId);
        }
        b.add("paspor", 9);
        b.build()
    }

    #[test]
    fn finds_exact_spellings() {
        let lex = lexicon();
        assert_eq!(lex.get("paspor").map(|w| w.terms.to_vec()), Some(vec![0, 9]));
        assert!(lex.get("pasp").is_none());
    }

    #[test]
    fn finds_prefixes_in_order() {
        let lex = lexicon();
        let texts: Vec<&str> = lex.with_prefix("pas").iter().map(|w| &*w.text).collect();
        assert_eq!(texts, ["paspor", "pasporku", "passport"]);
        assert!(lex.with_prefix("x").is_empty());
        assert_eq!(lex.with_prefix("8132").len(), 1);
    }

    #[test]
    fn finds_near_misses_only_among_letters() {
        let lex = lexicon();
        let mut near = Vec::new();
        lex.near("pasport", 1, |w, d| near.push((w.text.to_string(), d)));
        near.sort();
        assert_eq!(near, [("paspor".to_string(), 1), ("passport".to_string(), 1)]);
        let mut digits = 0;
        lex.near("813283", 1, |_, _| digits += 1);
        assert_eq!(digits, 0);
    }
}
