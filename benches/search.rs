//! Search latency, natively: p50/p99 per query on the real catalogue and on a 100× synthetic
//! one (every entry cloned with new ids and altered words, so the vocabulary grows too).
//! Prints figures only; nothing here asserts a time.
//!
//! `CARGO_TARGET_DIR=/tmp/target-search cargo bench --bench search`

#[path = "../tests/common/mod.rs"]
mod common;

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use pelita::content::{Catalogue, Text};
use pelita::search::Index;

const COPIES: usize = 100;
/// Each query list is timed this many times over, for steadier percentiles.
const ROUNDS: usize = 5;

fn main() {
    let catalogue = common::catalogue();
    let queries = queries();
    let keystrokes = keystrokes(&queries);
    println!("{} queries, {} keystroke prefixes of them", queries.len(), keystrokes.len());

    report("real corpus", &catalogue, &queries, &keystrokes);
    report(&format!("{COPIES}x synthetic corpus"), &synthetic(&catalogue, COPIES), &queries, &keystrokes);
}

fn report(name: &str, catalogue: &Catalogue, queries: &[String], keystrokes: &[String]) {
    let started = Instant::now();
    let index = Index::build(catalogue);
    let build = started.elapsed();
    println!("\n{name}: {} entries, index built in {:.1} ms", index.len(), build.as_secs_f64() * 1e3);
    for (what, list) in [("whole queries", queries), ("per keystroke", keystrokes)] {
        let mut times = time_searches(&index, list);
        times.sort_unstable();
        println!(
            "  {what:>14}: p50 {:>8.1} µs   p99 {:>8.1} µs   max {:>8.1} µs",
            micros(percentile(&times, 0.50)),
            micros(percentile(&times, 0.99)),
            micros(times.last().copied().unwrap_or_default()),
        );
    }
}

fn time_searches(index: &Index, queries: &[String]) -> Vec<Duration> {
    let mut times = Vec::with_capacity(queries.len() * ROUNDS);
    for _ in 0..ROUNDS {
        for query in queries {
            let started = Instant::now();
            black_box(index.search(black_box(query), 10));
            times.push(started.elapsed());
        }
    }
    times
}

fn percentile(sorted: &[Duration], share: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let at = ((sorted.len() - 1) as f64 * share).round() as usize;
    sorted[at]
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// The queries of the quality test: the public set (if present) and our own.
fn queries() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../shared/search/queries-public.tsv", "tests/search_queries.tsv"]
        .iter()
        .filter_map(|file| fs::read_to_string(root.join(file)).ok())
        .flat_map(|text| {
            text.lines()
                .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
                .filter_map(|line| line.split('\t').next().map(str::to_string))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Every prefix of every query, as the search box sees it while someone types.
fn keystrokes(queries: &[String]) -> Vec<String> {
    queries
        .iter()
        .flat_map(|q| {
            q.char_indices().skip(1).map(|(i, _)| q[..i].to_string()).chain([q.clone()]).collect::<Vec<_>>()
        })
        .collect()
}

/// `copies` copies of the catalogue. Copy `n` > 0 gets ids ending in `-n` and every third
/// word of five letters or more extended by a two-letter tag, so each copy adds new words.
fn synthetic(catalogue: &Catalogue, copies: usize) -> Catalogue {
    let mut out = Catalogue { synonyms: catalogue.synonyms.clone(), ..Catalogue::default() };
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
            c.notes.iter_mut().for_each(alter);
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
                list.iter_mut().for_each(alter);
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
                verdict.steps.iter_mut().for_each(alter);
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
