//! What a person sees when the data is broken: a plain message, the hotline still above it,
//! and the exact problems for whoever maintains the data.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::list::CollectAny;
use crate::content::Problem;
use crate::state::view_lang;
use crate::ui_text::*;

#[component]
pub fn DataError(problems: Arc<Vec<Problem>>) -> impl IntoView {
    let lang = view_lang();
    let details = problems.iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_any();
    view! {
        <section class="data-error" role="alert">
            <h1>{DATA_ERROR_TITLE.get(lang)}</h1>
            <p>{DATA_ERROR_BODY.get(lang)}</p>
            <details>
                <summary>{DATA_ERROR_DETAILS.get(lang)}</summary>
                <ul class="problems">{details}</ul>
            </details>
        </section>
    }
}
