use leptos::prelude::*;

use crate::components::entry::sources;
use crate::components::loaded::with_content;
use crate::pages::not_found::NotFound;
use crate::pages::route_id;
use crate::ui_text::*;

#[component]
pub fn ChecklistList() -> impl IntoView {
    with_content(|catalogue, lang| {
        let items = catalogue
            .checklists
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <a class="card" href=format!("/cek/{}", c.id)>
                            <span class="card-title">{c.title.get(lang).to_string()}</span>
                            <span class="card-summary">{c.summary.get(lang).to_string()}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <h1>{CHECKLISTS_TITLE.get(lang)}</h1><ul class="cards">{items}</ul> }
    })
}

#[component]
pub fn ChecklistPage() -> impl IntoView {
    let id = route_id();
    with_content(move |catalogue, lang| {
        let Some(checklist) = catalogue.checklist(&id.get()) else {
            return view! { <NotFound /> }.into_any();
        };
        let items = checklist
            .items
            .iter()
            .map(|item| {
                let input_id = format!("item-{}", item.id);
                view! {
                    <li class="check-item">
                        <input type="checkbox" id=input_id.clone() />
                        <label for=input_id>{item.text.get(lang).to_string()}</label>
                        <details>
                            <summary>{WHY.get(lang)}</summary>
                            <p>{item.why.get(lang).to_string()}</p>
                        </details>
                    </li>
                }
            })
            .collect_view();
        view! {
            <article class="entry checklist">
                <p class="kind">{CHECKLISTS_TITLE.get(lang)}</p>
                <h1>{checklist.title.get(lang).to_string()}</h1>
                <p class="lead">{checklist.summary.get(lang).to_string()}</p>
                <ul class="check-items">{items}</ul>
                {sources(&checklist.sources, &checklist.verified, lang)}
            </article>
        }
        .into_any()
    })
}
