//! Small document-level operations.

/// The id of the page as served (drawn at build time into index.html's boot block,
/// `prerender::page`), which the app takes over when it starts. `scripts/build/pages.mjs` and
/// `public/sw.js` find pages by it too (tests/shared_names.rs).
pub const BOOT_ID: &str = "boot";

/// Removes the static frame that index.html paints before the app starts.
pub fn remove_boot_frame() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(BOOT_ID))
    {
        boot.remove();
    }
}

/// Sets `<html lang>` so screen readers and translators read the page in its language.
/// (A plain effect instead of leptos_meta's `<Html>`: the same result, smaller; bench/SIZE.md.)
pub fn set_document_lang(code: &str) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        // Setting an attribute on the root element cannot fail in practice; there is nothing to do if it does.
        let _ = html.set_attribute("lang", code);
    }
}

/// Moves keyboard focus to the first element matching `selector` once the views drawn in this
/// turn are in the document and their own effects have run (after the whole app is drawn
/// again, the control used keeps focus).
pub fn focus_later(selector: &'static str) {
    leptos::prelude::set_timeout(
        move || {
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(selector).ok().flatten())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let Some(element) = focused {
                let _ = element.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The browser's user-agent string (empty where there is none).
pub fn user_agent() -> String {
    web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default()
}
