//! The search box of the home page. Not a form: a drawn page (before the app starts, or
//! without JavaScript) must never send the typed words anywhere, not even to `/cari?q=…`,
//! where they would stay in the address bar and the phone's history. With the app, the
//! search opens with the words kept in memory (`platform::address_bar`).

use leptos::html;
use leptos::prelude::*;

use crate::components::without_app::without_app;
use crate::platform::address_bar::Move;
use crate::route::search_href;
use crate::state::{prepare_search, use_page, view_lang};
use crate::ui_text::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = view_lang();
    let address = use_page().address;
    // The index is built while the person types, so the results are ready on arrival.
    let prepare = move |_| prepare_search();
    let input = NodeRef::<html::Input>::new();
    let search = move || {
        let typed = input.get_untracked().map(|input| input.value()).unwrap_or_default();
        address.go(&search_href(&typed, lang), Move::Push);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            search();
        }
    };
    view! {
        <div class="search" role="search">
            <label for="q" class="search-label">{SEARCH_LABEL.get(lang)}</label>
            <div class="search-row">
                <input id="q" type="search" autocomplete="off" enterkeyhint="search" node_ref=input
                    placeholder=SEARCH_PLACEHOLDER.get(lang) on:focus=prepare on:keydown=on_key />
                <button type="button" on:click=move |_| search()>{SEARCH_BUTTON.get(lang)}</button>
            </div>
            {without_app(WITHOUT_APP_SEARCH, lang, || ().into_any())}
        </div>
    }
}
