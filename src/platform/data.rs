//! Fetches the data files under `/data/` and hands them to the pure loader.

use futures::future::join_all;
use gloo_net::http::Request;

use crate::content::{load, Catalogue, DataFiles, Problem, ALL_FILES};

/// Asks the service worker (public/sw.js) for the data as this version was built, rather than
/// the newest download. Must match BUILD_COPY there.
const BUILD_COPY: &str = "?build-copy";

/// How long one data file may take before the app stops waiting for it.
const FETCH_TIMEOUT_MS: u32 = 15_000;

/// Fetches every data file at once, then parses and validates them together. When the newest
/// content cannot be used (unreadable, or not valid for this version of the app), falls back
/// to the copy this version was built with: it passed the build's checks. Without a service
/// worker that second try simply fetches the same files again.
pub async fn fetch_catalogue() -> Result<Catalogue, Vec<Problem>> {
    match fetch_and_load("").await {
        Ok(catalogue) => Ok(catalogue),
        Err(problems) => fetch_and_load(BUILD_COPY).await.map_err(|_| problems),
    }
}

async fn fetch_and_load(query: &str) -> Result<Catalogue, Vec<Problem>> {
    let fetched = join_all(ALL_FILES.iter().map(|name| fetch_text(name, query))).await;
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

async fn fetch_text(name: &str, query: &str) -> Result<String, String> {
    // A connection that never answers (captive portal, dead signal) must end in the clear
    // error message with the hotline, not in "Memuat…" for ever.
    let give_up = web_sys::AbortSignal::timeout_with_u32(FETCH_TIMEOUT_MS);
    let response = Request::get(&format!("/data/{name}{query}"))
        .abort_signal(Some(&give_up))
        .send()
        .await
        .map_err(|e| format!("could not be downloaded: {e}"))?;
    if !response.ok() {
        return Err(format!("could not be downloaded: HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| format!("could not be read: {e}"))
}
