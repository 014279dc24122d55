//! Copying text for the user, with the outcome so the button can say whether it worked.

use wasm_bindgen_futures::JsFuture;

pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
