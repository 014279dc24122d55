//! How people write when they search (`lexicon.json`), read before anything else: a typed word
//! the content never uses stands for the content's words (`mulih` → `pulang`, `gk` → `tidak`,
//! `son` → `anak`, `pulkam` → `pulang kampung`), and a filler (`piye`, `please`, `dong`) says
//! nothing about what is asked, so it weighs nothing in a query with other words. The words
//! are data, with the content; this is only how they are looked up.

use crate::content::WordList;

use super::normalize::words;
use super::stem::strip_inflection;
use super::terms::Terms;

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
    /// The lexicon's words, interned like the index's terms (one kind of map in the wasm).
    words: Terms,
    /// By word id: its meaning as normalised words, none for a filler.
    meanings: Vec<Vec<String>>,
}

impl Colloquial {
    pub fn build(lists: &[WordList]) -> Colloquial {
        let mut colloquial = Colloquial::default();
        for list in lists {
            for entry in &list.means {
                let mut meaning = words(entry).into_iter().map(|w| w.text);
                if let Some(word) = meaning.next() {
                    colloquial.add(&word, meaning.collect());
                }
            }
            for filler in &list.fillers {
                colloquial.add(filler, Vec::new());
            }
        }
        colloquial
    }

    /// A word once: validation refuses a word listed twice, and here the first stays.
    fn add(&mut self, word: &str, meaning: Vec<String>) {
        if self.words.intern(word) as usize == self.meanings.len() {
            self.meanings.push(meaning);
        }
    }

    /// What `word` (normalised) is: as written, or else without a possessive or particle, as
    /// people add them to any word (`duitku` → `duit`, `piyelah` → `piye`).
    pub fn read(&self, word: &str) -> Reading<'_> {
        let Some(id) = self.words.get(word).or_else(|| self.words.get(strip_inflection(word))) else {
            return Reading::AsTyped;
        };
        match self.meanings[id as usize].as_slice() {
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
            means: means.iter().map(|&(w, m)| [w, " ", m].concat()).collect(),
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
