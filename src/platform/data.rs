//! Fetches the data (`/data/content.json`, every data file in one), has the browser parse it
//! as it reads it, and hands the values to the pure decoder (`content::decode_all`: the build
//! validated what it says).

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{decode_all, Catalogue, DataFiles, Problem, BUNDLE_FILE};

/// Asks the service worker (public/sw.js) for the data as this version was built, rather than
/// the newest download. Must match BUILD_COPY there.
pub const BUILD_COPY: &str = "?build-copy";

/// How long the data may take before the app stops waiting for it.
const FETCH_TIMEOUT_MS: i32 = 15_000;

/// Fetches the data, then parses and decodes it. When the newest content cannot be used
/// (unreadable, or not in this version's shape), falls back to the copy this version was
/// built with: it passed the build's checks. Without a service worker that second try
/// simply fetches the same file again.
pub async fn fetch_catalogue() -> Result<Catalogue, Vec<Problem>> {
    match fetch_and_load("").await {
        Ok(catalogue) => Ok(catalogue),
        Err(problems) => fetch_and_load(BUILD_COPY).await.map_err(|_| problems),
    }
}

async fn fetch_and_load(query: &str) -> Result<Catalogue, Vec<Problem>> {
    let problem = |message: String| vec![Problem::in_file(BUNDLE_FILE, message)];
    let response = fetch(&["/data/", BUNDLE_FILE, query].concat()).await.map_err(problem)?;
    let parsed = super::json::read_response(&response.into()).await;
    super::clock::next_task().await;
    decode_all(&DataFiles::from_bundle(parsed).map_err(|p| vec![p])?)
}

async fn fetch(url: &str) -> Result<gloo_net::http::Response, String> {
    // The browser's own words for what failed; gloo-net's `Display` would bring serde_json's
    // error texts into the wasm for errors this request cannot have.
    let not_downloaded = |e: gloo_net::Error| {
        let reason = match e {
            gloo_net::Error::JsError(js) => js.message,
            _ => "unknown error".into(),
        };
        ["could not be downloaded: ", &reason].concat()
    };
    // A connection that never answers (captive portal, dead signal) must end in the clear
    // error message with the hotline, not in "Memuat…" for ever.
    let signal = timeout_signal(FETCH_TIMEOUT_MS);
    let response = Request::get(url).abort_signal(signal.as_ref()).send().await.map_err(not_downloaded)?;
    if !response.ok() {
        return Err(["could not be downloaded: HTTP ", &response.status().to_string()].concat());
    }
    Ok(response)
}

#[wasm_bindgen]
extern "C" {
    /// `AbortSignal.timeout`, looked up at run time: Safari before 16 and old WebViews lack it.
    #[wasm_bindgen(js_namespace = AbortSignal, js_name = timeout, catch)]
    fn abort_signal_timeout(ms: i32) -> Result<web_sys::AbortSignal, JsValue>;
}

/// A signal that aborts after `ms`: `AbortSignal.timeout` where the browser has it, else an
/// `AbortController` and a timer; `None` (no timeout) where there is neither.
fn timeout_signal(ms: i32) -> Option<web_sys::AbortSignal> {
    if let Ok(signal) = abort_signal_timeout(ms) {
        return Some(signal);
    }
    let controller = web_sys::AbortController::new().ok()?;
    let signal = controller.signal();
    let abort = Closure::once_into_js(move || controller.abort());
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), ms)
        .ok()?;
    Some(signal)
}
