use std::sync::Arc;
use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use crate::app::{page_lang, use_app};
use crate::components::list::CollectAny;
use crate::components::loaded::with_content;
use crate::components::entry::hotline_button;
use crate::content::{search_path, Catalogue, EntryKind, Lang};
use crate::platform::location::Move;
use crate::route::query_param;
use crate::search::{excerpt, Index, Segment};
use crate::ui_text::*;

/// How many results a search shows.
const RESULT_LIMIT: usize = 10;
/// Typing settles this long before the address bar follows it.
const URL_DEBOUNCE: Duration = Duration::from_millis(400);
const SNIPPET_CHARS: usize = 140;

/// The search form: a GET to `/cari?q=…`, so a search is a link like any other (and works
/// before the app has started); the app opens the results without reloading.
#[component]
pub fn SearchBox(initial: String) -> impl IntoView {
    let lang = page_lang();
    let address = use_app().address;
    let input = NodeRef::<html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = input.get_untracked().map(|input| input.value()).unwrap_or_default();
        address.go(&search_path(&typed), Move::Push);
    };
    view! {
        <form action="/cari" class="search" role="search" on:submit=submit>
            <label for="q" class="search-label">{SEARCH_LABEL.get(lang)}</label>
            <div class="search-row">
                <input id="q" name="q" type="search" value=initial autocomplete="off" enterkeyhint="search" node_ref=input
                    placeholder=SEARCH_PLACEHOLDER.get(lang) />
                <button type="submit">{SEARCH_BUTTON.get(lang)}</button>
            </div>
        </form>
    }
}

/// `/cari?q=…`: results on every keystroke; the address follows the typing.
#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = page_lang();
    let app = use_app();
    let address = app.address;
    let query = move || query_param(&address.url().read().query, "q").unwrap_or_default();
    let text = RwSignal::new(untrack(query));
    // The address can change under the page (back button, header search): follow it.
    Effect::new(move |_| {
        let from_url = query();
        if from_url.trim() != text.get_untracked().trim() {
            text.set(from_url);
        }
    });
    // Each keystroke's timer runs out rather than being cancelled (a cancelled timer's callback
    // is never freed); only the latest one, on a page still shown, moves the address.
    let keystrokes = StoredValue::new(0u64);
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        text.set(typed.clone());
        let this_keystroke = keystrokes.try_update_value(|n| {
            *n += 1;
            *n
        });
        set_timeout(
            move || {
                if this_keystroke.is_some() && keystrokes.try_get_value() == this_keystroke {
                    address.go(&search_path(&typed), Move::Replace);
                }
            },
            URL_DEBOUNCE,
        );
    };
    view! {
        <h1>{SEARCH_TITLE.get(lang)}</h1>
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="q" class="search-label">{SEARCH_LABEL.get(lang)}</label>
            <div class="search-row">
                <input id="q" name="q" type="search" autocomplete="off" enterkeyhint="search" autofocus
                    placeholder=SEARCH_PLACEHOLDER.get(lang)
                    prop:value=move || text.get() on:input=on_input />
            </div>
        </form>
        {with_content(move |catalogue, lang| {
            let catalogue = catalogue.clone();
            let index = app.search_index(&catalogue);
            move || results(&catalogue, &index, &text.get(), lang)
        })}
    }
}

fn results(catalogue: &Arc<Catalogue>, index: &Index, query: &str, lang: Lang) -> AnyView {
    if query.trim().is_empty() {
        return view! { <p class="hint">{SEARCH_EMPTY.get(lang)}</p> }.into_any();
    }
    let hits = index.search(query, RESULT_LIMIT);
    if hits.is_empty() {
        return view! {
            <section class="no-results" aria-live="polite">
                <p><strong>{SEARCH_NO_RESULTS.get(lang)}</strong></p>
                <p>{SEARCH_NO_RESULTS_HELP.get(lang)}</p>
                {hotline_button(CALL_HOTLINE, lang)}
                <p><a class="section-link" href="/panduan">{SEARCH_ALL_GUIDES.get(lang)}</a></p>
            </section>
        }
        .into_any();
    }
    let count = format!("{} {}", hits.len(), SEARCH_RESULTS_COUNT.get(lang));
    let items = hits
        .iter()
        .filter_map(|hit| {
            let title = catalogue.title_of(&hit.id)?.get(lang).to_string();
            let href = catalogue.path_of(&hit.id)?;
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
