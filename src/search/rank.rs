//! Scores entries for a parsed query. Each slot gives an entry its best term score; slots add
//! up; then the total is scaled by how much of the query the entry covers, counting each slot
//! by its rarity, so an entry that matches every rare word beats one that repeats a single
//! word, and a common word left unmatched costs little.

use crate::content::EntryKind;

use super::index::Index;
use super::terms::{is_pair_term, TermId};
use super::query::{Phrase, Query, Slot};

/// How hard missing query words are punished: score × coverage^COVERAGE_POWER.
const COVERAGE_POWER: i32 = 2;

/// What a query word that no entry has outside its body counts toward coverage, against one
/// that names some entry's topic (`Field::names_topic`): a rare word of everyday speech
/// (`habis`, `stuck`) found in one entry's text must not outrank the entry whose title has the
/// query's topic (`visa`).
const BODY_ONLY: f32 = 0.5;

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub id: String,
    pub kind: EntryKind,
    pub score: f32,
    /// The index terms (stems) this entry matched, for `snippet` to highlight.
    pub matched: Vec<String>,
}

/// Per-query scratch: one number per entry, reused across slots.
struct Scratch {
    total: Vec<f32>,
    covered: Vec<f32>,
    slot_best: Vec<f32>,
    /// For phrases: the weakest word so far, and the current word.
    phrase_min: Vec<f32>,
    word_best: Vec<f32>,
}

pub fn rank(index: &Index, query: &Query, limit: usize) -> Vec<Hit> {
    let entry_count = index.entries.len();
    if entry_count == 0 || limit == 0 || query.slots.is_empty() {
        return Vec::new();
    }
    let zeros = vec![0.0f32; entry_count];
    let mut scratch = Scratch {
        total: zeros.clone(),
        covered: zeros.clone(),
        slot_best: zeros.clone(),
        phrase_min: Vec::new(),
        word_best: Vec::new(),
    };
    let mut needed = 0.0f32;
    for slot in &query.slots {
        let rarity = score_slot(index, slot, &mut scratch);
        if rarity <= 0.0 {
            // Nothing in the index has this word: it cannot tell entries apart.
            continue;
        }
        if !slot.optional {
            needed += rarity;
        }
        let strongest = scratch.slot_best.iter().fold(0.0f32, |a, &b| a.max(b));
        for ((total, covered), &best) in
            scratch.total.iter_mut().zip(scratch.covered.iter_mut()).zip(&scratch.slot_best)
        {
            if best > 0.0 {
                *total += best;
                if !slot.optional {
                    *covered += rarity * (best / strongest).sqrt();
                }
            }
        }
    }

    // The best `limit`, kept in order as entries come: no sort of every match, and no sorting
    // code in the wasm. Entries come in index order, so equal scores stay in that order.
    let mut ranked: Vec<(u32, f32)> = Vec::with_capacity(limit + 1);
    for (doc, (&total, &covered)) in scratch.total.iter().zip(&scratch.covered).enumerate() {
        if total <= 0.0 {
            continue;
        }
        let coverage = if needed > 0.0 { covered / needed } else { 1.0 };
        let score = total * coverage.powi(COVERAGE_POWER);
        let at = ranked.partition_point(|&(_, better)| better >= score);
        if at < limit {
            ranked.insert(at, (doc as u32, score));
            ranked.truncate(limit);
        }
    }
    ranked
        .into_iter()
        .map(|(doc, score)| {
            let entry = &index.entries[doc as usize];
            Hit { id: entry.id.clone(), kind: entry.kind, score, matched: matched_terms(index, query, doc) }
        })
        .collect()
}

/// Fills `scratch.slot_best` with each entry's best score for this slot; returns the slot's
/// rarity, zero when no entry matches it.
///
/// The rarity is that of the slot's best way of matching: the typed word itself when the index
/// has it. A synonym, completion or typo that is rarer counts no more than the typed word would:
/// `kbri` is in most entries, and `kedubes`, a synonym one entry happens to use, must not make
/// it a rare, decisive word, for that entry or for the query.
fn score_slot(index: &Index, slot: &Slot, scratch: &mut Scratch) -> f32 {
    scratch.slot_best.fill(0.0);
    let (mut top, mut top_idf, mut topical) = (0.0f32, 0.0f32, false);
    for &(term, weight) in &slot.terms {
        if index.postings[term as usize].is_empty() {
            continue;
        }
        if weight > top {
            (top, top_idf, topical) = (weight, 0.0, false);
        }
        if weight == top {
            top_idf = top_idf.max(index.idf[term as usize]);
            topical |= index.topical[term as usize];
        }
    }
    let cap = if top >= 1.0 { top_idf } else { f32::INFINITY };
    for &(term, weight) in &slot.terms {
        let idf = index.idf[term as usize];
        let scale = weight * cap.min(idf) / idf;
        for posting in &index.postings[term as usize] {
            let best = &mut scratch.slot_best[posting.doc as usize];
            *best = best.max(scale * posting.score);
        }
    }
    let mut rarity = top * top_idf * if topical { 1.0 } else { BODY_ONLY };
    for phrase in &slot.phrases {
        let phrase_rarity = score_phrase(index, phrase, scratch);
        if phrase.weight >= top {
            rarity = rarity.max(phrase_rarity);
        }
    }
    rarity
}

/// An entry's score for a phrase is its score for the phrase's weakest word, so all words
/// must occur. Returns the phrase's rarity.
fn score_phrase(index: &Index, phrase: &Phrase, scratch: &mut Scratch) -> f32 {
    let entry_count = scratch.slot_best.len();
    scratch.phrase_min.clear();
    scratch.phrase_min.resize(entry_count, f32::INFINITY);
    let mut rarity = f32::INFINITY;
    for word in &phrase.words {
        scratch.word_best.clear();
        scratch.word_best.resize(entry_count, 0.0);
        let mut word_rarity = 0.0f32;
        for &term in word {
            word_rarity = word_rarity.max(index.idf[term as usize]);
            for posting in &index.postings[term as usize] {
                let best = &mut scratch.word_best[posting.doc as usize];
                *best = best.max(posting.score);
            }
        }
        rarity = rarity.min(word_rarity);
        for (min, &best) in scratch.phrase_min.iter_mut().zip(&scratch.word_best) {
            *min = min.min(best);
        }
    }
    let mut any = false;
    for (best, &min) in scratch.slot_best.iter_mut().zip(&scratch.phrase_min) {
        if min > 0.0 && min.is_finite() {
            *best = best.max(phrase.weight * min);
            any = true;
        }
    }
    if any {
        phrase.weight * rarity
    } else {
        0.0
    }
}

/// The query's terms that entry `doc` has, as text, without repeats.
fn matched_terms(index: &Index, query: &Query, doc: u32) -> Vec<String> {
    let mut matched: Vec<TermId> = Vec::new();
    let mut consider = |term: TermId| {
        if !matched.contains(&term) && index.score_of(term, doc).is_some() {
            matched.push(term);
        }
    };
    for slot in &query.slots {
        for &(term, _) in &slot.terms {
            consider(term);
        }
        for phrase in &slot.phrases {
            // A phrase's words count only together: `home` alone did not match `go home`.
            let whole =
                phrase.words.iter().all(|word| word.iter().any(|&t| index.score_of(t, doc).is_some()));
            if whole {
                for &term in phrase.words.iter().flatten() {
                    consider(term);
                }
            }
        }
    }
    // Pairs only rank; their words are already listed for highlighting.
    matched
        .into_iter()
        .map(|t| index.terms.text(t))
        .filter(|text| !is_pair_term(text))
        .map(str::to_string)
        .collect()
}
