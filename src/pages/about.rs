use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::sources;
use crate::components::keeping::EraseAll;
use crate::components::list::CollectAny;
use crate::components::sentence::sentence;
use crate::content::{human_date, Catalogue};
use crate::state::view_lang;
use crate::ui_text::*;

#[component]
pub fn About(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let Some(about) = &catalogue.about else {
        return view! { <h1>{ABOUT_TITLE.get(lang)}</h1> }.into_any();
    };
    let sections = about
        .sections
        .iter()
        .map(|section| {
            let paragraphs = section.paragraphs.iter().map(|p| view! { <p>{sentence(p.get(lang), lang)}</p> }).collect_any();
            let facts = section
                .facts
                .iter()
                .map(|fact| {
                    let cited = fact
                        .sources
                        .iter()
                        .map(|s| view! { <a href=s.url.clone() rel="noopener">{s.title.clone()}</a> })
                        .collect_any();
                    view! { <li><p>{sentence(fact.text.get(lang), lang)}</p><p class="cite">{cited}</p></li> }
                })
                .collect_any();
            view! {
                <section id=section.id.clone()>
                    <h2>{section.title.get(lang).to_string()}</h2>
                    {paragraphs}
                    <ul class="facts">{facts}</ul>
                </section>
            }
        })
        .collect_any();
    view! {
        <article class="entry about">
            <h1>{ABOUT_TITLE.get(lang)}</h1>
            <p class="edition" data-testid="edition">
                {EDITION.get(lang)}" "<time datetime=about.edition.clone()>{human_date(&about.edition, lang)}</time>
            </p>
            {sections}
            <section id="data">
                <h2>{STORED_TITLE.get(lang)}</h2>
                <EraseAll />
            </section>
            {sources(&about.sources, &about.verified, lang)}
        </article>
    }
    .into_any()
}
