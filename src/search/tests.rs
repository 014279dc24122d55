//! Ranking on a tiny hand-built catalogue: which entry comes first for typical queries.

use crate::content::fixtures::{self, point, text, words};
use crate::content::*;

use super::*;

fn contact(id: &str, title: Text, summary: Text, phone: &str, keywords: &[&str]) -> Contact {
    let channel = if phone.starts_with('+') { fixtures::channel(ChannelKind::Phone, phone) } else { fixtures::scoped(phone, "KH") };
    Contact { title, summary, keywords: words(keywords), ..fixtures::contact(id, vec![channel]) }
}

fn guide(id: &str, title: Text, summary: Text, steps: Vec<Point>, keywords: &[&str]) -> Guide {
    Guide { title, summary, steps, keywords: words(keywords), ..fixtures::guide(id) }
}

fn catalogue() -> Catalogue {
    Catalogue {
        contacts: vec![
            contact(
                "kbri",
                text("KBRI Phnom Penh (Kedutaan Besar)", "Indonesian Embassy in Phnom Penh"),
                text(
                    "Hubungi kalau paspor ditahan atau ingin pulang.",
                    "Contact it if your passport is held or you want to go home.",
                ),
                "+855 12 813 282",
                &["kbri", "hotline"],
            ),
            contact(
                "polisi",
                text("Polisi Kamboja 117", "Cambodian police 117"),
                text("Nomor darurat polisi di Kamboja.", "Emergency police number in Cambodia."),
                "117",
                &[],
            ),
        ],
        guides: vec![
            guide(
                "paspor-ditahan",
                text("Paspor ditahan majikan", "Passport held by the employer"),
                text("Majikan tidak boleh menahan paspor Anda.", "An employer may not keep your passport."),
                vec![
                    point("Catat siapa yang menahan paspor.", "Write down who holds the passport."),
                    point("Hubungi KBRI.", "Contact the embassy."),
                ],
                &["sita paspor"],
            ),
            guide(
                "pulang",
                text("Pulang ke Indonesia", "Going home to Indonesia"),
                text("Langkah pemulangan dari Kamboja.", "Steps to return from Cambodia."),
                vec![point("Minta bantuan pemulangan ke KBRI.", "Ask the embassy for help going home.")],
                &["repatriasi"],
            ),
            guide(
                "lowongan-palsu",
                text("Lowongan kerja palsu", "Fake job offers"),
                text("Tanda tawaran kerja yang menipu.", "Signs of a job offer that is a scam."),
                vec![point("Jangan bayar biaya perekrutan.", "Do not pay recruitment fees.")],
                &["loker"],
            ),
        ],
        checklists: vec![Checklist {
            title: text("Cek tawaran kerja", "Check a job offer"),
            summary: text("Apakah tawaran ini penipuan?", "Is this offer a scam?"),
            ..fixtures::checklist(
                "cek-tawaran",
                vec![ChecklistItem {
                    text: text("Gaji sangat tinggi tanpa pengalaman", "Very high pay without experience"),
                    why: text("Penipu memakai gaji tinggi sebagai umpan.", "Scammers use high pay as bait."),
                    ..fixtures::item("gaji-tinggi")
                }],
                vec![Verdict {
                    title: text("Tidak ada tanda bahaya", "No warning signs"),
                    steps: vec![point("Tetap hati-hati.", "Stay careful.")],
                    ..fixtures::verdict(0, Level::Ok)
                }],
            )
        }],
        about: None,
        way_home: None,
        synonyms: vec![
            SynonymGroup(words(&["kbri", "kedutaan", "embassy"])),
            SynonymGroup(words(&["majikan", "bos", "boss", "employer"])),
            SynonymGroup(words(&["pulang", "pemulangan", "go home", "repatriation"])),
            SynonymGroup(words(&["lowongan", "loker", "job offer", "tawaran kerja"])),
            SynonymGroup(words(&["ditahan", "disita", "held", "taken"])),
        ],
        lexicon: vec![WordList {
            name: "test".into(),
            source: "the fixture".into(),
            means: words(&["mulih pulang", "psp paspor", "ga tidak", "sp siapa", "son anak", "tulung tolong"]),
            fillers: words(&["piye", "berapa", "please", "we", "dong", "tolong", "help"]),
        }],
    }
}

