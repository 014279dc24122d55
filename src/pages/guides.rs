use leptos::prelude::*;

use crate::components::entry::{cards, entry_links, sources, text_list};
use crate::components::kiosk::entry_qr;
use crate::components::list::CollectAny;
use crate::components::listen::ListenButton;
use crate::components::loaded::with_content;
use crate::content::{Guide, Lang, Text};
use crate::pages::not_found::NotFound;
use crate::pages::route_id;
use crate::ui_text::*;

#[component]
pub fn GuideList() -> impl IntoView {
    with_content(|catalogue, lang| {
        let guides = catalogue.guides.iter().map(|g| (format!("/panduan/{}", g.id), &g.title, &g.summary));
        view! { <h1>{GUIDES_TITLE.get(lang)}</h1>{cards(guides, lang)} }
    })
}

#[component]
pub fn GuidePage() -> impl IntoView {
    let id = route_id();
    with_content(move |catalogue, lang| {
        let Some(guide) = catalogue.guide(&id()) else {
            return view! { <NotFound /> }.into_any();
        };
        view! {
            <article class="entry guide">
                <p class="kind">{GUIDES_TITLE.get(lang)}</p>
                <h1>{guide.title.get(lang).to_string()}</h1>
                <p class="lead">{guide.summary.get(lang).to_string()}</p>
                <ListenButton parts=spoken(guide, lang) lang />
                {sections(guide).into_iter().map(|(title, texts, numbered)| text_list(title, texts, lang, numbered)).collect_any()}
                {entry_links(WHO_TO_CONTACT, &guide.contacts, catalogue, lang)}
                {entry_links(RELATED, &guide.related, catalogue, lang)}
                {entry_qr(catalogue, &guide.id)}
                {sources(&guide.sources, &guide.verified, lang)}
            </article>
        }
        .into_any()
    })
}

/// A guide's text sections in reading order: heading, texts, and whether they are numbered steps.
fn sections(guide: &Guide) -> [(UiText, &[Text], bool); 4] {
    [(STEPS, &guide.steps, true), (BRING, &guide.bring, false), (SAY, &guide.say, false), (NOTES, &guide.notes, false)]
}

/// What "Dengarkan" reads: the title, the summary, then each section under its heading.
fn spoken(guide: &Guide, lang: Lang) -> Vec<String> {
    let mut parts = vec![guide.title.get(lang).to_string(), guide.summary.get(lang).to_string()];
    for (heading, texts, _) in sections(guide) {
        if !texts.is_empty() {
            parts.push(heading.get(lang).to_string());
            parts.extend(texts.iter().map(|text| text.get(lang).to_string()));
        }
    }
    parts
}
