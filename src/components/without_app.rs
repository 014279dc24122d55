//! What a page drawn at build time says where a part of it needs the app: the nearest thing
//! that works without it. Hidden unless JavaScript is off (index.html's `<noscript>` style) or
//! the app could not start (`html.no-app`, set by public/loader.js). The app draws none of it:
//! where it runs, it is the app that does the work.

use leptos::prelude::*;

use crate::lang::Lang;
use crate::ui_text::UiText;

/// `text` and the `alternative` (links, a number), drawn only at build time.
pub fn without_app(text: UiText, lang: Lang, alternative: impl FnOnce() -> AnyView) -> Option<AnyView> {
    if cfg!(target_arch = "wasm32") {
        return None;
    }
    Some(view! { <div class="app-fallback notice"><p>{text.get(lang)}</p>{alternative()}</div> }.into_any())
}
