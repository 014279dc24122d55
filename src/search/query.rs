//! A typed query turned into slots: one per word (or per multi-word synonym), each listing the
//! index terms that satisfy it and how much each is worth. Ranking then scores entries per
//! slot; a slot never counts twice for one entry, however many of its terms match.

use super::colloquial::Reading;
use super::index::Index;
use super::terms::{pair_term, TermId};
use super::lexicon::LexWord;
use super::normalize::{is_word_char, words};
use super::stem::candidates;
use super::stopwords::is_stopword;

/// What each way of matching a query word is worth, relative to the word itself.
const SYNONYM: f32 = 0.8;
/// Another reading of a word whose exact spelling the index has (`rank::score_slot`).
const OTHER_READING: f32 = 0.99;
/// One word of a multi-word synonym, found without the others.
const PHRASE_WORD: f32 = 0.5;
/// A completion of the word being typed: from `PREFIX_LEAST` (two letters of a long word) to
/// `PREFIX_MOST` (nearly the whole word).
const PREFIX_MOST: f32 = 0.8;
const PREFIX_LEAST: f32 = 0.3;
/// Completions of a stopword being typed (`me` may become `menahan`) count this much less.
const STOPWORD_COMPLETION: f32 = 0.5;
const TYPO_ONE: f32 = 0.6;
const TYPO_TWO: f32 = 0.4;
/// A pair of neighbouring query words found as neighbours in an entry's title, keywords or
/// summary: an extra, optional slot.
const PAIR: f32 = 1.0;

/// Matches weaker than this bring in no synonyms: two letters of `parents` should not make
/// every entry about family match `pa`. Completions reach it from about 60 % of the word, a
/// one-letter typo reaches it, two do not.
const MIN_WEIGHT_FOR_SYNONYMS: f32 = 0.6;

/// Letters typed before completions are offered.
const MIN_PREFIX: usize = 2;
/// Completions kept for one word, shortest first, so two letters cannot drag in the whole
/// vocabulary.
const MAX_COMPLETIONS: usize = 40;
/// Word lengths from which one, and two, typos are forgiven; from `SHORT_TYPO_FROM` letters
/// only a missing letter (`tpo` for `tppo`).
const SHORT_TYPO_FROM: usize = 3;
/// Below this many letters a typo must keep the first letter.
const SHORT_WORD: usize = 6;
const ONE_TYPO_FROM: usize = 4;
const TWO_TYPOS_FROM: usize = 8;

/// Several words that must all occur (a multi-word synonym), each satisfied by any of its terms.
pub struct Phrase {
    pub weight: f32,
    pub words: Vec<Vec<TermId>>,
}

pub struct Slot {
    /// Terms that satisfy the slot, each with the weight of its best way of matching.
    pub terms: Vec<(TermId, f32)>,
    pub phrases: Vec<Phrase>,
    /// A slot that adds to the score but is not required (a stopword still being typed, a
    /// pair of neighbouring words).
    pub optional: bool,
}

pub struct Query {
    pub slots: Vec<Slot>,
}

/// One word of the query, its stems, and the terms they are indexed under.
struct QueryWord {
    text: String,
    stems: Vec<String>,
    terms: Vec<TermId>,
    /// A stopword or a filler: no weight in a query with other words.
    ignorable: bool,
    /// The last word as typed, with no space after it yet: it may still grow into the words
    /// it is the start of.
    prefix: Option<String>,
}

impl QueryWord {
    fn new(index: &Index, text: String, filler: bool, prefix: Option<String>) -> QueryWord {
        let stems = spellings(&text);
        let terms = stems.iter().filter_map(|s| index.terms.get(s)).collect();
        // A word read as a filler is one too (`tulung` is `tolong`, a request for help).
        let ignorable = filler || is_stopword(&text) || index.colloquial.read(&text) == Reading::Filler;
        QueryWord { text, stems, terms, ignorable, prefix }
    }
}

