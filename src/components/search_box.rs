//! The search form of the home page: a GET to `/cari?q=…`, so a search is a link like any
//! other (and works before the app has started); the app opens the results without reloading.

use leptos::html;
use leptos::prelude::*;

use crate::platform::location::Move;
use crate::route::{search_href, Route};
use crate::state::{use_app, view_lang};
use crate::ui_text::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = view_lang();
    let app = use_app();
    let address = app.address;
    // The index is built while the person types, so the results are ready on arrival.
    let prepare = move |_| app.prepare_search();
    let input = NodeRef::<html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = input.get_untracked().map(|input| input.value()).unwrap_or_default();
        address.go(&search_href(&typed), Move::Push);
    };
    view! {
        <form action=Route::Search.href() class="search" role="search" on:submit=submit>
            <label for="q" class="search-label">{SEARCH_LABEL.get(lang)}</label>
            <div class="search-row">
                <input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search" node_ref=input
                    placeholder=SEARCH_PLACEHOLDER.get(lang) on:focus=prepare />
                <button type="submit">{SEARCH_BUTTON.get(lang)}</button>
            </div>
        </form>
    }
}