fn ids(index: &Index, query: &str) -> Vec<String> {
    index.search(query, 10).into_iter().map(|h| h.id).collect()
}

fn first(index: &Index, query: &str) -> String {
    ids(index, query).into_iter().next().unwrap_or_else(|| format!("(nothing for {query:?})"))
}

#[test]
fn exact_words_rank_the_entry_about_them_first() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "paspor ditahan"), "paspor-ditahan");
    assert_eq!(first(&index, "pulang"), "pulang");
    assert_eq!(first(&index, "lowongan kerja palsu"), "lowongan-palsu");
    assert_eq!(first(&index, "cek tawaran"), "cek-tawaran");
}

/// Built a few entries at a time (as the app does, between tasks), the index answers exactly
/// as one built at once.
#[test]
fn an_index_built_in_steps_answers_as_one_built_at_once() {
    let catalogue = catalogue();
    let whole = Index::build(&catalogue);
    let mut builder = IndexBuilder::new(&catalogue);
    let mut steps = 1;
    while builder.index_some(2) {
        steps += 1;
    }
    let stepped = builder.finish();
    assert!(steps > 2, "the fixture takes several steps of two entries ({steps})");
    assert_eq!(stepped.len(), whole.len());
    for query in ["paspor ditahan", "kedutaan", "pulang", "passports", "loker", "+855 12"] {
        let scored = |index: &Index| index.search(query, 10).into_iter().map(|hit| (hit.id, hit.score)).collect::<Vec<_>>();
        assert_eq!(scored(&stepped), scored(&whole), "{query}");
    }
}

#[test]
fn stems_bridge_word_forms() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "menahan paspornya"), "paspor-ditahan");
    assert_eq!(first(&index, "dipulangkan"), "pulang");
    assert_eq!(first(&index, "passports"), "paspor-ditahan");
}

#[test]
fn synonyms_find_the_other_language_and_slang() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "kedutaan"), "kbri");
    assert_eq!(first(&index, "bos tahan paspor"), "paspor-ditahan");
    assert_eq!(first(&index, "loker"), "lowongan-palsu");
    assert_eq!(first(&index, "repatriation"), "pulang");
    assert_eq!(first(&index, "how to go home"), "pulang");
}

#[test]
fn a_phrase_is_found_with_stopwords_between_its_words() {
    let index = Index::build(&catalogue());
    let scores = |q: &str| index.search(q, 10).into_iter().map(|h| (h.id, h.score)).collect::<Vec<_>>();
    assert_eq!(scores("go to my home "), scores("go home "));
}

#[test]
fn words_people_type_read_as_the_contents_words() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "mulih"), "pulang");
    assert_eq!(first(&index, "psp ditahan"), "paspor-ditahan");
    // Read through a possessive, and as what they mean, synonyms and all.
    assert_eq!(first(&index, "mulihlah"), "pulang");
    assert_eq!(ids(&index, "mulih "), ids(&index, "pulang "));
}

#[test]
fn javanese_and_sundanese_endings_on_the_contents_words_are_read_without_them() {
    let index = Index::build(&catalogue());
    assert_eq!(ids(&index, "paspore ditahan "), ids(&index, "paspor ditahan "));
    assert_eq!(ids(&index, "lowongane palsu "), ids(&index, "lowongan palsu "));
    assert_eq!(ids(&index, "pasporna "), ids(&index, "paspor "));
    assert_eq!(ids(&index, "mulihe "), ids(&index, "pulang "));
    // A word the index knows keeps its ending.
    assert_eq!(first(&index, "hotline"), "kbri");
}

#[test]
fn fillers_weigh_nothing_beside_other_words() {
    let index = Index::build(&catalogue());
    let scores = |q: &str| index.search(q, 10).into_iter().map(|h| (h.id, h.score)).collect::<Vec<_>>();
    assert_eq!(scores("piye dong paspor ditahan please "), scores("paspor ditahan "));
    assert_eq!(scores("what can we do, loker"), scores("loker"));
    // Alone, a filler is searched as typed (and here finds nothing).
    assert!(ids(&index, "piye").is_empty());
    // A word read as a filler is one: a request for help beside the situation.
    assert_eq!(scores("tulung paspor ditahan "), scores("paspor ditahan "));
    assert_eq!(scores("please help, paspor ditahan "), scores("paspor ditahan "));
}

