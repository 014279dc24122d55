//! Shared helpers for the native tests that read the real data under `public/data/`.
#![allow(dead_code)] // each test file uses only some of these

use std::fs;
use std::path::{Path, PathBuf};

use pelita::content::{load, Catalogue, DataFiles, Parsed, ALL_FILES};

/// JSON text as the platform hands it to the core: parsed, or why it is not JSON.
pub fn parse(text: &str) -> Parsed {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

pub fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data"))
}

/// The text of one file under `public/data/`.
pub fn read_text(name: &str) -> String {
    fs::read_to_string(data_dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The data files the app loads, read the way the app would receive them.
pub fn read_files() -> DataFiles {
    let mut files = DataFiles::default();
    for name in ALL_FILES {
        if let Ok(text) = fs::read_to_string(data_dir().join(name)) {
            files.insert(name, parse(&text));
        }
    }
    files
}

/// The parsed and validated catalogue; panics listing every problem.
pub fn catalogue() -> Catalogue {
    match load(&read_files()) {
        Ok(c) => c,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("public/data has {} problem(s):\n{}", list.len(), list.join("\n"));
        }
    }
}

/// Every `.json` file under `public/data/` with its raw text, loaded by the app or not.
pub fn raw_json_files() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(data_dir()).expect("public/data exists") {
        let path: PathBuf = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).expect("readable file");
            out.push((name, text));
        }
    }
    out.sort();
    out
}
