use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::hotline_button;
use crate::components::list::CollectAny;
use crate::components::without_app::without_app;
use crate::content::{Catalogue, EntryKind};
use crate::lang::Lang;
use crate::route::{entry_href, query_param, Route, SEARCH_PARAM};
use crate::search::{excerpt, Index, Segment};
use crate::state::{prepare_search, use_page, use_search_index, view_lang};
use crate::ui_text::*;

/// How many results a search shows.
const RESULT_LIMIT: usize = 10;
const SNIPPET_CHARS: usize = 140;

/// `/cari?q=…`: results on every keystroke; the address follows the typing.
#[component]
pub fn SearchPage(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let address = use_page().address;
    let query = move || query_param(&address.url().read().query, SEARCH_PARAM).unwrap_or_default();
    let text = RwSignal::new(untrack(query));
    // The address can change under the page (back button, header search): follow it.
    Effect::new(move |_| {
        let from_url = query();
        if from_url.trim() != text.get_untracked().trim() {
            text.set(from_url);
        }
    });
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        address.keep_typed(SEARCH_PARAM, &typed);
        text.set(typed);
    };
    let index = use_search_index();
    // Effects run only in the browser: the page drawn at build time needs no index.
    Effect::new(move |_| prepare_search());
    // `autofocus` works once per document: on a page drawn at build time the browser gave it
    // to the served input, which the app has just replaced.
    let input = NodeRef::<leptos::html::Input>::new();
    input.on_load(|input| {
        let _ = input.focus();
    });
    view! {
        <h1>{SEARCH_TITLE.get(lang)}</h1>
        // Not a form: a drawn page must never send the typed words (components::search_box).
        <div class="search" role="search">
            <label for="q" class="search-label">{SEARCH_LABEL.get(lang)}</label>
            <div class="search-row">
                <input id="q" type="search" autocomplete="off" enterkeyhint="search" autofocus node_ref=input
                    placeholder=SEARCH_PLACEHOLDER.get(lang)
                    prop:value=move || text.get() on:input=on_input />
            </div>
        </div>
        {without_app(WITHOUT_APP_SEARCH, lang, || view! {
            <ul class="sections">
                <li><a class="section-link" href=Route::Guides.href(lang)>{GUIDES_TITLE.get(lang)}</a></li>
                <li><a class="section-link" href=Route::Contacts.href(lang)>{CONTACTS_TITLE.get(lang)}</a></li>
            </ul>
        }.into_any())}
        {move || results(&catalogue, index.get().as_deref(), &text.get(), lang)}
    }
}

fn results(catalogue: &Catalogue, index: Option<&Index>, query: &str, lang: Lang) -> AnyView {
    if query.trim().is_empty() {
        return view! { <p class="hint">{SEARCH_EMPTY.get(lang)}</p> }.into_any();
    }
    let Some(index) = index else {
        return view! { <p class="hint" aria-live="polite">{SEARCH_PREPARING.get(lang)}</p> }.into_any();
    };
    let hits = index.search(query, RESULT_LIMIT);
    if hits.is_empty() {
        return view! {
            <section class="no-results" aria-live="polite">
                <p><strong>{SEARCH_NO_RESULTS.get(lang)}</strong></p>
                <p>{SEARCH_NO_RESULTS_HELP.get(lang)}</p>
                {hotline_button(CALL_HOTLINE, lang)}
                <p><a class="section-link" href=Route::Guides.href(lang)>{SEARCH_ALL_GUIDES.get(lang)}</a></p>
            </section>
        }
        .into_any();
    }
    let count = RESULTS.of(u32::try_from(hits.len()).unwrap_or(u32::MAX), lang);
    let items = hits
        .iter()
        .filter_map(|hit| {
            let title = catalogue.title_of(&hit.id)?.get(lang).to_string();
            let href = entry_href(catalogue, &hit.id, lang)?;
            let kind = match hit.kind {
                EntryKind::Contact => KIND_CONTACT,
                EntryKind::Guide => KIND_GUIDE,
                EntryKind::Checklist => KIND_CHECKLIST,
            };
            let snippet = marked(excerpt(catalogue, hit, lang, SNIPPET_CHARS));
            Some(view! {
                <li class="result">
                    <a href=href>
                        <span class="result-kind">{kind.get(lang)}</span>
                        <span class="result-title">{title}</span>
                    </a>
                    <p class="snippet">{snippet}</p>
                </li>
            })
        })
        .collect_any();
    view! {
        <p class="result-count" aria-live="polite">{count}</p>
        <ol class="results" data-testid="search-results">{items}</ol>
    }
    .into_any()
}

/// Snippet segments as text nodes, matched words inside `<mark>`; never raw HTML.
fn marked(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| if s.highlighted { view! { <mark>{s.text}</mark> }.into_any() } else { s.text.into_any() })
        .collect_any()
}
