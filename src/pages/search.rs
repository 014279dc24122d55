use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use crate::app::use_lang;
use crate::ui_text::*;

/// The search form: a GET to `/cari?q=…`, so a search is a link like any other.
#[component]
pub fn SearchBox(initial: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Form action="/cari" attr:class="search" attr:role="search">
            <label for="q" class="search-label">{move || SEARCH_LABEL.get(lang.get())}</label>
            <div class="search-row">
                <input id="q" name="q" type="search" value=initial autocomplete="off"
                    placeholder=move || SEARCH_PLACEHOLDER.get(lang.get()) />
                <button type="submit">{move || SEARCH_BUTTON.get(lang.get())}</button>
            </div>
        </Form>
    }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    view! {
        <h1>{move || SEARCH_TITLE.get(lang.get())}</h1>
        {move || view! { <SearchBox initial=q() /> }}
        <p>{move || SEARCH_EMPTY.get(lang.get())}</p>
    }
}
