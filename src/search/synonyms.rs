//! Synonym groups from `synonyms.json`, compiled to index terms. A query word that stems
//! like a member of a group also looks for every other member; a run of query words that
//! matches a multi-word member (`lapor diri`, `go home`) is looked up as one phrase.

use crate::content::SynonymGroup;

use super::terms::{TermId, Terms};
use super::lexicon::LexiconBuilder;
use super::normalize::words;
use super::stem::candidates;
use super::stopwords::is_stopword;

/// One member of a group: its words, each as the terms any of its stems is indexed under.
pub struct Member {
    pub words: Vec<Vec<TermId>>,
}

#[derive(Default)]
pub struct Synonyms {
    groups: Vec<Vec<Member>>,
    /// (term, group) for each one-word member, sorted: the groups that have a one-word member
    /// with this term. A sorted list rather than a map, as it is small and read-only.
    groups_by_term: Vec<(TermId, usize)>,
    /// Every multi-word member, as (group, member).
    phrases: Vec<(usize, usize)>,
}

impl Synonyms {
    /// Compiles the groups, giving every synonym word a term and a spelling in the lexicon, so
    /// a synonym that no entry uses (`loker`) still completes and forgives typos.
    pub fn build(groups: &[SynonymGroup], terms: &mut Terms, lexicon: &mut LexiconBuilder) -> Synonyms {
        let mut synonyms = Synonyms::default();
        for group in groups {
            let group_index = synonyms.groups.len();
            let mut members = Vec::new();
            for phrase in &group.0 {
                let mut member_words: Vec<Vec<TermId>> = Vec::new();
                // A phrase's stopwords are left out, as a query's are: `not allowed to leave` is
                // found as `not allowed leave`.
                for word in words(phrase).into_iter().filter(|w| !is_stopword(&w.text)) {
                    let mut ids: Vec<TermId> = Vec::new();
                    for stem in candidates(&word.text, None) {
                        let id = terms.intern(&stem);
                        lexicon.add(&word.text, id);
                        ids.push(id);
                    }
                    // Like the index: the main stem is a spelling, other readings are guesses.
                    if let Some(&main) = ids.first() {
                        lexicon.add(terms.text(main), main);
                    }
                    member_words.push(ids);
                }
                match member_words.len() {
                    0 => continue,
                    1 => {
                        for &term in &member_words[0] {
                            let pair = (term, group_index);
                            if let Err(at) = synonyms.groups_by_term.binary_search(&pair) {
                                synonyms.groups_by_term.insert(at, pair);
                            }
                        }
                    }
                    _ => synonyms.phrases.push((group_index, members.len())),
                }
                members.push(Member { words: member_words });
            }
            synonyms.groups.push(members);
        }
        synonyms
    }

    /// The groups with a one-word member indexed under `term`.
    pub fn groups_of(&self, term: TermId) -> impl Iterator<Item = usize> + '_ {
        let start = self.groups_by_term.partition_point(|&(t, _)| t < term);
        self.groups_by_term[start..].iter().take_while(move |&&(t, _)| t == term).map(|&(_, group)| group)
    }

    pub fn members(&self, group: usize) -> &[Member] {
        &self.groups[group]
    }

    /// The longest multi-word member that the words at the start of `query` spell, as its
    /// group and its number of words. `query` holds each query word's candidate terms.
    pub fn phrase_at(&self, query: &[Vec<TermId>]) -> Option<(usize, usize)> {
        self.phrases
            .iter()
            .map(|&(group, member)| (group, &self.groups[group][member]))
            .filter(|(_, member)| {
                member.words.len() <= query.len()
                    && member
                        .words
                        .iter()
                        .zip(query)
                        .all(|(wanted, typed)| wanted.iter().any(|t| typed.contains(t)))
            })
            .max_by_key(|(_, member)| member.words.len())
            .map(|(group, member)| (group, member.words.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(groups: &[&[&str]]) -> (Synonyms, Terms) {
        let groups: Vec<SynonymGroup> =
            groups.iter().map(|g| SynonymGroup(g.iter().map(|w| w.to_string()).collect())).collect();
        let mut terms = Terms::default();
        let mut lexicon = LexiconBuilder::default();
        (Synonyms::build(&groups, &mut terms, &mut lexicon), terms)
    }

    fn ids(terms: &Terms, word: &str) -> Vec<TermId> {
        candidates(word, None).iter().filter_map(|s| terms.get(s)).collect()
    }

    #[test]
    fn members_match_on_stems() {
        let (syn, terms) = build(&[&["kbri", "kedutaan", "embassy"], &["pulang", "go home"]]);
        // A query word is compared by stem: "kedutaan" and "kedutaannya" both give "duta".
        let duta = terms.get("duta").expect("kedutaan is stemmed to duta");
        assert_eq!(syn.groups_of(duta).collect::<Vec<_>>(), [0]);
        assert_eq!(syn.members(0).len(), 3);
        assert!(syn.groups_of(terms.get("kbri").expect("kbri")).any(|g| g == 0));
    }

    #[test]
    fn phrases_are_found_at_the_start_of_a_query() {
        let (syn, terms) = build(&[&["pulang", "go home"], &["lapor diri", "register"]]);
        let query: Vec<Vec<TermId>> = ["go", "home", "now"].iter().map(|w| ids(&terms, w)).collect();
        assert_eq!(syn.phrase_at(&query), Some((0, 2)));
        assert_eq!(syn.phrase_at(&query[1..]), None);
        let query: Vec<Vec<TermId>> = ["lapor", "diri"].iter().map(|w| ids(&terms, w)).collect();
        assert_eq!(syn.phrase_at(&query), Some((1, 2)));
    }
}
