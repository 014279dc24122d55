//! A synthetic corpus for the search benchmarks, shared by the native bench
//! (`benches/search.rs`) and the browser one (`examples/search_wasm.rs`), so both time the
//! same entries.

use pelita::content::{Catalogue, Text};

/// `copies` copies of the catalogue. Copy `n` > 0 gets ids ending in `-n` and every third
/// word of five letters or more extended by a two-letter tag, so each copy adds new words.
pub fn synthetic(catalogue: &Catalogue, copies: usize) -> Catalogue {
    let mut out = Catalogue { synonyms: catalogue.synonyms.clone(), lexicon: catalogue.lexicon.clone(), ..Catalogue::default() };
    for copy in 0..copies {
        let tag = tag(copy);
        let alter = |t: &mut Text| {
            t.ind = alter_words(&t.ind, &tag);
            t.en = alter_words(&t.en, &tag);
        };
        for contact in &catalogue.contacts {
            let mut c = contact.clone();
            c.id = format!("{}-{copy}", c.id);
            alter(&mut c.title);
            alter(&mut c.summary);
            c.notes.iter_mut().for_each(|p| alter(&mut p.text));
            c.location.iter_mut().for_each(alter);
            c.channels.iter_mut().for_each(|ch| alter(&mut ch.label));
            c.keywords = c.keywords.iter().map(|k| alter_words(k, &tag)).collect();
            out.contacts.push(c);
        }
        for guide in &catalogue.guides {
            let mut g = guide.clone();
            g.id = format!("{}-{copy}", g.id);
            alter(&mut g.title);
            alter(&mut g.summary);
            for list in [&mut g.steps, &mut g.bring, &mut g.say, &mut g.notes] {
                list.iter_mut().for_each(|p| alter(&mut p.text));
            }
            g.keywords = g.keywords.iter().map(|k| alter_words(k, &tag)).collect();
            out.guides.push(g);
        }
        for checklist in &catalogue.checklists {
            let mut c = checklist.clone();
            c.id = format!("{}-{copy}", c.id);
            alter(&mut c.title);
            alter(&mut c.summary);
            for item in &mut c.items {
                alter(&mut item.text);
                alter(&mut item.why);
            }
            for verdict in &mut c.verdicts {
                alter(&mut verdict.title);
                verdict.steps.iter_mut().for_each(|p| alter(&mut p.text));
            }
            c.keywords = c.keywords.iter().map(|k| alter_words(k, &tag)).collect();
            out.checklists.push(c);
        }
    }
    out
}

/// Two letters naming a copy: `aa`, `ab`, … (empty for the original).
fn tag(copy: usize) -> String {
    if copy == 0 {
        return String::new();
    }
    let letter = |n: usize| char::from(b'a' + (n % 26) as u8);
    [letter(copy / 26), letter(copy)].iter().collect()
}

fn alter_words(text: &str, tag: &str) -> String {
    text.split(' ')
        .enumerate()
        .map(|(i, word)| {
            if !tag.is_empty()
                && i % 3 == 0
                && word.chars().count() >= 5
                && word.chars().all(char::is_alphabetic)
            {
                format!("{word}{tag}")
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
