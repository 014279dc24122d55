use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::sources;
use crate::components::keeping::EraseAll;
use crate::components::list::CollectAny;
use crate::components::sentence::sentence;
use crate::content::{human_date, Catalogue};
use crate::route::{POCKET_FILE, POCKET_HREF};
use crate::state::{use_app, view_lang};
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
                // Pelita in one file, to keep and pass on (src/pocket.rs); hidden on a kiosk,
                // which has no downloads to keep it in.
                <div hidden=use_app().kiosk.is_some()>
                    <p><a class="section-link" href=POCKET_HREF download=POCKET_FILE>{POCKET_LINK.get(lang)}</a></p>
                    <p>{POCKET_NOTE.get(lang)}</p>
                </div>
            </section>
            {sources(&about.sources, &about.verified, lang)}
        </article>
    }
    .into_any()
}
