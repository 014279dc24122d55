//! Fetches the data files under `/data/` and hands them to the pure loader.

use futures::future::join_all;
use gloo_net::http::Request;

use crate::content::{load, Catalogue, DataFiles, Problem, ALL_FILES};

/// Fetches every data file at once, then parses and validates them together.
pub async fn fetch_catalogue() -> Result<Catalogue, Vec<Problem>> {
    let fetched = join_all(ALL_FILES.iter().map(|name| fetch_text(name))).await;
    let mut files = DataFiles::default();
    let mut problems = Vec::new();
    for (name, result) in ALL_FILES.iter().zip(fetched) {
        match result {
            Ok(text) => {
                files.insert(name, text);
            }
            Err(message) => problems.push(Problem {
                file: (*name).into(),
                entry: "-".into(),
                field: "-".into(),
                message,
            }),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    load(&files)
}

async fn fetch_text(name: &str) -> Result<String, String> {
    let response = Request::get(&format!("/data/{name}"))
        .send()
        .await
        .map_err(|e| format!("could not be downloaded: {e}"))?;
    if !response.ok() {
        return Err(format!("could not be downloaded: HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| format!("could not be read: {e}"))
}
