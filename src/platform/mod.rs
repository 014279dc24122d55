//! The one place that touches browser APIs. Everything above it gets plain Rust values.

pub mod clipboard;
pub mod clock;
pub mod connectivity;
pub mod data;
pub mod dom;
pub mod exit;
pub mod form;
pub mod geolocation;
pub mod json;
pub mod keyboard;
pub mod lockdown;
pub mod language;
pub mod listener;
pub mod address_bar;
pub mod service_worker;
pub mod speech;
pub mod storage;

/// What a JavaScript error says: its message, or a thrown string as it is.
fn error_message(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => error.message().into(),
        None => error.as_string().unwrap_or_else(|| "unknown error".into()),
    }
}
