//! The index: every term of every entry with a precomputed BM25F score, so a query only adds
//! up numbers. Built once from the catalogue.

use crate::content::{Catalogue, EntryKind};

use super::colloquial::Colloquial;
use super::fields::{searchables, Field, Searchable};
use super::lexicon::{Lexicon, LexiconBuilder};
use super::normalize::words;
use super::stem::candidates;
use super::stopwords::is_stopword;
use super::synonyms::Synonyms;
use super::terms::{pair_term, TermId, Terms};

/// BM25 saturation: how fast repeated words stop adding to the score. 2 rather than the
/// usual 1.2, so the field weights still tell a word in the title (4) from one in the body (1)
/// after saturation: at 1.2 a title word counted 1.7 body words, at 2 it counts 2
/// (bench/SEARCH.md).
const K1: f32 = 2.0;

/// Rarity given to a term that (nearly) every entry has. Every guide mentions KBRI, so its
/// plain BM25 idf is about zero, and then an entry with KBRI in its title would gain nothing
/// from it; a floor keeps field weights meaningful for such words.
const MIN_IDF: f32 = 0.3;

/// Fields whose neighbouring words are also indexed as pairs (`paspor hilang`), so a query
/// that says the same two words in a row ranks the entry that is about exactly that first.
/// The body is left out: pairs there are many and say little.
const PAIR_FIELDS: [Field; 3] = [Field::Title, Field::Keywords, Field::Summary];

/// Shortest tail of a phone number that finds it (`117`, `282`).
const MIN_NUMBER_DIGITS: usize = 3;

/// One entry's score for one term.
#[derive(Clone, Copy, Debug)]
pub struct Posting {
    pub doc: u32,
    pub score: f32,
}

/// An entry as the index knows it.
pub struct Entry {
    pub id: String,
    pub kind: EntryKind,
}

/// The search index over one catalogue. See the module documentation of `search`.
pub struct Index {
    pub(super) entries: Vec<Entry>,
    pub(super) terms: Terms,
    /// Per term, sorted by entry.
    pub(super) postings: Vec<Vec<Posting>>,
    /// Per term: how rare it is among entries.
    pub(super) idf: Vec<f32>,
    /// Per term: whether some entry has it outside its body (`Field::names_topic`).
    pub(super) topical: Vec<bool>,
    pub(super) lexicon: Lexicon,
    pub(super) synonyms: Synonyms,
    /// How people write (`lexicon.json`), for reading a query.
    pub(super) colloquial: Colloquial,
}

/// How often each term occurs in each field of one entry, and how long each field is.
#[derive(Default)]
struct EntryCounts {
    /// Each term of the entry once, in the order first seen.
    frequencies: Vec<(TermId, [f32; Field::COUNT])>,
    lengths: [f32; Field::COUNT],
}

/// Where each term sits in the `frequencies` of the entry being counted: one slot per term of
/// the index, reused from entry to entry, so counting needs no map.
#[derive(Default)]
struct Tally {
    position: Vec<u32>,
}

impl Tally {
    const ABSENT: u32 = u32::MAX;

    fn add(&mut self, counts: &mut EntryCounts, term: TermId, field: usize) {
        let slot = term as usize;
        if self.position.len() <= slot {
            self.position.resize(slot + 1, Self::ABSENT);
        }
        if self.position[slot] == Self::ABSENT {
            // An entry has far fewer than 2^32 terms.
            self.position[slot] = counts.frequencies.len() as u32;
            counts.frequencies.push((term, [0.0; Field::COUNT]));
        }
        counts.frequencies[self.position[slot] as usize].1[field] += 1.0;
    }

    /// Forgets the entry just counted.
    fn clear(&mut self, counts: &EntryCounts) {
        for &(term, _) in &counts.frequencies {
            self.position[term as usize] = Self::ABSENT;
        }
    }
}

/// Builds an index a few entries at a time, so the app can spread the work over several tasks
/// of the browser's event loop (about 100 ms for the whole catalogue in the browser here).
pub struct IndexBuilder<'a> {
    catalogue: &'a Catalogue,
    searchables: std::vec::IntoIter<Searchable<'a>>,
    terms: Terms,
    lexicon: LexiconBuilder,
    tally: Tally,
    counts: Vec<EntryCounts>,
    entries: Vec<Entry>,
}

impl<'a> IndexBuilder<'a> {
    pub fn new(catalogue: &'a Catalogue) -> IndexBuilder<'a> {
        let searchables = searchables(catalogue);
        IndexBuilder {
            catalogue,
            counts: Vec::with_capacity(searchables.len()),
            entries: Vec::with_capacity(searchables.len()),
            searchables: searchables.into_iter(),
            terms: Terms::default(),
            lexicon: LexiconBuilder::default(),
            tally: Tally::default(),
        }
    }

    /// Indexes up to `count` more entries; false once every entry is in.
    pub fn index_some(&mut self, count: usize) -> bool {
        for searchable in self.searchables.by_ref().take(count) {
            self.counts.push(index_entry(&searchable, &mut self.terms, &mut self.lexicon, &mut self.tally));
            self.entries.push(Entry { id: searchable.id.to_string(), kind: searchable.kind });
        }
        self.searchables.len() > 0
    }

    /// The index, with any entries not yet indexed added first.
    pub fn finish(mut self) -> Index {
        while self.index_some(usize::MAX) {}
        let (mut terms, mut lexicon) = (self.terms, self.lexicon);
        let synonyms = Synonyms::build(&self.catalogue.synonyms, &mut terms, &mut lexicon);
        let (postings, idf) = score(&self.counts, terms.len());
        let mut topical = vec![false; terms.len()];
        for (term, frequencies) in self.counts.iter().flat_map(|entry| &entry.frequencies) {
            topical[*term as usize] |= Field::ALL.iter().any(|f| f.names_topic() && frequencies[f.slot()] > 0.0);
        }
        let colloquial = Colloquial::build(&self.catalogue.lexicon);
        Index { entries: self.entries, terms, postings, idf, topical, lexicon: lexicon.build(), synonyms, colloquial }
    }
}

impl Index {
    pub fn build(catalogue: &Catalogue) -> Index {
        IndexBuilder::new(catalogue).finish()
    }