pub fn parse(index: &Index, text: &str) -> Query {
    // Completions only while a word is being typed, not after a space.
    let typing = text.chars().last().is_some_and(is_word_char);
    let typed = join_number_groups(words(text).into_iter().map(|w| w.text).collect());
    let count = typed.len();
    let mut query_words: Vec<QueryWord> = Vec::with_capacity(count);
    for (i, word) in typed.into_iter().enumerate() {
        // Words past the cap are not read (nor stemmed): each costs time on a phone.
        if query_words.len() >= super::MAX_QUERY_WORDS {
            break;
        }
        let prefix = (typing && i + 1 == count).then(|| word.clone());
        let word = without_regional_ending(index, word);
        match index.colloquial.read(&word) {
            // One word of the content for it: while it is typed it may still become another
            // (`ga`, read as `tidak`, may become `gaji`), so both count.
            Reading::Means([meant]) => query_words.push(QueryWord::new(index, meant.clone(), false, prefix)),
            Reading::Means(meaning) => {
                for meant in meaning {
                    query_words.push(QueryWord::new(index, meant.clone(), false, None));
                }
            }
            reading => query_words.push(QueryWord::new(index, word, matches!(reading, Reading::Filler), prefix)),
        }
    }
    query_words.truncate(super::MAX_QUERY_WORDS);
    let has_content = query_words.iter().any(|w| !w.ignorable);
    // Stopwords say nothing beside other words, and a phrase is found across them ("phone is
    // checked" is `phone checked`); one still being typed may still become a word.
    if has_content {
        query_words.retain(|w| !is_stopword(&w.text) || w.prefix.is_some());
    }
    let all_terms: Vec<Vec<TermId>> = query_words.iter().map(|w| w.terms.clone()).collect();

    let mut slots = Vec::new();
    let mut at = 0;
    while at < query_words.len() {
        if let Some((group, len)) = index.synonyms.phrase_at(&all_terms[at..]) {
            slots.push(phrase_slot(index, &query_words[at..at + len], group));
            at += len;
            continue;
        }
        let word = &query_words[at];
        if has_content && word.ignorable {
            if let Some(prefix) = &word.prefix {
                let mut slot = SlotBuilder::default();
                add_completions(index, prefix, STOPWORD_COMPLETION, &mut slot);
                slots.push(slot.finish(true));
            }
        } else {
            slots.push(word_slot(index, word));
        }
        at += 1;
    }
    // Neighbours once stopwords are left out.
    let mut previous: Option<&QueryWord> = None;
    for word in query_words.iter().filter(|w| !w.ignorable) {
        if let Some(slot) = previous.and_then(|before| pair_slot(index, before, word)) {
            slots.push(slot);
        }
        previous = Some(word);
    }
    Query { slots }
}

/// Javanese and Sundanese add "the" or "his" to any word, Indonesian ones included: `-e` after a
/// consonant, `-ne` after a vowel (`paspore`, `visane`), Sundanese `-na` (`gajina`). A word that
/// neither the index nor the lexicon knows is read without it, when what remains is a word one
/// of them knows.
fn without_regional_ending(index: &Index, word: String) -> String {
    let known = |w: &str| index.lexicon.get(w).is_some() || index.colloquial.read(w) != Reading::AsTyped;
    if !known(&word) {
        for ending in ["ne", "na", "e"] {
            if let Some(base) = word.strip_suffix(ending).filter(|base| base.len() >= 2 && known(base)) {
                return base.to_string();
            }
        }
    }
    word
}

/// The stems to look up for a typed word. A number also without its leading zeros, as the
/// index keeps phone numbers (`012 813 282` → `12813282`).
fn spellings(word: &str) -> Vec<String> {
    let mut out = candidates(word, None);
    if word.bytes().all(|b| b.is_ascii_digit()) {
        let trimmed = word.trim_start_matches('0');
        if !trimmed.is_empty() && trimmed != word {
            out.push(trimmed.to_string());
        }
    }
    out
}

/// Numbers are typed in groups (`+855 12 813 282`); neighbouring digit groups become one.
fn join_number_groups(words: Vec<String>) -> Vec<String> {
    let is_number = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        match out.last_mut() {
            Some(last) if is_number(last) && is_number(&word) => last.push_str(&word),
            _ => out.push(word),
        }
    }
    out
}

