//! The header's language switch: Indonesian ⇄ English.

use leptos::prelude::*;

use crate::app::{tr, use_app};
use crate::content::Lang;
use crate::platform::location::Move;
use crate::route::{query_param, replace_param};
use crate::ui_text::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    let (lang, address) = (app.lang, app.address);
    let other = move || match lang.get() {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let switch = move |_| {
        let next = other();
        lang.set(next);
        // A `?lang=` in the address wins at start, so it must follow the switch, or a reload
        // would undo it.
        let url = address.url().get_untracked();
        if query_param(&url.query, "lang").is_some() {
            let query = replace_param(&url.query, "lang", next.code());
            address.go(&format!("{}{query}{}", url.path, url.hash), Move::Replace);
        }
    };
    // The label names the other language, in that language.
    view! {
        <button type="button" class="lang" lang=move || other().code() on:click=switch
            aria-label=tr(LANGUAGE_SWITCH_NAME)>
            {tr(LANGUAGE_SWITCH_SHORT)}
        </button>
    }
}
