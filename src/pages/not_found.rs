use leptos::prelude::*;

use crate::app::tr;
use crate::ui_text::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found">
            <h1>{tr(NOT_FOUND_TITLE)}</h1>
            <p>{tr(NOT_FOUND_BODY)}</p>
            <p><a class="button" href="/">{tr(BACK_HOME)}</a></p>
        </section>
    }
}