/// Collects a slot's terms, keeping the best weight of each.
#[derive(Default)]
struct SlotBuilder {
    terms: Vec<(TermId, f32)>,
    phrases: Vec<Phrase>,
}

impl SlotBuilder {
    fn add(&mut self, term: TermId, weight: f32) {
        match self.terms.iter_mut().find(|(t, _)| *t == term) {
            Some((_, best)) => *best = best.max(weight),
            None => self.terms.push((term, weight)),
        }
    }

    fn add_all(&mut self, terms: &[TermId], weight: f32) {
        for &term in terms {
            self.add(term, weight);
        }
    }

    /// Adds the members of a synonym group, at `weight` times the synonym discount.
    fn add_group(&mut self, index: &Index, group: usize, weight: f32) {
        for member in index.synonyms.members(group) {
            match member.words.as_slice() {
                [word] => self.add_all(word, weight * SYNONYM),
                words => self.phrases.push(Phrase { weight: weight * SYNONYM, words: words.to_vec() }),
            }
        }
    }

    fn finish(self, optional: bool) -> Slot {
        Slot { terms: self.terms, phrases: self.phrases, optional }
    }
}

fn word_slot(index: &Index, word: &QueryWord) -> Slot {
    let mut slot = SlotBuilder::default();
    // The word as typed, when the index has it, sets the word's rarity; its other readings
    // count a hair less, so a rare reading that is no word of the query (`indonesi`, from
    // `indonesian` in quoted English) cannot make it rare.
    let exact = index.terms.get(&word.text).filter(|&t| !index.postings[t as usize].is_empty());
    for &term in &word.terms {
        slot.add(term, if exact.is_some_and(|e| e != term) { OTHER_READING } else { 1.0 });
    }
    let completed = word.prefix.as_ref().is_some_and(|prefix| add_completions(index, prefix, 1.0, &mut slot));
    // A known word is not a typo, nor is a stopword or filler (`yang` is not `uang`), nor a word being
    // typed that still completes (`kedu` is on its way to `kedutaan`, not a typo of `kadu`).
    let known = !word.terms.is_empty() || index.lexicon.get(&word.text).is_some() || word.ignorable;
    // A word found only as a typo fix is a guess: it adds to the entries it finds, but an entry
    // without it is not taken to miss part of the query (an unknown dialect word a letter away
    // from some word of the content must not rank the whole query).
    let guessed = !known && !completed;
    if guessed {
        add_typos(index, word, &mut slot);
    }
    // Synonyms of everything found so far, completions and typo fixes included.
    let found: Vec<(TermId, f32)> =
        slot.terms.iter().copied().filter(|&(_, w)| w >= MIN_WEIGHT_FOR_SYNONYMS).collect();
    for (term, weight) in found {
        for group in index.synonyms.groups_of(term) {
            slot.add_group(index, group, weight);
        }
    }
    slot.finish(guessed)
}

/// A run of query words that spells a multi-word synonym: the words together, each word on
/// its own (worth less), and the rest of the group.
fn phrase_slot(index: &Index, phrase: &[QueryWord], group: usize) -> Slot {
    let mut slot = SlotBuilder::default();
    slot.phrases.push(Phrase { weight: 1.0, words: phrase.iter().map(|w| w.terms.clone()).collect() });
    for word in phrase {
        slot.add_all(&word.terms, PHRASE_WORD);
    }
    slot.add_group(index, group, 1.0);
    slot.finish(false)
}

/// The optional slot for two neighbouring query words, if any entry has them as neighbours.
fn pair_slot(index: &Index, first: &QueryWord, second: &QueryWord) -> Option<Slot> {
    let mut slot = SlotBuilder::default();
    for a in &first.stems {
        for b in &second.stems {
            if let Some(term) = index.terms.get(&pair_term(a, b)) {
                slot.add(term, PAIR);
            }
        }
    }
    (!slot.terms.is_empty()).then(|| slot.finish(true))
}

