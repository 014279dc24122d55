use leptos::prelude::*;

use crate::route::Route;
use crate::state::view_lang;
use crate::ui_text::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = view_lang();
    view! {
        <section class="not-found">
            <h1>{NOT_FOUND_TITLE.get(lang)}</h1>
            <p>{NOT_FOUND_BODY.get(lang)}</p>
            <p><a class="button" href=Route::Home.href(lang)>{BACK_HOME.get(lang)}</a></p>
        </section>
    }
}
