use leptos::prelude::*;

use crate::app::use_lang;
use crate::ui_text::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="not-found">
            <h1>{move || NOT_FOUND_TITLE.get(lang.get())}</h1>
            <p>{move || NOT_FOUND_BODY.get(lang.get())}</p>
            <p><a class="button" href="/">{move || BACK_HOME.get(lang.get())}</a></p>
        </section>
    }
}
