//! The search engine as a wasm module of its own, for the browser benchmark
//! (`bench/search.mjs`). Only that benchmark builds it, as a cargo example, so nothing here
//! ends up in the app's wasm:
//!
//! `cargo build --release --example search_wasm --target wasm32-unknown-unknown`
//!
//! It exports a `Corpus`: the data files loaded the way the app loads them, optionally
//! multiplied into the synthetic corpus of the native bench, with its search index.

// Natively (`cargo test` builds every example) this is an empty library.
#![cfg(target_arch = "wasm32")]

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use pelita::content::{load, Catalogue, DataFiles, Point, Text};
use pelita::search::Index;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Corpus {
    catalogue: Catalogue,
    index: Option<Index>,
}

fn text(t: &Text) -> Value {
    json!({"id": t.ind, "en": t.en})
}

fn points(points: &[Point]) -> impl Iterator<Item = Value> + '_ {
    points.iter().map(|p| text(&p.text))
}

/// One entry as MiniSearch reads it (bench/search-page.mjs): its title, keywords, summary, and
/// every other text a person reads as `body`.
fn entry(id: &str, title: &Text, keywords: &[String], summary: &Text, body: Vec<Value>) -> Value {
    json!({"id": id, "title": text(title), "keywords": keywords, "summary": text(summary), "body": body})
}

#[wasm_bindgen]
impl Corpus {
    /// Loads the data files (`texts[i]` is the file called `names[i]`). `copies` above 1
    /// makes the synthetic corpus with that many copies of every entry.
    #[wasm_bindgen(constructor)]
    pub fn new(names: Vec<String>, texts: Vec<String>, copies: usize) -> Result<Corpus, String> {
        let mut files = DataFiles::default();
        for (name, text) in names.iter().zip(texts) {
            files.insert(name, serde_json::from_str(&text).map_err(|e| e.to_string()));
        }
        let real = load(&files).map_err(|problems| format!("{} problem(s) in the data, first: {}", problems.len(), problems[0]))?;
        let catalogue = if copies > 1 { synthetic::synthetic(&real, copies) } else { real };
        Ok(Corpus { catalogue, index: None })
    }

    /// The entries as JSON, so the JavaScript engine indexes exactly what this one does.
    pub fn entries_json(&self) -> String {
        let c = &self.catalogue;
        let contacts: Vec<Value> = c.contacts.iter().map(|e| {
            let mut body: Vec<Value> = e.channels.iter().flat_map(|ch| [text(&ch.label), json!(ch.value)]).collect();
            body.extend(e.location.iter().map(text));
            body.extend(points(&e.notes));
            entry(&e.id, &e.title, &e.keywords, &e.summary, body)
        }).collect();
        let guides: Vec<Value> = c.guides.iter().map(|e| {
            let mut body = vec![text(&e.answer)];
            body.extend([&e.steps, &e.bring, &e.say, &e.notes].into_iter().flat_map(|list| points(list)));
            entry(&e.id, &e.title, &e.keywords, &e.summary, body)
        }).collect();
        let checklists: Vec<Value> = c.checklists.iter().map(|e| {
            let mut body: Vec<Value> = e.items.iter().flat_map(|i| [text(&i.text), text(&i.why)]).collect();
            for verdict in &e.verdicts {
                body.push(text(&verdict.title));
                body.extend(points(&verdict.steps));
            }
            entry(&e.id, &e.title, &e.keywords, &e.summary, body)
        }).collect();
        json!({"contacts": contacts, "guides": guides, "checklists": checklists}).to_string()
    }

    /// Builds the index; separate from `new` so the page can time it.
    pub fn build_index(&mut self) {
        self.index = Some(Index::build(&self.catalogue));
    }

    /// The ids of the best `limit` entries, best first, as the app's search page gets them.
    pub fn search(&self, query: &str, limit: usize) -> Vec<String> {
        let index = self.index.as_ref().expect("build_index first");
        index.search(query, limit).into_iter().map(|hit| hit.id).collect()
    }
}
