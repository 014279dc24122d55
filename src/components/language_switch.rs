//! The header's language switch: Indonesian ⇄ English.

use leptos::prelude::*;

use crate::platform;
use crate::platform::location::Move;
use crate::route::{query_param, with_param};
use crate::state::{use_app, view_lang};
use crate::ui_text::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let (lang, address, route) = (app.lang, app.address, app.route);
    let shown = view_lang();
    let other = shown.other();
    let switch = move |_| {
        // A `?lang=` in the address wins at start, so it must follow the switch, or a reload
        // would undo it. The path is the route's own, never the one the page was opened with.
        let url = address.url().get_untracked();
        if query_param(&url.query, "lang").is_some() {
            let query = with_param(&url.query, "lang", Some(other.code()));
            address.go(&[route.get_untracked().href().as_str(), &query, &url.hash].concat(), Move::Replace);
        }
        lang.set(other);
        platform::dom::focus_later("button.lang");
    };
    // The label names the other language, in that language.
    view! {
        <button type="button" class="lang" lang=other.code() on:click=switch aria-label=LANGUAGE_SWITCH_NAME.get(shown)>
            {LANGUAGE_SWITCH_SHORT.get(shown)}
        </button>
    }
}
