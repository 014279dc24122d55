use std::sync::Arc;

use leptos::prelude::*;

use crate::components::kiosk_layer::LanguageChoice;
use crate::components::list::CollectAny;
use crate::components::pass_on::pass_on;
use crate::components::search_box::SearchBox;
use crate::components::entry::entry_links;
use crate::content::built_in::{HOME_FAMILY, HOME_FEATURED, KIOSK_FEATURED};
use crate::content::Catalogue;
use crate::route::{entry_href, Route};
use crate::state::{on_kiosk, view_lang};
use crate::ui_text::*;

#[component]
pub fn Home(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let on_kiosk = on_kiosk();
    let tile = |id: &str| {
        let href = entry_href(&catalogue, id, lang)?;
        let title = catalogue.title_of(id)?.get(lang).to_string();
        Some(view! { <li><a class="tile" href=href>{title}</a></li> })
    };
    // At the embassy's kiosk the visitor is already there: what happens here comes first.
    let featured = on_kiosk.then(|| {
        let guide = catalogue.guide(KIOSK_FEATURED)?;
        let href = entry_href(&catalogue, &guide.id, lang);
        Some(view! {
            <a class="card featured" href=href data-testid="kiosk-featured">
                <span class="card-title">{guide.title.get(lang).to_string()}</span>
                <span class="card-summary">{guide.summary.get(lang).to_string()}</span>
            </a>
        }.into_any())
    }).flatten();
    let tiles = HOME_FEATURED.iter().filter_map(|id| tile(id)).collect_any();
    view! {
        <h1 class="home-title">{HOME_TITLE.get(lang)}</h1>
        <p class="lead">{HOME_INTRO.get(lang)}</p>
        {pass_on(Route::Home.href(lang), lang)}
        {on_kiosk.then(|| view! { <LanguageChoice /> }.into_any())}
        {featured}
        <SearchBox />
        <section>
            <h2>{HOME_QUICK.get(lang)}</h2>
            <ul class="tiles">{tiles}</ul>
        </section>
        <p><a class="section-link way-home-link" data-testid="way-home-link" href=Route::WayHome.href(lang)>{WAY_HOME_LINK.get(lang)}</a></p>
        <div class="family" data-testid="family">
            {entry_links(HOME_FAMILY_TITLE, &HOME_FAMILY.map(String::from), &catalogue, lang)}
        </div>
        <ul class="sections">
            <li><a class="section-link" href=Route::Contacts.href(lang)>{CONTACTS_TITLE.get(lang)}</a></li>
            <li><a class="section-link" href=Route::Guides.href(lang)>{GUIDES_TITLE.get(lang)}</a></li>
            <li><a class="section-link" href=Route::Checklists.href(lang)>{CHECKLISTS_TITLE.get(lang)}</a></li>
        </ul>
    }
}
