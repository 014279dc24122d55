//! Search over the catalogue: contacts, guides and checklists, in both languages, offline.
//!
//! ```
//! use pelita::content::Catalogue;
//! use pelita::search::{snippet, Index};
//!
//! let catalogue = Catalogue::default();
//! let index = Index::build(&catalogue); // once, when the catalogue is loaded
//! for hit in index.search("paspor ditahan", 10) {
//!     // hit.id, hit.kind (for the route), hit.score, and the terms it matched:
//!     let segments = snippet("Paspor Anda ditahan majikan.", &hit.matched, 160);
//!     # let _ = segments;
//! }
//! ```
//!
//! - `Index::build(&Catalogue) -> Index` indexes every entry: title, keywords, summary and
//!   body (steps, notes, items, channel labels, location …) in both languages, and each
//!   contact's phone numbers as digits.
//! - `Index::search(&self, query, limit) -> Vec<Hit>`: best first. `Hit { id, kind, score,
//!   matched }`; `matched` lists the stems the entry matched.
//! - `snippet(text, &hit.matched, max_chars) -> Vec<Segment { text, highlighted }>`: a piece of
//!   `text` around the matches, for the view to mark up without HTML.
//!
//! How a query matches (each way worth less than the one before), once each typed word is read
//! through `lexicon.json`, how people write (`colloquial`): a word the content never uses as the
//! content's words (`mulih` → `pulang`, `gk` → `tidak`), a filler (`piye`, `please`) as weighing
//! nothing beside other words:
//! 1. words by stem (`ditahan` finds `menahan`; `passports` finds `passport`), numbers by
//!    digits (`117`, `813282`, `+855 12 813 282`);
//! 2. synonyms from `synonyms.json` (`kedutaan` finds `embassy`; `lapor diri` as a phrase);
//! 3. the word still being typed as a prefix (`pemul` finds `pemulangan`);
//! 4. typos: one edit from 4 letters, two from 8 (`kedutan`, `pasport`, swaps count once).
//!
//! Ranking is BM25F (fields weighted title > keywords > summary > body, `Field::weight`), plus a
//! bonus when two query words stand side by side in an entry's title, keywords or summary
//! (`paspor hilang`), times a coverage factor so entries matching every rare query word come
//! first. A query word's rarity is its own, not that of a rarer synonym (`rank::score_slot`), so
//! a rare decisive word (`splp`) outweighs common ones (`kbri`, `embassy`); stopwords and the
//! lexicon's fillers (`berapa`, `please`) weigh nothing.
//!
//! Modules, in the order a word flows through them: `normalize` (words), `colloquial` (how
//! people write), `stopwords`, `stem`,
//! `terms` (interned stems and word pairs), `lexicon` (spellings for prefixes and typos, with
//! `distance`), `synonyms`, `fields` (what is searchable), `index` (build and BM25F), `query`
//! (parsing), `rank`, then `snippet` and `excerpt` for the results. Each imports only modules
//! before it.

mod colloquial;
mod distance;
mod excerpt;
mod fields;
mod index;
mod lexicon;
mod normalize;
mod query;
mod rank;
mod snippet;
mod stem;
mod stopwords;
mod synonyms;
mod terms;

pub use excerpt::excerpt;
pub use index::{Index, IndexBuilder};
pub use rank::Hit;
pub use snippet::{snippet, Segment};

/// A query is read up to this many characters and words (a pasted message, a crafted
/// `?q=` link): no real question is longer, and every word costs time on a phone.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_QUERY_WORDS: usize = 12;

impl Index {
    /// The best `limit` entries for `query`, best first. Empty for an empty query.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = query.char_indices().nth(MAX_QUERY_CHARS).map_or(query, |(cut, _)| &query[..cut]);
        rank::rank(self, &query::parse(self, query), limit)
    }
}

#[cfg(test)]
mod tests;