/// Adds the words that `word` is the start of, at `scale` times their weight; whether any
/// were found.
fn add_completions(index: &Index, word: &str, scale: f32, slot: &mut SlotBuilder) -> bool {
    let typed = word.chars().count();
    if typed < MIN_PREFIX {
        return false;
    }
    let mut found = false;
    let mut prefixes = vec![word];
    let trimmed = word.trim_start_matches('0');
    if trimmed.len() >= MIN_PREFIX && trimmed != word && word.bytes().all(|b| b.is_ascii_digit()) {
        prefixes.push(trimmed);
    }
    for prefix in prefixes {
        let typed = prefix.chars().count() as f32;
        for (len, terms) in shortest(index.lexicon.with_prefix(prefix), MAX_COMPLETIONS) {
            let share = typed / len as f32;
            slot.add_all(terms, scale * (PREFIX_LEAST + (PREFIX_MOST - PREFIX_LEAST) * share));
            found = true;
        }
    }
    found
}

/// The `max` shortest of `words` with their lengths in letters; among equally long ones, the
/// first in alphabetical order. A pass per length rather than a sort: completions are few and
/// short, and a sort would be one more copy of the sorting code in the wasm.
fn shortest(words: &[LexWord], max: usize) -> Vec<(usize, &[TermId])> {
    let lengths: Vec<usize> = words.iter().map(|w| w.text.chars().count()).collect();
    let wanted = max.min(words.len());
    let mut out = Vec::with_capacity(wanted);
    let mut len = 0;
    while out.len() < wanted {
        len += 1;
        for (word, &n) in words.iter().zip(&lengths) {
            if n == len && out.len() < wanted {
                out.push((n, &*word.terms));
            }
        }
    }
    out
}

fn add_typos(index: &Index, word: &QueryWord, slot: &mut SlotBuilder) {
    let len = word.text.len();
    let max = match len {
        n if n >= TWO_TYPOS_FROM => 2,
        n if n >= SHORT_TYPO_FROM => 1,
        _ => return,
    };
    let first = word.text.as_bytes()[0];
    index.lexicon.near(&word.text, max, |near, distance| {
        // A short word has many neighbours one edit away (`gaji`, `haji`), so its first letter,
        // which is rarely the mistake, must be right; and three letters are only one letter
        // short of a word (`tpo`, `lpk` for `tppo`, `lpsk`): `gaj` is not `gas`.
        if (len < SHORT_WORD && near.text.as_bytes()[0] != first) || (len < ONE_TYPO_FROM && near.text.len() != len + 1) {
            return;
        }
        let weight = if distance == 1 { TYPO_ONE } else { TYPO_TWO };
        slot.add_all(&near.terms, weight);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_groups_are_joined() {
        let joined =
            join_number_groups(["855", "12", "813", "282", "kbri", "117"].map(String::from).to_vec());
        assert_eq!(joined, ["85512813282", "kbri", "117"]);
    }

    #[test]
    fn completions_are_the_shortest_words_first_alphabetically() {
        let words: Vec<LexWord> = ["pemulangan", "pemu", "pemulihan", "pemuda", "pemudi"]
            .iter()
            .enumerate()
            .map(|(i, w)| LexWord { text: (*w).into(), terms: vec![i as TermId].into() })
            .collect();
        let lengths: Vec<usize> = shortest(&words, 3).iter().map(|&(len, _)| len).collect();
        assert_eq!(lengths, [4, 6, 6]);
        let terms: Vec<TermId> = shortest(&words, 3).iter().map(|&(_, t)| t[0]).collect();
        assert_eq!(terms, [1, 3, 4]);
        assert_eq!(shortest(&words, 10).len(), 5);
        assert!(shortest(&[], 10).is_empty());
    }

    #[test]
    fn numbers_are_also_looked_up_without_leading_zeros() {
        assert!(spellings("012813282").contains(&"12813282".to_string()));
        assert_eq!(spellings("117"), ["117"]);
    }
}
