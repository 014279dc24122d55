use leptos::prelude::*;

use crate::components::list::CollectAny;
use crate::components::loaded::with_content;
use crate::content::frame::HOME_FEATURED;
use crate::pages::search::SearchBox;
use crate::app::{page_lang, use_app};
use crate::components::kiosk::LanguageChoice;
use crate::ui_text::*;

#[component]
pub fn Home() -> impl IntoView {
    let lang = page_lang();
    view! {
        <h1 class="home-title">{HOME_TITLE.get(lang)}</h1>
        <p class="lead">{HOME_INTRO.get(lang)}</p>
        {use_app().kiosk.is_some().then(|| view! { <LanguageChoice /> }.into_any())}
        <SearchBox initial=String::new() />
        {with_content(|catalogue, lang| {
            let tiles = HOME_FEATURED
                .iter()
                .filter_map(|id| {
                    let href = catalogue.path_of(id)?;
                    let title = catalogue.title_of(id)?.get(lang).to_string();
                    Some(view! { <li><a class="tile" href=href>{title}</a></li> })
                })
                .collect_any();
            view! {
                <section>
                    <h2>{HOME_QUICK.get(lang)}</h2>
                    <ul class="tiles">{tiles}</ul>
                </section>
                <ul class="sections">
                    <li><a class="section-link" href="/kontak">{CONTACTS_TITLE.get(lang)}</a></li>
                    <li><a class="section-link" href="/panduan">{GUIDES_TITLE.get(lang)}</a></li>
                    <li><a class="section-link" href="/cek">{CHECKLISTS_TITLE.get(lang)}</a></li>
                </ul>
            }
        })}
    }
}