#[test]
fn a_lexicon_word_being_typed_also_completes_the_contents_words() {
    let index = Index::build(&catalogue());
    // `ga` means `tidak`, but while it is typed it may still become `gaji`: both are found.
    let typing = ids(&index, "ga");
    assert!(typing.contains(&"cek-tawaran".to_string()) && typing.contains(&"paspor-ditahan".to_string()), "{typing:?}");
    assert_eq!(ids(&index, "ga "), ids(&index, "tidak "));
    // Chat reduplication: `anak2` is `anak-anak`.
    assert_eq!(ids(&index, "pulang2"), ids(&index, "pulang"));
}

#[test]
fn the_word_being_typed_completes() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "pemul"), "pulang");
    assert_eq!(first(&index, "lowon"), "lowongan-palsu");
    // After a space the word is finished: `pemul ` is not a prefix any more.
    assert!(ids(&index, "pemul ").is_empty());
    // One letter is not enough to complete.
    assert!(ids(&index, "p").is_empty());
}

#[test]
fn typos_are_forgiven() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "pasport ditahn"), "paspor-ditahan");
    assert_eq!(first(&index, "kedutan"), "kbri");
    assert_eq!(first(&index, "lowogan"), "lowongan-palsu");
}

#[test]
fn short_words_forgive_a_typo_but_not_in_the_first_letter() {
    let mut cat = catalogue();
    cat.guides[0].keywords.push("tppo".into());
    let index = Index::build(&cat);
    assert_eq!(first(&index, "tpo "), "paspor-ditahan");
    assert_eq!(first(&index, "tppp "), "paspor-ditahan");
    // One edit from `tppo`, but not a letter short of it, or not its first letter: no match.
    assert!(ids(&index, "tpx ").is_empty(), "{:?}", ids(&index, "tpx "));
    assert!(ids(&index, "xppo ").is_empty(), "{:?}", ids(&index, "xppo "));
}

#[test]
fn a_rare_word_only_in_a_body_decides_less_than_a_topic_in_a_title() {
    let mut cat = catalogue();
    let visa = guide("visa", text("Visa dan overstay", "Visa and overstay"), text("-", "-"), vec![point("-", "-")], &[]);
    let embassy = guide(
        "di-kbri",
        text("Di kedutaan", "At the embassy"),
        text("-", "-"),
        vec![
            point("Kalau izin tinggal sudah habis, datang juga.", "If your stay permit ran out, come anyway."),
            point("Uang habis? Tetap datang.", "Out of money? Come all the same."),
        ],
        &[],
    );
    let other = guide("lain", text("Lain", "Other"), text("-", "-"), vec![point("Urus visa sendiri.", "Get a visa yourself.")], &[]);
    // `habis` is rarer than `visa`, but only in a body; on a tie the earlier entry would win, so
    // the one that should win comes last.
    cat.guides.extend([embassy, other, visa]);
    let index = Index::build(&cat);
    let hits: Vec<(String, f32)> = index.search("visa habis ", 5).into_iter().map(|h| (h.id, h.score)).collect();
    assert_eq!(hits[0].0, "visa", "{hits:?}");
}

#[test]
fn a_reading_of_a_word_that_the_index_has_as_typed_does_not_make_it_rare() {
    let mut cat = catalogue();
    // English quoted in Indonesian text is stemmed as Indonesian: `indonesian` there is
    // `indonesi`, a term only these two guides have. Typed, `indonesian` is the common word, and
    // the embassy's title has it.
    let quoting = |id: &str| {
        let say = point("Katakan: \"I am Indonesian.\"", "Say: \"I am Indonesian.\"");
        guide(id, text("Lain", "Other"), text("-", "-"), vec![say], &[])
    };
    cat.guides.extend([quoting("sakit"), quoting("razia")]);
    for id in ["wni", "wni-2", "wni-3", "wni-4"] {
        cat.guides.push(guide(id, text("WNI", "Citizens"), text("-", "-"), vec![point("-", "Indonesian citizens.")], &[]));
    }
    let index = Index::build(&cat);
    assert_eq!(first(&index, "indonesian "), "kbri");
}

