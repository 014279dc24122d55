//! JSON text to `serde_json::Value`, for the content and the stored answers.
//!
//! In the browser the engine's own `JSON.parse` reads it (`platform::json`): serde_json's parser
//! cost the wasm 10.5 KB brotli (bench/SIZE.md). Natively (tests, benchmarks) serde_json reads
//! it. The two agree on every JSON text but for one thing: the browser cannot tell `3.0` from
//! `3`, so a whole number written with a decimal point is a whole number there.

#[cfg(target_arch = "wasm32")]
pub use crate::platform::json::parse;

/// The value of `text`, or why it is not JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<serde_json::Value, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}
