//! The header's language switch: Indonesian ⇄ English.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::app::use_app;
use crate::content::Lang;
use crate::ui_text::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_app().lang;
    let location = use_location();
    let navigate = use_navigate();
    let other = move || match lang.get() {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let switch = move |_| {
        let next = other();
        lang.set(next);
        // A `?lang=` in the address wins at start, so it must follow the switch, or a reload
        // would undo it.
        let mut query = location.query.get_untracked();
        if query.get_str("lang").is_some() {
            query.replace("lang", next.code().to_string());
            let url = format!("{}{}{}", location.pathname.get_untracked(), query.to_query_string(), location.hash.get_untracked());
            navigate(&url, NavigateOptions { replace: true, scroll: false, ..Default::default() });
        }
    };
    // The label names the other language, in that language.
    view! {
        <button type="button" class="lang" lang=move || other().code() on:click=switch
            aria-label=move || LANGUAGE_SWITCH_NAME.get(lang.get())>
            {move || LANGUAGE_SWITCH_SHORT.get(lang.get())}
        </button>
    }
}
