//! Renders a page once the content is ready; loading and broken data look the same everywhere.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{page_lang, use_app, Content};
use crate::components::list::CollectAny;
use crate::content::{Catalogue, Lang, Problem};
use crate::ui_text::*;

/// Calls `render` with the catalogue and the page's language, again whenever the content
/// changes (a language change draws the whole page again, `App`).
pub fn with_content<V>(render: impl Fn(&Arc<Catalogue>, Lang) -> V + Send + Sync + 'static) -> impl IntoView
where
    V: IntoView + 'static,
{
    // One shared body for every page, not one copy per page (bench/SIZE.md).
    content_or_state(Box::new(move |catalogue, lang| render(catalogue, lang).into_any()))
}

type RenderContent = Box<dyn Fn(&Arc<Catalogue>, Lang) -> AnyView + Send + Sync>;

fn content_or_state(render: RenderContent) -> impl IntoView {
    let app = use_app();
    let lang = page_lang();
    move || {
        match app.content.get() {
            Content::Ready(catalogue) => render(&catalogue, lang),
            Content::Loading => view! { <p class="loading">{LOADING.get(lang)}</p> }.into_any(),
            Content::Failed(problems) => data_error(&problems, lang).into_any(),
        }
    }
}

/// What a person sees when the data is broken: a plain message, the hotline still above it,
/// and the exact problems for whoever maintains the data.
fn data_error(problems: &[Problem], lang: Lang) -> impl IntoView {
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
