//! Search latency, natively: p50/p99 per query on the real catalogue and on a 100× synthetic
//! one (every entry cloned with new ids and altered words, so the vocabulary grows too).
//! Prints figures only; nothing here asserts a time.
//!
//! `CARGO_TARGET_DIR=/tmp/target-search cargo bench --bench search`

#[path = "../tests/common/mod.rs"]
mod common;
mod synthetic;

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use pelita::content::Catalogue;
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
    report(&format!("{COPIES}x synthetic corpus"), &synthetic::synthetic(&catalogue, COPIES), &queries, &keystrokes);
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
