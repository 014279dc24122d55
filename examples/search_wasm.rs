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

use pelita::content::{load, Catalogue, Checklist, Contact, DataFiles, Guide};
use pelita::search::Index;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Corpus {
    catalogue: Catalogue,
    index: Option<Index>,
}

/// The entries as JSON, so the JavaScript engine indexes exactly what this one does.
#[derive(Serialize)]
struct Entries<'a> {
    contacts: &'a [Contact],
    guides: &'a [Guide],
    checklists: &'a [Checklist],
}

#[wasm_bindgen]
impl Corpus {
    /// Loads the data files (`texts[i]` is the file called `names[i]`). `copies` above 1
    /// makes the synthetic corpus with that many copies of every entry.
    #[wasm_bindgen(constructor)]
    pub fn new(names: Vec<String>, texts: Vec<String>, copies: usize) -> Result<Corpus, String> {
        let mut files = DataFiles::default();
        for (name, text) in names.iter().zip(texts) {
            files.insert(name, &text);
        }
        let real = load(&files).map_err(|problems| format!("{} problem(s) in the data, first: {}", problems.len(), problems[0]))?;
        let catalogue = if copies > 1 { synthetic::synthetic(&real, copies) } else { real };
        Ok(Corpus { catalogue, index: None })
    }

    pub fn entries_json(&self) -> String {
        let c = &self.catalogue;
        serde_json::to_string(&Entries { contacts: &c.contacts, guides: &c.guides, checklists: &c.checklists })
            .expect("the model serialises")
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
