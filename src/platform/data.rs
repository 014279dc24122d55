//! Fetches the data (`/data/content.json`, every data file in one) and hands it to the pure
//! loader.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit, Response};

use crate::content::{load, Catalogue, DataFiles, Problem, BUNDLE_FILE};

/// Asks the service worker (public/sw.js) for the data as this version was built, rather than
/// the newest download. Must match BUILD_COPY there.
const BUILD_COPY: &str = "?build-copy";

/// How long the data may take before the app stops waiting for it.
const FETCH_TIMEOUT_MS: u32 = 15_000;

/// Fetches the data, then parses and validates it. When the newest content cannot be used
/// (unreadable, or not valid for this version of the app), falls back to the copy this version
/// was built with: it passed the build's checks. Without a service worker that second try
/// simply fetches the same file again.
pub async fn fetch_catalogue() -> Result<Catalogue, Vec<Problem>> {
    match fetch_and_load("").await {
        Ok(catalogue) => Ok(catalogue),
        Err(problems) => fetch_and_load(BUILD_COPY).await.map_err(|_| problems),
    }
}

async fn fetch_and_load(query: &str) -> Result<Catalogue, Vec<Problem>> {
    let problem = |message| vec![Problem { file: BUNDLE_FILE.into(), entry: "-".into(), field: "-".into(), message }];
    let text = fetch_text(query).await.map_err(problem)?;
    load(&DataFiles::from_bundle(&text).map_err(|p| vec![p])?)
}

async fn fetch_text(query: &str) -> Result<String, String> {
    let not_downloaded = |e: JsValue| format!("could not be downloaded: {}", super::error_message(&e));
    // A connection that never answers (captive portal, dead signal) must end in the clear
    // error message with the hotline, not in "Memuat…" for ever.
    let init = RequestInit::new();
    init.set_signal(Some(&AbortSignal::timeout_with_u32(FETCH_TIMEOUT_MS)));
    let window = web_sys::window().ok_or("could not be downloaded: no window")?;
    let response = JsFuture::from(window.fetch_with_str_and_init(&format!("/data/{BUNDLE_FILE}{query}"), &init))
        .await
        .map_err(not_downloaded)?
        .unchecked_into::<Response>();
    if !response.ok() {
        return Err(format!("could not be downloaded: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(not_downloaded)?).await;
    text.ok().and_then(|text| text.as_string()).ok_or_else(|| "could not be read".into())
}