#[test]
fn a_word_found_only_as_a_typo_does_not_count_against_entries_without_it() {
    let index = Index::build(&catalogue());
    let score = |query: &str, id: &str| index.search(query, 10).into_iter().find(|h| h.id == id).map(|h| h.score);
    // `lowogan` is a guess at `lowongan`: the going-home guide, without it, keeps its score.
    assert_eq!(score("pulang lowogan ", "pulang"), score("pulang ", "pulang"));
    assert_eq!(first(&index, "pulang lowogan "), "pulang");
    assert!(ids(&index, "pulang lowogan ").contains(&"lowongan-palsu".to_string()));
}

#[test]
fn exact_beats_prefix_and_typo() {
    let index = Index::build(&catalogue());
    let exact = index.search("pulang", 1)[0].score;
    let prefix = index.search("pula", 1)[0].score;
    let typo = index.search("pulamg", 1)[0].score;
    assert!(exact > prefix && exact > typo, "exact {exact}, prefix {prefix}, typo {typo}");
}

#[test]
fn numbers_find_contacts() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "117"), "polisi");
    assert_eq!(first(&index, "813282"), "kbri");
    assert_eq!(first(&index, "+855 12 813 282"), "kbri");
    assert_eq!(first(&index, "012 813 282"), "kbri");
    assert_eq!(first(&index, "8132"), "kbri");
}

#[test]
fn hits_say_what_matched_for_highlighting() {
    let index = Index::build(&catalogue());
    let hit = &index.search("paspor ditahan", 1)[0];
    assert_eq!(hit.kind, EntryKind::Guide);
    assert!(
        hit.matched.contains(&"paspor".to_string()) && hit.matched.contains(&"tahan".to_string()),
        "{:?}",
        hit.matched
    );
    let segments = snippet("Majikan tidak boleh menahan paspor Anda.", &hit.matched, 100);
    let marked: Vec<&str> = segments.iter().filter(|s| s.highlighted).map(|s| s.text.as_str()).collect();
    assert_eq!(marked, ["menahan paspor"]);
}

#[test]
fn empty_and_meaningless_queries_find_nothing() {
    let index = Index::build(&catalogue());
    assert!(ids(&index, "").is_empty());
    assert!(ids(&index, "   ?! ").is_empty());
    assert!(ids(&index, "zzzzqqq").is_empty());
    assert!(index.search("paspor", 0).is_empty());
    assert!(Index::build(&Catalogue::default()).search("paspor", 5).is_empty());
}

#[test]
fn stopwords_among_content_words_are_ignored() {
    let index = Index::build(&catalogue());
    assert_eq!(first(&index, "paspor yang ditahan"), "paspor-ditahan");
    assert_eq!(first(&index, "my passport is held by the boss"), "paspor-ditahan");
}

#[test]
fn words_side_by_side_beat_the_same_words_apart() {
    let mut cat = catalogue();
    let apart = guide(
        "apart",
        text("Hilang kontak, paspor aman", "Lost contact, passport safe"),
        text("-", "-"),
        vec![point("-", "-")],
        &[],
    );
    let together = guide(
        "together",
        text("Paspor hilang di jalan", "Passport lost in the street"),
        text("-", "-"),
        vec![point("-", "-")],
        &[],
    );
    // On a tie the earlier entry would win, so the one that should win comes second.
    cat.guides = vec![apart, together];
    let index = Index::build(&cat);
    assert_eq!(first(&index, "paspor hilang"), "together");
    assert_eq!(first(&index, "hilang kontak"), "apart");
}

mod excerpts {
    use crate::content::fixtures::{self, point, text};
    use crate::content::{Catalogue, Guide};
    use crate::lang::Lang;
    use crate::search::{excerpt, Index};

