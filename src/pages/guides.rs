use leptos::prelude::*;

use crate::components::entry::{entry_links, sources, text_list};
use crate::components::loaded::with_content;
use crate::pages::not_found::NotFound;
use crate::pages::route_id;
use crate::ui_text::*;

#[component]
pub fn GuideList() -> impl IntoView {
    with_content(|catalogue, lang| {
        let items = catalogue
            .guides
            .iter()
            .map(|g| {
                view! {
                    <li>
                        <a class="card" href=format!("/panduan/{}", g.id)>
                            <span class="card-title">{g.title.get(lang).to_string()}</span>
                            <span class="card-summary">{g.summary.get(lang).to_string()}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <h1>{GUIDES_TITLE.get(lang)}</h1><ul class="cards">{items}</ul> }
    })
}

#[component]
pub fn GuidePage() -> impl IntoView {
    let id = route_id();
    with_content(move |catalogue, lang| {
        let Some(guide) = catalogue.guide(&id.get()) else {
            return view! { <NotFound /> }.into_any();
        };
        view! {
            <article class="entry guide">
                <p class="kind">{GUIDES_TITLE.get(lang)}</p>
                <h1>{guide.title.get(lang).to_string()}</h1>
                <p class="lead">{guide.summary.get(lang).to_string()}</p>
                {text_list(STEPS, &guide.steps, lang, true)}
                {text_list(BRING, &guide.bring, lang, false)}
                {text_list(SAY, &guide.say, lang, false)}
                {text_list(NOTES, &guide.notes, lang, false)}
                {entry_links(WHO_TO_CONTACT, &guide.contacts, catalogue, lang)}
                {entry_links(RELATED, &guide.related, catalogue, lang)}
                {sources(&guide.sources, &guide.verified, lang)}
            </article>
        }
        .into_any()
    })
}