    /// How many entries are indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The score of `term` for entry `doc`, if the entry has it.
    pub(super) fn score_of(&self, term: TermId, doc: u32) -> Option<f32> {
        let postings = &self.postings[term as usize];
        postings.binary_search_by_key(&doc, |p| p.doc).ok().map(|i| postings[i].score)
    }
}

fn index_entry(searchable: &Searchable, terms: &mut Terms, lexicon: &mut LexiconBuilder, tally: &mut Tally) -> EntryCounts {
    let mut counts = EntryCounts::default();
    for piece in &searchable.pieces {
        let field = piece.field.slot();
        let mut previous_stem: Option<String> = None;
        for word in words(&piece.text) {
            if is_stopword(&word.text) {
                continue;
            }
            counts.lengths[field] += 1.0;
            let stems = candidates(&word.text, piece.lang);
            for (i, stem) in stems.iter().enumerate() {
                let term = terms.intern(stem);
                tally.add(&mut counts, term, field);
                lexicon.add(&word.text, term);
                // The main stem is a spelling too (typing `tahan` completes to `tahan` even if
                // only `ditahan` is written); other readings are not, they are guesses.
                if i == 0 {
                    lexicon.add(stem, term);
                }
            }
            if PAIR_FIELDS.contains(&piece.field) {
                let stem = stems.into_iter().next().unwrap_or_default();
                if let Some(previous) = &previous_stem {
                    let pair = terms.intern(&pair_term(previous, &stem));
                    tally.add(&mut counts, pair, field);
                }
                previous_stem = Some(stem);
            }
        }
    }
    let field = Field::Number.slot();
    for number in &searchable.numbers {
        counts.lengths[field] += 1.0;
        for tail in number_tails(number) {
            let term = terms.intern(tail);
            tally.add(&mut counts, term, field);
            lexicon.add(tail, term);
        }
    }
    tally.clear(&counts);
    counts
}

/// The tails of a phone number's digits without leading zeros, so `813282`, `12813282`
/// (typed as `012 813 282`) and `85512813282` all find `+855 12 813 282`.
pub(super) fn number_tails(digits: &str) -> Vec<&str> {
    let mut tails: Vec<&str> = Vec::new();
    for start in 0..digits.len() {
        let tail = digits[start..].trim_start_matches('0');
        if tail.len() >= MIN_NUMBER_DIGITS && tails.last() != Some(&tail) {
            tails.push(tail);
        }
    }
    tails
}

/// BM25F: per entry, a term's field frequencies are length-normalised, weighted and summed
/// before saturation, then multiplied by the term's rarity.
fn score(counts: &[EntryCounts], term_count: usize) -> (Vec<Vec<Posting>>, Vec<f32>) {
    let entry_count = counts.len() as f32;
    let mut average_length = [0.0f32; Field::COUNT];
    for entry in counts {
        for (sum, length) in average_length.iter_mut().zip(entry.lengths) {
            *sum += length / entry_count;
        }
    }
    let weights = Field::ALL.map(Field::weight);
    let b = Field::ALL.map(Field::length_normalisation);
    let mut postings: Vec<Vec<Posting>> = vec![Vec::new(); term_count];
    for (doc, entry) in counts.iter().enumerate() {
        let norms: [f32; Field::COUNT] = std::array::from_fn(|f| {
            let relative = if average_length[f] > 0.0 { entry.lengths[f] / average_length[f] } else { 1.0 };
            1.0 - b[f] + b[f] * relative
        });
        for &(term, frequencies) in &entry.frequencies {
            let weighted: f32 = (0..Field::COUNT).map(|f| weights[f] * frequencies[f] / norms[f]).sum();
            let saturated = weighted * (K1 + 1.0) / (K1 + weighted);
            postings[term as usize].push(Posting { doc: doc as u32, score: saturated });
        }
    }
    let idf: Vec<f32> = postings
        .iter()
        .map(|p| {
            let with_term = p.len() as f32;
            (1.0 + (entry_count - with_term + 0.5) / (with_term + 0.5)).ln().max(MIN_IDF)
        })
        .collect();
    for (term_postings, term_idf) in postings.iter_mut().zip(&idf) {
        for posting in term_postings.iter_mut() {
            posting.score *= term_idf;
        }
    }
    (postings, idf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_tails_skip_leading_zeros() {
        assert_eq!(number_tails("117"), ["117"]);
        assert_eq!(
            number_tails("85512813282"),
            [
                "85512813282",
                "5512813282",
                "512813282",
                "12813282",
                "2813282",
                "813282",
                "13282",
                "3282",
                "282"
            ]
        );
        assert_eq!(number_tails("08001000"), ["8001000", "1000"]);
        assert!(number_tails("12").is_empty());
    }
}
