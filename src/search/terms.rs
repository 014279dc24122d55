//! Terms and their ids: every stem, number tail and word pair the index knows is interned
//! once, and the rest of the engine passes `TermId`s around.

use rustc_hash::FxHashMap;

use super::normalize::concat;

pub type TermId = u32;

/// Term spellings and their ids.
#[derive(Default)]
pub struct Terms {
    ids: FxHashMap<String, TermId>,
    texts: Vec<String>,
}

impl Terms {
    pub fn intern(&mut self, text: &str) -> TermId {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        // A catalogue has far fewer than 2^32 distinct terms.
        let id = self.texts.len() as TermId;
        self.ids.insert(text.to_string(), id);
        self.texts.push(text.to_string());
        id
    }

    pub fn get(&self, text: &str) -> Option<TermId> {
        self.ids.get(text).copied()
    }

    pub fn text(&self, id: TermId) -> &str {
        &self.texts[id as usize]
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// The spellings, by id.
    pub fn into_texts(self) -> Vec<String> {
        self.texts
    }
}

/// The term for two neighbouring words, by stem. The space keeps it apart from every word.
pub(super) fn pair_term(first: &str, second: &str) -> String {
    concat(&[first, " ", second])
}

pub(super) fn is_pair_term(term: &str) -> bool {
    term.contains(' ')
}