    fn catalogue() -> Catalogue {
        let guide = Guide {
            title: text("Paspor ditahan", "Passport held"),
            summary: text("Kalau bos menyimpan dokumen Anda.", "When the boss keeps your documents."),
            steps: vec![point("Hubungi KBRI lewat WhatsApp.", "Contact the embassy on WhatsApp.")],
            ..fixtures::guide("paspor-ditahan")
        };
        Catalogue { guides: vec![guide], ..Catalogue::default() }
    }

    #[test]
    fn excerpt_prefers_a_text_with_a_match_in_the_page_language() {
        let catalogue = catalogue();
        let index = Index::build(&catalogue);
        let hit = index.search("whatsapp", 3).into_iter().next().expect("a hit");
        let segments = excerpt(&catalogue, &hit, Lang::En, 120);
        let text: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert!(text.contains("Contact the embassy"), "{text}");
        assert!(segments.iter().any(|s| s.highlighted && s.text == "WhatsApp"));
    }

    #[test]
    fn excerpt_falls_back_to_the_summary() {
        let catalogue = catalogue();
        let index = Index::build(&catalogue);
        let hit = index.search("passport", 3).into_iter().next().expect("a hit");
        let text: String = excerpt(&catalogue, &hit, Lang::Id, 120).iter().map(|s| s.text.as_str()).collect();
        assert_eq!(text, "Kalau bos menyimpan dokumen Anda.");
    }
}

#[test]
fn a_huge_query_is_read_up_to_its_caps() {
    let index = Index::build(&catalogue());
    let paspor = first(&index, "paspor");
    // A crafted link's `?q=`: thousands of words, the real one first.
    let flood = ["paspor ", &"kata ".repeat(5_000)].concat();
    assert_eq!(first(&index, &flood), paspor);
    // Words past the cap are not read: a word that would match, placed after them, adds nothing.
    let late = [&"zzz ".repeat(super::MAX_QUERY_WORDS), "paspor"].concat();
    assert!(ids(&index, &late).is_empty(), "{:?}", ids(&index, &late));
    let long_word = "a".repeat(100_000);
    assert!(ids(&index, &long_word).is_empty());
}

/// On the real data (`public/data/`): a word of `lexicon.json` is read as other words only
/// when the content never writes it, so reading it so loses nothing it would find (a stem that
/// happens to match, as `mulih` in `pemulihan`, is no loss); and every word it is read as is
/// one the content or its synonyms have.
mod real_lexicon {
    use std::collections::BTreeSet;

    use crate::content::{load, Catalogue, DataFiles, ALL_FILES};
    use crate::search::fields::searchables;
    use crate::search::normalize::words;
    use crate::search::stopwords::is_stopword;
    use crate::search::Index;

    fn real_catalogue() -> Catalogue {
        let mut files = DataFiles::default();
        for name in ALL_FILES {
            let path = [env!("CARGO_MANIFEST_DIR"), "/public/data/", name].concat();
            if let Ok(text) = std::fs::read_to_string(&path) {
                files.insert(name, serde_json::from_str(&text).map_err(|e| e.to_string()));
            }
        }
        load(&files).unwrap_or_else(|problems| panic!("public/data does not load: {problems:?}"))
    }

    #[test]
    fn lexicon_words_are_words_the_content_lacks_read_as_words_it_has() {
        let catalogue = real_catalogue();
        let index = Index::build(&catalogue);
        let mut written = BTreeSet::new();
        for entry in searchables(&catalogue) {
            written.extend(entry.pieces.iter().flat_map(|piece| words(&piece.text)).map(|w| w.text));
        }
        written.extend(catalogue.synonyms.iter().flat_map(|g| &g.0).flat_map(|w| words(w)).map(|w| w.text));
        let mut wrong = Vec::new();
        for list in &catalogue.lexicon {
            for entry in &list.means {
                let (word, meaning) = entry.split_once(' ').unwrap_or((entry, ""));
                if written.contains(word) {
                    wrong.push(format!("{}: {word} is written in the content or synonyms.json", list.name));
                }
                for meant in meaning.split(' ').filter(|m| index.lexicon.get(m).is_none() && !is_stopword(m)) {
                    wrong.push(format!("{}: {word} means {meant}, which the content does not have", list.name));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
